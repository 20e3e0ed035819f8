"""Practitioner points stored, on PostgreSQL and SQLite: records within the band only (nothing stored
otherwise), the 9-point suspension with the officer's months and the 12-point termination from records
made at two institutions, a single 12-point record's 3 years, the yearly reset, withdrawal, reviews (one
pending per record, an upheld one withdraws the record), the deduction scheme of demo2, roles and
regions, and the access code."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from tortoise.transactions import in_transaction

from credit.errors import CreditError
from points import engine as points_module
from points import service as pp
from points.models import PointAccessCode, PointRecord, PointReview
from points.rules import PointsScheme
from registry.rows import PractitionerRow
from registry.service import upsert_practitioners
from storage.models import AuditEntry
from tests.integration.credit_kit import HEAD, INTAKE, OFFICER, OUTSIDER, places

REASON = "当天患者病情危急，属于急诊抢救用药，不应记分。"


def china(day: str, hour: int = 10) -> datetime:
    return datetime.fromisoformat(f"{day}T{hour:02d}:00:00+08:00").astimezone(UTC)


async def person(code: str, name: str, at: str, *, region: str = "demo", role: str = "pharmacist") -> None:
    row = PractitionerRow(code=code, name=name, role=role, institution_code=at)
    async with in_transaction() as conn:
        await upsert_practitioners(conn, region=region, rows=[row], now=china("2026-01-10"))


async def people() -> None:
    """李药师 registered at P0000001 (demo, national-12); P0000002 is another demo institution; 王医师
    at S0000001 (demo2, the 15-point deduction scheme)."""
    await places("P0000001", "P0000002")
    await places("S0000001", region="demo2")
    await person("Y0000001", "李药师", "P0000001")
    await person("D0000001", "王医师", "S0000001", region="demo2", role="doctor")


async def give(
    kind: str,
    n: int,
    on: str,
    *,
    code: str = "Y0000001",
    region: str = "demo",
    months: int | None = None,
    at: str | None = None,
    actor: object = OFFICER,
    now: str = "2026-12-20",
) -> PointRecord:
    async with in_transaction() as conn:
        return await pp.record_points(
            conn,
            region=region,
            practitioner_code=code,
            kind=kind,
            points_given=n,
            decided_on=date.fromisoformat(on),
            notified_on=date.fromisoformat(on),
            summary=f"{on}的检查发现",
            suspension_months=months,
            institution_code=at,
            actor=actor,  # type: ignore[arg-type]
            now=china(now),
        )


async def test_points_outside_the_band_are_refused_in_chinese_and_nothing_is_stored(database: str) -> None:
    await people()
    with pytest.raises(CreditError) as err:
        await give("minor", 4, "2026-03-01")
    assert err.value.code == "bad_points" and "只能记1–3分，不能记4分" in err.value.message
    with pytest.raises(CreditError) as unknown:
        await give("deduct_3", 3, "2026-03-01")
    assert "不是定点医药机构相关人员医保支付资格记分" in unknown.value.message
    with pytest.raises(CreditError) as future:
        await give("minor", 2, "2027-01-05")
    assert "不能晚于今天" in future.value.message
    with pytest.raises(CreditError) as nobody:
        await give("minor", 2, "2026-03-01", code="Y9999999")
    assert nobody.value.code == "not_found"
    assert await PointRecord.all().count() == 0
    assert not await AuditEntry.filter(action="credit.points_recorded").exists()
    made = await give("minor", 3, "2026-03-01")
    assert (made.points, made.institution_code, made.scheme) == (3, "P0000001", "national-12")
    assert (
        await AuditEntry.filter(action="credit.points_recorded", subject=f"point_record:{made.id}").count()
        == 1
    )


async def test_nine_points_at_two_institutions_suspend_for_the_officers_months(database: str) -> None:
    await people()
    await give("moderate", 6, "2026-03-01")
    with pytest.raises(CreditError) as missing:
        await give("minor", 3, "2026-06-10", at="P0000002")
    assert "须由经办人员在1–6个月内确定暂停月数" in missing.value.message
    with pytest.raises(CreditError) as misplaced:
        await give("minor", 1, "2026-04-01", months=2)
    assert "不应填写暂停月数" in misplaced.value.message
    assert await PointRecord.all().count() == 1
    await give("minor", 3, "2026-06-10", at="P0000002", months=3)  # the other institution counts too
    found = await pp.standing("y0000001", as_of=date(2026, 7, 1))
    assert (found.status, found.until, found.points_this_year) == ("suspended", date(2026, 9, 10), 9)
    assert any("暂停医保支付资格3个月" in line for line in found.explanation)
    assert (await pp.standing("Y0000001", as_of=date(2026, 9, 10))).status == "normal"
    # The scoring year resets on 1 January; the explanation says so.
    after = await pp.standing("Y0000001", as_of=date(2027, 1, 1))
    assert (after.status, after.points_this_year) == ("normal", 0)
    assert any("2026年度的记分已于2027-01-01清零" in line for line in after.explanation)


async def test_twelve_points_terminate_and_a_single_twelve_waits_three_years(database: str) -> None:
    await people()
    await give("serious", 7, "2026-02-01", at="P0000002")
    await give("moderate", 5, "2026-05-01")  # 12 from two records: 1 year
    found = await pp.standing("Y0000001", as_of=date(2026, 6, 1))
    assert (found.status, found.until) == ("terminated", date(2027, 5, 1))
    assert found.reregister_from == date(2027, 5, 1)
    await places("P0000003")
    await person("Y0000002", "张药师", "P0000003")
    await give("grave", 12, "2026-04-01", code="Y0000002")
    single = await pp.standing("Y0000002", as_of=date(2026, 4, 2))
    assert (single.status, single.reregister_from) == ("terminated", date(2029, 4, 1))
    assert any("因一次记满12分，3年内不得重新登记备案" in line for line in single.explanation)
    assert (await pp.standing("Y0000002", as_of=date(2029, 4, 1))).status == "normal"


async def test_the_deduction_scheme_of_demo2_and_regions_that_differ(database: str) -> None:
    await people()
    await give("deduct_6", 6, "2026-03-01", code="D0000001", region="demo2")
    found = await pp.standing("D0000001", as_of=date(2026, 4, 1))
    assert (found.status, found.points_this_year, found.remaining) == ("normal", 6, 9)
    with pytest.raises(CreditError) as other:  # a demo record for a demo2 practitioner: another scheme
        await give("minor", 2, "2026-03-02", code="D0000001", at="P0000001")
    assert "适用医保医师药师诚信积分" in other.value.message
    with pytest.raises(CreditError) as elsewhere:  # the institution must be of the region recording
        await give("minor", 2, "2026-03-02", at="S0000001")
    assert "不是本地区登记的定点医药机构" in elsewhere.value.message


async def test_roles_and_regions(database: str) -> None:
    await people()
    for who in (INTAKE, OUTSIDER):
        with pytest.raises(CreditError) as err:
            await give("minor", 2, "2026-03-01", actor=who)
        assert err.value.code == "forbidden"
    made = await give("minor", 2, "2026-03-01", actor=HEAD)
    with pytest.raises(CreditError):
        await pp.standing("Y0000001", as_of=date(2026, 4, 1), actor=OUTSIDER)
    async with in_transaction() as conn:
        with pytest.raises(CreditError):
            await pp.withdraw_points(conn, made.id, reason="误录", actor=OUTSIDER, now=china("2026-12-20"))
    with pytest.raises(CreditError):
        await pp.review_queue("demo", actor=INTAKE)


async def test_withdrawal_and_a_review_upheld_bring_the_standing_back(database: str) -> None:
    await people()
    first = await give("moderate", 6, "2026-03-01")
    second = await give("minor", 3, "2026-06-10", at="P0000002", months=2)
    assert (await pp.standing("Y0000001", as_of=date(2026, 7, 1))).status == "suspended"
    async with in_transaction() as conn:
        with pytest.raises(CreditError) as short:
            await pp.request_review(
                conn, practitioner_code="Y0000001", record_id=second.id, reason="不对", channel="api",
                now=china("2026-07-01"),
            )  # fmt: skip
        assert short.value.code == "bad_review" and "10–1000字" in short.value.message
        review = await pp.request_review(
            conn, practitioner_code="Y0000001", record_id=second.id, reason=REASON, channel="api",
            now=china("2026-07-01"),
        )  # fmt: skip
        again = await pp.request_review(
            conn, practitioner_code="Y0000001", record_id=second.id, reason=REASON + "补充", channel="api",
            now=china("2026-07-02"),
        )  # fmt: skip
    assert again.id == review.id and await PointReview.filter(record_id=second.id).count() == 1
    async with in_transaction() as conn:
        with pytest.raises(CreditError):  # someone else's record is not theirs to ask about
            await pp.request_review(
                conn, practitioner_code="D0000001", record_id=second.id, reason=REASON, channel="api",
                now=china("2026-07-01"),
            )  # fmt: skip
    queue = await pp.review_queue("demo", actor=OFFICER)
    assert [(q["id"], q["status"], q["record"]["points"]) for q in queue] == [(review.id, "pending", 3)]
    async with in_transaction() as conn:
        done = await pp.answer_review(
            conn, review.id, decision="upheld", answer="核实为急诊抢救，撤销记分。", actor=HEAD,
            now=china("2026-07-05"),
        )  # fmt: skip
        with pytest.raises(CreditError) as twice:
            await pp.answer_review(
                conn, review.id, decision="rejected", answer="维持", actor=HEAD, now=china("2026-07-05")
            )
    assert done.status == "upheld" and twice.value.code == "already_answered"
    after = await pp.standing("Y0000001", as_of=date(2026, 7, 6))
    assert (after.status, after.points_this_year) == ("normal", 6)
    view = await pp.points_json("Y0000001", as_of=date(2026, 7, 6), actor=OFFICER)
    assert [r["withdrawn_at"] is not None for r in view["records"]] == [False, True]
    assert view["reviews"][0]["status"] == "upheld"
    # Withdrawing the first too leaves nothing counted; a second withdrawal is refused.
    async with in_transaction() as conn:
        await pp.withdraw_points(conn, first.id, reason="录入错误", actor=OFFICER, now=china("2026-07-06"))
        with pytest.raises(CreditError) as gone:
            await pp.withdraw_points(
                conn, first.id, reason="录入错误", actor=OFFICER, now=china("2026-07-06")
            )
    assert "已于2026-07-06撤销" in gone.value.message
    assert (await pp.standing("Y0000001", as_of=date(2026, 7, 6))).points_this_year == 0


async def test_a_rejected_review_keeps_the_record_and_a_withdrawal_that_leaves_months_unset_is_refused(
    database: str,
) -> None:
    await people()
    first = await give("minor", 3, "2026-02-01")
    second = await give("moderate", 6, "2026-03-01", months=4)  # 9: suspended 4 months
    await give("minor", 3, "2026-08-01")  # 12 terminates; without the first this one would reach 9
    async with in_transaction() as conn:
        with pytest.raises(CreditError) as refused:
            await pp.withdraw_points(
                conn, first.id, reason="录入错误", actor=OFFICER, now=china("2026-12-20")
            )
    assert "须由经办人员在1–6个月内确定暂停月数" in refused.value.message
    async with in_transaction() as conn:
        review = await pp.request_review(
            conn, practitioner_code="Y0000001", record_id=second.id, reason=REASON, channel="api",
            now=china("2026-12-20"),
        )  # fmt: skip
        done = await pp.answer_review(
            conn, review.id, decision="rejected", answer="经核查病历，不属于急诊抢救，维持记分。",
            actor=OFFICER, now=china("2026-12-21"),
        )  # fmt: skip
    assert done.status == "rejected" and "维持记分" in (done.answer or "")
    assert (await pp.standing("Y0000001", as_of=date(2026, 12, 21))).status == "terminated"


async def test_a_region_with_a_review_window_refuses_a_late_request(
    database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    national = points_module.load_points_scheme("national-12")
    windowed = PointsScheme.model_validate(national.model_dump() | {"review_window_days": 15})
    monkeypatch.setattr(points_module, "load_points_scheme", lambda name: windowed)
    await people()
    made = await give("minor", 2, "2026-03-01")
    async with in_transaction() as conn:
        with pytest.raises(CreditError) as late:
            await pp.request_review(
                conn, practitioner_code="Y0000001", record_id=made.id, reason=REASON, channel="api",
                now=china("2026-03-17"),
            )  # fmt: skip
        assert late.value.code == "bad_review" and "2026-03-16前（含当日）" in late.value.message
        on_time = await pp.request_review(
            conn, practitioner_code="Y0000001", record_id=made.id, reason=REASON, channel="api",
            now=china("2026-03-16"),
        )  # fmt: skip
    assert on_time.status == "pending"


async def test_the_access_code_is_shown_once_stored_hashed_and_replaced_on_reissue(database: str) -> None:
    await people()
    async with in_transaction() as conn:
        first = await pp.issue_access_code(conn, "Y0000001", actor=OFFICER, now=china("2026-03-01"))
    assert await pp.check_access_code("y0000001", first) == "Y0000001"
    stored = await PointAccessCode.get(practitioner_code="Y0000001")
    assert first.replace("-", "") not in stored.code_hash
    with pytest.raises(CreditError) as other:
        await pp.check_access_code("D0000001", first)
    assert other.value.code == "bad_access_code"
    async with in_transaction() as conn:
        second = await pp.issue_access_code(conn, "Y0000001", actor=OFFICER, now=china("2026-03-02"))
        with pytest.raises(CreditError):
            await pp.issue_access_code(conn, "Y0000001", actor=OUTSIDER, now=china("2026-03-02"))
    with pytest.raises(CreditError):
        await pp.check_access_code("Y0000001", first)
    assert await pp.check_access_code("Y0000001", second) == "Y0000001"
