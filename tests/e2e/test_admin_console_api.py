"""The staff JSON API the console builds on, over real HTTP: the filtered queue with keyset pages, the
choices each form offers, the staff picker, and refusals that name their field and allowed values."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import aiohttp
import pytest
from openapi_spec_validator import validate
from tortoise.transactions import in_transaction

from feedback import service as feedback_service
from handlers import keys
from simulator.pusher import wait_until
from storage.models import AuditEntry, Job
from tests.conftest import Stack, openid
from tests.e2e.admin_client import Console, console, make_staff, phone_report
from tests.integration.test_evidence_access import attach


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
async def team(stack: Stack) -> dict[str, int]:
    people = {
        "intake": await make_staff("intake1", ["intake"], name="受理员小陈"),
        "head": await make_staff("head1", ["head"], name="王科长"),
        "inv": await make_staff("inv1", ["investigator"], name="调查员小李"),
        "both": await make_staff("both1", ["head", "intake"], name="两地科长", regions=("demo", "north")),
    }
    return {k: v.id for k, v in people.items()}


async def test_the_queue_filters_searches_and_pages_with_a_cursor(
    stack: Stack, http: aiohttp.ClientSession, team: dict[str, int]
) -> None:
    intake, head = await console(stack, http, "intake1"), await console(stack, http, "head1")
    entered = []
    for i in range(5):
        body = phone_report(channel="mail" if i == 4 else "phone", target_name=f"示范药房{i}号店")
        entered.append((await intake.ok("POST", "/admin/api/reports", body, status=201))["report_id"])
    await head.ok("POST", f"/admin/api/reports/{entered[0]}/accept", {})
    await head.ok("POST", f"/admin/api/reports/{entered[0]}/assign", {"assignee_id": team["inv"]})

    old = await intake.ok("GET", "/admin/api/reports")  # no new parameter: every open report, as before
    assert [r["id"] for r in old["reports"]] == entered and old["next_cursor"] is None
    assert {"status_title", "decision_inform_by", "version", "accept_by"} <= set(old["reports"][0])
    first = await intake.ok("GET", "/admin/api/reports?status=submitted&limit=2")
    assert [r["id"] for r in first["reports"]] == entered[1:3]
    second = await intake.ok(
        "GET", f"/admin/api/reports?status=submitted&limit=2&cursor={first['next_cursor']}"
    )
    assert [r["id"] for r in second["reports"]] == entered[3:5] and second["next_cursor"] is None
    assert second["reports"][0]["due_step"] == "accept_by"
    assert second["reports"][0]["deadline_state"] in ("on_time", "due_soon")
    mail = await intake.ok("GET", "/admin/api/reports?channel=mail")
    assert [r["id"] for r in mail["reports"]] == [entered[4]]
    found = await intake.ok("GET", "/admin/api/reports?q=3号")
    assert [r["id"] for r in found["reports"]] == [entered[3]]
    mine = await intake.ok("GET", f"/admin/api/reports?assignee_id={team['inv']}")
    assert [r["id"] for r in mine["reports"]] == [entered[0]]
    newest = await intake.ok("GET", "/admin/api/reports?order=received&limit=1")
    assert [r["id"] for r in newest["reports"]] == [entered[4]]

    status, body = await intake.call("GET", "/admin/api/reports?channel=fax")
    assert status == 422 and body["code"] == "invalid" and "channel" in body["fields"]
    assert body["allowed"]["channel"] == ["wechat", "miniprogram", "phone", "walk_in", "mail", "grid"]
    status, body = await intake.call("GET", "/admin/api/reports?cursor=garbage")
    assert status == 422 and body["code"] == "bad_cursor" and set(body["fields"]) == {"cursor"}


async def test_the_case_lists_its_moves_and_the_forms_get_their_choices_and_staff(
    stack: Stack, http: aiohttp.ClientSession, team: dict[str, int]
) -> None:
    intake, head = await console(stack, http, "intake1"), await console(stack, http, "head1")
    rid = (await intake.ok("POST", "/admin/api/reports", phone_report(), status=201))["report_id"]
    assert (await intake.ok("GET", f"/admin/api/reports/{rid}"))["moves"] == ["accept", "not_accept"]
    await intake.ok("POST", f"/admin/api/reports/{rid}/accept", {})
    assert (await intake.ok("GET", f"/admin/api/reports/{rid}"))["moves"] == []
    assert (await head.ok("GET", f"/admin/api/reports/{rid}"))["moves"] == ["assign", "refer"]

    choices = await head.ok("GET", "/admin/api/reports/choices")
    assert choices["region"] == "demo"
    assert [c["code"] for c in choices["conclusions"]] == ["substantiated", "partly", "not_substantiated"]
    assert {"code": "out_of_scope", "title": "不属于医疗保障基金监管范围"} in choices["not_accepted_reasons"]
    assert choices["categories"] and {m["code"] for m in choices["moves"]} >= {"conclude", "extend"}
    picker = await head.ok("GET", "/admin/api/staff/assignable")
    staff = [(s["id"], s["open_cases"]) for s in picker["staff"]]
    assert staff == [(team["inv"], 0), (team["both"], 0), (team["head"], 0)]  # investigators first

    rid2 = (await intake.ok("POST", "/admin/api/reports", phone_report(), status=201))["report_id"]
    status, body = await head.call("POST", f"/admin/api/reports/{rid2}/not-accept", {"reason": "nope"})
    assert status == 422 and body["code"] == "bad_reason" and set(body["fields"]) == {"reason"}
    assert "out_of_scope" in body["allowed"]["reason"]


async def test_a_missing_region_is_asked_for_with_the_regions_to_choose_from(
    stack: Stack, http: aiohttp.ClientSession, team: dict[str, int]
) -> None:
    both = await console(stack, http, "both1")
    for path in (
        "/admin/api/reports/choices",
        "/admin/api/staff/assignable",
        "/admin/api/deadlines",
        "/admin/api/reports?deadline=overdue",
    ):
        status, body = await both.call("GET", path)
        assert status == 422 and body["code"] == "region_required", (path, body)
        assert body["allowed"] == {"region": ["demo", "north"]} and "region" in body["fields"]
    assert (await both.call("GET", "/admin/api/reports/choices?region=north"))[0] == 200
    status, body = await both.call("GET", "/admin/api/reports/choices?region=south")
    assert status == 403 and body["code"] == "forbidden"


async def test_the_home_figures_show_each_role_its_sections(
    stack: Stack, http: aiohttp.ClientSession, team: dict[str, int]
) -> None:
    intake, head = await console(stack, http, "intake1"), await console(stack, http, "head1")
    await intake.ok("POST", "/admin/api/reports", phone_report(), status=201)
    home = await head.ok("GET", "/admin/api/dashboard?weeks=4")
    assert home["region"] == "demo" and home["queues"]["to_accept"] == 1
    assert len(home["reports_per_week"]["weeks"]) == 4 and home["reports_per_week"]["total"][-1] == 1
    assert home["reports_per_week"]["by_channel"] == {"phone": [0, 0, 0, 1]}
    assert set(home["deadlines"]) == {"overdue", "due_soon"} and home["deadlines"]["overdue"] == 0
    assert home["outcomes"]["concluded"] == 0 and home["rewards"]["paid_fen"] == 0
    assert home["grades"] == []  # a head sees the credit section too; nothing published yet
    assert (await intake.ok("GET", "/admin/api/dashboard"))["rewards"] is None
    status, body = await head.call("GET", "/admin/api/dashboard?weeks=99")
    assert status == 422 and set(body["fields"]) == {"weeks"}


async def test_the_staff_openapi_document_is_valid_and_covers_every_staff_route(
    stack: Stack, http: aiohttp.ClientSession, team: dict[str, int]
) -> None:
    assert (await Console(stack, http).call("GET", "/admin/api/openapi.json"))[0] == 401
    doc = await (await console(stack, http, "intake1")).ok("GET", "/admin/api/openapi.json")
    validate(doc)  # OpenAPI 3.1
    routes = {
        (r.method.lower(), r.resource.canonical)
        for r in stack.app.router.routes()
        if r.resource is not None and r.resource.canonical.startswith("/admin/api/") and r.method != "HEAD"
    }
    documented = {(m, p) for p, ops in doc["paths"].items() for m in ops}
    assert routes == documented
    queue = doc["paths"]["/admin/api/reports"]["get"]
    channel = next(p for p in queue["parameters"] if p["name"] == "channel")
    assert "mail" in repr(channel["schema"]) and queue["security"] == [{"session": []}]
    assert (
        "head" in queue["description"] and "allowed" in doc["components"]["schemas"]["ErrorOut"]["properties"]
    )
    conclude = doc["paths"]["/admin/api/reports/{id}/conclude"]["post"]
    body = conclude["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
    assert "not_substantiated" in repr(doc["components"]["schemas"][body]["properties"]["conclusion"])


async def test_evidence_is_served_inline_to_the_case_staff_and_each_view_audited(
    stack: Stack, http: aiohttp.ClientSession, team: dict[str, int]
) -> None:
    intake, head = await console(stack, http, "intake1"), await console(stack, http, "head1")
    rid = (await intake.ok("POST", "/admin/api/reports", phone_report(), status=201))["report_id"]
    picture = b"\xff\xd8\xff\xe0" + bytes(100) + b"\xff\xd9"
    evidence_id = await attach(stack.app[keys.BLOBS], rid, picture, kind="image", ctype="image/jpeg")
    async with http.get(
        head.url(f"/admin/api/reports/{rid}/evidence/{evidence_id}"), headers=head.headers()
    ) as r:
        assert r.status == 200 and await r.read() == picture and r.content_type == "image/jpeg"
        assert r.headers["Cache-Control"] == "no-store" and "sandbox" in r.headers["Content-Security-Policy"]
    assert await AuditEntry.filter(action="evidence.view", actor=f"staff:{team['head']}").count() == 1
    status, body = await head.call("GET", f"/admin/api/reports/{rid}/evidence/{evidence_id + 1}")
    assert status == 404 and body["code"] == "not_found"


async def test_a_clerk_answers_a_citizens_suggestion_and_it_arrives_in_wechat(
    stack: Stack, http: aiohttp.ClientSession, team: dict[str, int]
) -> None:
    user = openid()
    for text in ("留言", "2", "药店门口的医保标识被挡住了，希望整改"):
        await stack.sim.send_text(user, text)
    await stack.sim.send_text(user, "完成")
    for text in ("跳过", "跳过", "确认"):
        await stack.sim.send_text(user, text)
    assert "留言已提交" in stack.sim.texts_to(user)[-1], stack.sim.texts_to(user)[-3:]
    intake = await console(stack, http, "intake1")
    listed = (await intake.ok("GET", "/admin/api/suggestions?status=open"))["suggestions"]
    assert len(listed) == 1 and listed[0]["region"] == "demo" and listed[0]["contact"] is None
    sid = listed[0]["id"]
    answer = {"body": "已通知药店整改，感谢您的监督。", "version": listed[0]["version"]}
    done = await intake.ok("POST", f"/admin/api/suggestions/{sid}/reply", answer)
    assert done["status"] == "answered" and done["reply"] == answer["body"]
    assert await wait_until(lambda: "已通知药店整改" in stack.sim.texts_to(user)[-1])
    status, body = await intake.call("POST", f"/admin/api/suggestions/{sid}/reply", answer)  # stale version
    assert status == 409 and body["code"] == "conflict"
    closed = await intake.ok("POST", f"/admin/api/suggestions/{sid}/close", {})
    assert closed["status"] == "closed"
    finance = await make_staff("fin1", ["finance"], name="财务")
    assert finance.id
    fin = await console(stack, http, "fin1")
    assert (await fin.call("GET", "/admin/api/suggestions"))[0] == 403


async def test_an_admin_adds_an_account_and_finds_it_in_the_audit_log(
    stack: Stack, http: aiohttp.ClientSession, team: dict[str, int]
) -> None:
    await make_staff("admin1", ["admin"], name="系统管理员")
    root = await console(stack, http, "admin1")
    new = {"username": "clerk9", "name": "新受理员", "password": "a long new password", "roles": ["intake"],
           "regions": ["demo"]}  # fmt: skip
    made = await root.ok("POST", "/admin/api/accounts", new, status=201)
    assert made["roles"] == ["intake"] and made["active"]
    status, body = await root.call(
        "POST", "/admin/api/accounts", {**new, "username": "x9", "roles": ["boss"]}
    )
    assert status == 422 and "intake" in body["allowed"]["roles.0"]
    await root.ok("POST", f"/admin/api/accounts/{made['id']}", {"locked": True})
    reset = await root.ok("POST", f"/admin/api/accounts/{made['id']}/reset-password")
    await root.ok("POST", f"/admin/api/accounts/{made['id']}", {"locked": False})
    assert len(reset["temporary_password"]) == 14
    status, _ = await Console(stack, http).login("clerk9", reset["temporary_password"])
    assert status == 200
    log = await root.ok("GET", f"/admin/api/audit?subject=staff:{made['id']}")
    assert [e["action"] for e in log["entries"]][-1] == "staff.created" and log["chain"]["ok"] is True
    intake = await console(stack, http, "intake1")
    assert (await intake.call("GET", "/admin/api/audit"))[0] == 403


async def test_two_clerks_answering_one_suggestion_at_once_send_one_answer(
    stack: Stack, http: aiohttp.ClientSession, team: dict[str, int]
) -> None:
    async with in_transaction() as conn:
        row = await feedback_service.submit(
            conn, topic="1", content="请问门诊慢特病如何办理", media=[], location=None, contact=None,
            sender=openid(), cipher=stack.app[keys.CIPHER], now=datetime.now(UTC), region="demo",
        )  # fmt: skip
    intake, head = await console(stack, http, "intake1"), await console(stack, http, "head1")
    answer = {"body": "请携带病历到医保窗口申请。", "version": 0}
    results = await asyncio.gather(
        *(who.call("POST", f"/admin/api/suggestions/{row.id}/reply", answer) for who in (intake, head) * 2)
    )
    assert sorted(status for status, _ in results) == [200, 409, 409, 409]
    assert await AuditEntry.filter(action="suggestion.reply").count() == 1
    assert await Job.filter(kind="feedback.reply").count() == 1
