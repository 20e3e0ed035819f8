"""The fake WeChat server APIs: WeChat's paths, JSON shapes and error codes."""

from __future__ import annotations

import json
import secrets
from collections.abc import Awaitable, Callable
from html import escape
from typing import Any
from urllib.parse import unquote, urlencode, urlsplit

from aiohttp import web

from bot.menu import validate_menu
from simulator.state import SimState

STATE = web.AppKey("sim_state", SimState)
APP_CREDENTIALS = web.AppKey("sim_credentials", dict)
# Codes issued by /connect/oauth2/authorize: code → (openid, scope, issued_at).
OAUTH_CODES = web.AppKey("sim_oauth_codes", dict)
JSAPI_TICKETS = web.AppKey("sim_jsapi_tickets", dict)  # ticket → expires_at
USER_COOKIE = "sim_openid"  # set by the chat page: who is using the in-page WeChat browser
OAUTH_CODE_TTL = 300
TICKET_TTL = 7200
MEDIA_TTL = 3 * 24 * 3600
RISKY_WORDS = {"赌博": 20006, "色情": 20002, "办证": 10001}
ERRMSG = {
    -1: "system error",
    40001: "invalid credential, access_token is invalid or not latest",
    40007: "invalid media_id",
    40013: "invalid appid",
    40018: "invalid button name size",
    40029: "invalid code",
    40097: "invalid args",
    40125: "invalid appsecret",
    40163: "code been used",
    42001: "access_token expired",
    44002: "empty post data",
    45009: "api freq out of limit",
    45015: "response out of time limit or subscription is canceled",
    47001: "data format error",
}


def err(code: int) -> web.Response:
    return web.json_response({"errcode": code, "errmsg": ERRMSG.get(code, "error")})


def ok(**data: Any) -> web.Response:
    return web.json_response({"errcode": 0, "errmsg": "ok", **data})


Route = Callable[[web.Request], Awaitable[web.Response]]


def authed(fn: Route) -> Route:
    """Check access_token and injected faults the way WeChat's gateway does."""

    async def wrapper(request: web.Request) -> web.Response:
        state = request.app[STATE]
        state.calls[request.path] += 1
        fault = state.take_fault(request.path)
        if fault:
            return err(fault)
        code = state.check_token(request.query.get("access_token", ""))
        if code:
            return err(code)
        return await fn(request)

    return wrapper


async def _json(request: web.Request) -> dict[str, Any] | None:
    try:
        data = json.loads(await request.read())
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


async def stable_token(request: web.Request) -> web.Response:
    state, creds = request.app[STATE], request.app[APP_CREDENTIALS]
    state.calls[request.path] += 1
    fault = state.take_fault(request.path)
    if fault:
        return err(fault)
    body = await _json(request)
    if body is None or body.get("grant_type") != "client_credential":
        return err(47001)
    if body.get("appid") != creds["appid"]:
        return err(40013)
    if body.get("secret") != creds["secret"]:
        return err(40125)
    token, expires_in = state.stable_token()
    return web.json_response({"access_token": token, "expires_in": expires_in})


def _record_out(state: SimState, body: dict[str, Any], via: str) -> None:
    state.sent.append({"via": via, **body})
    openid = str(body.get("touser", ""))
    msgtype = body.get("msgtype", via)
    if msgtype == "text":
        content = body["text"]["content"]
    elif msgtype == "news":
        content = " / ".join(a.get("title", "") for a in body["news"]["articles"])
    elif via in ("template", "subscribe"):
        content = "\n".join(f"{k}: {v.get('value', '')}" for k, v in body.get("data", {}).items())
        if body.get("url"):  # WeChat opens it when the card is tapped; the page shows it as a link
            content += f'\n<a href="{body["url"]}">详情</a>'
    else:
        content = json.dumps(body.get(msgtype, {}), ensure_ascii=False)
    state.record(openid, "out", str(msgtype), content, via=via)


@authed
async def custom_send(request: web.Request) -> web.Response:
    state = request.app[STATE]
    body = await _json(request)
    if not body or "touser" not in body or "msgtype" not in body:
        return err(47001)
    last = state.interacted.get(body["touser"])
    if last is None or state.clock() - last > 48 * 3600:
        return err(45015)
    _record_out(state, body, "custom")
    return ok()


@authed
async def template_send(request: web.Request) -> web.Response:
    body = await _json(request)
    if not body or not body.get("touser") or not body.get("template_id"):
        return err(47001)
    _record_out(request.app[STATE], body, "template")
    return ok(msgid=secrets.randbelow(10**9))


@authed
async def subscribe_bizsend(request: web.Request) -> web.Response:
    body = await _json(request)
    if not body or not body.get("touser") or not body.get("template_id"):
        return err(47001)
    _record_out(request.app[STATE], body, "subscribe")
    return ok()


@authed
async def media_get(request: web.Request) -> web.Response:
    state = request.app[STATE]
    media = state.media.get(request.query.get("media_id", ""))
    if media is None or state.clock() - media.created_at > MEDIA_TTL:
        return err(40007)
    ext = {"image/jpeg": "jpg", "image/png": "png", "audio/amr": "amr"}.get(media.content_type, "bin")
    return web.Response(
        body=media.data,
        content_type=media.content_type,
        headers={"Content-disposition": f'attachment; filename="{request.query["media_id"]}.{ext}"'},
    )


@authed
async def menu_create(request: web.Request) -> web.Response:
    body = await _json(request)
    if not body or not isinstance(body.get("button"), list):
        return err(47001)
    if validate_menu(body["button"]):
        return err(40018)
    request.app[STATE].menu = body
    return ok()


@authed
async def menu_get(request: web.Request) -> web.Response:
    menu = request.app[STATE].menu
    if menu is None:
        return web.json_response({"errcode": 46003, "errmsg": "menu no exist"})
    return web.json_response({"menu": menu})


@authed
async def qrcode_create(request: web.Request) -> web.Response:
    body = await _json(request)
    if not body or "action_name" not in body:
        return err(47001)
    scene = body.get("action_info", {}).get("scene", {})
    value = scene.get("scene_str", scene.get("scene_id"))
    if value in (None, ""):
        return err(47001)
    ticket = "gQ" + secrets.token_urlsafe(32)
    expire = body.get("expire_seconds", 60) if "LIMIT" not in body["action_name"] else None
    request.app[STATE].qrcodes[ticket] = {"scene": str(value), "action": body["action_name"]}
    data: dict[str, Any] = {"ticket": ticket, "url": f"http://weixin.qq.com/q/{ticket[:20]}"}
    if expire is not None:
        data["expire_seconds"] = min(int(expire), 2592000)
    return web.json_response(data)


def _code_openid(state: SimState, code: str) -> str | int:
    """Codes of the form ``test:<openid>`` log that openid in; each code works once."""
    if not code.startswith("test:") or len(code) < 6:
        return 40029
    if code in state.used_codes:
        return 40163
    state.used_codes.add(code)
    return code[5:]


def _check_app(request: web.Request) -> int:
    creds = request.app[APP_CREDENTIALS]
    if request.query.get("appid") != creds["appid"]:
        return 40013
    if request.query.get("secret") != creds["secret"]:
        return 40125
    return 0


def _oauth_page(message: str, status: int = 400) -> web.Response:
    """WeChat shows an error page in its browser instead of redirecting."""
    text = f"<!doctype html><meta charset=utf-8><title>微信</title><p>{escape(message)}</p>"
    return web.Response(status=status, text=text, content_type="text/html")


async def oauth_authorize(request: web.Request) -> web.StreamResponse:
    """Silent authorisation: redirect to ``redirect_uri?code=…&state=…`` for the current user.

    The current user is the ``sim_openid`` query parameter or cookie (the chat page sets the cookie
    for its in-page browser); real WeChat knows it from the logged-in client.
    """
    state, q = request.app[STATE], request.query
    state.calls[request.path] += 1
    if q.get("appid") != request.app[APP_CREDENTIALS]["appid"]:
        return _oauth_page("appid 参数错误（errcode 10002）")
    redirect_uri = q.get("redirect_uri", "")
    if urlsplit(redirect_uri).scheme not in ("http", "https") or not urlsplit(redirect_uri).netloc:
        return _oauth_page("redirect_uri 参数错误（errcode 10003）")
    if q.get("response_type") != "code":
        return _oauth_page("response_type 参数错误（errcode 10004）")
    scope = q.get("scope", "")
    if scope not in ("snsapi_base", "snsapi_userinfo"):
        return _oauth_page("scope 参数错误或没有 scope 权限（errcode 10005）")
    st = q.get("state", "")
    if len(st.encode()) > 128 or not all(c.isascii() and c.isalnum() for c in st):
        return _oauth_page("state 参数错误：只能是 a-zA-Z0-9，最多128字节")
    openid = q.get(USER_COOKIE) or unquote(request.cookies.get(USER_COOKIE, ""))
    if not openid:
        return _oauth_page("请在微信客户端打开链接", status=403)
    code = "SIMCODE" + secrets.token_urlsafe(24)
    request.app[OAUTH_CODES][code] = (openid, scope, state.clock())
    sep = "&" if urlsplit(redirect_uri).query else "?"
    raise web.HTTPFound(redirect_uri + sep + urlencode({"code": code, "state": st}))


def _authorized_openid(request: web.Request, code: str) -> tuple[str, str] | int | None:
    """(openid, scope) for a code from oauth_authorize, an errcode, or None if not such a code."""
    issued = request.app[OAUTH_CODES].get(code)
    if issued is None:
        return None
    state = request.app[STATE]
    if code in state.used_codes:
        return 40163
    state.used_codes.add(code)
    openid, scope, at = issued
    if state.clock() - at > OAUTH_CODE_TTL:
        return 40029
    return openid, scope


async def oauth_access_token(request: web.Request) -> web.Response:
    state = request.app[STATE]
    state.calls[request.path] += 1
    bad = _check_app(request)
    if bad:
        return err(bad)
    code = request.query.get("code", "")
    authorized = _authorized_openid(request, code)
    if isinstance(authorized, int):
        return err(authorized)
    scope = "snsapi_base"
    result: str | int
    if authorized is not None:
        result, scope = authorized
    else:
        result = _code_openid(state, code)
    if isinstance(result, int):
        return err(result)
    return web.json_response(
        {
            "access_token": "SIMOAUTH_" + secrets.token_urlsafe(24),
            "expires_in": 7200,
            "refresh_token": "SIMREFRESH_" + secrets.token_urlsafe(24),
            "openid": result,
            "scope": scope,
        }
    )


async def jscode2session(request: web.Request) -> web.Response:
    state = request.app[STATE]
    state.calls[request.path] += 1
    bad = _check_app(request)
    if bad:
        return err(bad)
    result = _code_openid(state, request.query.get("js_code", ""))
    if isinstance(result, int):
        return err(result)
    return web.json_response({"openid": result, "session_key": secrets.token_urlsafe(16)})


@authed
async def msg_sec_check(request: web.Request) -> web.Response:
    body = await _json(request)
    if not body or body.get("version") != 2:
        return err(47001)
    content = str(body.get("content", ""))
    if not content:
        return err(44002)
    label = next((code for word, code in RISKY_WORDS.items() if word in content), 100)
    suggest = "pass" if label == 100 else "risky"
    return ok(
        result={"suggest": suggest, "label": label},
        detail=[
            {
                "strategy": "content_model",
                "errcode": 0,
                "suggest": suggest,
                "label": label,
                "prob": 90 if label != 100 else 0,
            }
        ],
        trace_id=secrets.token_hex(12),
    )


@authed
async def getticket(request: web.Request) -> web.Response:
    if request.query.get("type") != "jsapi":
        return err(40097)
    state, tickets = request.app[STATE], request.app[JSAPI_TICKETS]
    now = state.clock()
    live = [t for t, expires in tickets.items() if expires - now > 0]
    ticket = live[-1] if live else "SIMTICKET_" + secrets.token_urlsafe(48)
    tickets.setdefault(ticket, now + TICKET_TTL)
    return ok(ticket=ticket, expires_in=int(tickets[ticket] - now))


def live_tickets(app: web.Application) -> list[str]:
    now = app[STATE].clock()
    return [t for t, expires in app[JSAPI_TICKETS].items() if expires > now]


def setup_api(app: web.Application) -> None:
    app[OAUTH_CODES] = {}
    app[JSAPI_TICKETS] = {}
    r = app.router
    r.add_post("/cgi-bin/stable_token", stable_token)
    r.add_post("/cgi-bin/message/custom/send", custom_send)
    r.add_post("/cgi-bin/message/template/send", template_send)
    r.add_post("/cgi-bin/message/subscribe/bizsend", subscribe_bizsend)
    r.add_get("/cgi-bin/media/get", media_get)
    r.add_post("/cgi-bin/menu/create", menu_create)
    r.add_get("/cgi-bin/menu/get", menu_get)
    r.add_post("/cgi-bin/qrcode/create", qrcode_create)
    r.add_get("/sns/oauth2/access_token", oauth_access_token)
    r.add_get("/connect/oauth2/authorize", oauth_authorize)
    r.add_get("/cgi-bin/ticket/getticket", getticket)
    r.add_get("/sns/jscode2session", jscode2session)
    r.add_post("/wxa/msg_sec_check", msg_sec_check)
