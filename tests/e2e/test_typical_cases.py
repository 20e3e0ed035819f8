"""典型案例 end to end (issue 16 item 15): staff draft a case from a concluded report (names masked) or afresh
and publish it through the staff JSON API; citizens browse the published ones in chat (latest, by
category, by number), through /api/v1 and on the H5 page (which passes axe-core)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest
from playwright.async_api import expect

from storage.models import AuditEntry
from tests.conftest import Stack, openid
from tests.e2e.a11y import assert_accessible
from tests.e2e.admin_client import Console, console, make_staff, phone_report
from tests.e2e.browser import phone_page
from tests.e2e.test_report_chat import last, say
from typical_cases.service import masked

STORY = (
    "经查，该药店店员李小红诱导参保人张三使用医保卡购买洗发水、鸡蛋等生活用品，"
    "以药品名义结算医保基金12,680元。联系人电话13912345678。"
)


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


async def concluded_report(stack: Stack, http: aiohttp.ClientSession) -> tuple[dict[str, Console], int]:
    inv = await make_staff("inv1", ["investigator"], name="调查员小李")
    await make_staff("intake1", ["intake"], name="受理员小陈")
    await make_staff("head1", ["head"], name="王科长")
    c = {u: await console(stack, http, u) for u in ("intake1", "head1", "inv1")}
    rid = int(
        (await c["intake1"].ok("POST", "/admin/api/reports", phone_report(category="9"), status=201))[
            "report_id"
        ]
    )
    await c["intake1"].ok("POST", f"/admin/api/reports/{rid}/accept", {})
    await c["head1"].ok("POST", f"/admin/api/reports/{rid}/assign", {"assignee_id": inv.id})
    await c["inv1"].ok("POST", f"/admin/api/reports/{rid}/start", {})
    done = {"conclusion": "substantiated", "verified_amount_fen": 1_268_000, "summary": "查实"}
    await c["inv1"].ok("POST", f"/admin/api/reports/{rid}/conclude", done)
    return c, rid


def test_names_ids_and_mobiles_are_masked() -> None:
    text = masked("欧阳小明（身份证110105194912310021，电话13800138000）与张三", ["欧阳小明", "张三"])
    assert text == "欧某某（身份证110105********0021，电话138****8000）与张某"


async def test_staff_publish_a_masked_case_and_citizens_browse_it_in_chat_and_the_api(
    stack: Stack, http: aiohttp.ClientSession
) -> None:
    c, rid = await concluded_report(stack, http)
    inv, head = c["inv1"], c["head1"]
    status, body = await c["intake1"].call("POST", "/admin/api/typical-cases", {})
    assert status == 403
    draft = {
        "title": "示范市某药店诱导参保人刷卡购买生活用品案",
        "summary": STORY,
        "decided_on": "2026-11-20",
        "persons": ["李小红", "张三"],
        "source_report_id": rid,
    }
    made = await inv.ok("POST", "/admin/api/typical-cases", draft, status=201)
    assert made["status"] == "draft" and made["institution_name"] == "益丰大药房示范路店"
    assert (
        made["category"] == "daily_goods_on_card"
        and "李某某" in made["summary"]
        and "张某" in made["summary"]
    )
    assert "李小红" not in made["summary"] and "13912345678" not in made["summary"]
    status, body = await inv.call("POST", f"/admin/api/typical-cases/{made['id']}/publish", {})
    assert status == 403  # heads publish
    user = openid()
    assert "暂无公布的案例" in await say(stack, user, "典型案例")  # a draft is never shown
    await say(stack, user, "取消")

    fresh = {
        "title": "示范市某医院挂床住院骗取医保基金案",
        "summary": "经查，该院通过虚挂床位、伪造住院病历等方式骗取医保基金8万余元，已追回并处罚款。",
        "decided_on": "2026-10-08",
        "category": "ghost_bed",
        "institution_name": "示范市康复医院",
    }
    status, body = await head.call("POST", "/admin/api/typical-cases", fresh | {"category": "nothing"})
    assert status == 422 and body["code"] == "bad_case"
    second = await head.ok("POST", "/admin/api/typical-cases", fresh, status=201)
    for case in (made, second):
        await head.ok("POST", f"/admin/api/typical-cases/{case['id']}/publish", {})
    assert await AuditEntry.filter(action="typical_case.published").count() == 2

    await stack.sim.click(user, "CASES")
    listing = last(stack, user)
    assert "1. 示范市某药店诱导参保人刷卡购买生活用品案" in listing and "2. 示范市某医院挂床" in listing
    assert "/h5/typical-cases" in listing
    detail = await say(stack, user, "1")
    assert "涉事机构：益丰大药房示范路店" in detail and "李某某" in detail and "李小红" not in detail
    cats = await say(stack, user, "类别")
    assert "1. 医保卡购买生活用品" in cats
    assert "【医保卡购买生活用品】" in await say(stack, user, "1")
    assert "挂床" not in last(stack, user)

    base = stack.url.rstrip("/")
    async with http.get(base + "/api/v1/typical-cases") as resp:
        shown = await resp.json()
    assert resp.status == 200 and [i["id"] for i in shown["items"]] == [made["id"], second["id"]]
    async with http.get(base + "/api/v1/typical-cases?category=daily_goods_on_card") as resp:
        assert [i["id"] for i in (await resp.json())["items"]] == [made["id"]]
    await head.ok("POST", f"/admin/api/typical-cases/{made['id']}/withdraw", {})
    async with http.get(base + f"/api/v1/typical-cases/{made['id']}") as resp:
        assert resp.status == 404
    async with http.get(base + "/api/v1/openapi.json") as resp:
        assert "/api/v1/typical-cases" in (await resp.json())["paths"]


@pytest.mark.browser
@pytest.mark.parametrize("backend", ["sqlite"])
async def test_the_h5_page_lists_published_cases_by_category(
    stack: Stack, http: aiohttp.ClientSession
) -> None:
    c, rid = await concluded_report(stack, http)
    draft = {
        "title": "示范市某药店串换药品案",
        "summary": STORY,
        "decided_on": "2026-11-20",
        "source_report_id": rid,
    }
    made = await c["head1"].ok(
        "POST", "/admin/api/typical-cases", draft | {"persons": ["李小红"]}, status=201
    )
    await c["head1"].ok("POST", f"/admin/api/typical-cases/{made['id']}/publish", {})
    async with phone_page(stack.url.rstrip("/") + "/h5/typical-cases") as page:
        cases = page.get_by_role("region", name="案例列表").locator("article")
        await expect(cases).to_have_count(1)
        await expect(cases.first).to_contain_text("益丰大药房示范路店")
        await expect(cases.first).not_to_contain_text("李小红")
        await page.get_by_label("类别").select_option(label="医保卡购买生活用品")
        await expect(cases).to_have_count(1)
        await assert_accessible(page)
