"""Console pages for reports: the queue, the case page (timeline, deadlines, evidence, duplicates,
messages, the moves allowed now, identity on request) and the form for phone/counter/mail reports.

Each view parses the form with the staff API's models, opens one transaction for a change, calls the
same reports/staff services as ``handlers.admin_reports`` and renders (or redirects after a change).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web
from pydantic import BaseModel
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from handlers import keys
from handlers.console.web import Ctx, FormError, form_values, now_of, parse, refusal, render, see_other
from handlers.staff_api.guard import wake_jobs
from handlers.staff_api.schemas import (
    AssignIn,
    ConcludeIn,
    ExtendIn,
    MessageIn,
    NotAcceptIn,
    PurposeIn,
    QueueQuery,
    StaffReportIn,
    VersionIn,
)
from kernel.actors import Actor, RegionRequired
from kernel.clock import china_day
from reports import casework as cases
from reports import lifecycle
from reports.errors import ReportError
from reports.intake import CHANNEL_NAMES, ReportDraft
from reports.models import Report
from reports.queue import QueueFilter
from reports.rules import CONCLUSIONS, NOT_ACCEPTED_REASONS
from staff import choices
from staff.choices import assignable_staff, report_choices
from staff.errors import StaffError
from staff.evidence import open_evidence
from staff.service import active_actor

CHANNELS = CHANNEL_NAMES
ENTRY_CHANNELS = {k: CHANNELS[k] for k in ("phone", "walk_in", "mail")}
# The moves the case page has a form for (a referral is recorded through the staff API for now).
MOVE_TITLES = {name: title for name, title in choices.MOVE_TITLES.items() if name != "refer"}
DONE = {
    name: f"已{title}。" if not title.startswith("已") else f"{title}。"
    for name, title in MOVE_TITLES.items()
}
DONE |= {"message": "留言已发送。", "entered": "举报已登记。"}


def _case_id(request: web.Request) -> int:
    return int(request.match_info["id"])


async def queue(request: web.Request, ctx: Ctx) -> web.Response:
    """The queue with its filters, search and keyset pages; the filter lists come from the domain."""
    values = {k: v for k, v in request.query.items() if v and k in QueueQuery.model_fields}
    rules, today = request.app[keys.REPORT_RULES], china_day(now_of(request))
    errors: dict[str, str] = {}
    found: dict[str, Any] = {"reports": [], "next_cursor": None}
    region = values.get("region") or sorted(ctx.me.regions)[0]
    try:
        q = parse(QueueQuery, {"limit": "50", **values})
        f = QueueFilter(**q.model_dump(exclude={"q"}), search=q.q)
        found = await cases.queue_page(ctx.me, f, today=today, rules=rules)
    except FormError as err:
        errors = err.fields
    except RegionRequired as err:
        errors = {"region": f"请选择统筹地区（可选：{'、'.join(err.regions)}）。"}
    except ReportError as err:
        errors = refusal(err).fields or {"request": err.message}
    choices = report_choices(region, rules=rules)
    staff = await assignable_staff(ctx.me, region=region) if ctx.me.has_any(cases.CASE_ROLES, region) else []
    nxt = {**values, "cursor": found["next_cursor"]} if found["next_cursor"] else None
    context = {
        "rows": found["reports"],
        "next": nxt,
        "values": values,
        "errors": errors,
        "choices": {k: _titled(v) for k, v in choices.items() if isinstance(v, list) and k != "moves"},
        "regions": {r: r for r in sorted(ctx.me.regions)},
        "staff": {"0": "未交办"} | {str(a["id"]): a["name"] for a in staff},
        "channels": CHANNELS,
    }
    return render(request, ctx, "reports/queue.html", context)


def _titled(items: list[Any]) -> dict[str, str] | list[Any]:
    """``[{code, title}]`` as the ``{code: title}`` a select takes (other lists unchanged)."""
    if items and isinstance(items[0], dict) and {"code", "title"} <= items[0].keys():
        return {i["code"]: i["title"] for i in items}
    return items


async def case_page(
    request: web.Request,
    ctx: Ctx,
    *,
    error: FormError | None = None,
    form: str | None = None,
    values: dict[str, Any] | None = None,
    identity: dict[str, str] | None = None,
) -> web.Response:
    rid = _case_id(request)
    rules = request.app[keys.REPORT_RULES]
    view = await cases.case_view(ctx.me, rid, rules=rules)
    moves = view["moves"]
    assignees = await assignable_staff(ctx.me, region=view["region"]) if "assign" in moves else []
    today = china_day(now_of(request)).isoformat()
    context = {
        "case": view,
        "moves": moves,
        "move_titles": MOVE_TITLES,
        "reasons": NOT_ACCEPTED_REASONS,
        "conclusions": CONCLUSIONS,
        "assignees": assignees,
        "deadlines": _deadlines(view, today),
        "channels": CHANNELS,
        "identity": identity,
        "done": DONE.get(request.query.get("done", "")),
        "form": form,
        "message": error.message if error else None,
        "errors": error.fields if error else {},
        "values": values or {},
        "can_reveal": ctx.me.has("head", view["region"])
        or (view["assignee_id"] == ctx.me.id and ctx.me.has("investigator", view["region"])),
    }
    return render(request, ctx, "reports/case.html", context, status=error.status if error else 200)


def _deadlines(view: dict[str, Any], today: str) -> list[dict[str, str]]:
    """Each statutory date of the case with its state (met, open, due today, overdue)."""
    steps = [
        ("accept_by", "受理期限", view["decided_at"]),
        ("decision_inform_by", "告知受理决定期限", view["decided_at"]),
        ("handle_by", "办结期限", view["status"] in ("concluded", "informed") or None),
        ("inform_by", "反馈结果期限", view["status"] == "informed" or None),
    ]
    out = []
    for key, title, done in steps:
        due = view.get(key)
        if not due:
            continue
        due_day = str(due)[:10]
        if done:
            state, css = "已完成", "ok"
        elif due_day < today:
            state, css = "已逾期", "bad"
        elif due_day == today:
            state, css = "今天到期", "warn"
        else:
            state, css = "未到期", ""
        out.append({"title": title, "due": due_day, "state": state, "css": css})
    return out


# -- moves ----------------------------------------------------------------------------------------

Mover = Callable[[BaseDBAsyncClient, web.Request, Actor, Any], Awaitable[Report]]


async def _accept(conn: BaseDBAsyncClient, request: web.Request, actor: Actor, body: Any) -> Report:
    rules, now = request.app[keys.REPORT_RULES], now_of(request)
    return await lifecycle.accept(conn, _case_id(request), actor=actor, rules=rules, now=now)


async def _not_accept(conn: BaseDBAsyncClient, request: web.Request, actor: Actor, body: Any) -> Report:
    rules, now = request.app[keys.REPORT_RULES], now_of(request)
    return await lifecycle.not_accept(
        conn, _case_id(request), reason=body.reason, actor=actor, rules=rules, now=now
    )


async def _assign(conn: BaseDBAsyncClient, request: web.Request, actor: Actor, body: Any) -> Report:
    assignee = await active_actor(conn, body.assignee_id)
    return await lifecycle.assign(
        conn, _case_id(request), assignee=assignee, actor=actor, now=now_of(request)
    )


async def _start(conn: BaseDBAsyncClient, request: web.Request, actor: Actor, body: Any) -> Report:
    return await lifecycle.start_investigation(conn, _case_id(request), actor=actor, now=now_of(request))


async def _extend(conn: BaseDBAsyncClient, request: web.Request, actor: Actor, body: Any) -> Report:
    rules, now = request.app[keys.REPORT_RULES], now_of(request)
    return await lifecycle.extend(
        conn, _case_id(request), actor=actor, rules=rules, reason=body.reason, now=now
    )


async def _conclude(conn: BaseDBAsyncClient, request: web.Request, actor: Actor, body: Any) -> Report:
    return await lifecycle.conclude(
        conn,
        _case_id(request),
        conclusion=body.conclusion,
        verified_amount_fen=body.verified_amount_fen,
        summary=body.summary,
        actor=actor,
        rules=request.app[keys.REPORT_RULES],
        now=now_of(request),
    )


async def _inform(conn: BaseDBAsyncClient, request: web.Request, actor: Actor, body: Any) -> Report:
    return await lifecycle.mark_informed(conn, _case_id(request), actor=actor, now=now_of(request))


MOVERS: dict[str, tuple[type[BaseModel], Mover]] = {
    "accept": (VersionIn, _accept),
    "not_accept": (NotAcceptIn, _not_accept),
    "assign": (AssignIn, _assign),
    "start": (VersionIn, _start),
    "extend": (ExtendIn, _extend),
    "conclude": (ConcludeIn, _conclude),
    "inform": (VersionIn, _inform),
}
CONFLICT = "这件举报刚被其他人改过（版本已变），下面是最新内容，请确认后再操作。"


async def move(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    """One move of the case (the path names it); a stale version or a refusal re-renders the case."""
    name = request.match_info["move"].replace("-", "_")
    schema, mover = MOVERS[name]
    values = form_values(await request.post())
    if "verified_amount_yuan" in values:
        values["verified_amount_fen"] = _fen(values.pop("verified_amount_yuan"))
    try:
        body = parse(schema, values)
        async with in_transaction() as conn:
            await cases.expect_version(conn, _case_id(request), getattr(body, "version", None))
            await mover(conn, request, ctx.me, body)
    except FormError as err:
        return await case_page(request, ctx, error=err, form=name, values=values)
    except (ReportError, StaffError) as err:
        if isinstance(err, ReportError) and err.code == "conflict":
            return await case_page(request, ctx, error=FormError(CONFLICT, status=409), form=name)
        if isinstance(err, ReportError) and err.code == "forbidden":
            raise
        return await case_page(request, ctx, error=refusal(err), form=name, values=values)
    wake_jobs(request)
    raise see_other(f"/admin/reports/{_case_id(request)}?done={name}")


def _fen(raw: Any) -> str:
    """Yuan with up to two decimals, as typed, to integer fen (a bad value is left for the model)."""
    text = str(raw).replace(",", "").strip()
    whole, _, cents = text.partition(".")
    if whole.isdigit() and (cents == "" or (cents.isdigit() and len(cents) <= 2)):
        return str(int(whole) * 100 + int((cents + "00")[:2]))
    return text


async def message(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    values = form_values(await request.post())
    try:
        body = parse(MessageIn, values)
        async with in_transaction() as conn:
            await lifecycle.staff_message(
                conn, _case_id(request), body=body.body, actor=ctx.me, now=now_of(request)
            )
    except FormError as err:
        return await case_page(request, ctx, error=err, form="message", values=values)
    except ReportError as err:
        return await case_page(request, ctx, error=refusal(err), form="message", values=values)
    wake_jobs(request)
    raise see_other(f"/admin/reports/{_case_id(request)}?done=message#messages")


async def identity(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    values = form_values(await request.post())
    try:
        body = parse(PurposeIn, values)
        async with in_transaction() as conn:
            shown = await lifecycle.reveal_identity(
                conn,
                _case_id(request),
                actor=ctx.me,
                cipher=request.app[keys.CIPHER],
                purpose=body.purpose,
                now=now_of(request),
            )
    except FormError as err:
        return await case_page(request, ctx, error=err, form="identity", values=values)
    if shown is None:  # the refused attempt is committed in the audit log
        raise ReportError("forbidden", detail="只有承办人和负责人可以查看举报人身份，本次请求已记录。")
    return await case_page(request, ctx, identity=shown, form="identity")


async def evidence(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    """One picture or voice note, each view audited; served so that it cannot run as a page."""
    async with in_transaction() as conn:
        found = await open_evidence(
            conn,
            _case_id(request),
            int(request.match_info["eid"]),
            actor=ctx.me,
            blobs=request.app[keys.BLOBS],
            now=now_of(request),
        )  # fmt: skip (WeChat's AMR voice notes come back as WAV: no browser plays AMR)
    data, content_type = found.data, found.content_type
    return web.Response(
        body=data,
        headers={
            "Content-Type": content_type,
            "Content-Security-Policy": "default-src 'none'; sandbox",
            "Cache-Control": "no-store",
            "Content-Disposition": "inline",
        },
    )


# -- reports entered by staff ---------------------------------------------------------------------


async def entry_form(
    request: web.Request,
    ctx: Ctx,
    *,
    error: FormError | None = None,
    values: dict[str, Any] | None = None,
    done: dict[str, Any] | None = None,
) -> web.Response:
    region = sorted(ctx.me.regions)[0]
    categories = request.app[keys.REPORT_RULES].taxonomy(region).categories
    context = {
        "regions": sorted(ctx.me.regions),
        "region_choices": {r: r for r in sorted(ctx.me.regions)},
        "categories": categories,
        "channels": ENTRY_CHANNELS,
        "values": values or {"region": region},
        "errors": error.fields if error else {},
        "message": error.message if error else None,
        "done": done,
    }
    return render(request, ctx, "reports/new.html", context, status=error.status if error else 200)


async def enter(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    values = form_values(await request.post())
    raw = dict(values)
    raw["anonymous"] = raw.get("anonymous") != "named"
    if not raw["anonymous"]:
        raw["identity"] = {k: raw.pop(k) for k in ("name", "id_number", "phone") if k in raw}
        raw["sensitive_consent"] = raw.get("sensitive_consent") == "yes"
    else:
        for k in ("name", "id_number", "phone", "sensitive_consent"):
            raw.pop(k, None)
    try:
        body = parse(StaffReportIn, raw)
        async with in_transaction() as conn:
            done = await cases.enter_report(
                conn,
                ReportDraft.model_validate(body.model_dump()),
                actor=ctx.me,
                rules=request.app[keys.REPORT_RULES],
                cipher=request.app[keys.CIPHER],
                now=now_of(request),
            )
    except FormError as err:
        return await entry_form(request, ctx, error=_flatten(err), values=values)
    except ReportError as err:
        if err.code == "forbidden":
            raise
        return await entry_form(request, ctx, error=_flatten(refusal(err)), values=values)
    return await entry_form(request, ctx, done=done.model_dump())


def _flatten(err: FormError) -> FormError:
    """``identity.phone`` → ``phone``: the form's inputs are flat."""
    err.fields = {k.rsplit(".", 1)[-1]: v for k, v in err.fields.items()}
    return err
