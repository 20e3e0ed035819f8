"""Administration pages (admin role): staff accounts (add, roles, regions, lock/unlock, new password,
reset the second factor) and the audit log viewer with the chain's verification state."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field
from tortoise.transactions import in_transaction

from handlers import keys
from handlers.console.web import Ctx, FormError, form_values, now_of, parse, refusal, render, see_other
from handlers.staff_api.guard import policy_of
from kernel.clock import CHINA
from staff import admin as staff_admin
from staff import second_factor
from staff.errors import StaffError

ROLE_TITLES = {
    "intake": "受理",
    "investigator": "调查",
    "head": "负责人",
    "finance": "财务",
    "credit_officer": "信用",
    "admin": "管理员",
}
CHANGES = {"roles", "regions", "lock", "unlock", "password", "reset_second_factor"}
DONE = {"added": "账号已添加。", "changed": "账号已修改。"}


class NewAccountIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    username: str = Field(min_length=1, max_length=64)
    display_name: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)
    roles: list[str] = Field(min_length=1)
    regions: str = Field(min_length=1, max_length=200)


class AuditQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")
    actor: str | None = Field(default=None, max_length=128)
    subject: str | None = Field(default=None, max_length=128)
    action: str | None = Field(default=None, max_length=64)
    since: date | None = None
    until: date | None = None
    before: int | None = Field(default=None, gt=0)


def _regions(raw: str) -> list[str]:
    return [r for r in raw.replace("，", ",").replace(" ", ",").split(",") if r]


async def accounts(
    request: web.Request,
    ctx: Ctx,
    *,
    error: FormError | None = None,
    values: dict[str, Any] | None = None,
    temporary: dict[str, str] | None = None,
) -> web.Response:
    rows = await staff_admin.accounts(ctx.me, now=now_of(request))
    async with in_transaction() as conn:
        factors = {a["id"]: await second_factor.state_of(conn, a["id"]) for a in rows}
    context = {
        "accounts": rows,
        "factors": factors,
        "totp_roles": request.app[keys.SETTINGS].staff_totp_roles,
        "roles": ROLE_TITLES,
        "done": DONE.get(request.query.get("done", "")),
        "temporary": temporary,
        "values": values or {},
        "errors": error.fields if error else {},
        "message": error.message if error else None,
    }
    return render(request, ctx, "admin/accounts.html", context, status=error.status if error else 200)


async def add(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    values = form_values(await request.post(), lists=("roles",))
    try:
        body = parse(NewAccountIn, values)
        async with in_transaction() as conn:
            await staff_admin.add_account(
                conn, actor=ctx.me, username=body.username, display_name=body.display_name,
                password=body.password, roles=body.roles, regions=_regions(body.regions),
                policy=policy_of(request.app), now=now_of(request),
            )  # fmt: skip
    except (FormError, StaffError) as err:
        shown = err if isinstance(err, FormError) else refusal(err, FIELD_OF.get(err.code))
        values.pop("password", None)
        return await accounts(request, ctx, error=shown, values=values)
    raise see_other("/admin/accounts?done=added")


FIELD_OF = {
    "username_taken": "username",
    "bad_username": "username",
    "bad_display_name": "display_name",
    "weak_password": "password",
    "bad_role": "roles",
    "bad_region": "regions",
}


async def change(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    """One change of one account: the submit button names it (``change``)."""
    staff_id = int(request.match_info["id"])
    values = form_values(await request.post(), lists=("roles",))
    what = str(values.get("change", ""))
    now, policy = now_of(request), policy_of(request.app)
    temporary = None
    try:
        if what not in CHANGES:
            raise FormError("不认识的操作。")
        async with in_transaction() as conn:
            if what == "reset_second_factor":
                await staff_admin.reset_second_factor(conn, staff_id, actor=ctx.me, now=now)
            elif what == "password":
                done = await staff_admin.reset_password(conn, staff_id, actor=ctx.me, policy=policy, now=now)
                temporary = {"username": done.account.username, "password": done.temporary_password}
            else:
                await staff_admin.change_account(
                    conn, staff_id, actor=ctx.me, policy=policy, now=now,
                    roles=values.get("roles", []) if what == "roles" else None,
                    regions=_regions(str(values.get("regions", ""))) if what == "regions" else None,
                    locked={"lock": True, "unlock": False}.get(what),
                )  # fmt: skip
    except (FormError, StaffError) as err:
        shown = err if isinstance(err, FormError) else refusal(err, FIELD_OF.get(err.code))
        shown.fields = {f"{staff_id}.{k}": v for k, v in shown.fields.items()}
        return await accounts(request, ctx, error=shown)
    if temporary:  # shown this once, to hand over: only its hash is kept
        return await accounts(request, ctx, temporary=temporary)
    raise see_other("/admin/accounts?done=changed")


async def audit_log(request: web.Request, ctx: Ctx) -> web.Response:
    values = {k: v for k, v in request.query.items() if v and k in AuditQuery.model_fields}
    errors: dict[str, str] = {}
    found: dict[str, Any] = {"entries": [], "next_before_id": None, "chain": None}
    try:
        q = parse(AuditQuery, values)
        found = await staff_admin.audit_log(
            ctx.me, who=q.actor, subject=q.subject, action=q.action, since=_start(q.since),
            until=_start(q.until + timedelta(days=1)) if q.until else None, before_id=q.before, limit=PAGE,
        )  # fmt: skip
    except FormError as err:
        errors = err.fields
    older = {**values, "before": str(found["next_before_id"])} if found["next_before_id"] else None
    context = {"rows": found["entries"], "values": values, "errors": errors, "chain": found["chain"]}
    return render(request, ctx, "admin/audit.html", context | {"older": older})


PAGE = 50


def _start(day: date | None) -> datetime | None:
    return datetime.combine(day, time(), tzinfo=CHINA) if day else None
