"""Objections and the blacklist on PostgreSQL and SQLite: windows in working days across a weekend and
National Day, the answer deadline, corrections republished with the history kept, repair periods."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from tortoise.transactions import in_transaction

from credit import blacklist, evaluation, events, objections
from credit.errors import CreditError
from credit.models import CreditGrade, CreditNotice, CreditObjection, CreditRun, PublishedGrade
from kernel.workdays import WorkCalendar, load_calendar
from registry.rows import PractitionerRow
from registry.service import upsert_practitioners
from storage.models import AuditEntry
from tests.integration.credit_kit import HEAD, INTAKE, OFFICER, event, places

CALENDAR: WorkCalendar = load_calendar()


def china(day: str, hour: int = 10) -> datetime:
    """``hour`` o'clock on ``day`` in China (UTC+8)."""
    return datetime.fromisoformat(f"{day}T{hour:02d}:00:00+08:00").astimezone(UTC)


# Fri 26 Sep 2025: the 10th working day after is Thu 16 Oct (Sun 28 Sep and Sat 11 Oct are make-up
# working days; 27 Sep, 1–8 Oct and the other weekends are not).
PUBLISHED = china("2025-09-26")


async def published_region() -> dict[str, str]:
    """demo evaluated and published on 26 Sep 2025, with the objection codes of its notice list."""
    await places("P0000001", "P0000002", "P0000003")
    await event("P0000001", "violation", "2025-03-01", now=PUBLISHED)
    run = await evaluation.evaluate("demo", "2025", actor=OFFICER, now=PUBLISHED)
    await evaluation.publish(run.id, actor=OFFICER, now=PUBLISHED)
    async with in_transaction() as conn:
        notices = await objections.issue_notices(
            conn, run.id, actor=OFFICER, now=PUBLISHED, calendar=CALENDAR
        )
    assert {n["objection_by"] for n in notices} == {"2025-10-16"}
    return {n["code"]: n["objection_code"] for n in notices}


async def object_(
    code: str, secret: str, at: datetime, reason: str = "违规记录系他院误录，附核查说明。"
) -> CreditObjection:
    async with in_transaction() as conn:
        return await objections.submit_objection(
            conn,
            institution_code=code,
            objection_code=secret,
            reason=reason,
            channel="api",
            now=at,
            calendar=CALENDAR,
        )


async def test_an_objection_is_taken_on_the_tenth_working_day_and_refused_on_the_eleventh(
    database: str,
) -> None:
    codes = await published_region()
    taken = await object_("P0000001", codes["P0000001"], china("2025-10-16", 23))
    assert (taken.status, taken.grade, str(taken.received_on)) == ("open", "★★", "2025-10-16")
    assert taken.answer_by == date(2025, 11, 6)  # 15 working days after receipt
    with pytest.raises(CreditError) as late:
        await object_("P0000002", codes["P0000002"], china("2025-10-17", 8))
    assert late.value.code == "objection_closed" and "2025-10-16" in late.value.message
    again = await object_("P0000001", codes["P0000001"].lower().replace("-", ""), china("2025-10-16", 23))
    assert again.id == taken.id  # the same objection sent twice is one objection


async def test_an_objection_needs_the_code_of_that_institution(database: str) -> None:
    codes = await published_region()
    for code, secret in (("P0000002", codes["P0000001"]), ("P0000001", "AAAA-BBBB-CCCC")):
        with pytest.raises(CreditError) as refused:
            await object_(code, secret, china("2025-09-29"))
        assert refused.value.code == "bad_objection_code"
    stored = [n.code_hash for n in await CreditNotice.all()]
    assert all(len(h) == 64 for h in stored) and not any(codes["P0000001"] in h for h in stored)


async def test_the_answer_deadline_shows_overdue_objections_in_the_queue(database: str) -> None:
    codes = await published_region()
    await object_("P0000001", codes["P0000001"], china("2025-10-16"))
    on_time = await objections.objection_queue("demo", actor=OFFICER, today=date(2025, 11, 6))
    late = await objections.objection_queue("demo", actor=OFFICER, today=date(2025, 11, 7))
    assert [o["overdue"] for o in on_time] == [False] and [o["overdue"] for o in late] == [True]
    with pytest.raises(CreditError):
        await objections.objection_queue("demo", actor=INTAKE, today=date(2025, 11, 7))


async def test_an_upheld_objection_corrects_and_republishes_that_institution_only(database: str) -> None:
    codes = await published_region()
    first_run = (await PublishedGrade.get(institution_code="P0000001")).run_id
    objection = await object_("P0000001", codes["P0000001"], china("2025-10-09"))
    answered_at = china("2025-10-20")
    async with in_transaction() as conn:
        done = await objections.answer_objection(
            conn,
            objection.id,
            decision="upheld",
            answer="经核查，该违规记录系录入错误，予以更正。",
            corrected_grade="★★★",
            actor=HEAD,
            now=answered_at,
        )
    assert (done.status, done.corrected_grade) == ("upheld", "★★★")
    shown = await PublishedGrade.get(institution_code="P0000001")
    assert (shown.grade, shown.run_id, str(shown.published_on)) == (
        "★★★",
        done.correction_run_id,
        "2025-10-20",
    )
    assert shown.meaning.startswith("信用优秀")
    correction = await CreditRun.get(id=shown.run_id)
    assert (correction.status, correction.corrects_run_id, correction.period) == (
        "published",
        first_run,
        "2025",
    )
    explained = await evaluation.explain(correction.id, "P0000001", actor=OFFICER)
    assert "由“★★”（信用一般）更正为“★★★”（信用优秀）" in explained["explanation"][-1]
    assert (await CreditGrade.get(run_id=first_run, institution_code="P0000001")).grade == "★★"  # history
    assert (await PublishedGrade.get(institution_code="P0000002")).run_id == first_run  # others untouched
    assert await AuditEntry.filter(action="credit.correct").count() == 1
    with pytest.raises(CreditError) as twice:
        async with in_transaction() as conn:
            await objections.answer_objection(
                conn, objection.id, decision="rejected", answer="重复答复", actor=HEAD, now=answered_at
            )
    assert twice.value.code == "already_answered"


async def test_an_upheld_objection_can_regrade_from_the_corrected_events(database: str) -> None:
    codes = await published_region()
    objection = await object_("P0000001", codes["P0000001"], china("2025-10-09"))
    wrong = (await events.list_events("demo", actor=OFFICER, code="P0000001"))[0][0]
    async with in_transaction() as conn:
        await events.withdraw_event(conn, wrong.id, reason="录入错误", actor=OFFICER, now=china("2025-10-20"))
        await objections.answer_objection(
            conn,
            objection.id,
            decision="upheld",
            answer="撤销误录的违规记录后重新评价。",
            regrade=True,
            actor=OFFICER,
            now=china("2025-10-20"),
        )
    shown = await PublishedGrade.get(institution_code="P0000001")
    assert shown.grade == "★★★"
    why = await evaluation.explain(shown.run_id, "P0000001", actor=OFFICER)
    assert "违法违规记录 0 次" in why["explanation"][2] and "重新评价" in why["explanation"][-1]


async def test_a_rejected_objection_keeps_the_grade_and_records_the_reason(database: str) -> None:
    codes = await published_region()
    objection = await object_("P0000001", codes["P0000001"], china("2025-10-09"))
    async with in_transaction() as conn:
        with pytest.raises(CreditError) as bad:
            await objections.answer_objection(
                conn, objection.id, decision="upheld", answer="予以更正", actor=HEAD, now=china("2025-10-10")
            )
        assert bad.value.code == "bad_answer"
    async with in_transaction() as conn:
        done = await objections.answer_objection(
            conn,
            objection.id,
            decision="rejected",
            answer="违规记录经飞行检查确认，证据充分，维持原评价。",
            actor=HEAD,
            now=china("2025-11-10"),
        )
    assert (done.status, done.corrected_grade, done.answer_by < date(2025, 11, 10)) == (
        "rejected",
        None,
        True,
    )
    assert (await PublishedGrade.get(institution_code="P0000001")).grade == "★★"


async def test_a_notice_of_a_superseded_publication_no_longer_opens_an_objection(database: str) -> None:
    codes = await published_region()
    later = china("2025-09-30")
    run = await evaluation.evaluate("demo", "2025", actor=OFFICER, now=later)
    await evaluation.publish(run.id, actor=OFFICER, now=later)
    with pytest.raises(CreditError) as closed:
        await object_("P0000001", codes["P0000001"], later + timedelta(hours=1))
    assert closed.value.code == "objection_closed"


async def test_repair_is_refused_before_the_minimum_and_publication_ends_at_the_maximum(
    database: str,
) -> None:
    await places("P0000001", "P0000002")
    now = china("2026-01-10")
    async with in_transaction() as conn:
        ordinary = await blacklist.add_listing(
            conn, region="demo", subject_kind="institution", subject_code="P0000001",
            severity="ordinary", reason="串换药品结算，拒不整改", actor=OFFICER, now=now,
        )  # fmt: skip
        serious = await blacklist.add_listing(
            conn, region="demo", subject_kind="institution", subject_code="P0000002",
            severity="serious", reason="伪造票据骗取医保基金", actor=OFFICER, now=now,
        )  # fmt: skip
    assert (str(ordinary.repair_from), str(ordinary.publish_until)) == ("2026-04-10", "2027-01-10")
    assert (str(serious.repair_from), str(serious.publish_until)) == ("2027-01-10", "2029-01-10")
    commitment = "本机构承诺立即纠正串换药品行为，严格执行医保服务协议，接受医保部门和社会监督。"
    with pytest.raises(CreditError) as early:
        async with in_transaction() as conn:
            await blacklist.request_repair(
                conn, ordinary.id, commitment=commitment, actor=OFFICER, now=china("2026-04-09")
            )
    assert early.value.code == "repair_too_early" and "2026-04-10" in early.value.message
    with pytest.raises(CreditError) as bare:
        async with in_transaction() as conn:
            await blacklist.request_repair(
                conn, ordinary.id, commitment="同意", actor=OFFICER, now=china("2026-04-10")
            )
    assert bare.value.code == "bad_repair"
    async with in_transaction() as conn:
        asked = await blacklist.request_repair(
            conn, ordinary.id, commitment=commitment, actor=OFFICER, now=china("2026-04-10")
        )
    assert [e.id for e in await blacklist.public_listings("demo", today=date(2026, 4, 10))] == [
        ordinary.id,
        serious.id,
    ]
    async with in_transaction() as conn:
        await blacklist.decide_repair(
            conn, asked.id, approve=True, note="已整改到位", actor=HEAD, now=china("2026-04-15")
        )
    assert [e.id for e in await blacklist.public_listings("demo", today=date(2026, 4, 15))] == [serious.id]
    assert [e.id for e in await blacklist.public_listings("demo", today=date(2029, 1, 9))] == [serious.id]
    assert await blacklist.public_listings("demo", today=date(2029, 1, 10)) == []


async def test_a_practitioner_can_be_listed_and_unknown_subjects_are_refused(database: str) -> None:
    await places("P0000001")
    async with in_transaction() as conn:
        await upsert_practitioners(
            conn,
            region="demo",
            rows=[
                PractitionerRow(
                    code="Y0000001", name="李药师", role="pharmacist", institution_code="P0000001"
                )
            ],
            now=china("2026-01-10"),
        )
        minor = await blacklist.add_listing(
            conn, region="demo", subject_kind="practitioner", subject_code="y0000001",
            severity="minor", reason="未核验患者身份", actor=OFFICER, now=china("2026-01-10"),
        )  # fmt: skip
        assert (minor.subject_name, minor.repair_from, str(minor.publish_until)) == (
            "李药师",
            minor.listed_on,
            "2026-04-10",
        )
        with pytest.raises(CreditError) as unknown:
            await blacklist.add_listing(
                conn, region="demo", subject_kind="institution", subject_code="P0000009",
                severity="minor", reason="未核验患者身份", actor=OFFICER, now=china("2026-01-10"),
            )  # fmt: skip
        assert unknown.value.code == "bad_listing"
