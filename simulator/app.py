"""The simulator application: WeChat's API endpoints plus the chat page, and a facade for tests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import aiohttp
from aiohttp import web

from simulator import api, page
from simulator.pay.core import SimPay
from simulator.pay.jssdk import setup_jssdk
from simulator.pay.routes import setup_pay
from simulator.pusher import AccountConfig, Delivery, Pusher
from simulator.state import SimState
from simulator.tsa import setup_tsa


class Simulator:
    """Plays WeChat and its users: ``await sim.send_text("o-user", "帮助")`` → the Delivery."""

    def __init__(self, cfg: AccountConfig, state: SimState | None = None, pay: SimPay | None = None) -> None:
        self.cfg = cfg
        self.state = state or SimState()
        self.pay = pay  # simulated WeChat Pay; its routes are mounted only when present
        self.tsa_cert_pem: bytes | None = None  # the timestamp authority's certificate, once mounted
        self.session: aiohttp.ClientSession | None = None
        self._pusher: Pusher | None = None

    async def start(self) -> None:
        self.session = aiohttp.ClientSession()
        self._pusher = Pusher(self.cfg, self.state, self.session)

    async def close(self) -> None:
        if self.session:
            await self.session.close()

    @property
    def pusher(self) -> Pusher:
        assert self._pusher is not None, "Simulator.start() first"
        return self._pusher

    async def push(self, fields: dict[str, Any], shown: str, kind: str, **extra: Any) -> Delivery:
        openid = str(fields["FromUserName"])
        self.state.record(openid, "in", kind, shown, **extra)
        delivery = await self.pusher.send(fields)
        if delivery.error:
            self.state.record(openid, "out", "error", delivery.error, via="passive")
        elif delivery.reply:
            r = delivery.reply
            content = r.get("Content") or r.get("Title") or r.get("MediaId") or ""
            self.state.record(openid, "out", r.get("MsgType", "text"), content, via="passive")
        return delivery

    async def send_text(self, openid: str, content: str) -> Delivery:
        return await self.push(self.pusher.text(openid, content), content, "text")

    async def send_image(self, openid: str, data: bytes, content_type: str = "image/jpeg") -> Delivery:
        media_id = self.state.add_media(data, content_type)
        # The page shows the picture itself (a thumbnail from /sim/api/media/…), as WeChat does.
        return await self.push(self.pusher.image(openid, media_id), "[图片]", "image", media_id=media_id)

    async def send_voice(self, openid: str, data: bytes, recognition: str = "") -> Delivery:
        media_id = self.state.add_media(data, "audio/amr")
        return await self.push(self.pusher.voice(openid, media_id, recognition), "[语音]", "voice")

    async def send_location(self, openid: str, lat: float, lng: float, label: str = "") -> Delivery:
        fields = self.pusher.location(openid, lat, lng, label)
        return await self.push(fields, f"[位置] {label or f'{lat:.5f},{lng:.5f}'}", "location")

    async def click(self, openid: str, key: str, name: str = "") -> Delivery:
        return await self.push(self.pusher.event(openid, "CLICK", key), f"[菜单] {name or key}", "event")

    async def subscribe(self, openid: str, scene: str | None = None) -> Delivery:
        key = f"qrscene_{scene}" if scene else None
        extra = {"Ticket": "SIMTICKET"} if scene else {}
        return await self.push(self.pusher.event(openid, "subscribe", key, **extra), "[关注]", "event")

    async def scan(self, openid: str, scene: str) -> Delivery:
        fields = self.pusher.event(openid, "SCAN", scene, Ticket="SIMTICKET")
        return await self.push(fields, f"[扫码] {scene}", "event")

    async def unsubscribe(self, openid: str) -> Delivery:
        return await self.push(self.pusher.event(openid, "unsubscribe", ""), "[取消关注]", "event")

    def texts_to(self, openid: str) -> list[str]:
        return self.state.texts_to(openid)


SIMULATOR: web.AppKey[Simulator] = web.AppKey("simulator")


def create_simulator_app(
    sim: Simulator, *, appid: str, secret: str, pay: SimPay | None = None
) -> web.Application:
    app = web.Application(client_max_size=12 * 1024**2)
    if pay is not None:
        sim.pay = pay
    app[api.STATE] = sim.state
    app[api.APP_CREDENTIALS] = {"appid": appid, "secret": secret}
    app[SIMULATOR] = sim

    async def lifecycle(_: web.Application) -> AsyncIterator[None]:
        if sim.session is None:
            await sim.start()
        yield
        await sim.close()

    app.cleanup_ctx.append(lifecycle)
    api.setup_api(app)
    page.setup_page(app)
    setup_jssdk(app)
    sim.tsa_cert_pem = setup_tsa(app)
    if sim.pay is not None:
        setup_pay(app, sim.pay)
    return app
