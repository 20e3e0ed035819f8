"""The case pipeline's seed rules (issue 16 items 16, 17, 19) through the staff API on a fixed clock: a
referral to another body is a move on the case, the penalty clock is stored, shown and swept, and
deadlines counted in a year without confirmed holiday data are marked and warned about."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime

import aiohttp
import pytest

from reports.events import REPORT_INFORMED
from reports.provisional import MARK
from storage.models import AuditEntry, Job
from tests.conftest import Stack, StackFactory, openid
from tests.e2e.admin_client import Console, console, make_staff, phone_report
from tests.e2e.test_report_chat import RECEIPT, STORY, say, seed_registry, settle

# 2026-12-04 10:00 in Beijing: the 2027 holiday notice is not in the calendar library.
NOW = [datetime(2026, 12, 4, 2, 0, tzinfo=UTC)]


@pytest.fixture
async def stack(make_stack: StackFactory) -> Stack:
    NOW[0] = datetime(2026, 12, 4, 2, 0, tzinfo=UTC)
    return await make_stack(clock=lambda: NOW[0])


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
async def staff(stack: Stack, http: aiohttp.ClientSession) -> dict[str, Console]:
    inv = await make_staff("inv1", ["investigator"], name="调查员小李")
    await make_staff("intake1", ["intake"], name="受理员小陈")
    await make_staff("head1", ["head"], name="王科长")
    consoles = {u: await console(stack, http, u) for u in ("intake1", "head1", "inv1")}
    consoles["inv_id"] = inv.id  # type: ignore[assignment]
    return consoles


async def investigating(staff: dict[str, Console]) -> int:
    intake, head, inv = staff["intake1"], staff["head1"], staff["inv1"]
    rid = int((await intake.ok("POST", "/admin/api/reports", phone_report(), status=201))["report_id"])
    await intake.ok("POST", f"/admin/api/reports/{rid}/accept", {})
    await head.ok("POST", f"/admin/api/reports/{rid}/assign", {"assignee_id": staff["inv_id"]})
    await inv.ok("POST", f"/admin/api/reports/{rid}/start", {})
    return rid


async def test_a_referral_is_a_move_on_the_timeline_and_in_the_ledger_that_keeps_the_case_open(
    stack: Stack, staff: dict[str, Console]
) -> None:
    rid = await investigating(staff)
    inv, head = staff["inv1"], staff["head1"]
    letter = {
        "body": "police",
        "body_name": "示范市公安局东城分局",
        "referred_on": "2026-12-03",
        "reference": "示医保移〔2026〕7号",
        "note": "涉嫌诈骗罪，移送侦查",
    }
    row = await inv.ok("POST", f"/admin/api/reports/{rid}/referrals", letter)
    assert row["status"] == "investigating"  # not closed: the bureau still decides on the money
    case = await head.ok("GET", f"/admin/api/reports/{rid}")
    assert [(r["body_title"], r["body_name"], r["reference"]) for r in case["referrals"]] == [
        ("公安机关", "示范市公安局东城分局", "示医保移〔2026〕7号")
    ]
    moved = [e for e in case["timeline"] if e["kind"] == "referred"]
    assert len(moved) == 1 and not moved[0]["public"]  # the reporter is not told where it went
    assert moved[0]["note"] == "移送公安机关（示范市公安局东城分局，2026-12-03，示医保移〔2026〕7号）"
    assert await AuditEntry.filter(action="report.referred", subject=f"report:{rid}").count() == 1

    _, _, csv = await head.download("/admin/api/ledger.csv?region=demo")
    text = csv.decode("utf-8-sig")
    assert (
        "移送情况" in text and "移送公安机关（示范市公安局东城分局，2026-12-03，示医保移〔2026〕7号）" in text
    )

    for bad, field in (({"body": "court"}, "body"), ({"referred_on": "2026-12-05"}, "date")):
        status, body = await inv.call("POST", f"/admin/api/reports/{rid}/referrals", letter | bad)
        assert status == 422 and body["code"] == "bad_referral", (field, body)
    conclusion = {"conclusion": "substantiated", "verified_amount_fen": 500_00, "summary": "查实"}
    assert (await inv.ok("POST", f"/admin/api/reports/{rid}/conclude", conclusion))["status"] == "concluded"


async def test_the_penalty_clock_is_stored_shown_and_swept(
    stack: Stack, staff: dict[str, Console], http: aiohttp.ClientSession
) -> None:
    rid = await investigating(staff)
    head = staff["head1"]
    case = await head.ok("GET", f"/admin/api/reports/{rid}")
    assert case["penalty_by"] == "2027-03-04"  # 立案 2026-12-04 + 90 calendar days (行政处罚法 第六十条)
    queue = await head.ok("GET", "/admin/api/reports")
    assert [r["penalty_by"] for r in queue["reports"]] == ["2027-03-04"]
    _, _, csv = await head.download("/admin/api/ledger.csv?region=demo")
    assert "处罚决定期限" in csv.decode("utf-8-sig") and "2027-03-04" in csv.decode("utf-8-sig")

    NOW[0] = datetime(2027, 3, 5, 2, 0, tzinfo=UTC)
    head = await console(stack, http, "head1")  # signed in again: the session expired meanwhile
    swept = await head.ok("GET", "/admin/api/deadlines?region=demo")
    assert {(r["id"], r["step"], r["due"]) for r in swept["overdue"]} >= {(rid, "penalty_by", "2027-03-04")}


async def test_deadlines_in_a_year_without_confirmed_holidays_are_marked_and_warned_about(
    stack: Stack, staff: dict[str, Console], http: aiohttp.ClientSession
) -> None:
    rid = await investigating(staff)
    head = staff["head1"]
    case = await head.ok("GET", f"/admin/api/reports/{rid}")
    assert date.fromisoformat(case["handle_by"]).year == 2027
    assert case["provisional_deadlines"] == ["handle_by"]  # accept_by and the rest fall in 2026
    NOW[0] = datetime(2027, 1, 20, 2, 0, tzinfo=UTC)
    head = await console(stack, http, "head1")  # signed in again: the session expired meanwhile
    swept = await head.ok("GET", "/admin/api/deadlines?region=demo")
    handle = [r for r in swept["overdue"] + swept["due_soon"] if r["step"] == "handle_by"]
    assert handle and all(r["provisional"] for r in handle)

    base = stack.url.rstrip("/")
    async with http.get(base + "/readyz") as resp:
        ready = await resp.json()
    assert resp.status == 200 and ready["status"] == "ok" and "2027年" in ready["warnings"][0]
    async with http.get(base + "/metrics") as resp:
        assert "fundguard_calendar_unconfirmed_years 1.0" in await resp.text()
    NOW[0] = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)  # before 1 December: nothing to warn about yet
    async with http.get(base + "/readyz") as resp:
        assert "warnings" not in await resp.json()
    async with http.get(base + "/metrics") as resp:
        assert "fundguard_calendar_unconfirmed_years 0.0" in await resp.text()

    # The reporter is told too: a report received on 2026-12-20 is to be accepted in January 2027.
    NOW[0] = datetime(2026, 12, 20, 2, 0, tzinfo=UTC)
    await seed_registry()
    user = openid()
    reply = await say(stack, user, "举报", "9", "益丰 人民路", "1", STORY, "跳过", "跳过", "1", "确认")
    assert RECEIPT.search(reply) and f"2027年1月11日{MARK}前决定是否受理" in reply


async def test_a_placeholder_reward_policy_is_marked_for_staff_in_the_quote(
    stack: Stack, staff: dict[str, Console]
) -> None:
    head = staff["head1"]
    estimate = await head.ok(
        "POST", "/admin/api/rewards/quote", {"case_value_fen": 1_000_000_00, "policy": "national"}
    )
    assert estimate["provisional"] is True and any(
        line.startswith("【暂定】") for line in estimate["explanation"]
    )
    local = await head.ok(
        "POST", "/admin/api/rewards/quote", {"case_value_fen": 1_000_000_00, "policy": "sichuan"}
    )
    assert local["provisional"] is False


async def test_informing_the_reporter_publishes_the_satisfaction_survey_hook(
    stack: Stack, staff: dict[str, Console]
) -> None:
    rid = await investigating(staff)
    conclusion = {"conclusion": "substantiated", "verified_amount_fen": 500_00, "summary": "查实"}
    await staff["inv1"].ok("POST", f"/admin/api/reports/{rid}/conclude", conclusion)
    assert not await Job.filter(kind=REPORT_INFORMED).exists()
    await staff["intake1"].ok("POST", f"/admin/api/reports/{rid}/inform", {})
    event = await Job.get(kind=REPORT_INFORMED)
    assert event.payload == {
        "report_id": rid,
        "region": "demo",
        "named": False,
        "conclusion": "substantiated",
    }
    await settle(stack)
    assert (await Job.get(id=event.id)).status == "done"  # delivered (Surveys will subscribe to it)
