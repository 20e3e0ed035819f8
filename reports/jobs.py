"""Background work of the reports domain: the periodic deadline sweep."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from reports.models import Report
from reports.queries import OPEN_STATUSES, deadline_sweep
from reports.rules import ReportRules, china_day
from storage.jobs import JobHandler

log = logging.getLogger(__name__)
SWEEP_PERIOD_SECONDS = 3600


def job_handlers(
    *,
    rules: ReportRules,
    clock: Callable[[], datetime],
    on_sweep: Callable[[str, int, int], None],
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

    return {"reports.deadline_sweep": sweep}
