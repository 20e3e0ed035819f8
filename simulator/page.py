"""The chat page: a person chats with the account as a WeChat user (several users, switchable)."""

from __future__ import annotations

import base64
import binascii
import json
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
    since = int(request.query.get("since", "0") or 0)
    entries = [e.as_dict() for e in st.conversations.get(openid, []) if e.seq > since]
    menu = (st.menu or {}).get("button", [])
    users = sorted(st.conversations)
    return web.json_response({"menu": menu, "messages": entries, "users": users})


async def send(request: web.Request) -> web.Response:
    sim = _sim(request)
    try:
        body = json.loads(await request.read())
    except ValueError:
        return web.json_response({"error": "bad json"}, status=400)
    openid = str(body.get("openid", "")).strip()
    kind = body.get("type")
    if not openid:
        return web.json_response({"error": "openid required"}, status=400)
    if kind == "text":
        d = await sim.send_text(openid, str(body.get("content", "")))
    elif kind == "click":
        d = await sim.click(openid, str(body["key"]), str(body.get("name", "")))
    elif kind == "location":
        d = await sim.send_location(openid, float(body["lat"]), float(body["lng"]),
                                    str(body.get("label", "")))
    elif kind == "image":
        try:
            data = base64.b64decode(str(body.get("data", "")), validate=True)
        except binascii.Error:
            return web.json_response({"error": "image must be base64"}, status=400)
        d = await sim.send_image(openid, data, str(body.get("content_type", "image/jpeg")))
    elif kind == "scan":
        d = await sim.scan(openid, str(body["scene"]))
    elif kind == "subscribe":
        d = await sim.subscribe(openid, str(body.get("scene") or "") or None)
    elif kind == "unsubscribe":
        d = await sim.unsubscribe(openid)
    else:
        return web.json_response({"error": f"unknown type {kind!r}"}, status=400)
    return web.json_response({"status": d.status, "attempts": d.attempts, "error": d.error})


def setup_page(app: web.Application) -> None:
    app.router.add_get("/", root)
    app.router.add_get("/sim/", index)
    app.router.add_get("/sim/api/state", state)
    app.router.add_post("/sim/api/send", send)
