"""The chat page: a person chats with the account as a WeChat user (several users, switchable)."""

from __future__ import annotations

import base64
import binascii
import html
import json
import re
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web
from yarl import URL

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


async def media(request: web.Request) -> web.StreamResponse:
    """A picture the user sent, for the chat page's thumbnail (pictures only; voice stays a label)."""
    found = request.app[api.STATE].media.get(request.match_info["media_id"])
    if found is None or not found.content_type.startswith("image/"):
        raise web.HTTPNotFound()
    return web.Response(
        body=found.data, content_type=found.content_type, headers={"Cache-Control": "no-store"}
    )


TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
TITLE_BYTES = 256 * 1024


async def page_title(request: web.Request) -> web.Response:
    """The <title> of a page the in-page browser shows: WeChat's browser puts it in its top bar, but the
    chat page cannot read a page of another origin. Only pages of the account's own service are
    fetched (as the current user, so a page behind silent OAuth answers with its own title)."""
    target = URL(request.query.get("url", ""))
    service = URL(_sim(request).cfg.url)
    if target.scheme not in ("http", "https") or target.origin() != service.origin():
        return web.json_response({"title": ""})
    jar = aiohttp.CookieJar(unsafe=True)
    jar.update_cookies({"sim_openid": request.query.get("openid", "")}, request.url.origin())
    try:
        timeout = aiohttp.ClientTimeout(total=5)
        async with aiohttp.ClientSession(cookie_jar=jar, timeout=timeout) as session:
            async with session.get(target) as resp:
                body = await resp.content.read(TITLE_BYTES)
    except (aiohttp.ClientError, TimeoutError):
        return web.json_response({"title": ""})
    found = TITLE.search(body.decode("utf-8", errors="replace"))
    return web.json_response({"title": html.unescape(found.group(1)).strip() if found else ""})


# The in-page browser's cookies per simulated user. Cookies are scoped by host, not port, so the
# service's H5 cookies (path /h5/) reach this route on the simulator's port too: switching users keeps
# the previous user's cookies here and gives the next user theirs, as each phone keeps its own.
JAR_PATH = "/h5/.sim-jar"
JARS = web.AppKey("sim_cookie_jars", dict)
OWN_COOKIES = frozenset({"sim_openid"})


async def switch_jar(request: web.Request) -> web.Response:
    body = await _json_body(request)
    before, after = str(body.get("from", "")), str(body.get("to", ""))
    jars: dict[str, dict[str, str]] = request.app[JARS]
    held = {k: v for k, v in request.cookies.items() if k not in OWN_COOKIES}
    if before:
        jars[before] = held
    response = web.json_response({"cookies": sorted(jars.get(after, {}))})
    for name in held.keys() - jars.get(after, {}).keys():
        response.del_cookie(name, path="/h5/")
    for name, value in jars.get(after, {}).items():
        response.set_cookie(name, value, path="/h5/", httponly=True, samesite="Lax")
    return response


async def _json_body(request: web.Request) -> dict[str, Any]:
    try:
        body = json.loads(await request.read() or b"{}")
    except ValueError:
        raise web.HTTPBadRequest(text="bad json") from None
    if not isinstance(body, dict):
        raise web.HTTPBadRequest(text="body must be a JSON object")
    return body


def setup_page(app: web.Application) -> None:
    app.router.add_get("/", root)
    app.router.add_get("/sim/", index)
    app.router.add_get("/sim/api/state", state)
    app.router.add_post("/sim/api/send", send)
    app.router.add_get("/sim/api/media/{media_id}", media)
    app.router.add_get("/sim/api/title", page_title)
    app[JARS] = {}
    app.router.add_post(JAR_PATH, switch_jar)
