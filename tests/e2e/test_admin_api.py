"""The staff API over real HTTP: sign-in and lockout, roles, the whole case journey, identity reveals."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any, get_args

import aiohttp
import pytest

from handlers.staff_api.schemas import Status
from kernel.clock import add_months, china_day
from reports.deadlines import due_date, handle_by
from reports.models import STATUSES, Report, ReportEvent
from reports.rules import load_rules
from storage import audit
from storage.models import AuditEntry, Job
from tests.conftest import Stack
from tests.e2e.admin_client import ID_NUMBER, PASSWORD, Console, console, make_staff, named, phone_report


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
async def team(stack: Stack) -> dict[str, int]:
    """The demo bureau's staff, and a head of another region."""
    people = {
        "intake": await make_staff("intake1", ["intake"], name="受理员小陈"),
        "head": await make_staff("head1", ["head"], name="王科长"),
        "inv": await make_staff("inv1", ["investigator"], name="调查员小李"),
        "inv2": await make_staff("inv2", ["investigator"], name="调查员小赵"),
        "finance": await make_staff("fin1", ["finance"], name="财务小周"),
        "north": await make_staff("north1", ["head"], name="北区科长", regions=("north",)),
    }
    return {k: v.id for k, v in people.items()}


async def test_signing_in_shows_who_i_am_and_signing_out_ends_the_session(
    stack: Stack, http: aiohttp.ClientSession, team: dict[str, int]
) -> None:
    anonymous = Console(stack, http)
    status, body = await anonymous.call("GET", "/admin/api/me")
    assert status == 401 and body["code"] == "not_logged_in" and "登录" in body["message"]
    anonymous.token = "fgs_forged"
    assert (await anonymous.call("GET", "/admin/api/me"))[0] == 401
    head = await console(stack, http, "head1")
    me = await head.ok("GET", "/admin/api/me")
    assert me == {"id": team["head"], "name": "王科长", "roles": ["head"], "regions": ["demo"]}
    await head.ok("POST", "/admin/api/logout", status=204)
    status, body = await head.call("GET", "/admin/api/me")
    assert status == 401 and body["code"] == "not_logged_in"
    actions = [e.action for e in await AuditEntry.all().order_by("id")]
    assert actions[-2:] == ["staff.login", "staff.logout"]


async def test_repeated_wrong_passwords_lock_the_account_with_a_hint_and_are_audited(
    stack: Stack, http: aiohttp.ClientSession, team: dict[str, int]
) -> None:
    c = Console(stack, http)
    for _ in range(4):
        status, body = await c.login("intake1", "not the password")
        assert (status, body) == (401, {"code": "bad_credentials", "message": "用户名或密码错误。"})
    status, body = await c.login("intake1", "not the password")
    assert status == 401 and body["code"] == "bad_credentials" and "锁定" in body["message"]
    status, body = await c.login("intake1", PASSWORD)  # right, but locked
    assert status == 401 and body["message"].startswith("用户名或密码错误。") and "锁定" in body["message"]
    assert c.token is None
    assert await AuditEntry.filter(action="staff.login_failed").count() == 6
    assert await AuditEntry.filter(action="staff.locked", subject=f"staff:{team['intake']}").count() == 1
    assert (await c.login("head1"))[0] == 200  # other accounts are not affected


async def test_login_attempts_from_one_address_are_rate_limited(
    stack: Stack, http: aiohttp.ClientSession, team: dict[str, int]
) -> None:
    c = Console(stack, http)
    for i in range(30):
        assert (await c.login(f"nobody{i}", "guess"))[0] == 401
    status, body = await c.login("head1")
    assert status == 429 and body["code"] == "rate_limited" and "频繁" in body["message"]


async def test_a_role_that_may_not_act_gets_403_and_the_refusal_is_audited(
    stack: Stack, http: aiohttp.ClientSession, team: dict[str, int]
) -> None:
    intake = await console(stack, http, "intake1")
    report = await intake.ok("POST", "/admin/api/reports", phone_report(), status=201)
    rid = report["report_id"]
    inv, finance, north = [await console(stack, http, u) for u in ("inv1", "fin1", "north1")]
    for who, method, path, body in [
        (inv, "POST", f"/admin/api/reports/{rid}/accept", {}),
        (finance, "GET", "/admin/api/reports", None),
        (intake, "POST", f"/admin/api/reports/{rid}/assign", {"assignee_id": team["inv"]}),
    ]:
        status, reply = await who.call(method, path, body)
        assert status == 403 and reply["code"] == "forbidden" and "权限" in reply["message"], (path, reply)
    assert await AuditEntry.filter(action="staff.forbidden").count() == 3
    # A head of another region holds the role but not the region: refused by the reports service.
    status, reply = await north.call("POST", f"/admin/api/reports/{rid}/accept", {})
    assert status == 403 and reply["code"] == "forbidden"
    assert (await Report.get(id=rid)).status == "submitted"


async def test_the_whole_journey_from_a_phone_call_to_an_informed_reporter(
    stack: Stack, http: aiohttp.ClientSession, team: dict[str, int]
) -> None:
    rules = load_rules(receipt_key=b"x" * 32)  # deadlines do not depend on the key
    policy, today = rules.policy("demo"), china_day(datetime.now(UTC))

    def due(step: Any) -> str:
        return due_date(step, today, policy=policy, region="demo", calendar=rules.calendar).isoformat()

    intake, head, inv = [await console(stack, http, u) for u in ("intake1", "head1", "inv1")]
    entered = await intake.ok("POST", "/admin/api/reports", named(), status=201)
    rid = entered["report_id"]
    assert entered["status"] == "submitted" and entered["accept_by"] == due("accept_by")
    assert len(entered["receipt_code"]) == 19
    queue = await intake.ok("GET", "/admin/api/reports?status=submitted&region=demo")
    assert [r["id"] for r in queue["reports"]] == [rid]

    row = await intake.ok("POST", f"/admin/api/reports/{rid}/accept", {"version": 0})
    assert row["status"] == "accepted" and row["decision_inform_by"] == due("inform_decision_by")
    assert row["handle_by"] == due("handle_by")
    row = await head.ok("POST", f"/admin/api/reports/{rid}/assign", {"assignee_id": team["inv"]})
    assert row["status"] == "assigned" and row["assignee_id"] == team["inv"]
    assert [r["id"] for r in (await inv.ok("GET", "/admin/api/reports"))["reports"]] == [rid]
    row = await inv.ok("POST", f"/admin/api/reports/{rid}/start", {})
    assert row["status"] == "investigating"
    for extensions, months in ((1, 3), (2, 6)):
        row = await head.ok("POST", f"/admin/api/reports/{rid}/extend", {"reason": "需调取外省就医记录"})
        expected = handle_by(
            today, extensions=extensions, policy=policy, region="demo", calendar=rules.calendar
        )
        assert row["extensions"] == extensions and row["handle_by"] == expected.isoformat()
        assert row["handle_by"] == max(add_months(today, months), expected).isoformat()
    status, body = await head.call("POST", f"/admin/api/reports/{rid}/extend", {"reason": "再延一次"})
    assert status == 422 and body["code"] == "extension_limit" and "上限" in body["message"]

    conclusion = {"conclusion": "substantiated", "verified_amount_fen": 1_234_500, "summary": "查实串换药品"}
    row = await inv.ok("POST", f"/admin/api/reports/{rid}/conclude", conclusion)
    assert row["status"] == "concluded" and row["verified_amount_fen"] == 1_234_500
    assert row["conclusion"] == "substantiated" and row["inform_by"] == due("inform_result_by")
    await inv.ok(
        "POST", f"/admin/api/reports/{rid}/messages", {"body": "您反映的问题已查实，感谢监督。"}, status=201
    )
    row = await intake.ok("POST", f"/admin/api/reports/{rid}/inform", {})
    assert row["status"] == "informed" and row["status_title"] == "已反馈结果"

    case = await head.ok("GET", f"/admin/api/reports/{rid}")
    kinds = [e["kind"] for e in case["timeline"]]
    assert kinds == ["submitted", "accepted", "assigned", "investigating", "extended", "extended",
                     "concluded", "informed"]  # fmt: skip
    assert [e["public"] for e in case["timeline"] if e["kind"] == "extended"] == [False, False]
    assert case["timeline"][1]["actor_name"] == "受理员小陈" and case["assignee_name"] == "调查员小李"
    assert case["messages"][0]["staff_name"] == "调查员小李" and case["channel"] == "phone"
    assert (await audit.verify()).ok


async def test_identity_is_hidden_in_the_case_view_and_shown_only_to_the_assignee_and_head(
    stack: Stack, http: aiohttp.ClientSession, team: dict[str, int], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    intake, head, inv, inv2 = [await console(stack, http, u) for u in ("intake1", "head1", "inv1", "inv2")]
    rid = (await intake.ok("POST", "/admin/api/reports", named(), status=201))["report_id"]
    await intake.ok("POST", f"/admin/api/reports/{rid}/accept", {})
    await head.ok("POST", f"/admin/api/reports/{rid}/assign", {"assignee_id": team["inv"]})
    for who in (intake, head, inv):
        status, case = await who.call("GET", f"/admin/api/reports/{rid}")
        assert status == 200 and case["identity_on_file"] is True
        for secret in (ID_NUMBER, "张三丰", "13800138000"):
            assert secret not in repr(case)
    assert (await inv2.call("GET", f"/admin/api/reports/{rid}"))[0] == 403  # not assigned to them

    purpose = {"purpose": "电话回访核实线索"}
    for who in (inv, head):
        shown = await who.ok("POST", f"/admin/api/reports/{rid}/identity", purpose)
        assert shown == {"name": "张三丰", "id_number": ID_NUMBER, "phone": "13800138000"}
    status, body = await inv2.call("POST", f"/admin/api/reports/{rid}/identity", purpose)
    assert status == 403 and "已记录" in body["message"] and ID_NUMBER not in repr(body)
    status, body = await intake.call("POST", f"/admin/api/reports/{rid}/identity", purpose)
    assert status == 403 and body["code"] == "forbidden"

    reveals = await AuditEntry.filter(action="identity.reveal").order_by("id")
    assert [e.actor for e in reveals] == [f"staff:{team['inv']}", f"staff:{team['head']}"]
    assert all(e.detail == {"purpose": "电话回访核实线索"} for e in reveals)
    refused = await AuditEntry.filter(action="identity.reveal_refused").values_list("actor", flat=True)
    assert refused == [f"staff:{team['inv2']}"]
    forbidden = await AuditEntry.filter(action="staff.forbidden").values_list("actor", "subject")
    assert forbidden == [(f"staff:{team['intake']}", r"route:POST /admin/api/reports/{id}/identity")]
    assert (await audit.verify()).ok
    logged = caplog.text + repr([r.__dict__ for r in caplog.records])
    assert caplog.records and all(secret not in logged for secret in (ID_NUMBER, "张三丰", "13800138000"))


async def test_a_stale_version_is_refused_with_409(
    stack: Stack, http: aiohttp.ClientSession, team: dict[str, int]
) -> None:
    intake, head = await console(stack, http, "intake1"), await console(stack, http, "head1")
    rid = (await intake.ok("POST", "/admin/api/reports", phone_report(), status=201))["report_id"]
    row = await intake.ok("POST", f"/admin/api/reports/{rid}/accept", {"version": 0})
    status, body = await head.call("POST", f"/admin/api/reports/{rid}/assign", {"assignee_id": team["inv"],
                                                                             "version": 0})  # fmt: skip
    assert status == 409 and body["code"] == "conflict" and "刷新" in body["message"]
    body = {"assignee_id": team["inv"], "version": row["version"]}
    assert (await head.ok("POST", f"/admin/api/reports/{rid}/assign", body))["status"] == "assigned"
    status, body = await intake.call("POST", f"/admin/api/reports/{rid}/accept", {})
    assert status == 409 and body["code"] == "bad_transition"
    assert (await intake.call("GET", "/admin/api/reports/999999"))[0] == 404


async def test_bad_input_gets_422_with_chinese_field_errors_and_stores_nothing(
    stack: Stack, http: aiohttp.ClientSession, team: dict[str, int]
) -> None:
    intake, head = await console(stack, http, "intake1"), await console(stack, http, "head1")
    bad_id = named()
    bad_id["identity"]["id_number"] = "110105194912310021"
    cases: list[tuple[Console, str, Any, str]] = [
        (intake, "/admin/api/reports", bad_id, "identity.id_number"),
        (intake, "/admin/api/reports", phone_report(category="98"), "category"),
        (intake, "/admin/api/reports", phone_report(channel="fax"), "channel"),
        (intake, "/admin/api/reports", phone_report(description="太短"), "description"),
        (intake, "/admin/api/reports", {"region": "demo"}, "target_name"),
    ]
    for who, path, body, field in cases:
        status, reply = await who.call("POST", path, body)
        assert status == 422 and field in reply["fields"], (field, reply)
        assert ID_NUMBER[:10] not in repr(reply)
        assert all("\u4e00" <= ch <= "\u9fff" for ch in reply["fields"][field][:1]), reply
    assert await Report.all().count() == 0
    rid = (await intake.ok("POST", "/admin/api/reports", phone_report(), status=201))["report_id"]
    status, reply = await head.call("POST", f"/admin/api/reports/{rid}/assign", {"assignee_id": "x"})
    assert status == 422 and reply["fields"] == {"assignee_id": "承办人应为整数。"}
    status, reply = await intake.call("POST", f"/admin/api/reports/{rid}/not-accept", {"reason": "不想管"})
    assert status == 422 and reply["code"] == "bad_reason" and "reason" in reply["fields"]
    status, reply = await intake.call("GET", "/admin/api/reports?status=lost")
    assert status == 422 and "status" in reply["fields"]
    async with intake.http.post(intake.url("/admin/api/login"), data=b"{not json") as resp:
        assert resp.status == 422 and "JSON" in (await resp.json())["fields"]["request"]


def test_every_staff_route_but_sign_in_declares_its_roles(stack: Stack) -> None:
    routes = [r for r in stack.app.router.routes() if r.resource and "/admin/" in r.resource.canonical]
    assert len(routes) >= 18
    for route in routes:
        assert route.resource is not None
        roles = getattr(route.handler, "staff_roles", None)
        assert roles or route.resource.canonical == "/admin/api/login", route.resource.canonical
    assert set(get_args(Status)) == set(STATUSES)


async def test_two_clerks_accepting_one_report_at_once_accept_it_once(
    stack: Stack, http: aiohttp.ClientSession, team: dict[str, int]
) -> None:
    intake, head = await console(stack, http, "intake1"), await console(stack, http, "head1")
    rid = (await intake.ok("POST", "/admin/api/reports", named(), status=201))["report_id"]
    results = await asyncio.gather(
        *(who.call("POST", f"/admin/api/reports/{rid}/accept", {}) for who in (intake, head, intake, head))
    )
    assert sorted(status for status, _ in results) == [200, 409, 409, 409]
    assert await AuditEntry.filter(action="report.accepted").count() == 1
    assert await ReportEvent.filter(report_id=rid, kind="accepted").count() == 1
    assert await Job.filter(kind="report.notice").count() == 1
