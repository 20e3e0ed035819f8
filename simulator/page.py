"""The chat page: a person chats with the account as a WeChat user (several users, switchable)."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from aiohttp import web

from simulator import api

STATIC = Path(__file__).parent / "static"


def _sim(request: web.Request) -> Any:
    from simulator.app import SIMULATOR

    return request.app[SIMULATOR]


async def root(request: web.Request) -> web.StreamResponse:
    raise web.HTTPFound("/sim/")


async def index(request: web.Request) -> web.StreamResponse:
    return web.FileResponse(STATIC / "chat.html")


async def state(request: web.Request) -> web.Response:
    st = request.app[api.STATE]
    openid = request.query.get("openid", "")
    try:
        since = int(request.query.get("since", "0") or 0)
    except ValueError:
        return web.json_response({"error": "since must be an integer"}, status=400)
    entries = [e.as_dict() for e in st.conversations.get(openid, []) if e.seq > since]
    menu = (st.menu or {}).get("button", [])
    users = sorted(st.conversations)
    return web.json_response({"menu": menu, "messages": entries, "users": users})


class BadMessage(ValueError):
    pass


def _parse(sim: Any, openid: str, body: dict[str, Any]) -> Callable[[], Awaitable[Any]]:
    """Check a message from the page and return the simulator call that sends it."""
    kind = body.get("type")

    def need(name: str) -> str:
        value = body.get(name)
        if value is None or str(value).strip() == "":
            raise BadMessage(f"{kind} needs {name}")
        return str(value)

    if kind == "text":
        content = str(body.get("content", ""))
        return lambda: sim.send_text(openid, content)
    if kind == "click":
        key, name = need("key"), str(body.get("name", ""))
        return lambda: sim.click(openid, key, name)
    if kind == "location":
        try:
            lat, lng = float(need("lat")), float(need("lng"))
        except ValueError as exc:
            raise BadMessage(f"bad latitude/longitude: {exc}") from None
        if not (abs(lat) <= 90 and abs(lng) <= 180):
            raise BadMessage("latitude must be within ±90 and longitude within ±180")
        label = str(body.get("label", ""))
        return lambda: sim.send_location(openid, lat, lng, label)
    if kind == "image":
        try:
            data = base64.b64decode(need("data"), validate=True)
        except binascii.Error:
            raise BadMessage("image must be base64") from None
        content_type = str(body.get("content_type") or "image/jpeg")
        return lambda: sim.send_image(openid, data, content_type)
    if kind == "scan":
        scene = need("scene")
        return lambda: sim.scan(openid, scene)
    if kind == "subscribe":
        sub_scene = str(body.get("scene") or "").strip() or None
        return lambda: sim.subscribe(openid, sub_scene)
    if kind == "unsubscribe":
        return lambda: sim.unsubscribe(openid)
    raise BadMessage(f"unknown type {kind!r}")


async def send(request: web.Request) -> web.Response:
    try:
        body = json.loads(await request.read())
    except ValueError:
        return web.json_response({"error": "bad json"}, status=400)
    if not isinstance(body, dict):
        return web.json_response({"error": "body must be a JSON object"}, status=400)
    openid = str(body.get("openid", "")).strip()
    if not openid:
        return web.json_response({"error": "openid required"}, status=400)
    try:
        push = _parse(_sim(request), openid, body)
    except BadMessage as exc:
        return web.json_response({"error": str(exc)}, status=400)
    d = await push()
    return web.json_response({"status": d.status, "attempts": d.attempts, "error": d.error})


def setup_page(app: web.Application) -> None:
    app.router.add_get("/", root)
    app.router.add_get("/sim/", index)
    app.router.add_get("/sim/api/state", state)
    app.router.add_post("/sim/api/send", send)
