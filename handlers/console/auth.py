"""Console sign-in: password (staff.service, with its lockout and per-address limit), then for the roles
in ``STAFF_TOTP_ROLES`` a TOTP code (enrolled by scanning a QR code the first time), and sign-out.

Until the second factor is given, the new session's token stays on the server (the KV store, five
minutes, under a random handle the browser holds), so the browser never holds a usable session early.
"""

from __future__ import annotations

import base64
import logging
import secrets
from urllib.parse import urlsplit

import segno
from aiohttp import web
from tortoise.transactions import in_transaction

from handlers import keys
from handlers.console.web import (
    COOKIE,
    Ctx,
    FormError,
    drop_cookie,
    form_values,
    now_of,
    parse,
    render,
    see_other,
    set_cookie,
)
from handlers.kit.access import address_key
from handlers.staff_api.guard import policy_of
from handlers.staff_api.schemas import LoginIn
from staff import second_factor, service
from staff.errors import StaffError
from storage.ratelimit import allow

log = logging.getLogger(__name__)

PENDING = "fg_console_2fa"
PENDING_TTL = 300
MAX_CODE_TRIES = 5


def _next_of(raw: str) -> str:
    """Only a console path: never a redirect to another site."""
    parts = urlsplit(raw)
    if parts.scheme or parts.netloc or not raw.startswith("/admin/") or raw.startswith("//"):
        return "/admin/"
    return raw


async def login_form(request: web.Request, ctx: Ctx) -> web.Response:
    return render(request, ctx, "login.html", {"next": _next_of(request.query.get("next", ""))})


async def login(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    values = form_values(await request.post())
    nxt = _next_of(str(values.pop("next", "")))
    try:
        body = parse(LoginIn, values)
        policy, ip = policy_of(request.app), address_key(request)
        if not await allow(
            request.app[keys.KV_KEY],
            f"staff-login:{ip}",
            limit=policy.login_per_ip,
            window_seconds=policy.login_window_seconds,
        ):
            raise FormError(StaffError("rate_limited").message, status=429)
        async with in_transaction() as conn:
            done = await service.login(
                conn, username=body.username, password=body.password, client_ip=ip, policy=policy,
                now=now_of(request),
            )  # fmt: skip
        if done.refusal is not None:  # committed: the failure counts and is audited
            raise FormError(done.refusal.message, {"password": done.refusal.message}, status=401)
    except FormError as err:
        values.pop("password", None)
        context = {"next": nxt, "errors": err.fields, "message": err.message, "values": values}
        return render(request, ctx, "login.html", context, status=err.status)
    assert done.actor is not None and done.token is not None
    if done.actor.roles & request.app[keys.SETTINGS].staff_totp_roles:
        handle = secrets.token_urlsafe(24)
        await request.app[keys.KV_KEY].set(_pending_key(handle), done.token.encode(), ex=PENDING_TTL)
        response = see_other(f"/admin/login/totp?next={nxt}")
        set_cookie(request, response, PENDING, handle)
        raise response
    response = see_other(nxt)
    set_cookie(request, response, COOKIE, done.token)
    raise response


def _pending_key(handle: str) -> str:
    return f"console:2fa:{handle}"


async def _pending(request: web.Request) -> tuple[str, str]:
    handle = request.cookies.get(PENDING, "")
    raw = await request.app[keys.KV_KEY].get(_pending_key(handle)) if handle else None
    if raw is None:
        raise see_other("/admin/login")
    return handle, bytes(raw).decode()


def _qr_data_uri(uri: str) -> str:
    svg = segno.make(uri, error="m").svg_inline(scale=5, title="动态验证码绑定二维码")
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


async def totp_form(request: web.Request, ctx: Ctx, *, message: str | None = None) -> web.Response:
    _, token = await _pending(request)
    now = now_of(request)
    actor = await service.resolve_session(token, policy=policy_of(request.app), now=now)
    context: dict[str, object] = {"next": _next_of(request.query.get("next", "")), "message": message}
    async with in_transaction() as conn:
        state = await second_factor.state_of(conn, actor.id)
        if state != "enrolled":
            account = await service.account_of(conn, actor.id)
            uri = await second_factor.begin_enrolment(
                conn, actor.id, username=account.username, cipher=request.app[keys.CIPHER], now=now
            )
            context |= {"qr": _qr_data_uri(uri), "secret": uri.split("secret=", 1)[1].split("&", 1)[0]}
    if message:
        context["errors"] = {"code": message}
    return render(request, ctx, "totp.html", context, status=422 if message else 200)


async def totp(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    handle, token = await _pending(request)
    values = form_values(await request.post())
    kv, now = request.app[keys.KV_KEY], now_of(request)
    actor = await service.resolve_session(token, policy=policy_of(request.app), now=now)
    try:
        async with in_transaction() as conn:
            refused = await second_factor.check_code(
                conn, actor.id, str(values.get("code", "")), cipher=request.app[keys.CIPHER], now=now
            )
        if refused is not None:  # after the commit: the failure's audit entry is kept
            raise refused
    except StaffError as err:
        if not await allow(
            kv, f"console:2fa-tries:{handle}", limit=MAX_CODE_TRIES, window_seconds=PENDING_TTL
        ):
            await kv.delete(_pending_key(handle))
            async with in_transaction() as conn:
                await service.logout(conn, token, actor=actor, now=now)
            raise see_other("/admin/login") from None
        return await totp_form(request, ctx, message=err.message)
    await kv.delete(_pending_key(handle))
    response = see_other(_next_of(str(values.get("next", ""))))
    drop_cookie(response, PENDING)
    set_cookie(request, response, COOKIE, token)
    raise response


async def logout(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    assert ctx.token is not None
    async with in_transaction() as conn:
        await service.logout(conn, ctx.token, actor=ctx.me, now=now_of(request))
    response = see_other("/admin/login")
    drop_cookie(response, COOKIE)
    raise response
