"""Credit's handlers of other domains' events: the substantiated-complaint event of a concluded report."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from tortoise.transactions import in_transaction

from credit.events import complaint_from_report
from reports.events import REPORT_CONCLUDED
from storage.jobs import JobHandler


def job_handlers(*, clock: Callable[[], datetime]) -> dict[str, JobHandler]:
    """Event name → handler (``kernel.events``): each is idempotent, as delivery is at least once."""

    async def report_concluded(payload: dict[str, Any]) -> None:
        async with in_transaction() as conn:
            await complaint_from_report(conn, int(payload["report_id"]), now=clock())

    return {REPORT_CONCLUDED: report_concluded}
