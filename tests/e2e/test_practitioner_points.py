"""Practitioner points over real HTTP: an officer records points at two institutions and issues the access
code; the practitioner reads the suspension and its explanation with the code and asks for a review;
a head upholds it; the practitioner sees the standing back to normal. Wrong codes get 403, then 429."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import aiohttp
import pytest
from tortoise.transactions import in_transaction

from registry.rows import PractitionerRow
from registry.service import upsert_practitioners
from tests.conftest import Stack, StackFactory, openid
from tests.e2e.admin_client import console, make_staff
from tests.e2e.test_admin_credit import Clock
from tests.integration.credit_kit import places

POINTS = "/admin/api/credit/practitioners/Y0000001/points"
MINE = "/api/v1/practitioners/Y0000001/points"


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
async def bureau(make_stack: StackFactory) -> Stack:
    clock = Clock(datetime(2026, 7, 1, 2, 0, tzinfo=UTC))  # 1 July 2026, 10:00 in China
    stack: Stack = await make_stack(clock=clock)
    await make_staff("credit1", ["credit_officer"], name="信用科陈科员", regions=("demo",))
    await make_staff("head1", ["head"], name="王科长", regions=("demo",))
    await make_staff("intake1", ["intake"], name="受理员小陈", regions=("demo",))
    await make_staff("north1", ["credit_officer"], name="北区信用科", regions=("north",))
    await places("P0000001", "P0000002")
    row = PractitionerRow(code="Y0000001", name="李药师", role="pharmacist", institution_code="P0000001")
    async with in_transaction() as conn:
        await upsert_practitioners(conn, region="demo", rows=[row], now=clock())
    return stack


async def mine(
    stack: Stack,
    http: aiohttp.ClientSession,
    code: str,
    method: str = "GET",
    body: Any = None,
    path: str = MINE,
) -> tuple[int, dict[str, Any]]:
    headers = {"X-Access-Code": code}
    async with http.request(method, stack.url.rstrip("/") + path, json=body, headers=headers) as resp:
        return resp.status, await resp.json()


async def test_points_recorded_explained_reviewed_and_withdrawn_through_the_apis(
    bureau: Stack, http: aiohttp.ClientSession
) -> None:
    officer = await console(bureau, http, "credit1")
    first = {
        "region": "demo",
        "kind": "moderate",
        "points": 6,
        "decided_on": "2026-03-01",
        "summary": "超量开药",
    }
    made = await officer.ok("POST", POINTS, first, status=201)
    assert (made["points"], made["institution_code"]) == (6, "P0000001")
    second = {
        "kind": "minor", "points": 3, "decided_on": "2026-06-10", "notified_on": "2026-06-12",
        "institution_code": "P0000002", "summary": "串换药品",
    }  # fmt: skip
    status, refused = await officer.call("POST", POINTS, second)
    assert status == 422 and refused["code"] == "bad_points" and "1–6个月" in refused["message"]
    status, band = await officer.call("POST", POINTS, {**second, "points": 5, "suspension_months": 3})
    assert status == 422 and "只能记1–3分，不能记5分" in band["message"]
    made2 = await officer.ok("POST", POINTS, {**second, "suspension_months": 3}, status=201)
    staff_view = await officer.ok("GET", POINTS + "?as_of=2026-07-01")
    assert (staff_view["status"], staff_view["until"], staff_view["points_this_year"]) == (
        "suspended", "2026-09-10", 9,
    )  # fmt: skip
    code = (await officer.ok("POST", POINTS + "/access-code", {}, status=201))["access_code"]

    status, view = await mine(bureau, http, code)
    assert status == 200, view
    assert (view["status"], view["until"], view["name"]) == ("suspended", "2026-09-10", "李药师")
    assert any("暂停医保支付资格3个月" in line for line in view["explanation"])
    assert [r["institution_code"] for r in view["records"]] == ["P0000001", "P0000002"]

    path = MINE + "/reviews"
    status, short = await mine(bureau, http, code, "POST", {"record_id": made2["id"], "reason": "不对"}, path)
    assert status == 422 and short["code"] == "invalid" and "reason" in short["fields"]
    reason = "当天患者病情危急，属于急诊抢救用药，不应记分。"
    status, review = await mine(
        bureau, http, code, "POST", {"record_id": made2["id"], "reason": reason}, path
    )
    assert status == 201 and review["status"] == "pending"
    status, again = await mine(bureau, http, code, "POST", {"record_id": made2["id"], "reason": reason}, path)
    assert status == 201 and again["id"] == review["id"]

    intake = await console(bureau, http, "intake1")
    assert (await intake.call("GET", "/admin/api/credit/point-reviews"))[0] == 403
    north = await console(bureau, http, "north1")
    assert (await north.call("GET", POINTS))[0] == 403
    head = await console(bureau, http, "head1")
    queue = await head.ok("GET", "/admin/api/credit/point-reviews?status=pending")
    assert [(q["id"], q["record"]["id"]) for q in queue["reviews"]] == [(review["id"], made2["id"])]
    answer = {"decision": "upheld", "answer": "核实为急诊抢救，撤销该次记分。"}
    done = await head.ok("POST", f"/admin/api/credit/point-reviews/{review['id']}/answer", answer)
    assert done["status"] == "upheld"
    status, twice = await head.call("POST", f"/admin/api/credit/point-reviews/{review['id']}/answer", answer)
    assert status == 409 and twice["code"] == "already_answered"

    status, view = await mine(bureau, http, code)
    assert (view["status"], view["points_this_year"]) == ("normal", 6)
    assert view["reviews"][0]["status"] == "upheld" and view["records"][1]["withdrawn_at"] is not None

    withdrawn = await officer.ok(
        "POST", f"/admin/api/credit/points/{made['id']}/withdraw", {"reason": "录入错误"}
    )
    assert withdrawn["withdrawn_at"] is not None
    assert (await mine(bureau, http, code))[1]["points_this_year"] == 0


async def test_wrong_access_codes_are_refused_then_the_address_is_blocked(
    bureau: Stack, http: aiohttp.ClientSession
) -> None:
    officer = await console(bureau, http, "credit1")
    code = (await officer.ok("POST", POINTS + "/access-code", {}, status=201))["access_code"]
    status, body = await mine(bureau, http, code, path="/api/v1/practitioners/Y0000002/points")
    assert status == 403 and body["code"] == "bad_access_code"  # the right code, another person
    statuses = [(await mine(bureau, http, f"WRONG-CODE-{n:04d}"))[0] for n in range(9)]
    assert statuses == [403] * 9
    status, blocked = await mine(bureau, http, "WRONG-CODE-9999")
    assert status == 429 and blocked["code"] == "rate_limited"
    status, still = await mine(bureau, http, code)  # blocked for the window, right code included
    assert status == 429 and still["code"] == "too_many_guesses"


async def test_记分查询_in_chat_links_to_the_points_page(stack: Stack, http: aiohttp.ClientSession) -> None:
    user = openid()
    await stack.sim.send_text(user, "记分查询")
    reply = stack.sim.texts_to(user)[-1]
    found = re.search(r'<a href="([^"]+)">记分查询</a>', reply)
    assert found and "查询码" in reply and "人工复核" in reply
    async with http.get(found.group(1)) as resp:  # the link opens the page this service serves
        page = await resp.text()
        csp = resp.headers["Content-Security-Policy"]  # strict: the page's own script by hash only
        assert resp.status == 200 and csp.startswith("default-src 'none'") and "unsafe-inline" not in csp
    assert "医保支付资格记分查询" in page and "/api/v1/practitioners/" in page
    await stack.sim.send_text(user, "帮助")
    assert "“记分查询”" in stack.sim.texts_to(user)[-1]
