"""Background work of credit: the substantiated-complaint event of a concluded report."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from tortoise.transactions import in_transaction

from credit.events import complaint_from_report
from storage.jobs import JobHandler

REPORT_CONCLUDED = "credit.report_concluded"


def job_handlers(*, clock: Callable[[], datetime]) -> dict[str, JobHandler]:
    async def report_concluded(payload: dict[str, Any]) -> None:
        async with in_transaction() as conn:
            await complaint_from_report(conn, int(payload["report_id"]), now=clock())

    return {REPORT_CONCLUDED: report_concluded}
