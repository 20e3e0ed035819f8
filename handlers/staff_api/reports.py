"""Staff handlers for reports (/admin/api/reports…): queue, case view, identity on request,
transitions, messages, reports entered by staff, deadlines and the 台账 export.

Each parses, opens one transaction for a change, calls the reports services, and shapes the reply.
The role each route needs is declared in ``handlers.routes``; regions are checked by the services.
"""

from __future__ import annotations

from aiohttp import web
from tortoise.transactions import in_transaction

from handlers import keys
from handlers.staff_api.guard import body_of, now_of, query_of, reply, report_id, wake_jobs
from handlers.staff_api.schemas import (
    AssignableListOut,
    AssignableOut,
    AssignIn,
    CaseOut,
    ChoicesOut,
    ConcludeIn,
    DeadlinesOut,
    ExtendIn,
    IdentityOut,
    LedgerQuery,
    MessageIn,
    MessageOut,
    NotAcceptIn,
    PurposeIn,
    QueueOut,
    QueueQuery,
    ReferIn,
    RegionQuery,
    ReportRowOut,
    StaffReportIn,
    SubmittedOut,
    VersionIn,
)
from kernel.actors import Actor
from kernel.clock import china_day
from reports import casework as cases
from reports import ledger, lifecycle, referrals
from reports.errors import ReportError
from reports.evidence import evidence_file
from reports.intake import ReportDraft
from reports.models import Report
from reports.queue import QueueFilter
from staff.choices import assignable_staff, report_choices
from staff.service import active_actor


def _moved(request: web.Request, report: Report) -> web.Response:
    wake_jobs(request)  # the transition wrote its notice job; it is committed now
    row = cases.summary(report, calendar=request.app[keys.REPORT_RULES].calendar)
    return reply(ReportRowOut.model_validate(row))


async def queue(request: web.Request, actor: Actor) -> web.Response:
    q = query_of(request, QueueQuery)
    f = QueueFilter(**q.model_dump(exclude={"q"}), search=q.q)
    rules = request.app[keys.REPORT_RULES]
    found = await cases.queue_page(actor, f, today=china_day(now_of(request)), rules=rules)
    return reply(QueueOut.model_validate(found))


async def choices(request: web.Request, actor: Actor) -> web.Response:
    region = cases.region_of(actor, query_of(request, RegionQuery).region)
    return reply(ChoicesOut.model_validate(report_choices(region, rules=request.app[keys.REPORT_RULES])))


async def assignable(request: web.Request, actor: Actor) -> web.Response:
    region = cases.region_of(actor, query_of(request, RegionQuery).region)
    found = await assignable_staff(actor, region=region)
    return reply(AssignableListOut(region=region, staff=[AssignableOut.model_validate(a) for a in found]))


async def case(request: web.Request, actor: Actor) -> web.Response:
    view = await cases.case_view(actor, report_id(request), rules=request.app[keys.REPORT_RULES])
    return reply(CaseOut.model_validate(view))


async def identity(request: web.Request, actor: Actor) -> web.Response:
    body = await body_of(request, PurposeIn)
    async with in_transaction() as conn:
        shown = await lifecycle.reveal_identity(
            conn,
            report_id(request),
            actor=actor,
            cipher=request.app[keys.CIPHER],
            purpose=body.purpose,
            now=now_of(request),
        )
    if shown is None:  # the refused attempt is committed in the audit log
        raise ReportError("forbidden", detail="只有承办人和负责人可以查看举报人身份，本次请求已记录。")
    return reply(IdentityOut.model_validate(shown))


async def accept(request: web.Request, actor: Actor) -> web.Response:
    body, rid = await body_of(request, VersionIn), report_id(request)
    async with in_transaction() as conn:
        await cases.expect_version(conn, rid, body.version)
        report = await lifecycle.accept(
            conn, rid, actor=actor, rules=request.app[keys.REPORT_RULES], now=now_of(request)
        )
    return _moved(request, report)


async def not_accept(request: web.Request, actor: Actor) -> web.Response:
    body, rid = await body_of(request, NotAcceptIn), report_id(request)
    async with in_transaction() as conn:
        await cases.expect_version(conn, rid, body.version)
        report = await lifecycle.not_accept(
            conn,
            rid,
            reason=body.reason,
            actor=actor,
            rules=request.app[keys.REPORT_RULES],
            now=now_of(request),
        )
    return _moved(request, report)


async def assign(request: web.Request, actor: Actor) -> web.Response:
    body, rid = await body_of(request, AssignIn), report_id(request)
    async with in_transaction() as conn:
        await cases.expect_version(conn, rid, body.version)
        assignee = await active_actor(conn, body.assignee_id)
        report = await lifecycle.assign(conn, rid, assignee=assignee, actor=actor, now=now_of(request))
    return _moved(request, report)


async def start(request: web.Request, actor: Actor) -> web.Response:
    body, rid = await body_of(request, VersionIn), report_id(request)
    async with in_transaction() as conn:
        await cases.expect_version(conn, rid, body.version)
        report = await lifecycle.start_investigation(conn, rid, actor=actor, now=now_of(request))
    return _moved(request, report)


async def extend(request: web.Request, actor: Actor) -> web.Response:
    body, rid = await body_of(request, ExtendIn), report_id(request)
    async with in_transaction() as conn:
        await cases.expect_version(conn, rid, body.version)
        report = await lifecycle.extend(
            conn,
            rid,
            actor=actor,
            rules=request.app[keys.REPORT_RULES],
            reason=body.reason,
            now=now_of(request),
        )
    return _moved(request, report)


async def conclude(request: web.Request, actor: Actor) -> web.Response:
    body, rid = await body_of(request, ConcludeIn), report_id(request)
    async with in_transaction() as conn:
        await cases.expect_version(conn, rid, body.version)
        report = await lifecycle.conclude(
            conn,
            rid,
            conclusion=body.conclusion,
            verified_amount_fen=body.verified_amount_fen,
            summary=body.summary,
            actor=actor,
            rules=request.app[keys.REPORT_RULES],
            now=now_of(request),
        )
    return _moved(request, report)


async def inform(request: web.Request, actor: Actor) -> web.Response:
    body, rid = await body_of(request, VersionIn), report_id(request)
    async with in_transaction() as conn:
        await cases.expect_version(conn, rid, body.version)
        report = await lifecycle.mark_informed(conn, rid, actor=actor, now=now_of(request))
    return _moved(request, report)


async def refer(request: web.Request, actor: Actor) -> web.Response:
    """Referral to another body: on the timeline and in the 台账; the case stays open."""
    body, rid = await body_of(request, ReferIn), report_id(request)
    async with in_transaction() as conn:
        await cases.expect_version(conn, rid, body.version)
        report, _ = await referrals.refer(
            conn,
            rid,
            body=body.body,
            body_name=body.body_name,
            referred_on=body.referred_on,
            reference=body.reference,
            note=body.note,
            actor=actor,
            now=now_of(request),
        )
    return _moved(request, report)


async def message(request: web.Request, actor: Actor) -> web.Response:
    body = await body_of(request, MessageIn)
    async with in_transaction() as conn:
        msg = await lifecycle.staff_message(
            conn, report_id(request), body=body.body, actor=actor, now=now_of(request)
        )
    wake_jobs(request)
    out = MessageOut(
        id=msg.id, at=msg.at.isoformat(), sender=msg.sender, staff_name=actor.name, body=msg.body
    )
    return reply(out, status=201)


async def enter(request: web.Request, actor: Actor) -> web.Response:
    body = await body_of(request, StaffReportIn)
    draft = ReportDraft.model_validate(body.model_dump())
    async with in_transaction() as conn:
        done = await cases.enter_report(
            conn,
            draft,
            actor=actor,
            rules=request.app[keys.REPORT_RULES],
            cipher=request.app[keys.CIPHER],
            now=now_of(request),
        )
    return reply(SubmittedOut.model_validate(done.model_dump()), status=201)


async def deadlines(request: web.Request, actor: Actor) -> web.Response:
    q = query_of(request, RegionQuery)
    today = china_day(now_of(request))
    found = await cases.deadlines(actor, region=q.region, today=today, rules=request.app[keys.REPORT_RULES])
    return reply(DeadlinesOut.model_validate(found))


async def _ledger(request: web.Request, actor: Actor) -> tuple[str, list[str], list[list[ledger.Cell]]]:
    q = query_of(request, LedgerQuery)
    region = cases.region_of(actor, q.region)
    titles, rows = await ledger.ledger_table(
        actor, region=region, rules=request.app[keys.REPORT_RULES], since=q.since
    )
    return region, titles, rows


def _download(body: bytes, *, content_type: str, name: str) -> web.Response:
    return web.Response(
        body=body,
        headers={
            "Content-Type": content_type,
            "Content-Disposition": f'attachment; filename="{name}"',
            "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff",
        },
    )


async def ledger_csv(request: web.Request, actor: Actor) -> web.Response:
    region, titles, rows = await _ledger(request, actor)
    name = f"ledger-{region}-{china_day(now_of(request)).isoformat()}.csv"
    return _download(ledger.to_csv(titles, rows), content_type="text/csv; charset=utf-8", name=name)


async def ledger_xlsx(request: web.Request, actor: Actor) -> web.Response:
    region, titles, rows = await _ledger(request, actor)
    name = f"ledger-{region}-{china_day(now_of(request)).isoformat()}.xlsx"
    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return _download(await ledger.to_xlsx(titles, rows), content_type=xlsx, name=name)


async def _evidence(request: web.Request, actor: Actor, *, original_for: str | None) -> web.Response:
    async with in_transaction() as conn:
        found = await evidence_file(
            conn, report_id(request), int(request.match_info["eid"]), actor=actor,
            blobs=request.app[keys.BLOBS], cipher=request.app[keys.CIPHER], now=now_of(request),
            original_for=original_for,
        )  # fmt: skip
    if found is None:  # the refused attempt is committed in the audit log
        raise ReportError("forbidden", detail="只有承办人和负责人可以查看证据，本次请求已记录。")
    data, content_type = found
    return web.Response(body=data, content_type=content_type, headers={"Cache-Control": "no-store"})


async def evidence(request: web.Request, actor: Actor) -> web.Response:
    """An evidence picture as stored: without EXIF (GPS, device)."""
    return await _evidence(request, actor, original_for=None)


async def evidence_original(request: web.Request, actor: Actor) -> web.Response:
    """The evidence as received, metadata included; the purpose is audited with every view."""
    body = await body_of(request, PurposeIn)
    return await _evidence(request, actor, original_for=body.purpose)
