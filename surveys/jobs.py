"""The periodic aggregation (every region's current and previous period, once a day, so indicators
follow the answers without anyone running ``fundguard surveys aggregate``), and the handling
questionnaire offered when a report's reporter is told the result."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from tortoise.transactions import in_transaction

from kernel.clock import add_months, china_day
from reports.events import REPORT_INFORMED
from storage.jobs import JobHandler
from surveys import handling, rules
from surveys.aggregate import aggregate
from surveys.models import SurveyResponse

AGGREGATE = "surveys.aggregate"
AGGREGATE_PERIOD_SECONDS = 24 * 3600


def job_handlers(*, clock: Callable[[], datetime]) -> dict[str, JobHandler]:
    async def aggregate_all(payload: dict[str, Any]) -> None:
        now = clock()
        today = china_day(now)
        for region in rules.region_names():
            kind = rules.limits(region).period
            earlier = add_months(today, -1) if kind == "month" else today.replace(year=today.year - 1)
            for period in sorted({rules.period_of(today, kind), rules.period_of(earlier, kind)}):
                async with in_transaction() as conn:
                    if await SurveyResponse.filter(region=region, period=period).using_db(conn).exists():
                        await aggregate(conn, region=region, period=period, now=now)

    return {AGGREGATE: aggregate_all}


def subscriptions(*, clock: Callable[[], datetime]) -> dict[str, JobHandler]:
    """Event name → handler; idempotent (one offer per report however often the event arrives)."""

    async def report_informed(payload: dict[str, Any]) -> None:
        async with in_transaction() as conn:
            await handling.offer(
                conn, report_id=int(payload["report_id"]), region=str(payload["region"]), now=clock()
            )

    return {REPORT_INFORMED: report_informed}
