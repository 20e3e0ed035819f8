"""Claiming a reward through the simulator: the mini-program API from claim to money received, the H5
claim page's OAuth sign-in and calls (without a browser), and 我的 → 奖励 in chat."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import aiohttp
import pytest

from bot.flows.reward import MINE_MENU
from handlers import keys
from handlers.h5.claim import jsapi_signature
from reward.models import TransferBill
from tests.conftest import Stack
from tests.e2e.admin_client import Console
from tests.e2e.test_admin_rewards import consoles, investigate, make_team
from tests.e2e.test_api_v1 import NAMED, Api

USER = "o-mp-reporter"
NAME, ID_NUMBER = "张三", "11010519491231002X"


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
async def team(stack: Stack) -> dict[str, int]:
    return await make_team()


async def offered(
    stack: Stack, c: dict[str, Console], team: dict[str, int], api: Api, *, target: str, **report: Any
) -> tuple[str, dict[str, Any]]:
    """A report sent from the mini-program, found true, proposed and approved: (receipt, reward row)."""
    body = {
        "category": "daily_goods_on_card", "target_code": target, "target_name": "益丰大药房示范路店",
        "description": "药店允许用医保卡购买鸡蛋和洗发水，收银时按药品结算。", **report,
    }  # fmt: skip
    status, sent, _ = await api.call("POST", "/api/v1/reports", json=body)
    assert status == 201, sent
    queue = await c["intake"].ok("GET", "/admin/api/reports?status=submitted")
    rid = next(r["id"] for r in queue["reports"] if r["target_code"] == target)
    await investigate(c, team, rid, amount_fen=100_000_00)
    row = await c["inv"].ok("POST", f"/admin/api/reports/{rid}/reward", {}, status=201)
    return sent["receipt_code"], await c["head"].ok("POST", f"/admin/api/rewards/{row['id']}/approve", {})


async def until(check: Any, *, tries: int = 200) -> Any:
    """Poll ``check`` (async, returning a truthy result when done) while the in-process jobs run."""
    for _ in range(tries):
        if result := await check():
            return result
        await asyncio.sleep(0.02)
    raise AssertionError("condition not reached")


async def test_a_reporter_claims_and_receives_a_reward_through_the_mini_program(
    stack: Stack, http: aiohttp.ClientSession, team: dict[str, int]
) -> None:
    c, api = await consoles(stack, http), Api(stack, http)
    await api.login(USER)
    receipt, reward = await offered(stack, c, team, api, target="P-MP-1", **NAMED)
    status, mine, _ = await api.call("GET", "/api/v1/rewards")
    assert status == 200 and len(mine["offers"]) == 1
    offer = mine["offers"][0]
    assert (offer["amount_fen"], offer["status"], offer["claim_by"]) == (
        2_000_00,
        "offered",
        reward["claim_by"],
    )
    assert offer["shares"] == [
        {
            "seq": 0,
            "amount_fen": 2_000_00,
            "status": "offered",
            "status_title": "待领取",
            "rail": None,
            "mine": False,
        }
    ]
    base = f"/api/v1/reports/{receipt}/reward"
    status, body, _ = await api.call("POST", f"{base}/transfer")
    assert status == 409 and body["code"] == "not_claimed"

    # A wrong identity and an unknown receipt get the same refusal; the right identity claims.
    wrong = await api.call("POST", f"{base}/claim", json={"name": "李四", "id_number": ID_NUMBER})
    unknown = await api.call(
        "POST",
        "/api/v1/reports/ABCD-EFGH-JKMN-PQRS/reward/claim",
        json={"name": NAME, "id_number": ID_NUMBER},
    )
    assert wrong[0] == unknown[0] == 403 and wrong[1] == unknown[1] and wrong[1]["code"] == "claim_refused"
    status, claimed, _ = await api.call("POST", f"{base}/claim", json={"name": NAME, "id_number": ID_NUMBER})
    assert status == 200 and (claimed["status"], claimed["rail"], claimed["amount_fen"]) == (
        "claimed", "wechat", 2_000_00,
    )  # fmt: skip
    assert ID_NUMBER not in str(claimed)

    # The transfer: 202 until WeChat Pay answers, then what wx.requestMerchantTransfer needs.
    async def package() -> dict[str, Any] | None:
        status, body, _ = await api.call("POST", f"{base}/transfer")
        assert status in (200, 202), body
        return body if status == 200 else None

    ready = await until(package)
    assert ready["state"] == "WAIT_USER_CONFIRM" and ready["package_info"]
    assert (ready["mch_id"], ready["app_id"]) == (stack.pay.keys.mchid, stack.settings.WECHAT_APPID)
    assert await TransferBill.all().count() == 1  # polling reused the open bill

    stack.pay.confirm(ready["package_info"], openid=USER, appid=ready["app_id"], mchid=ready["mch_id"])
    await stack.pay.deliver_due()  # WeChat Pay's SUCCESS notify

    async def paid() -> dict[str, Any] | None:
        _, body, _ = await api.call("GET", base)
        share = body["offer"]["shares"][0]
        return body if share["status"] == "paid" else None

    done = await until(paid)
    assert done["offer"]["status"] == "paid" and done["offer"]["shares"][0]["mine"] is True
    status, again, _ = await api.call("POST", f"{base}/transfer")
    assert status == 200 and again["share_status"] == "paid" and again["state"] == "SUCCESS"
    assert [(r["openid"], r["amount_fen"]) for r in stack.pay.ledger] == [(USER, 2_000_00)]
    assert await TransferBill.all().count() == 1
    detail = await c["head"].ok("GET", f"/admin/api/rewards/{reward['id']}")
    assert detail["status"] == "paid" and detail["transfers"][0]["state"] == "SUCCESS"


async def test_claims_are_throttled_per_user(stack: Stack, http: aiohttp.ClientSession) -> None:
    api = Api(stack, http)
    await api.login("o-guesser")
    path = "/api/v1/reports/ABCD-EFGH-JKMN-PQRS/reward/claim"
    codes = [
        (await api.call("POST", path, json={"name": NAME, "id_number": ID_NUMBER}))[0] for _ in range(11)
    ]
    assert codes == [403] * 10 + [429]
    assert (await api.call("POST", path, json={"name": NAME, "id_number": ID_NUMBER}, auth=False))[0] == 401


def test_the_jsapi_signature_matches_the_published_vector() -> None:
    ticket = "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg"
    signature = jsapi_signature(
        ticket, "Wm3WZYTPz0wzccnW", 1414587457, "http://mp.weixin.qq.com?params=value"
    )
    assert signature == "0f9de62fce790f9a083d5c99e95740ceb90c27ed"  # WECHAT.md §2, V7


async def sign_in(stack: Stack, browser: aiohttp.ClientSession, openid: str) -> str:
    """The claim page's silent OAuth, as WeChat's browser follows it; returns the page's HTML."""
    page = stack.url.rstrip("/") + "/h5/rewards/claim"
    async with browser.get(page, allow_redirects=False) as resp:
        assert resp.status == 302
        authorize = resp.headers["Location"]
    parts = urlsplit(authorize)
    query = parse_qs(parts.query)
    assert authorize.startswith(stack.settings.WECHAT_OAUTH_BASE + "/connect/oauth2/authorize?")
    assert parts.fragment == "wechat_redirect" and query["scope"] == ["snsapi_base"]
    assert query["redirect_uri"] == [stack.settings.PUBLIC_BASE_URL + "/h5/rewards/claim/callback"]
    async with browser.get(authorize.split("#")[0] + f"&sim_openid={openid}", allow_redirects=False) as resp:
        assert resp.status == 302
        callback = resp.headers["Location"]
    async with browser.get(callback) as resp:  # sets the session cookie and returns to the page
        assert resp.status == 200 and str(resp.url) == page
        return await resp.text()


async def test_the_claim_page_signs_in_silently_and_an_anonymous_reporter_claims_by_receipt(
    stack: Stack, http: aiohttp.ClientSession, team: dict[str, int]
) -> None:
    c, api = await consoles(stack, http), Api(stack, http)
    await api.login("o-anon-sender")
    receipt, _ = await offered(stack, c, team, api, target="P-H5-1", anonymous=True)
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as browser:
        html = await sign_in(stack, browser, "o-h5-user")
        assert "领取举报奖励" in html and stack.settings.WECHAT_JSSDK_URL in html
        h5 = stack.url.rstrip("/") + "/h5/api/rewards"
        xhr = {"X-Requested-With": "fundguard"}
        async with browser.get(h5) as resp:
            assert resp.status == 200 and (await resp.json())["offers"] == []  # nothing named from this user
        async with browser.post(h5 + "/lookup", json={"receipt": receipt}) as resp:
            assert resp.status == 403  # no X-Requested-With: not the page itself
        async with browser.post(h5 + "/lookup", json={"receipt": receipt}, headers=xhr) as resp:
            offer = (await resp.json())["offer"]
            assert offer["anonymous"] is True and offer["amount_fen"] == 2_000_00
        claim = {"receipt": receipt, "name": "王五", "id_number": "110105194912310046", "rail": "wechat"}
        async with browser.post(h5 + "/claim", json=claim, headers=xhr) as resp:
            assert resp.status == 200 and (await resp.json())["status"] == "claimed"

        # wx.config for the page: signed with the simulator's ticket, and the simulator agrees.
        page_url = stack.settings.PUBLIC_BASE_URL + "/h5/rewards/claim"
        async with browser.get(stack.url.rstrip("/") + "/h5/api/jssdk", params={"url": page_url}) as resp:
            cfg = await resp.json()
        ticket = await stack.app[keys.CLIENT].jsapi_ticket()
        assert cfg["signature"] == jsapi_signature(ticket, cfg["nonceStr"], cfg["timestamp"], page_url)
        check = {**cfg, "url": page_url}
        async with http.post(str(stack.sim_server.make_url("/sim/jsapi/config")), json=check) as resp:
            assert (await resp.json())["errMsg"] == "config:ok"
        async with browser.get(
            stack.url.rstrip("/") + "/h5/api/jssdk", params={"url": "http://evil.test/"}
        ) as r:
            assert r.status == 422

        async def package() -> dict[str, Any] | None:
            async with browser.post(f"{h5}/{offer['reward_id']}/transfer", headers=xhr) as resp:
                assert resp.status in (200, 202)
                body: dict[str, Any] = await resp.json()
                return body if body["package_info"] else None

        ready = await until(package)
        assert stack.pay.find(ready["package_info"]) is not None
        assert stack.pay.find(ready["package_info"]).openid == "o-h5-user"  # type: ignore[union-attr]

    # Without the cookie, or with a forged one, the calls are refused; a stale state is refused too.
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as stranger:
        stranger.cookie_jar.update_cookies({"fg_h5": "v1.bad.cookie"})
        async with stranger.get(stack.url.rstrip("/") + "/h5/api/rewards") as resp:
            assert resp.status == 401
        async with stranger.get(stack.url.rstrip("/") + "/h5/rewards/claim/callback?code=x&state=y") as resp:
            assert resp.status == 400


async def say(stack: Stack, user: str, text: str) -> str:
    delivery = await stack.sim.send_text(user, text)
    assert delivery.reply is not None, delivery.error
    return str(delivery.reply["Content"])


async def test_mine_then_rewards_in_chat_shows_the_offer_with_a_link_to_the_claim_page(
    stack: Stack, http: aiohttp.ClientSession, team: dict[str, int]
) -> None:
    c, api = await consoles(stack, http), Api(stack, http)
    await api.login(USER)
    _, reward = await offered(stack, c, team, api, target="P-CHAT-1", **NAMED)
    mine = await stack.sim.click(USER, "MINE", "我的")
    assert mine.reply is not None and mine.reply["Content"] == MINE_MENU
    text = await say(stack, USER, "奖励")
    link = f'<a href="{stack.settings.PUBLIC_BASE_URL}/h5/rewards/claim">领取奖励</a>'
    day = reward["claim_by"]
    assert "益丰大药房示范路店：奖励2,000.00元，待领取" in text and link in text
    assert f"请于{day[:4]}年{day[5:7]}月{day[8:]}日前领取" in text
    menu = await stack.sim.click(USER, "REWARD_CLAIM", "领取奖励")
    assert menu.reply is not None and menu.reply["Content"] == text
    # Someone with no named report is told how an anonymous reporter claims.
    other = await say(stack, "o-someone-else", "领奖")
    assert "回执码" in other and link in other
    assert "进度" in await say(stack, USER, "我的举报")
