"""The staff API edge (/admin/api): sessions to actors, the role guard, errors as ``{code, message}``
JSON in Chinese (mapped here once), and sign-in, sign-out and "who am I".

Sessions travel as ``Authorization: Bearer <token>`` (no cookie, so no cross-site request forgery).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import TypeVar

from aiohttp import web
from pydantic import BaseModel, ValidationError
from tortoise.transactions import in_transaction

from handlers import keys
from handlers.kit.access import address_key
from handlers.kit.errors import ApiError, allowed_values, api, field_errors
from handlers.kit.errors import reply as kit_reply
from handlers.kit.uploads import read_json
from handlers.staff_api.schemas import LoginIn, LoginOut, MeOut
from kernel.actors import Actor
from staff import second_factor, service
from staff.errors import StaffError
from staff.service import StaffPolicy
from storage import audit
from storage.ratelimit import allow

log = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
StaffHandler = Callable[[web.Request, Actor], Awaitable[web.StreamResponse]]
M = TypeVar("M", bound=BaseModel)
DEFAULT_POLICY = StaffPolicy()


def reply(
    model: BaseModel, *, status: int = 200, headers: dict[str, str] | None = None, exclude_none: bool = False
) -> web.Response:
    """A model as JSON; staff replies may hold case details, so nothing is cached anywhere."""
    return kit_reply(model, status=status, headers=headers, exclude_none=exclude_none)


# -- input ----------------------------------------------------------------------------------------


LOGIN_BODY_BYTES = 4096  # a username and a password of at most 64 and 256 characters, as JSON


async def body_of(request: web.Request, model: type[M]) -> M:
    """The JSON body as ``model``, or 422 with Chinese field errors (never echoing the input)."""
    raw = await request.read()
    try:
        return model.model_validate_json(raw or b"{}")
    except ValidationError as err:
        raise ApiError.invalid(field_errors(err), "请检查填写的内容。", allowed=allowed_values(err)) from None


def query_of(request: web.Request, model: type[M]) -> M:
    try:
        return model.model_validate({k: v for k, v in request.query.items() if v != ""})
    except ValidationError as err:
        raise ApiError.invalid(field_errors(err), "请检查查询条件。", allowed=allowed_values(err)) from None


def report_id(request: web.Request) -> int:
    return int(request.match_info["id"])  # the route only matches digits


# -- the guard ------------------------------------------------------------------------------------


def policy_of(app: web.Application) -> StaffPolicy:
    return app.get(keys.STAFF_POLICY, DEFAULT_POLICY)


def _bearer(request: web.Request) -> str:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise StaffError("not_logged_in")
    return token.strip()


def public(handler: Handler) -> Handler:
    """A staff route that needs no session (sign-in); errors are mapped as for the others."""
    return api(handler)


def _route_of(request: web.Request) -> str:
    resource = request.match_info.route.resource
    return resource.canonical if resource else request.path


async def require_roles(request: web.Request, actor: Actor, roles: tuple[str, ...], *, now: datetime) -> None:
    """Refuse (``forbidden``, audited with the route) an actor holding none of ``roles``."""
    if not actor.roles & set(roles):
        async with in_transaction() as conn:
            await audit.append(
                conn,
                actor=actor.label,
                action="staff.forbidden",
                subject=f"route:{request.method} {_route_of(request)}",
                detail={"path": request.path, "needs": list(roles)},
                now=now,
            )
        raise StaffError("forbidden")


def guarded(handler: StaffHandler, *, roles: tuple[str, ...]) -> Handler:
    """Resolve the session to an ``Actor`` and let it in only if it holds one of ``roles`` (in some
    region: the domain then checks the report's region). A refusal is audited and answered 403."""

    async def with_actor(request: web.Request) -> web.StreamResponse:
        now = request.app[keys.CLOCK]()
        actor = await service.resolve_session(_bearer(request), policy=policy_of(request.app), now=now)
        await require_roles(request, actor, roles, now=now)
        return await handler(request, actor)

    wrapped = public(with_actor)
    wrapped.staff_roles = roles  # type: ignore[attr-defined]  # read by the route-table test
    return wrapped


# -- sign-in --------------------------------------------------------------------------------------


def _me(actor: Actor) -> MeOut:
    return MeOut(id=actor.id, name=actor.name, roles=sorted(actor.roles), regions=sorted(actor.regions))


async def login(request: web.Request) -> web.Response:
    # The limit first, then a few KB at most: a password guesser gets nothing parsed for its trouble.
    policy, ip = policy_of(request.app), address_key(request)
    window = policy.login_window_seconds
    if not await allow(
        request.app[keys.KV_KEY], f"staff-login:{ip}", limit=policy.login_per_ip, window_seconds=window
    ):
        log.warning("staff login attempts over the limit from %s", ip)
        raise StaffError("rate_limited")
    body = await read_json(request, LoginIn, limit=LOGIN_BODY_BYTES)
    async with in_transaction() as conn:
        done = await service.login(
            conn,
            username=body.username,
            password=body.password,
            client_ip=ip,
            policy=policy,
            now=request.app[keys.CLOCK](),
        )
    if done.refusal is not None:
        raise done.refusal  # after the commit: the failure and its audit entry are kept
    assert done.actor is not None and done.token is not None and done.expires_at is not None
    if done.actor.roles & request.app[keys.SETTINGS].staff_totp_roles:
        await _second_factor(request, done.actor, done.token, body.totp_code)
    idle = int(policy.idle_timeout.total_seconds())
    return reply(
        LoginOut(token=done.token, expires_at=done.expires_at, idle_timeout_seconds=idle, me=_me(done.actor))
    )


async def _second_factor(request: web.Request, actor: Actor, token: str, code: str | None) -> None:
    """The roles of STAFF_TOTP_ROLES sign in with their TOTP code too, as in the console; without a
    good code the session just opened is closed again (the refusal and its audit entry are kept)."""
    now = request.app[keys.CLOCK]()
    async with in_transaction() as conn:
        refused: StaffError | None = StaffError("second_factor_required")
        if code is not None:
            try:
                refused = await second_factor.check_code(
                    conn, actor.id, code, cipher=request.app[keys.CIPHER], now=now
                )
            except StaffError as err:  # not enrolled yet: that happens in the console
                refused = err
        if refused is not None:
            await service.logout(conn, token, actor=actor, now=now)
    if refused is not None:
        raise refused


async def logout(request: web.Request, actor: Actor) -> web.Response:
    async with in_transaction() as conn:
        await service.logout(conn, _bearer(request), actor=actor, now=request.app[keys.CLOCK]())
    return web.Response(status=204, headers={"Cache-Control": "no-store"})


async def me(request: web.Request, actor: Actor) -> web.Response:
    return reply(_me(actor))


def wake_jobs(request: web.Request) -> None:
    """After a commit that wrote notice jobs: run them now rather than at the next poll."""
    request.app[keys.JOBS].wake()


def now_of(request: web.Request) -> datetime:
    return request.app[keys.CLOCK]()
