"""The simulator's in-app-browser features for claim pages: OAuth authorize, jsapi tickets, wx.config."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

import aiohttp
import pytest
from aiohttp.test_utils import TestServer

from simulator.app import Simulator, create_simulator_app
from simulator.pay.jssdk import jsapi_signature
from simulator.pusher import AccountConfig
from simulator.state import SimState

APPID = "wx2c2769f8efd9abc2"
SECRET = "test-secret"
CLAIM = "http://127.0.0.1:8000/h5/claim"


class Clock:
    now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Sim:
    base: str
    http: aiohttp.ClientSession
    clock: Clock

    def authorize_url(self, **over: str) -> str:
        q = {
            "appid": APPID,
            "redirect_uri": CLAIM,
            "response_type": "code",
            "scope": "snsapi_base",
            "state": "abc123",
        } | over
        return self.base + "/connect/oauth2/authorize?" + "&".join(f"{k}={v}" for k, v in q.items())

    async def code_for(self, openid: str) -> str:
        async with self.http.get(self.authorize_url(sim_openid=openid), allow_redirects=False) as r:
            assert r.status == 302
            return parse_qs(urlsplit(r.headers["Location"]).query)["code"][0]

    async def exchange(self, code: str) -> dict[str, object]:
        q = {"appid": APPID, "secret": SECRET, "code": code, "grant_type": "authorization_code"}
        async with self.http.get(self.base + "/sns/oauth2/access_token", params=q) as r:
            data: dict[str, object] = await r.json()
            return data

    async def ticket(self) -> dict[str, object]:
        body = {"grant_type": "client_credential", "appid": APPID, "secret": SECRET}
        async with self.http.post(self.base + "/cgi-bin/stable_token", json=body) as r:
            token = (await r.json())["access_token"]
        q = {"access_token": token, "type": "jsapi"}
        async with self.http.get(self.base + "/cgi-bin/ticket/getticket", params=q) as r:
            data: dict[str, object] = await r.json()
            return data


@pytest.fixture
async def sim() -> AsyncIterator[Sim]:
    clock = Clock()
    simulator = Simulator(AccountConfig(url="", token="t", appid=APPID), state=SimState(clock=clock))
    server = TestServer(create_simulator_app(simulator, appid=APPID, secret=SECRET), host="127.0.0.1")
    await server.start_server()
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
        yield Sim(str(server.make_url("")).rstrip("/"), http, clock)
    await server.close()


async def test_authorize_redirects_with_a_code_for_the_current_user(sim: Sim) -> None:
    async with sim.http.get(sim.authorize_url(sim_openid="o-citizen-1"), allow_redirects=False) as r:
        assert r.status == 302
        target = urlsplit(r.headers["Location"])
    assert target.netloc == "127.0.0.1:8000" and target.path == "/h5/claim"
    query = parse_qs(target.query)
    assert query["state"] == ["abc123"]
    answer = await sim.exchange(query["code"][0])
    assert answer["openid"] == "o-citizen-1" and answer["scope"] == "snsapi_base"
    assert (await sim.exchange(query["code"][0]))["errcode"] == 40163  # single use


async def test_the_chat_page_cookie_names_the_user(sim: Sim) -> None:
    sim.http.cookie_jar.update_cookies({"sim_openid": "o-from-cookie"})
    async with sim.http.get(sim.authorize_url(), allow_redirects=False) as r:
        code = parse_qs(urlsplit(r.headers["Location"]).query)["code"][0]
    assert (await sim.exchange(code))["openid"] == "o-from-cookie"
    async with sim.http.get(sim.base + "/sim/jweixin.js") as r:
        assert r.headers["Cache-Control"] == "no-store"
        prelude = (await r.text()).split("\n", 1)[0]
    assert json.loads(prelude.split("=", 1)[1].rstrip(";"))["openid"] == "o-from-cookie"


async def test_codes_expire_after_five_minutes(sim: Sim) -> None:
    code = await sim.code_for("o-citizen-1")
    sim.clock.now += 301
    assert (await sim.exchange(code))["errcode"] == 40029


@pytest.mark.parametrize(
    ("over", "status"),
    [
        ({"appid": "wxother"}, 400),
        ({"redirect_uri": "javascript:alert(1)"}, 400),
        ({"response_type": "token"}, 400),
        ({"scope": "snsapi_login"}, 400),
        ({"state": "a-b"}, 400),
        ({"state": "a" * 129}, 400),
        ({}, 403),  # nobody is using the in-page browser: "请在微信客户端打开链接"
    ],
)
async def test_authorize_refuses_bad_requests(sim: Sim, over: dict[str, str], status: int) -> None:
    async with sim.http.get(sim.authorize_url(**over), allow_redirects=False) as r:
        assert r.status == status


def test_jsapi_signature_matches_v7() -> None:
    ticket = "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg"
    got = jsapi_signature(ticket, "Wm3WZYTPz0wzccnW", "1414587457", "http://mp.weixin.qq.com?params=value")
    assert got == "0f9de62fce790f9a083d5c99e95740ceb90c27ed"


async def test_tickets_and_the_config_check(sim: Sim) -> None:
    first = await sim.ticket()
    assert first["errcode"] == 0 and first["expires_in"] == 7200
    assert (await sim.ticket())["ticket"] == first["ticket"]  # cached until it expires
    url = "http://127.0.0.1:8000/h5/claim?code=x&state=y"
    sig = jsapi_signature(str(first["ticket"]), "n0nce", "1700000000", url)

    async def check(**over: str) -> str:
        body = {"appId": APPID, "timestamp": "1700000000", "nonceStr": "n0nce", "signature": sig, "url": url}
        async with sim.http.post(sim.base + "/sim/jsapi/config", data=json.dumps(body | over)) as r:
            assert r.headers["Access-Control-Allow-Origin"] == "*"
            return str((await r.json())["errMsg"])

    assert await check() == "config:ok"
    assert await check(url=url + "#section") == "config:ok"  # the fragment is not signed
    assert await check(url=url + "&more=1") == "config:invalid signature"
    assert await check(nonceStr="other") == "config:invalid signature"
    assert await check(appId="wxother") == "config:invalid appId"
    sim.clock.now += 7200
    assert await check() == "config:invalid signature"  # the ticket expired
    async with sim.http.get(sim.base + "/cgi-bin/ticket/getticket", params={"type": "jsapi"}) as r:
        assert (await r.json())["errcode"] == 40001
