"""Staff handlers the console needs beyond the case moves: the home page's figures, the progress of
long operations (tasks) started from it, registry imports, and evidence files."""

from __future__ import annotations

from aiohttp import web
from tortoise.transactions import in_transaction

from credit.access import CREDIT_ROLES
from credit.tasks import EVALUATE, IMPORT_EVENTS
from feedback import inbox
from handlers import keys
from handlers.staff_api.console_schemas import (
    AccountChangeIn,
    AccountIn,
    AccountOut,
    AccountsOut,
    AuditLogOut,
    AuditQuery,
    CloseIn,
    DashboardOut,
    DashboardQuery,
    PasswordResetOut,
    ReplyIn,
    SuggestionOut,
    SuggestionsOut,
    SuggestionsQuery,
)
from handlers.staff_api.credit import Json, csv_body, task_started
from handlers.staff_api.guard import StaffHandler, body_of, now_of, policy_of, query_of, reply, wake_jobs
from handlers.staff_api.schemas import RegionQuery
from kernel.actors import Actor, one_region
from kernel.clock import china_day
from registry import tasks as registry_tasks
from registry.importer import What
from reports.errors import ReportError
from staff import admin as staff_admin
from staff import dashboard
from staff.evidence import open_evidence
from storage import tasks

# Who follows each kind of task besides the person who started it (in the task's region).
TASK_READERS: dict[str, tuple[str, ...]] = {EVALUATE: CREDIT_ROLES, IMPORT_EVENTS: CREDIT_ROLES}
TASK_READERS |= {kind: registry_tasks.REGISTRY_ROLES for kind in registry_tasks.IMPORT_KINDS.values()}


async def home(request: web.Request, actor: Actor) -> web.Response:
    q = query_of(request, DashboardQuery)
    region = one_region(actor, q.region) or str(q.region)  # one outside the actor's: refused by the service
    figures = await dashboard.home(
        actor,
        region=region,
        today=china_day(now_of(request)),
        rules=request.app[keys.REPORT_RULES],
        weeks=q.weeks,
        cache=request.app[keys.KV_KEY],  # the region-wide charts, shared a minute between views
    )
    return reply(DashboardOut.model_validate(figures))


async def task(request: web.Request, actor: Actor) -> web.Response:
    found = await tasks.readable(int(request.match_info["id"]), actor=actor, roles=TASK_READERS)
    if found is None:
        raise ReportError("not_found", detail="（没有这项任务，或您无权查看。）")
    return reply(Json(tasks.task_json(found)))


def registry_import(what: What) -> StaffHandler:
    """``POST /admin/api/registry/{what}/import?region=``: the CSV as the body; 202 with the task."""

    async def handler(request: web.Request, actor: Actor) -> web.Response:
        region = one_region(actor, query_of(request, RegionQuery).region) or ""
        data = await csv_body(request)
        blob = await request.app[keys.BLOBS].put(data)
        async with in_transaction() as conn:
            task = await registry_tasks.start_import(
                conn, what=what, actor=actor, region=region, blob=blob, size=len(data), now=now_of(request)
            )
        return task_started(request, task)

    return handler


async def evidence(request: web.Request, actor: Actor) -> web.Response:
    """One evidence file of a case, inline (a picture shown, a voice note played), each view audited."""
    report_id, evidence_id = int(request.match_info["id"]), int(request.match_info["evidence_id"])
    async with in_transaction() as conn:
        found = await open_evidence(
            conn, report_id, evidence_id, actor=actor, blobs=request.app[keys.BLOBS], now=now_of(request)
        )
    return web.Response(
        body=found.data,
        headers={
            "Content-Type": found.content_type,
            "Content-Disposition": "inline",
            "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff",
            # An uploaded file is never a page: nothing in it may run or load anything.
            "Content-Security-Policy": "default-src 'none'; sandbox",
        },
    )


# -- 留言 (suggestions) ---------------------------------------------------------------------------------


def _suggestion_id(request: web.Request) -> int:
    return int(request.match_info["id"])  # the route only matches digits


async def suggestions(request: web.Request, actor: Actor) -> web.Response:
    q = query_of(request, SuggestionsQuery)
    found = await inbox.inbox(actor, status=q.status, before_id=q.before_id, limit=q.limit)
    return reply(SuggestionsOut(suggestions=[SuggestionOut.model_validate(s) for s in found]))


async def suggestion(request: web.Request, actor: Actor) -> web.Response:
    async with in_transaction() as conn:
        found = await inbox.read(
            conn, _suggestion_id(request), actor=actor, cipher=request.app[keys.CIPHER], now=now_of(request)
        )
    return reply(SuggestionOut.model_validate(found))


async def suggestion_reply(request: web.Request, actor: Actor) -> web.Response:
    body = await body_of(request, ReplyIn)
    async with in_transaction() as conn:
        done = await inbox.reply(
            conn,
            _suggestion_id(request),
            body=body.body,
            actor=actor,
            now=now_of(request),
            version=body.version,
        )
    wake_jobs(request)  # the answer's WeChat message is committed: send it now
    return reply(SuggestionOut.model_validate(inbox.suggestion_json(done)))


async def suggestion_close(request: web.Request, actor: Actor) -> web.Response:
    body = await body_of(request, CloseIn)
    async with in_transaction() as conn:
        done = await inbox.close(
            conn, _suggestion_id(request), actor=actor, now=now_of(request), version=body.version
        )
    return reply(SuggestionOut.model_validate(inbox.suggestion_json(done)))


# -- accounts and the audit log (admin) ---------------------------------------------------------------


async def accounts(request: web.Request, actor: Actor) -> web.Response:
    found = await staff_admin.accounts(actor, now=now_of(request))
    return reply(AccountsOut(accounts=[AccountOut.model_validate(a) for a in found]))


async def add_account(request: web.Request, actor: Actor) -> web.Response:
    body, now = await body_of(request, AccountIn), now_of(request)
    async with in_transaction() as conn:
        made = await staff_admin.add_account(
            conn, actor=actor, username=body.username, display_name=body.name, password=body.password,
            roles=list(body.roles), regions=body.regions, policy=policy_of(request.app), now=now,
        )  # fmt: skip
    return reply(AccountOut.model_validate(staff_admin.account_json(made, now=now)), status=201)


async def change_account(request: web.Request, actor: Actor) -> web.Response:
    body, now = await body_of(request, AccountChangeIn), now_of(request)
    async with in_transaction() as conn:
        done = await staff_admin.change_account(
            conn, int(request.match_info["id"]), actor=actor, policy=policy_of(request.app), now=now,
            roles=None if body.roles is None else list(body.roles), regions=body.regions, locked=body.locked,
        )  # fmt: skip
    return reply(AccountOut.model_validate(staff_admin.account_json(done, now=now)))


async def reset_password(request: web.Request, actor: Actor) -> web.Response:
    now = now_of(request)
    async with in_transaction() as conn:
        done = await staff_admin.reset_password(
            conn, int(request.match_info["id"]), actor=actor, policy=policy_of(request.app), now=now
        )
    account = AccountOut.model_validate(staff_admin.account_json(done.account, now=now))
    return reply(PasswordResetOut(account=account, temporary_password=done.temporary_password))


async def audit_log(request: web.Request, actor: Actor) -> web.Response:
    q = query_of(request, AuditQuery)
    found = await staff_admin.audit_log(
        actor, who=q.actor, subject=q.subject, action=q.action, since=q.since, until=q.until,
        before_id=q.before_id, limit=q.limit,
    )  # fmt: skip
    return reply(AuditLogOut.model_validate(found))
