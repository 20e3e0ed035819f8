"""The staff API edge (/admin/api): sessions to actors, the role guard, errors as ``{code, message}``
JSON in Chinese (mapped here once), and sign-in, sign-out and "who am I".

Sessions travel as ``Authorization: Bearer <token>`` (no cookie, so no cross-site request forgery).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import TypeVar

from aiohttp import web
from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails
from tortoise.transactions import in_transaction

from handlers import keys
from handlers.kit.access import address_key
from handlers.kit.text import KIND, error_path
from handlers.staff_api.schemas import ErrorOut, LoginIn, LoginOut, MeOut
from kernel.actors import Actor
from reports.errors import ReportError
from staff import service
from staff.errors import StaffError
from staff.service import StaffPolicy
from storage import audit
from storage.ratelimit import allow

log = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
StaffHandler = Callable[[web.Request, Actor], Awaitable[web.StreamResponse]]
M = TypeVar("M", bound=BaseModel)
DEFAULT_POLICY = StaffPolicy()

STAFF_STATUS = {"bad_credentials": 401, "not_logged_in": 401, "forbidden": 403, "rate_limited": 429}
STAFF_STATUS |= {"username_taken": 409}
REPORT_STATUS = {"not_found": 404, "bad_receipt": 404, "forbidden": 403, "conflict": 409}
REPORT_STATUS |= {"bad_transition": 409}
# The field a domain refusal is about, so the console can show it next to the input.
ERROR_FIELDS = {
    "bad_id_number": "identity.id_number",
    "bad_phone": "identity.phone",
    "bad_identity": "identity",
    "consent_required": "sensitive_consent",
    "unknown_category": "category",
    "bad_target": "target_name",
    "bad_description": "description",
    "too_many_evidence": "evidence",
    "bad_reason": "reason",
    "bad_conclusion": "conclusion",
    "bad_message": "body",
    "unknown_staff": "assignee_id",
}
FIELD_TITLES = {
    "username": "用户名",
    "password": "密码",
    "purpose": "查看目的",
    "reason": "理由",
    "assignee_id": "承办人",
    "conclusion": "办理结果",
    "verified_amount_fen": "核实金额（分）",
    "summary": "办理情况",
    "body": "留言内容",
    "version": "版本号",
    "region": "统筹地区",
    "status": "状态",
    "since": "起始日期",
    "channel": "渠道",
    "category": "举报类别",
    "target_code": "定点编码",
    "target_name": "被举报对象",
    "description": "情况描述",
    "location": "位置",
    "anonymous": "是否匿名",
    "identity": "实名信息",
    "name": "姓名",
    "id_number": "身份证号码",
    "phone": "手机号码",
    "sensitive_consent": "敏感个人信息单独同意",
}


class AdminError(Exception):
    """A refusal with its HTTP status, answered as ``{code, message, fields?}``."""

    def __init__(self, status: int, code: str, message: str, *, fields: dict[str, str] | None = None) -> None:
        super().__init__(code)
        self.status, self.body = status, ErrorOut(code=code, message=message, fields=fields)

    @classmethod
    def of(cls, err: StaffError | ReportError) -> AdminError:
        table = STAFF_STATUS if isinstance(err, StaffError) else REPORT_STATUS
        status = table.get(err.code, 422)
        field = ERROR_FIELDS.get(err.code) if status == 422 else None
        return cls(status, err.code, err.message, fields={field: err.message} if field else None)

    def response(self) -> web.Response:
        headers = {"WWW-Authenticate": "Bearer"} if self.status == 401 else None
        return reply(self.body, status=self.status, headers=headers, exclude_none=True)


def reply(
    model: BaseModel, *, status: int = 200, headers: dict[str, str] | None = None, exclude_none: bool = False
) -> web.Response:
    """A model as JSON; staff replies may hold case details, so nothing is cached anywhere."""
    body = model.model_dump_json(exclude_none=exclude_none).encode()
    response = web.Response(body=body, status=status, content_type="application/json", headers=headers)
    response.headers["Cache-Control"] = "no-store"
    return response


# -- input ----------------------------------------------------------------------------------------


async def body_of(request: web.Request, model: type[M]) -> M:
    """The JSON body as ``model``, or 422 with Chinese field errors (never echoing the input)."""
    raw = await request.read()
    try:
        return model.model_validate_json(raw or b"{}")
    except ValidationError as err:
        raise AdminError(422, "invalid", "请检查填写的内容。", fields=field_errors(err)) from None


def query_of(request: web.Request, model: type[M]) -> M:
    try:
        return model.model_validate({k: v for k, v in request.query.items() if v != ""})
    except ValidationError as err:
        raise AdminError(422, "invalid", "请检查查询条件。", fields=field_errors(err)) from None


def report_id(request: web.Request) -> int:
    return int(request.match_info["id"])  # the route only matches digits


def field_errors(err: ValidationError) -> dict[str, str]:
    out: dict[str, str] = {}
    for detail in err.errors(include_url=False, include_input=False):
        path = error_path(detail, ".".join(str(p) for p in detail["loc"]))
        out.setdefault(path or "request", _phrase(path, detail))
    return out


def _phrase(path: str, detail: ErrorDetails) -> str:
    kind, ctx = detail["type"], dict(detail.get("ctx") or {})
    if not path:
        return "请求内容不是有效的JSON。" if kind == "json_invalid" else "请求内容应为JSON对象。"
    title = FIELD_TITLES.get(path.rsplit(".", 1)[-1], "此项")
    phrases = {
        "missing": f"请填写{title}。",
        "string_too_short": f"{title}至少{ctx.get('min_length')}个字。",
        "string_too_long": f"{title}不能超过{ctx.get('max_length')}个字。",
        "greater_than": f"{title}应大于{ctx.get('gt')}。",
        "greater_than_equal": f"{title}不能小于{ctx.get('ge')}。",
        "less_than_equal": f"{title}不能大于{ctx.get('le')}。",
        "literal_error": f"{title}不在可选范围内。",
        "extra_forbidden": "不认识这一项，请删除。",
        KIND: f"{title}含有不可见的控制字符，请删除后再提交。",
    }
    if kind in phrases:
        return phrases[kind]
    if kind.startswith(("int", "float")):
        return f"{title}应为整数。"
    if kind.startswith("bool"):
        return f"{title}应为是或否。"
    if kind.startswith("date"):
        return f"{title}应为日期，如2026-01-31。"
    return f"{title}的格式不对。"


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

    @functools.wraps(handler)
    async def wrapped(request: web.Request) -> web.StreamResponse:
        try:
            return await handler(request)
        except AdminError as err:
            return err.response()
        except (StaffError, ReportError) as err:
            return AdminError.of(err).response()

    return wrapped


def _route_of(request: web.Request) -> str:
    resource = request.match_info.route.resource
    return resource.canonical if resource else request.path


def guarded(handler: StaffHandler, *, roles: tuple[str, ...]) -> Handler:
    """Resolve the session to an ``Actor`` and let it in only if it holds one of ``roles`` (in some
    region: the domain then checks the report's region). A refusal is audited and answered 403."""

    async def with_actor(request: web.Request) -> web.StreamResponse:
        now = request.app[keys.CLOCK]()
        actor = await service.resolve_session(_bearer(request), policy=policy_of(request.app), now=now)
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
        return await handler(request, actor)

    wrapped = public(with_actor)
    wrapped.staff_roles = roles  # type: ignore[attr-defined]  # read by the route-table test
    return wrapped


# -- sign-in --------------------------------------------------------------------------------------


def _me(actor: Actor) -> MeOut:
    return MeOut(id=actor.id, name=actor.name, roles=sorted(actor.roles), regions=sorted(actor.regions))


async def login(request: web.Request) -> web.Response:
    body = await body_of(request, LoginIn)
    policy, ip = policy_of(request.app), address_key(request)
    window = policy.login_window_seconds
    if not await allow(
        request.app[keys.KV_KEY], f"staff-login:{ip}", limit=policy.login_per_ip, window_seconds=window
    ):
        log.warning("staff login attempts over the limit from %s", ip)
        raise StaffError("rate_limited")
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
    idle = int(policy.idle_timeout.total_seconds())
    return reply(
        LoginOut(token=done.token, expires_at=done.expires_at, idle_timeout_seconds=idle, me=_me(done.actor))
    )


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
