"""Aggregation into credit (both backends): 29 counted responses give no indicator and the reason, 30
give the satisfaction indicator through the survey.aggregated event; held-out answers are not counted
until released; the indicator turns a Shenzhen-scheme institution from not rated to graded through
``credit evaluate``; the daily job aggregates what was answered."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from tortoise.transactions import in_transaction

from credit import evaluation
from credit.jobs import job_handlers as credit_handlers
from credit.models import CreditIndicator
from kernel import events
from kernel.actors import Actor
from storage.jobs import JobRunner
from storage.models import Job
from surveys import service
from surveys.aggregate import aggregate
from surveys.events import SURVEY_AGGREGATED
from surveys.jobs import AGGREGATE
from surveys.jobs import job_handlers as survey_handlers
from surveys.models import SurveyResponse
from tests.integration.credit_kit import OFFICER
from tests.integration.survey_kit import NOW, many, pharmacy, rate

pytestmark = pytest.mark.usefixtures("database")
DEMO3 = Actor(20, "信用科", frozenset({"credit_officer"}), frozenset({"demo3"}))


def runner(now: datetime = NOW) -> JobRunner:
    credit = credit_handlers(clock=lambda: now)
    handlers = {SURVEY_AGGREGATED: events.delivery([credit[SURVEY_AGGREGATED]])}
    return JobRunner(handlers | survey_handlers(clock=lambda: now), clock=lambda: now)


async def aggregated(region: str, period: str, now: datetime = NOW) -> dict[str, object]:
    async with in_transaction() as conn:
        result = await aggregate(conn, region=region, period=period, now=now)
    await runner(now).run_until_idle()
    return result


async def satisfaction(code: str) -> list[tuple[str, Decimal, str]]:
    rows = await CreditIndicator.filter(institution_code=code, name="satisfaction")
    return [(r.period, r.value, r.source) for r in rows]


async def test_29_responses_give_no_indicator_and_30_do() -> None:
    code = await pharmacy()
    await many(code, 29, score=4)
    result = await aggregated("demo", "2026-03")
    one = result["institutions"][code]  # type: ignore[index]
    assert one["responses"] == 29 and one["indicator"] is False
    assert "少于本地区最低样本量30份" in one["reason"] and one["satisfaction"] == "75.00"
    assert await satisfaction(code) == []

    await rate(code, person="o-thirtieth", answers={"overall": 5})
    result = await aggregated("demo", "2026-03")
    one = result["institutions"][code]  # type: ignore[index]
    assert one["responses"] == 30 and one["indicator"] is True and one["reason"] is None
    lo, hi = (Decimal(x) for x in one["interval"])
    assert lo < Decimal(one["satisfaction"]) < hi
    assert await satisfaction(code) == [("2026-03", Decimal("75.83"), "survey")]


async def test_held_answers_stay_out_until_released_and_a_fall_below_the_sample_withdraws() -> None:
    code = await pharmacy()
    await many(code, 30)
    await aggregated("demo", "2026-03")
    assert len(await satisfaction(code)) == 1
    # One answer held out: 29 count, and the indicator from the earlier aggregation goes.
    row = await SurveyResponse.filter(subject=code).first()
    assert row is not None
    await SurveyResponse.filter(id=row.id).update(status="held", hold_reason="burst")
    result = await aggregated("demo", "2026-03", now=NOW + timedelta(hours=1))
    assert result["institutions"][code]["held"] == 1  # type: ignore[index]
    assert await satisfaction(code) == []
    async with in_transaction() as conn:
        await service.review(conn, row.id, release=True, actor=OFFICER, now=NOW)
    await aggregated("demo", "2026-03", now=NOW + timedelta(hours=2))
    assert len(await satisfaction(code)) == 1


async def test_an_event_delivered_twice_sets_the_indicator_once() -> None:
    code = await pharmacy()
    await many(code, 30)
    async with in_transaction() as conn:
        await aggregate(conn, region="demo", period="2026-03", now=NOW)
    job = await Job.get(kind=SURVEY_AGGREGATED)
    deliver = credit_handlers(clock=lambda: NOW)[SURVEY_AGGREGATED]
    await deliver(job.payload)
    await deliver(job.payload)
    assert await satisfaction(code) == [("2026-03", Decimal("100.00"), "survey")]


async def test_the_indicator_turns_a_shenzhen_scheme_institution_from_not_rated_to_graded() -> None:
    code = await pharmacy("Z0000001", region="demo3")
    later = datetime(2027, 1, 10, 2, 0, tzinfo=UTC)
    run = await evaluation.evaluate("demo3", "2026", actor=DEMO3, now=later)
    before = await evaluation.explain(run.id, code, actor=DEMO3)
    assert before["grade"] is None and "满意度" in json.dumps(before, ensure_ascii=False)

    await many(code, 30, region="demo3", score=5)
    await aggregated("demo3", "2026", now=later)
    run = await evaluation.evaluate("demo3", "2026", actor=DEMO3, now=later)
    after = await evaluation.explain(run.id, code, actor=DEMO3)
    assert after["grade"] == "AAA", after
    # The explanation cites the sample and its interval.
    assert any(
        "= 100（" in line and "满意度评价30份，95%区间 100.00–100.00" in line for line in after["explanation"]
    )


async def test_the_daily_job_aggregates_the_periods_answered() -> None:
    code = await pharmacy()
    await many(code, 30)
    jobs = runner()
    async with in_transaction() as conn:
        from storage import jobs as outbox

        await outbox.enqueue(conn, AGGREGATE, {}, now=NOW)
    await jobs.run_until_idle()
    assert await satisfaction(code) == [("2026-03", Decimal("100.00"), "survey")]
