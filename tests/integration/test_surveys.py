"""Survey responses stored (both backends): one per person per institution per period, a second answer
replacing the first, racing submissions ending as one, idempotency keys (a replay returns the first, a
conflicting one is refused), no openid and no time finer than a day in the table, stuffing held out
with its reason and released or rejected by an officer."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from tortoise import fields
from tortoise.transactions import in_transaction

from kernel.actors import Actor
from surveys import service
from surveys.errors import SurveyError
from surveys.models import SurveyDayCount, SurveyResponse, SurveySubmission
from tests.integration.credit_kit import INTAKE, OFFICER
from tests.integration.survey_kit import NOW, pharmacy, rate

pytestmark = pytest.mark.usefixtures("database")


async def test_a_second_answer_in_the_period_replaces_the_first() -> None:
    code = await pharmacy()
    first = await rate(code, answers={"overall": 2})
    second = await rate(code, answers={"overall": 5, "service": 4}, now=NOW + timedelta(days=3))
    rows = await SurveyResponse.all()
    assert len(rows) == 1 and rows[0].id == first.response.id == second.response.id
    assert rows[0].answers == {"overall": 5, "service": 4} and rows[0].period == "2026-03"
    assert str(rows[0].answered_on) == "2026-03-13"
    # The next month is a new period: a new response.
    await rate(code, answers={"overall": 3}, now=NOW + timedelta(days=31))
    assert sorted(r.period for r in await SurveyResponse.all()) == ["2026-03", "2026-04"]


async def test_the_response_table_holds_no_openid_and_no_time_finer_than_a_day() -> None:
    code = await pharmacy()
    await rate(
        code, person="o-secret-openid-123", comment="店员很耐心", address="203.0.113.7", client_key="k-1"
    )
    for model in (SurveyResponse, SurveySubmission, SurveyDayCount):
        kinds = {type(f) for f in model._meta.fields_map.values()}
        assert fields.DatetimeField not in kinds and fields.TimeField not in kinds
        for row in await model.all().values():
            text = repr(row)
            assert "o-secret-openid-123" not in text and "203.0.113.7" not in text and "k-1'" not in text


async def test_two_submissions_racing_end_as_one_response() -> None:
    code = await pharmacy()
    made = await asyncio.gather(*(rate(code, answers={"overall": v}) for v in (4, 5, 4, 5)))
    assert len({a.response.id for a in made}) == 1
    assert await SurveyResponse.all().count() == 1


async def test_a_replayed_key_returns_the_first_and_a_conflicting_one_is_refused() -> None:
    code = await pharmacy()
    first = await rate(code, answers={"overall": 4}, client_key="c-1")
    again = await rate(code, answers={"overall": 4}, client_key="c-1")
    assert again.replayed and not first.replayed and again.response.id == first.response.id
    with pytest.raises(SurveyError) as refused:
        await rate(code, answers={"overall": 1}, client_key="c-1")
    assert refused.value.code == "idempotency_conflict" and refused.value.status == 409
    assert (await SurveyResponse.get()).answers == {"overall": 4}
    # A new key is a new answer: it replaces the first, and the old key still names it.
    await rate(code, answers={"overall": 2}, client_key="c-2")
    assert (await SurveyResponse.get()).answers == {"overall": 2}
    assert await SurveyResponse.all().count() == 1


async def test_replays_racing_with_one_key_count_once() -> None:
    code = await pharmacy()
    made = await asyncio.gather(*(rate(code, client_key="same") for _ in range(3)))
    assert len({a.response.id for a in made}) == 1
    assert await SurveySubmission.all().count() == 1 and await SurveyResponse.all().count() == 1


@pytest.mark.parametrize(
    ("answers", "comment", "code"),
    [
        ({"overall": 6}, None, "bad_answer"),
        ({"overall": True}, None, "bad_answer"),
        ({"service": 4}, None, "bad_answer"),  # the overall rating is the one needed
        ({"overall": 4, "doctor": 4}, None, "bad_answer"),  # a hospital item on a pharmacy
        ({"overall": 4}, "长" * 301, "bad_comment"),
    ],
)
async def test_bad_answers_are_refused_and_nothing_is_stored(
    answers: dict[str, object], comment: str | None, code: str
) -> None:
    place = await pharmacy()
    with pytest.raises(SurveyError) as refused:
        await rate(place, answers=answers, comment=comment)
    assert refused.value.code == code
    assert await SurveyResponse.all().count() == 0


async def test_an_unknown_institution_is_not_found() -> None:
    await pharmacy()
    with pytest.raises(SurveyError) as refused:
        await rate("P9999999")
    assert refused.value.code == "not_found" and refused.value.status == 404


async def test_a_burst_is_held_out_with_its_reason_and_an_officer_releases_or_rejects_it() -> None:
    code = await pharmacy()
    # 20 a day is the region's floor when the institution has no history (burst_floor).
    for i in range(22):
        await rate(code, person=f"o-burst-{i}")
    rows = await SurveyResponse.all().order_by("id")
    assert [r.status for r in rows] == ["counted"] * 20 + ["held"] * 2
    assert {r.hold_reason for r in rows[20:]} == {"burst"}
    async with in_transaction() as conn:
        queue = await service.held_queue(conn, region="demo", actor=OFFICER)
        assert [q["hold_reason_text"] for q in queue] == [service.HOLD_REASONS["burst"]] * 2
        with pytest.raises(SurveyError) as refused:
            await service.held_queue(conn, region="demo", actor=INTAKE)
        assert refused.value.code == "forbidden"
        released = await service.review(conn, rows[20].id, release=True, actor=OFFICER, now=NOW)
        rejected = await service.review(conn, rows[21].id, release=False, actor=OFFICER, now=NOW)
    assert (released.status, rejected.status) == ("released", "rejected")
    with pytest.raises(SurveyError) as again:
        async with in_transaction() as conn:
            await service.review(conn, rows[20].id, release=False, actor=OFFICER, now=NOW)
    assert again.value.code == "not_held"


async def test_a_day_above_the_institutions_own_baseline_is_held_out() -> None:
    code = await pharmacy()
    # 28 quiet days, one answer each: the baseline is 1 a day, so the floor of 20 decides.
    for day in range(28):
        await rate(code, person=f"o-quiet-{day}", now=NOW - timedelta(days=28 - day))
    for i in range(21):
        await rate(code, person=f"o-loud-{i}")
    today = await SurveyResponse.filter(answered_on=NOW.date()).order_by("id")
    assert [r.status for r in today].count("held") == 1


async def test_an_account_past_its_daily_limit_is_held_out_not_refused() -> None:
    codes = [await pharmacy(f"P000000{i}") for i in range(1, 9)]
    for code in codes[:7]:
        await rate(code, person="o-busy")
    rows = await SurveyResponse.all().order_by("id")
    assert len(rows) == 7  # nothing dropped
    assert [r.hold_reason for r in rows] == [""] * 5 + ["account_limit"] * 2
    # The next day the account counts again.
    later = await rate(codes[7], person="o-busy", now=NOW + timedelta(days=1))
    assert later.response.status == "counted"


async def test_an_officer_of_another_region_cannot_review() -> None:
    code = await pharmacy()
    for i in range(21):
        await rate(code, person=f"o-b-{i}")
    held = await SurveyResponse.get(status="held")
    outsider = Actor(99, "外区", frozenset({"credit_officer"}), frozenset({"elsewhere"}))
    with pytest.raises(SurveyError):
        async with in_transaction() as conn:
            await service.review(conn, held.id, release=True, actor=outsider, now=NOW)
    assert (await SurveyResponse.get(id=held.id)).status == "held"
