"""The handling-quality questionnaire (seed 001: every report gets an answer): offered once per report
when its reporter is told the result (``report.informed``), answered with the receipt (named or
anonymous: one response per report, keyed by the report, never by who holds the receipt), and shown
to heads as a figure per region and period."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from kernel.actors import Actor
from kernel.clock import china_day
from surveys import rules, service
from surveys.aggregate import COUNTED, period_days, summary
from surveys.errors import SurveyError
from surveys.models import SurveyOffer, SurveyResponse
from surveys.service import Answered

HEADS = ("head",)


async def offer(conn: BaseDBAsyncClient, *, report_id: int, region: str, now: datetime) -> None:
    """Offer the questionnaire for ``report_id`` (idempotent: an event delivered twice offers once)."""
    row = SurveyOffer(report_id=report_id, region=region, offered_on=china_day(now))
    await SurveyOffer.bulk_create([row], ignore_conflicts=True, using_db=conn)


async def offered(conn: BaseDBAsyncClient, *, report_id: int) -> bool:
    return await SurveyOffer.filter(report_id=report_id).using_db(conn).exists()


async def answer_handling(conn: BaseDBAsyncClient, *, report_id: int, **options: Any) -> Answered:
    """The reporter's rating of how ``report_id`` was handled; refused until it was offered."""
    found = await SurveyOffer.filter(report_id=report_id).using_db(conn).first()
    if found is None:
        raise SurveyError("report_not_informed")
    target = service.handling_target(region=found.region, report_id=report_id)
    return await service.answer(conn, target, person=f"report:{report_id}", **options)


async def handling_figure(
    conn: BaseDBAsyncClient, *, region: str, period: str, actor: Actor
) -> dict[str, Any]:
    """For heads: reports offered the questionnaire in ``period``, how many answered, the mean
    handling satisfaction (0–100) with its 95% interval, and each item's mean rating (1–5)."""
    if not actor.has_any(HEADS, region):
        raise SurveyError("forbidden")
    first, after = period_days(period)
    offers = SurveyOffer.filter(region=region, offered_on__gte=first, offered_on__lt=after).using_db(conn)
    offered_ids = [str(i) for i in await offers.values_list("report_id", flat=True)]
    rows = await (
        SurveyResponse.filter(subject_kind="report", subject__in=offered_ids, status__in=COUNTED)
        .using_db(conn)
        .values_list("score", "answers")
    )
    q = rules.handling_questionnaire()
    items: dict[str, list[int]] = {i.id: [] for i in q.items}
    for _, answers in rows:
        for item_id, value in answers.items():
            items.setdefault(item_id, []).append(int(value))
    figure = summary([float(s) for s, _ in rows], 0, 0, min_sample=1)
    return {
        "region": region,
        "period": period,
        "offered": len(offered_ids),
        "answered": len(rows),
        "response_rate": f"{len(rows) / len(offered_ids):.3f}" if offered_ids else None,
        "satisfaction": figure["satisfaction"],
        "interval": figure["interval"],
        "items": {
            i.id: {"label": i.label, "answers": len(items[i.id]), "mean": _mean(items[i.id])} for i in q.items
        },
    }


def _mean(values: list[int]) -> str | None:
    return f"{sum(values) / len(values):.2f}" if values else None
