"""Background work of the reports domain: the periodic deadline sweep."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, cast

from tortoise.transactions import in_transaction

from kernel.clock import china_day
from reports.models import Report, ReportEvidence
from reports.queries import OPEN_STATUSES, deadline_sweep
from reports.retention import purge_expired
from reports.rules import ReportRules
from storage.blobs import BlobStore
from storage.jobs import JobHandler
from storage.models import Attachment

log = logging.getLogger(__name__)
SWEEP_PERIOD_SECONDS = 3600
RETENTION_PERIOD_SECONDS = 24 * 3600


UPLOAD_TTL = timedelta(hours=24)


async def cleanup_uploads(*, blobs: BlobStore, now: datetime) -> int:
    """Delete uploads never used in a report within a day (they may hold personal information), and
    their bytes when no other attachment shares them (the store is content-addressed)."""
    stale = await Attachment.filter(source="upload", created_at__lt=now - UPLOAD_TTL)
    refs = await ReportEvidence.filter(source="upload", ref__in=[str(a.id) for a in stale]).values_list(
        "ref", flat=True
    )
    used = {str(r) for r in cast("list[object]", refs)}
    removed = 0
    for att in stale:
        if str(att.id) in used:
            continue
        async with in_transaction() as conn:
            await Attachment.filter(id=att.id).using_db(conn).delete()
            shared = await Attachment.filter(blob_key=att.blob_key).using_db(conn).exists()
        if not shared:
            await blobs.delete(att.blob_key)
        removed += 1
    return removed


def job_handlers(
    *,
    rules: ReportRules,
    clock: Callable[[], datetime],
    on_sweep: Callable[[str, int, int], None],
    blobs: BlobStore,
) -> dict[str, JobHandler]:
    async def sweep(payload: dict[str, Any]) -> None:
        today = china_day(clock())
        regions = await Report.filter(status__in=OPEN_STATUSES).distinct().values_list("region", flat=True)
        for region in sorted({str(r) for r in regions}):
            found = await deadline_sweep(region=region, today=today, rules=rules)
            on_sweep(region, len(found["overdue"]), len(found["due_soon"]))
            if found["overdue"]:
                # The alert: an operator-visible log line and the overdue gauge, plus the staff list.
                log.warning(
                    "reports overdue in %s: %s", region, [(r["id"], r["step"]) for r in found["overdue"]]
                )

    async def cleanup(payload: dict[str, Any]) -> None:
        removed = await cleanup_uploads(blobs=blobs, now=clock())
        if removed:
            log.info("removed %d unused uploads", removed)

    async def retention(payload: dict[str, Any]) -> None:
        purged = await purge_expired(blobs=blobs, now=clock())
        if purged:
            log.info("retention: identity and evidence destroyed for closed reports %s", purged)

    return {
        "reports.deadline_sweep": sweep,
        "reports.cleanup_uploads": cleanup,
        "reports.retention_sweep": retention,
    }
