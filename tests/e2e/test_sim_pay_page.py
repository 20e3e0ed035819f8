"""WeChat Pay in the simulator's chat page (Debian's chromium): the wallet's 确认收款, and a claim link
opened in the in-page WeChat browser going through OAuth, JS-SDK config and requestMerchantTransfer."""

from __future__ import annotations

import hashlib
import json
import secrets
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from playwright.async_api import Page, expect

from simulator.app import Simulator, create_simulator_app
from simulator.pay.core import SimPay
from simulator.pay.keys import PayKeys
from simulator.pusher import AccountConfig
from tests.e2e.browser import phone_page

pytestmark = pytest.mark.browser

APPID = "wx2c2769f8efd9abc2"
SECRET = "test-secret"
INFOS = [
    {"info_type": "活动名称", "info_content": "医保基金监督举报奖励"},
    {"info_type": "奖励说明", "info_content": "举报查实奖励"},
]


def bill_body(out_bill_no: str, openid: str, amount: int = 1500) -> dict[str, Any]:
    return {
        "appid": APPID,
        "out_bill_no": out_bill_no,
        "transfer_scene_id": "1000",
        "openid": openid,
        "transfer_amount": amount,
        "transfer_remark": "举报奖励",
        "transfer_scene_report_infos": INFOS,
    }


CLAIM_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>领取奖励</title>
<script src="{sim}/sim/jweixin.js"></script></head><body>
<p id="who">{openid}</p><button id="claim" type="button">领取</button><p id="result"></p>
<script>
wx.config({cfg});
wx.error(function (e) {{ document.getElementById("result").textContent = "error " + e.errMsg; }});
wx.ready(function () {{ document.getElementById("claim").dataset.ready = "1"; }});
document.getElementById("claim").onclick = function () {{
  wx.requestMerchantTransfer({{mchId: "{mchid}", appId: "{appid}", package: "{package}",
    success: function (r) {{ document.getElementById("result").textContent = r.errMsg; }},
    fail: function (r) {{ document.getElementById("result").textContent = r.errMsg; }}}});
}};
</script></body></html>"""


@dataclass
class World:
    pay: SimPay
    sim: Simulator
    sim_url: str
    claim_url: str


@pytest.fixture
async def world(pay_keys: PayKeys) -> AsyncIterator[World]:
    pay = SimPay(pay_keys, appids=[APPID])
    sim = Simulator(AccountConfig(url="", token="t", appid=APPID), pay=pay)
    sim_server = TestServer(create_simulator_app(sim, appid=APPID, secret=SECRET), host="127.0.0.1")
    await sim_server.start_server()
    sim_url = str(sim_server.make_url("")).rstrip("/")

    # A stand-in for the service's claim page: OAuth for the openid, a bill, a signed wx.config.
    async def claim(request: web.Request) -> web.Response:
        code = request.query.get("code")
        self_url = str(request.url.with_query(None))
        if not code:
            raise web.HTTPFound(
                f"{sim_url}/connect/oauth2/authorize?appid={APPID}&redirect_uri={self_url}"
                "&response_type=code&scope=snsapi_base&state=claim1#wechat_redirect"
            )
        async with aiohttp.ClientSession() as s:
            q = {"appid": APPID, "secret": SECRET, "code": code, "grant_type": "authorization_code"}
            async with s.get(f"{sim_url}/sns/oauth2/access_token", params=q) as r:
                openid = (await r.json())["openid"]
            token_body = {"grant_type": "client_credential", "appid": APPID, "secret": SECRET}
            async with s.post(f"{sim_url}/cgi-bin/stable_token", json=token_body) as r:
                token = (await r.json())["access_token"]
            async with s.get(
                f"{sim_url}/cgi-bin/ticket/getticket", params={"access_token": token, "type": "jsapi"}
            ) as r:
                ticket = (await r.json())["ticket"]
        bill = pay.create(bill_body("CLAIM" + openid.replace("-", "")[-20:], openid))
        nonce, ts = secrets.token_hex(8), str(int(time.time()))
        page_url = str(request.url)
        sig = hashlib.sha1(f"jsapi_ticket={ticket}&noncestr={nonce}&timestamp={ts}&url={page_url}".encode())
        cfg = {
            "appId": APPID,
            "timestamp": ts,
            "nonceStr": nonce,
            "signature": sig.hexdigest(),
            "jsApiList": ["requestMerchantTransfer"],
        }
        html = CLAIM_PAGE.format(
            sim=sim_url,
            openid=openid,
            cfg=json.dumps(cfg),
            mchid=pay.keys.mchid,
            appid=APPID,
            package=bill["package_info"],
        )
        return web.Response(text=html, content_type="text/html")

    async def bad(request: web.Request) -> web.Response:
        cfg = {"appId": APPID, "timestamp": "1", "nonceStr": "x", "signature": "bad", "jsApiList": []}
        html = CLAIM_PAGE.format(sim=sim_url, openid="", cfg=json.dumps(cfg), mchid="", appid="", package="")
        return web.Response(text=html, content_type="text/html")

    claim_app = web.Application()
    claim_app.router.add_get("/claim", claim)
    claim_app.router.add_get("/bad", bad)
    claim_server = TestServer(claim_app, host="127.0.0.1")
    await claim_server.start_server()
    try:
        yield World(pay, sim, sim_url, str(claim_server.make_url("/claim")))
    finally:
        await claim_server.close()
        await sim_server.close()


@pytest.fixture
async def page(world: World) -> AsyncIterator[Page]:
    async with phone_page(world.sim_url + "/sim/") as pg:
        yield pg


async def test_the_wallet_confirms_a_waiting_transfer(world: World, page: Page) -> None:
    world.pay.create(bill_body("RWPAGE0001", "o-citizen-1", amount=1234))
    world.pay.create(bill_body("RWPAGE0002", "o-someone-else"))
    wallet = page.get_by_role("button", name="钱包")
    await expect(wallet).to_contain_text("1")  # one transfer waits for this user
    await wallet.click()
    panel = page.locator("#pay")
    await expect(panel.locator("#waiting .card")).to_have_count(1)
    await expect(panel.locator("#waiting")).to_contain_text("¥12.34")
    await panel.get_by_role("button", name="确认收款").click()
    await expect(panel.locator("#received .card")).to_have_count(1)
    await expect(panel.locator("#balance")).to_have_text("¥12.34")
    await expect(panel.locator("#waiting .card")).to_have_count(0)
    assert [(r["out_bill_no"], r["amount_fen"]) for r in world.pay.ledger] == [("RWPAGE0001", 1234)]
    assert world.pay.bills["RWPAGE0002"].state == "WAIT_USER_CONFIRM"


async def test_a_claim_link_opens_in_the_wechat_browser_and_the_transfer_is_confirmed(
    world: World, page: Page
) -> None:
    world.sim.state.record(
        "o-citizen-1",
        "out",
        "text",
        f'您的举报奖励已发放，<a href="{world.claim_url}">点此领取</a>',
        via="custom",
    )
    link = page.locator("#log .bubble a", has_text="点此领取")
    await link.click()
    frame = page.frame_locator("#browser-frame")
    # OAuth found the page's user through the in-page browser.
    await expect(frame.locator("#who")).to_have_text("o-citizen-1")
    await expect(frame.locator("#claim")).to_have_attribute("data-ready", "1")  # wx.config passed
    await frame.locator("#claim").click()
    await frame.get_by_role("button", name="确认收款").click()
    await expect(frame.locator("#result")).to_have_text("requestMerchantTransfer:ok")
    assert [r["openid"] for r in world.pay.ledger] == ["o-citizen-1"]
    await page.locator("#browser-close").click()
    await expect(page.locator("#browser")).to_be_hidden()
    assert len(world.pay.ledger) == 1


async def test_a_bad_jsapi_signature_calls_wx_error(world: World, page: Page) -> None:
    await page.goto(world.claim_url.replace("/claim", "/bad"))
    await expect(page.locator("#result")).to_have_text("error config:invalid signature")
    await page.locator("#claim").click()  # not configured: the transfer API is refused
    await expect(page.locator("#result")).to_have_text("requestMerchantTransfer:permission denied")
