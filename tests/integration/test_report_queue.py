"""The staff queue on both backends: each filter, search, deadline states, keyset pages, the staff
picker and the choices a case page renders."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from itertools import count
from typing import Any

import pytest
from tortoise.transactions import in_transaction

from kernel.actors import Actor, RegionRequired
from reports import casework as cases
from reports.errors import ReportError
from reports.lifecycle import allowed_moves
from reports.models import Report
from reports.queue import QueueFilter, page
from reports.rules import ReportRules, load_rules
from staff.choices import assignable_staff, report_choices
from staff.models import StaffAccount
from staff.service import StaffPolicy, create_staff

# Wed 2 Dec 2026; three working days on is Mon 7 Dec.
TODAY = date(2026, 12, 2)
INTAKE = Actor(1, "受理员", frozenset({"intake"}), frozenset({"demo"}))
HEAD = Actor(2, "科长", frozenset({"head"}), frozenset({"demo"}))
TWO_REGIONS = Actor(6, "两地科长", frozenset({"head"}), frozenset({"demo", "demo2"}))
_ids = count(1)


@pytest.fixture
def rules() -> ReportRules:
    return load_rules(receipt_key=b"r" * 32)


async def make_report(**overrides: Any) -> Report:
    n = next(_ids)
    fields: dict[str, Any] = {
        "region": "demo",
        "receipt_hash": f"h{n}-{datetime.now(UTC).timestamp()}",
        "category": "1",
        "target_party": "pharmacy",
        "target_code": f"P{n:09d}",
        "target_name": f"示范药房{n}号店",
        "description": "药店允许用医保卡购买生活用品。",
        "channel": "wechat",
        "anonymous": True,
        "status": "submitted",
        "received_at": datetime(2026, 11, 20, 2, 0, tzinfo=UTC),
        "accept_by": TODAY + timedelta(days=20),
    }
    fields.update(overrides)
    return await Report.create(**fields)


async def ids(actor: Actor, rules: ReportRules, **filters: Any) -> list[int]:
    found = await page(actor, QueueFilter(**filters), today=TODAY, rules=rules)
    return [r.id for r in found.reports]


async def test_each_filter_narrows_the_queue_and_closed_reports_need_their_status(
    database: str, rules: ReportRules
) -> None:
    plain = await make_report()
    phone = await make_report(channel="phone", category="2")
    named = await make_report(target_name="益丰大药房人民路店", target_code="P3301000001")
    assigned = await make_report(status="assigned", assignee_id=7, handle_by=TODAY + timedelta(days=40))
    early = await make_report(received_at=datetime(2026, 10, 31, 17, 0, tzinfo=UTC))  # 1 Nov in China
    closed = await make_report(status="informed")
    await make_report(region="north")

    assert await ids(INTAKE, rules) == [plain.id, phone.id, named.id, assigned.id, early.id]
    assert await ids(INTAKE, rules, channel="phone") == [phone.id]
    assert await ids(INTAKE, rules, category="2") == [phone.id]
    assert await ids(INTAKE, rules, target_code="P3301000001") == [named.id]
    assert await ids(INTAKE, rules, search="人民路") == [named.id]
    assert await ids(INTAKE, rules, search="p33010") == [named.id]  # a code prefix, any case
    assert await ids(INTAKE, rules, assignee_id=7) == [assigned.id]
    assert assigned.id not in await ids(INTAKE, rules, assignee_id=0)
    assert await ids(INTAKE, rules, received_from=date(2026, 11, 1), received_to=date(2026, 11, 1)) == [
        early.id
    ]
    assert early.id not in await ids(INTAKE, rules, received_from=date(2026, 11, 2))
    assert await ids(INTAKE, rules, status="informed") == [closed.id]
    with pytest.raises(ReportError) as refused:
        await ids(INTAKE, rules, region="north")
    assert refused.value.code == "forbidden"
    with pytest.raises(ReportError) as bad:
        await ids(INTAKE, rules, status="lost")
    assert bad.value.code == "bad_status"


async def test_deadline_states_follow_the_step_each_report_is_at(database: str, rules: ReportRules) -> None:
    late_accept = await make_report(accept_by=TODAY - timedelta(days=1))
    soon_accept = await make_report(accept_by=date(2026, 12, 7))  # the third working day
    later_accept = await make_report(accept_by=date(2026, 12, 8))
    late_handle = await make_report(status="investigating", handle_by=TODAY - timedelta(days=3))
    soon_inform = await make_report(status="concluded", anonymous=False, inform_by=TODAY)
    # An anonymous reporter follows by receipt: no inform deadline runs against the bureau.
    await make_report(status="concluded", anonymous=True, inform_by=TODAY - timedelta(days=5))

    assert await ids(INTAKE, rules, deadline="overdue") == [late_accept.id, late_handle.id]
    assert await ids(INTAKE, rules, deadline="due_soon") == [soon_accept.id, soon_inform.id]
    rows = (await cases.queue_page(INTAKE, QueueFilter(), today=TODAY, rules=rules))["reports"]
    states = {r["id"]: (r["due_step"], r["deadline_state"]) for r in rows}
    assert states[late_accept.id] == ("accept_by", "overdue")
    assert states[later_accept.id] == ("accept_by", "on_time")
    assert states[late_handle.id] == ("handle_by", "overdue")
    assert states[soon_inform.id] == ("inform_by", "due_soon")
    with pytest.raises(RegionRequired) as asked:
        await ids(TWO_REGIONS, rules, deadline="overdue")
    assert asked.value.regions == ["demo", "demo2"]


async def test_keyset_pages_cover_every_report_once_in_both_orders(database: str, rules: ReportRules) -> None:
    made = []
    for i in range(23):  # several reports share each deadline day, so ties are broken by id
        when = datetime(2026, 11, 1, 2, 0, tzinfo=UTC) + timedelta(hours=i % 5)
        made.append(await make_report(accept_by=TODAY + timedelta(days=i % 4), received_at=when))
    for order, key in (
        ("deadline", lambda r: (r.accept_by, r.id)),
        ("received", lambda r: (-r.received_at.timestamp(), -r.id)),
    ):
        seen: list[int] = []
        cursor = None
        while True:
            f = QueueFilter(order=order, limit=5, cursor=cursor)  # type: ignore[arg-type]
            got = await page(INTAKE, f, today=TODAY, rules=rules)
            seen += [r.id for r in got.reports]
            if got.next_cursor is None:
                break
            cursor = got.next_cursor
        assert seen == [r.id for r in sorted(made, key=key)], order
    with pytest.raises(ReportError) as bad:
        await ids(INTAKE, rules, order="received", cursor=got.next_cursor or "bm9wZQ")
    assert bad.value.code == "bad_cursor"


async def test_the_staff_picker_lists_active_staff_of_the_region_who_may_take_a_case(
    database: str, rules: ReportRules
) -> None:
    policy, now = StaffPolicy(hasher=_fast_hasher()), datetime(2026, 12, 2, tzinfo=UTC)
    async with in_transaction() as conn:

        async def add(username: str, roles: list[str], regions: list[str], name: str) -> int:
            account = await create_staff(
                conn, username=username, display_name=name, password="p" * 12, roles=roles,
                regions=regions, by="cli:test", policy=policy, now=now,
            )  # fmt: skip
            return int(account.id)

        inv = await add("inv1", ["investigator"], ["demo"], "调查员甲")
        head = await add("head1", ["head"], ["demo"], "科长乙")
        await add("intake1", ["intake"], ["demo"], "受理员丙")
        await add("north1", ["investigator"], ["north"], "北区调查员")
        gone = await add("gone1", ["investigator"], ["demo"], "已停用")
    await StaffAccount.filter(id=gone).update(active=False)
    await make_report(status="investigating", assignee_id=inv, handle_by=TODAY)
    await make_report(status="assigned", assignee_id=inv, handle_by=TODAY)
    await make_report(status="informed", assignee_id=inv)
    picked = await assignable_staff(HEAD, region="demo")
    assert [(p["id"], p["name"], p["roles"], p["open_cases"]) for p in picked] == [
        (inv, "调查员甲", ["investigator"], 2),
        (head, "科长乙", ["head"], 0),
    ]
    names_only = await assignable_staff(HEAD, region="demo", with_load=False)
    assert [(p["id"], p["open_cases"]) for p in names_only] == [(inv, None), (head, None)]
    with pytest.raises(ReportError):
        await assignable_staff(HEAD, region="north")


def _fast_hasher() -> Any:
    from argon2 import PasswordHasher

    return PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


async def test_choices_and_moves_come_from_the_domain(database: str, rules: ReportRules) -> None:
    offered = report_choices("demo", rules=rules)
    assert {c["code"] for c in offered["conclusions"]} == {"substantiated", "partly", "not_substantiated"}
    assert "out_of_scope" in {c["code"] for c in offered["not_accepted_reasons"]}
    assert offered["categories"][0]["code"] and {m["code"] for m in offered["moves"]} >= {"accept", "assign"}
    submitted = await make_report()
    assert allowed_moves(INTAKE, submitted) == ["accept", "not_accept"]
    assert allowed_moves(HEAD, submitted) == ["accept", "not_accept"]
    investigating = await make_report(status="investigating", assignee_id=9, handle_by=TODAY)
    investigator = Actor(9, "调查员", frozenset({"investigator"}), frozenset({"demo"}))
    other = Actor(10, "别的调查员", frozenset({"investigator"}), frozenset({"demo"}))
    assert allowed_moves(investigator, investigating) == ["conclude", "refer"]
    assert allowed_moves(other, investigating) == []
    assert allowed_moves(HEAD, investigating) == ["assign", "extend", "conclude", "refer"]
    assert allowed_moves(INTAKE, investigating) == []
