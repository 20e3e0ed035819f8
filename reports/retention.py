"""Retention of closed cases, per region as data (``reports/data/retention.json``).

Once a closed case's retention period has run, its reporter's identity (the encrypted identity, the
encrypted openid, the keyed hash that lists "my reports") and its evidence files (the shown copy and the
sealed original) are destroyed, and ``report.purged`` tells the reward domain to forget the payee's
identity on its settled shares; the case's facts (what, whom, when, the conclusion, its events and
messages) and the reward ledger stay. Each destruction is one audit entry. Unused drafts and uploads
keep their own, shorter clean-up (``reports.jobs.cleanup_uploads``).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from pydantic import BaseModel, ConfigDict, Field
from tortoise.transactions import in_transaction

from kernel import events
from kernel.data import packaged_model
from reports.events import REPORT_PURGED
from reports.models import Report, ReportEvidence
from storage import audit
from storage.blobs import BlobStore
from storage.models import Attachment

ACTOR = "system:retention"
CLOSED = ("informed", "not_accepted", "concluded")


class RetentionRule(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    closed_case_days: int = Field(ge=30, le=36500)
    source: str = Field(min_length=1)


class RetentionFile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    national: RetentionRule
    regions: dict[str, RetentionRule] = {}

    def rule(self, region: str) -> RetentionRule:
        return self.regions.get(region, self.national)


def retention_file() -> RetentionFile:
    return packaged_model("reports", "data/retention.json", RetentionFile)


def closed_at(report: Report) -> datetime | None:
    """When the case closed: the reporter was told the result, the report was not accepted, or (an
    anonymous report, whom nobody can tell) it was concluded. None while it is open."""
    if report.status == "informed":
        return report.informed_at
    if report.status == "not_accepted":
        return report.decided_at
    if report.status == "concluded" and report.anonymous:
        return report.concluded_at
    return None


async def purge_expired(
    *, blobs: BlobStore, now: datetime, rules: RetentionFile | None = None, limit: int = 500
) -> list[int]:
    """Destroy the identity and evidence of every closed case past its region's retention period;
    returns the report ids. One transaction per report; the bytes go after it commits."""
    table = rules or retention_file()
    done: list[int] = []
    candidates = Report.filter(purged_at=None, status__in=CLOSED).order_by("id").limit(limit)
    for candidate in await candidates:
        closed = closed_at(candidate)
        days = table.rule(candidate.region).closed_case_days
        if closed is None or closed > now - timedelta(days=days):
            continue
        async with in_transaction() as conn:
            locked = Report.filter(id=candidate.id, purged_at=None).using_db(conn).select_for_update()
            report = await locked.first()
            if report is None:  # another worker got there first
                continue
            evidence = await ReportEvidence.filter(report_id=report.id).using_db(conn)
            ids = [e.attachment_id for e in evidence if e.attachment_id]
            files = await Attachment.filter(id__in=ids).using_db(conn) if ids else []
            keys = {k for a in files for k in (a.blob_key, a.original_blob_key) if k}
            await Attachment.filter(id__in=[a.id for a in files]).using_db(conn).delete()
            await ReportEvidence.filter(report_id=report.id).using_db(conn).update(ref="", attachment_id=None)
            had_identity = report.identity_enc is not None
            gone = ["identity_enc", "reporter_openid_enc", "reporter_index"]
            await Report.filter(id=report.id).using_db(conn).update(**dict.fromkeys(gone), purged_at=now)
            await events.publish(conn, REPORT_PURGED, {"report_id": report.id}, key=str(report.id), now=now)
            await audit.append(
                conn, actor=ACTOR, action="report.retention_purge", subject=f"report:{report.id}",
                detail={"closed_at": closed.isoformat(), "retention_days": days, "identity": had_identity,
                        "evidence_files": len(files)},
                now=now,
            )  # fmt: skip
            still = Attachment.filter(blob_key__in=list(keys)).using_db(conn)
            shared = set(await still.values_list("blob_key", flat=True))
        for key in keys - {str(k) for k in shared}:  # content-addressed: another report may hold the same
            await blobs.delete(key)
        done.append(report.id)
    return done
