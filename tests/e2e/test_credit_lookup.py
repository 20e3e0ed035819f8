"""药店信用查询 end to end: in chat through the simulator (查药店 with a name, pinyin initials, a typo; the
menu; a location) and through the mini-program API (validation, 404, per-address limit); only published
grades, 未评级 with the reason, a draft run never."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import aiohttp
import pytest

from bot.flows.credit import REPLY_BYTES
from credit.models import PublishedGrade
from handlers import keys
from handlers.kit.config import DEFAULT_CONFIG
from registry.data.demo import CENTRE
from tests.conftest import Stack, openid
from tests.integration.test_credit_lookup import EAST, NORTH, PUBLISHED_ON, YOUNG, seed_lookup


def last(stack: Stack, user: str) -> str:
    reply = stack.sim.texts_to(user)[-1]
    assert len(reply.encode()) <= REPLY_BYTES  # one WeChat text
    return reply


async def in_flow(stack: Stack, user: str) -> bool:
    return await stack.app[keys.KV_KEY].get(stack.app[keys.BOT].dialogue.state_key(user)) is not None


async def test_查药店_with_a_name_initials_or_a_typo_answers_at_once(stack: Stack) -> None:
    await seed_lookup()
    user = openid()
    await stack.sim.send_text(user, "查药店 益丰 人民路")
    one = last(stack, user)
    assert "益丰大药房（人民路店）" in one and "信用等级：★★★ 信用优秀 · 2025年度 · 2026-01-15公布" in one
    # Citizens read plain Chinese (issue 16): the meaning and the main reason, no rule numbers.
    assert "等级含义：信用优秀。主要原因：1年之内未发现违法违规" in one and "三(一)" not in one
    assert "监管措施" in one and "评价办法：镇江市" in one
    assert not await in_flow(stack, user)

    await stack.sim.send_text(user, "查药店yfdyf")
    both = last(stack, user)
    assert re.search(r"1\. 益丰大药房（人民路店）\n   信用等级：★★★", both)
    assert "2. 益丰大药房（解放路店）\n   未评级：签订医保服务协议不满1年的，不参与评测\n" in both
    assert "★\n" not in both and "2026年2月" not in both  # the draft run's grades

    await stack.sim.send_text(user, "查药店：老百娃大药房")  # 娃 for 姓
    assert "老百姓大药房（五一路店）【暂停】" in last(stack, user)

    await stack.sim.send_text(user, "查药店 rhyd")
    assert "仁和药店" in last(stack, user) and "未评级：尚未公布信用评价结果" in last(stack, user)

    await stack.sim.send_text(user, "查药店 不存在的药铺子")
    assert "没有找到与“不存在的药铺子”相符的定点药店" in last(stack, user)
    assert not await in_flow(stack, user)


async def test_the_menu_asks_for_a_name_or_a_place_and_a_location_lists_the_nearest(stack: Stack) -> None:
    await seed_lookup()
    user = openid()
    await stack.sim.click(user, "CREDIT_PHARMACY")
    assert "请发送药店名称" in last(stack, user) and await in_flow(stack, user)
    await stack.sim.send_text(user, "没有这家")
    assert "没有找到" in last(stack, user) and await in_flow(stack, user)  # asked again
    await stack.sim.send_text(user, "lbxdyf")
    assert "老百姓大药房（五一路店）【暂停】" in last(stack, user) and not await in_flow(stack, user)

    await stack.sim.click(user, "CREDIT_NEARBY")
    assert "请发送您的位置" in last(stack, user)
    await stack.sim.send_location(user, CENTRE[0], CENTRE[1], "示范路1号")
    near = last(stack, user)
    names = re.findall(r"^\d\. (\S+?)(?:【\S+】)? 约(\d+)米", near, flags=re.M)
    assert [n for n, _ in names] == [
        "益丰大药房（人民路店）",
        "益丰大药房（解放路店）",
        "老百姓大药房（五一路店）",
    ]
    assert [int(m) for _, m in names] == [100, 400, 800]
    assert "仁和药店 约1.5公里" in near and "同济堂" not in near and "医院" not in near
    # The numbered list stays answerable by its numbers (issue 16), so the flow waits for one.
    assert "（示范路1号）" in near and await in_flow(stack, user)

    # Outside any flow, a location answers at once; far from every pharmacy, it says so.
    other = openid()
    await stack.sim.send_location(other, CENTRE[0] + 500 * NORTH, CENTRE[1] - 1500 * EAST, "")
    assert last(stack, other).split("\n")[1].startswith("1. 仁和药店 约")
    await stack.sim.send_location(other, 39.9, 116.4, "天安门")
    assert "“天安门”附近5公里内没有找到定点药店" in last(stack, other)
    # Inside another flow, a location belongs to that flow.
    await stack.sim.send_text(other, "留言")
    await stack.sim.send_location(other, CENTRE[0], CENTRE[1], "示范路1号")
    assert "益丰" not in last(stack, other)


async def test_a_publication_shows_in_the_next_answer(stack: Stack) -> None:
    await seed_lookup()
    user = openid()
    await stack.sim.send_text(user, "查药店 仁和药店")
    assert "未评级：尚未公布信用评价结果" in last(stack, user)
    await PublishedGrade.create(
        institution_code="P439901000004", region="demo", run_id=7, period="2026", scheme="zhenjiang",
        grade="★★", meaning="信用一般（三(一)2）", published_on=date(2026, 3, 2),
    )  # fmt: skip
    await stack.sim.send_text(user, "查药店 仁和药店")
    assert "信用等级：★★ 信用一般 · 2026年度 · 2026-03-02公布" in last(stack, user)


class Api:
    def __init__(self, stack: Stack, http: aiohttp.ClientSession) -> None:
        self.base, self.http = stack.url.rstrip("/"), http

    async def get(self, path: str, **params: Any) -> tuple[int, Any]:
        async with self.http.get(self.base + path, params=params) as resp:
            return resp.status, await resp.json()


@pytest.fixture
async def api(stack: Stack) -> Any:
    async with aiohttp.ClientSession() as http:
        yield Api(stack, http)


async def test_the_api_finds_pharmacies_by_name_and_by_location(stack: Stack, api: Api) -> None:
    await seed_lookup()
    status, body = await api.get("/api/v1/pharmacies", q="yfdyf")
    assert status == 200 and body["by"] == "name" and body["region"] == "demo"
    first, second = body["items"]
    assert (first["code"], first["credit"]["grade"], first["credit"]["period_label"]) == (
        "P439901000001", "★★★", "2025年度"
    )  # fmt: skip
    assert first["credit"]["published_on"] == PUBLISHED_ON.isoformat() and first["distance_m"] is None
    young = second["credit"]
    assert (young["rated"], young["shown"], young["not_rated_reason"]) == (False, "未评级", YOUNG)
    assert young["explanation"] == "签订医保服务协议不满1年的，不参与评测"  # plain, for citizens
    assert first["credit"]["explanation"].startswith("信用优秀。主要原因：1年之内未发现违法违规")

    status, body = await api.get("/api/v1/pharmacies", lat=CENTRE[0], lng=CENTRE[1], radius_m=1000, limit=2)
    assert status == 200 and body["by"] == "location"
    assert [(i["code"], round(i["distance_m"])) for i in body["items"]] == [
        ("P439901000001", 100), ("P439901000002", 400),
    ]  # fmt: skip
    status, body = await api.get("/api/v1/pharmacies", lat=CENTRE[0], lng=CENTRE[1], radius_m=1000)
    assert [i["status"] for i in body["items"]] == ["active", "active", "suspended"]
    assert body["items"][2]["credit"]["grade"] == "★" and body["items"][2]["status_label"] == "暂停"

    status, body = await api.get("/api/v1/institutions/h439901000001/credit")
    assert status == 200 and body["kind"] == "inpatient_hospital" and body["credit"]["grade"] == "★★"
    status, body = await api.get("/api/v1/institutions/P439901000004/credit")
    assert status == 200 and body["credit"]["rated"] is False and body["credit"]["grade"] is None  # draft: ★
    status, body = await api.get("/api/v1/institutions/P000000000099/credit")
    assert status == 404 and body["code"] == "not_found" and "定点编码" in body["message"]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({}, "q"),
        ({"q": "益丰", "lat": "28.2", "lng": "112.9"}, "q"),
        ({"lat": "28.2"}, "lng"),
        ({"lat": "north", "lng": "112.9"}, "lat"),
        ({"lat": "91", "lng": "112.9"}, "lat"),
        ({"lat": "nan", "lng": "112.9"}, "lat"),
        ({"lat": "28.2", "lng": "112.9", "radius_m": "50"}, "radius_m"),
        ({"lat": "28.2", "lng": "112.9", "radius_m": "50000"}, "radius_m"),
        ({"q": "益丰", "limit": "0"}, "limit"),
        ({"q": "益丰", "limit": "500"}, "limit"),
        ({"q": "益" * 65}, "q"),
        ({"q": "益丰", "sort": "grade"}, "sort"),
    ],
)
async def test_bad_lookups_get_400_naming_the_field(api: Api, params: dict[str, str], field: str) -> None:
    status, body = await api.get("/api/v1/pharmacies", **params)
    assert status == 400 and body["code"] == "invalid" and field in body["fields"], body
    assert re.search(r"[\u4e00-\u9fff]", body["fields"][field])


async def test_repeated_parameters_are_refused(stack: Stack, api: Api) -> None:
    async with api.http.get(api.base + "/api/v1/pharmacies?q=a&q=b") as resp:
        assert resp.status == 400 and "q" in (await resp.json())["fields"]


async def test_lookups_are_limited_per_address(stack: Stack, api: Api) -> None:
    await seed_lookup()
    allowed = DEFAULT_CONFIG.lookups_per_ip.count
    statuses = [(await api.get("/api/v1/pharmacies", q="仁和"))[0] for _ in range(allowed)]
    assert statuses == [200] * allowed
    async with api.http.get(api.base + "/api/v1/institutions/P439901000001/credit") as resp:
        assert resp.status == 429 and int(resp.headers["Retry-After"]) > 0
        assert (await resp.json())["code"] == "rate_limited"
