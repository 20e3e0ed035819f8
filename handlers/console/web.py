"""The console's edge: the session cookie, CSRF tokens, the role guard, security headers, form
parsing into the staff API's pydantic models, and rendering (Jinja2 through aiohttp-jinja2).

The session is the staff API's own (staff.service: lockout, idle and absolute timeouts); the browser
holds its token in an HttpOnly, SameSite=Strict cookie (Secure behind https). Every POST carries a CSRF
token derived from the session token (HMAC), so a page of another site cannot post one even if the
browser sent the cookie; before sign-in the token is a random double-submit cookie.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple, TypeVar

import aiohttp_jinja2
from aiohttp import web
from multidict import MultiDictProxy
from pydantic import BaseModel, ValidationError

from handlers import keys
from handlers.kit.access import config
from handlers.kit.errors import ApiError, field_errors
from handlers.kit.headers import DEFAULT_CSP
from handlers.staff_api.guard import policy_of, require_roles
from kernel.actors import Actor, RegionRequired
from kernel.errors import DomainError
from staff import service
from staff.errors import StaffError

COOKIE = "fg_console"
PRE_CSRF = "fg_console_csrf"  # the double-submit token of the sign-in forms
CSRF_FIELD = "_csrf"
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
    "media-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
M = TypeVar("M", bound=BaseModel)


class Page(NamedTuple):
    """One console route: the table row each domain's manifest can later declare."""

    method: str
    path: str
    view: View
    roles: tuple[str, ...]  # empty: no session needed (sign-in)
    title: str | None = None  # shown in the navigation when set


@dataclass
class Ctx:
    """Who is asking, and what every page template needs."""

    actor: Actor | None
    token: str | None
    csrf: str
    pages: list[Page] = field(default_factory=list)

    @property
    def nav(self) -> list[Page]:
        roles = self.actor.roles if self.actor else frozenset()
        return [p for p in self.pages if p.title and p.method == "GET" and roles & set(p.roles)]

    def can(self, path: str) -> bool:
        """Whether the actor's roles let it use the page at ``path`` (a control is shown only then)."""
        roles = self.actor.roles if self.actor else frozenset()
        return any(p.path == path and roles & set(p.roles) for p in self.pages)

    @property
    def me(self) -> Actor:
        assert self.actor is not None
        return self.actor


View = Callable[[web.Request, Ctx], Awaitable[web.StreamResponse]]
CTX_KEY: web.RequestKey[Ctx] = web.RequestKey("console_ctx", Ctx)


class FormError(Exception):
    """A refusal to show on the form: a message, and the fields it is about."""

    def __init__(self, message: str, fields: Mapping[str, str] | None = None, *, status: int = 422) -> None:
        super().__init__(message)
        self.message, self.fields, self.status = message, dict(fields or {}), status


# -- tokens and cookies ---------------------------------------------------------------------------


def csrf_of(token: str) -> str:
    return hmac.new(token.encode(), b"fundguard-console-csrf", hashlib.sha256).hexdigest()[:40]


def is_https(request: web.Request) -> bool:
    """https at the service, or at a trusted proxy that says so."""
    if request.secure:
        return True
    try:
        peer = ipaddress.ip_address(request.remote or "")
    except ValueError:
        return False
    trusted = any(peer in net for net in config(request.app).trusted_proxies)
    return trusted and request.headers.get("X-Forwarded-Proto", "").lower() == "https"


def set_cookie(request: web.Request, response: web.StreamResponse, name: str, value: str) -> None:
    response.set_cookie(
        name, value, path="/admin", httponly=True, samesite="Strict", secure=is_https(request)
    )


def drop_cookie(response: web.StreamResponse, name: str) -> None:
    response.del_cookie(name, path="/admin")


def pre_csrf(request: web.Request) -> str:
    """The sign-in forms' token: the cookie's, or a new one (set by ``render``)."""
    return request.cookies.get(PRE_CSRF) or secrets.token_urlsafe(24)


async def security_headers(request: web.Request, response: web.StreamResponse) -> None:
    """Every console response: a strict CSP, no framing, no sniffing; pages are never stored."""
    if not request.path.startswith("/admin") or request.path.startswith("/admin/api"):
        return
    # The edge gives HTML without a policy of its own the strictest one (no script); console pages load
    # their own scripts from 'self', so theirs replaces it (a policy a view set itself is kept).
    if response.headers.get("Content-Security-Policy") in (None, DEFAULT_CSP):
        response.headers["Content-Security-Policy"] = CSP
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    if not request.path.startswith("/admin/static/"):
        response.headers["Cache-Control"] = "no-store"


# -- the guard ------------------------------------------------------------------------------------


def guarded(page: Page, pages: list[Page]) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    async def handler(request: web.Request) -> web.StreamResponse:
        try:
            ctx = await _ctx_of(request, page, pages)
            if request.method == "POST":
                await _check_csrf(request, ctx)
            return await page.view(request, ctx)
        except _SignIn:
            if request.method == "GET":
                raise web.HTTPSeeOther(f"/admin/login?next={request.path_qs}") from None
            return await error_page(request, 401, "登录已过期或已退出，请重新登录。", pages)
        except RegionRequired as err:
            shown = ApiError.region_required(err)
            return await error_page(request, shown.status, shown.body.message, pages)
        except DomainError as err:
            return await error_page(request, err.status, err.message, pages)

    handler.staff_roles = page.roles  # type: ignore[attr-defined]  # read by the route-table tests
    return handler


class _SignIn(Exception):
    pass


async def _ctx_of(request: web.Request, page: Page, pages: list[Page]) -> Ctx:
    if not page.roles:
        return Ctx(actor=None, token=None, csrf=pre_csrf(request), pages=pages)
    token = request.cookies.get(COOKIE, "")
    now = request.app[keys.CLOCK]()
    try:
        actor = await service.resolve_session(token, policy=policy_of(request.app), now=now)
    except StaffError:
        raise _SignIn from None
    ctx = Ctx(actor=actor, token=token, csrf=csrf_of(token), pages=pages)
    request[CTX_KEY] = ctx
    await require_roles(request, actor, page.roles, now=now)
    return ctx


async def _check_csrf(request: web.Request, ctx: Ctx) -> None:
    form = await request.post()
    sent = str(form.get(CSRF_FIELD, ""))
    expected = ctx.csrf if ctx.token else request.cookies.get(PRE_CSRF, "")
    if not expected or not hmac.compare_digest(sent.encode(), expected.encode()):
        raise StaffError("forbidden", detail="表单已过期或来源不明（缺少安全令牌），请刷新页面后重试。")


async def error_page(request: web.Request, status: int, message: str, pages: list[Page]) -> web.Response:
    ctx = request.get(CTX_KEY) or Ctx(actor=None, token=None, csrf="", pages=pages)
    return render(request, ctx, "error.html", {"status": status, "message": message}, status=status)


# -- forms and rendering --------------------------------------------------------------------------


def form_values(form: MultiDictProxy[Any], *, lists: tuple[str, ...] = ()) -> dict[str, Any]:
    """A posted form as a dict for a model: empty fields left out, CSRF dropped, ``lists`` as lists."""
    out: dict[str, Any] = {}
    for name in {k for k in form if k != CSRF_FIELD}:
        if name in lists:
            out[name] = [str(v) for v in form.getall(name) if str(v).strip()]
        elif (value := str(form[name]).strip()) != "":
            out[name] = value
    return out


def parse(model: type[M], values: Mapping[str, Any]) -> M:
    """``values`` as ``model`` or a FormError with the Chinese message of each bad field."""
    try:
        return model.model_validate(dict(values))
    except ValidationError as err:
        raise FormError("请检查标出的项目。", field_errors(err)) from None


def refusal(err: DomainError | ApiError, field: str | None = None) -> FormError:
    """A refusal as a form error: next to the field it is about (its vocabulary's, else ``field``
    for a 422), with the allowed values where there are some."""
    shown = err if isinstance(err, ApiError) else ApiError.of(err)
    fields = dict(shown.body.fields or {})
    if not fields and field and shown.status == 422:
        fields = {field: shown.body.message}
    for name, values in (shown.body.allowed or {}).items():
        if name in fields:
            fields[name] = f"{fields[name]}（可选：{'、'.join(values)}）"
    return FormError(shown.body.message, fields, status=shown.status)


def render(
    request: web.Request,
    ctx: Ctx,
    template: str,
    context: Mapping[str, Any] | None = None,
    *,
    status: int = 200,
) -> web.Response:
    data = {"ctx": ctx, "request": request, "errors": {}, "values": {}, **(context or {})}
    response = aiohttp_jinja2.render_template(template, request, data, status=status)
    if ctx.token is None and not request.cookies.get(PRE_CSRF):
        set_cookie(request, response, PRE_CSRF, ctx.csrf)
    return response


def now_of(request: web.Request) -> datetime:
    return request.app[keys.CLOCK]()


def see_other(location: str) -> web.HTTPSeeOther:
    return web.HTTPSeeOther(location)
