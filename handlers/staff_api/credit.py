"""Staff handlers for credit (/admin/api/credit…): evaluation runs (evaluate, list, detail, explain,
publish, notices), events (list, record, withdraw, CSV import), objections (queue, answer), the
blacklist (list, add) and repair requests (enter, decide).

Each parses, opens one transaction for a change, calls one credit service, and shapes the reply; the
services check that the staff member is a credit officer or head of the region concerned.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, Literal

from aiohttp import web
from pydantic import Field, RootModel
from tortoise.transactions import in_transaction

from credit import blacklist, evaluation, events, objections
from credit.access import region_of
from credit.cli import run_json
from handlers import keys
from handlers.kit.errors import ApiError
from handlers.staff_api.guard import body_of, now_of, query_of, reply
from handlers.staff_api.schemas import In
from kernel.actors import Actor
from kernel.clock import china_day

MAX_CSV_BYTES = 16 * 1024**2


class Json(RootModel[dict[str, Any]]):
    """A reply shaped by the credit services' own ``*_json`` functions (each lists its fields)."""


def _id(request: web.Request) -> int:
    return int(request.match_info["id"])  # the route only matches digits


def _today(request: web.Request) -> date:
    return china_day(now_of(request))


# -- runs -----------------------------------------------------------------------------------------


class RegionQuery(In):
    region: str | None = Field(default=None, max_length=32)


class EvaluateIn(In):
    region: str | None = Field(default=None, max_length=32)
    period: str = Field(min_length=4, max_length=7)
    publish: bool = False


class PageQuery(In):
    offset: int = Field(default=0, ge=0)
    limit: int = Field(default=100, ge=1, le=500)
    grade: str | None = Field(default=None, max_length=16)


async def runs(request: web.Request, actor: Actor) -> web.Response:
    region = region_of(actor, query_of(request, RegionQuery).region)
    found = await evaluation.runs(region, actor=actor)
    return reply(Json({"region": region, "runs": [run_json(r) for r in found]}))


async def evaluate(request: web.Request, actor: Actor) -> web.Response:
    body = await body_of(request, EvaluateIn)
    region, now = region_of(actor, body.region), now_of(request)
    run = await evaluation.evaluate(region, body.period, actor=actor, now=now, publish=body.publish)
    return reply(Json(run_json(run)), status=201)


async def run_detail(request: web.Request, actor: Actor) -> web.Response:
    q = query_of(request, PageQuery)
    run, grades, total = await evaluation.run_grades(
        _id(request), actor=actor, offset=q.offset, limit=q.limit, grade=q.grade
    )
    rows = [
        {"code": g.institution_code, "grade": g.grade, "not_rated_reason": g.not_rated_reason} for g in grades
    ]
    return reply(Json({"run": run_json(run), "total": total, "offset": q.offset, "grades": rows}))


async def explain(request: web.Request, actor: Actor) -> web.Response:
    code = request.match_info["code"].strip().upper()
    return reply(Json(await evaluation.explain(_id(request), code, actor=actor)))


async def publish(request: web.Request, actor: Actor) -> web.Response:
    run = await evaluation.publish(_id(request), actor=actor, now=now_of(request))
    return reply(Json(run_json(run)))


class NoticesIn(In):
    reissue: bool = False


async def notices(request: web.Request, actor: Actor) -> web.Response:
    body = await body_of(request, NoticesIn)
    async with in_transaction() as conn:
        rows = await objections.issue_notices(
            conn,
            _id(request),
            actor=actor,
            now=now_of(request),
            calendar=request.app[keys.REPORT_RULES].calendar,
            reissue=body.reissue,
        )
    return reply(Json({"run_id": _id(request), "notices": rows}))


# -- events ---------------------------------------------------------------------------------------


class EventsQuery(In):
    region: str | None = Field(default=None, max_length=32)
    code: str | None = Field(default=None, max_length=32)
    include_withdrawn: bool = False
    offset: int = Field(default=0, ge=0)
    limit: int = Field(default=100, ge=1, le=500)


class EventIn(In):
    region: str | None = Field(default=None, max_length=32)
    code: str = Field(min_length=4, max_length=32)
    kind: str = Field(min_length=1, max_length=32)
    date: str = Field(min_length=8, max_length=10)
    amount_yuan: Decimal | None = None
    source: str = Field(default="", max_length=128)
    evidence: str = Field(default="", max_length=512)


class ReasonIn(In):
    reason: str = Field(min_length=2, max_length=500)


def event_json(e: Any) -> dict[str, Any]:
    return {
        "id": e.id,
        "region": e.region,
        "code": e.institution_code,
        "kind": e.kind,
        "date": e.occurred_on.isoformat(),
        "amount_yuan": None if e.amount_fen is None else str(Decimal(e.amount_fen).scaleb(-2)),
        "source": e.source,
        "evidence": e.evidence,
        "origin": e.origin,
        "recorded_by": e.recorded_by,
        "recorded_at": e.recorded_at.isoformat(),
        "withdrawn_at": e.withdrawn_at.isoformat() if e.withdrawn_at else None,
    }


async def list_events(request: web.Request, actor: Actor) -> web.Response:
    q = query_of(request, EventsQuery)
    region = region_of(actor, q.region)
    found, total = await events.list_events(
        region,
        actor=actor,
        code=q.code.strip().upper() if q.code else None,
        include_withdrawn=q.include_withdrawn,
        offset=q.offset,
        limit=q.limit,
    )
    return reply(Json({"region": region, "total": total, "events": [event_json(e) for e in found]}))


async def record_event(request: web.Request, actor: Actor) -> web.Response:
    body = await body_of(request, EventIn)
    region = region_of(actor, body.region)
    async with in_transaction() as conn:
        made = await events.record_event(
            conn,
            region=region,
            code=body.code,
            kind=body.kind,
            occurred_on=body.date,
            amount_yuan=body.amount_yuan,
            source=body.source,
            evidence=body.evidence,
            actor=actor,
            now=now_of(request),
        )
    return reply(Json(event_json(made)), status=201)


async def withdraw_event(request: web.Request, actor: Actor) -> web.Response:
    body = await body_of(request, ReasonIn)
    async with in_transaction() as conn:
        done = await events.withdraw_event(
            conn, _id(request), reason=body.reason, actor=actor, now=now_of(request)
        )
    return reply(Json(event_json(done)))


async def import_events(request: web.Request, actor: Actor) -> web.Response:
    """The CSV file as the request body (``Content-Type: text/csv``), ``?region=`` in the query."""
    region = region_of(actor, query_of(request, RegionQuery).region)
    if request.content_length is not None and request.content_length > MAX_CSV_BYTES:
        raise ApiError(413, "too_large", "文件太大（最大16MB），请分批导入。")
    data = await request.read()
    async with in_transaction() as conn:
        summary = await events.import_events(conn, region=region, data=data, actor=actor, now=now_of(request))
    return reply(Json(summary.as_dict()), status=201)


# -- objections -----------------------------------------------------------------------------------


class ObjectionsQuery(In):
    region: str | None = Field(default=None, max_length=32)
    status: Literal["open", "upheld", "rejected"] | None = None


class AnswerIn(In):
    decision: Literal["upheld", "rejected"]
    answer: str = Field(min_length=2, max_length=2000)
    corrected_grade: str | None = Field(default=None, max_length=16)
    regrade: bool = False


async def objection_queue(request: web.Request, actor: Actor) -> web.Response:
    q = query_of(request, ObjectionsQuery)
    region = region_of(actor, q.region)
    found = await objections.objection_queue(region, actor=actor, today=_today(request), status=q.status)
    return reply(Json({"region": region, "objections": found}))


async def answer_objection(request: web.Request, actor: Actor) -> web.Response:
    body = await body_of(request, AnswerIn)
    async with in_transaction() as conn:
        done = await objections.answer_objection(
            conn,
            _id(request),
            decision=body.decision,
            answer=body.answer,
            corrected_grade=body.corrected_grade,
            regrade=body.regrade,
            actor=actor,
            now=now_of(request),
        )
    return reply(Json(objections.objection_json(done, today=_today(request))))


# -- blacklist and repair -------------------------------------------------------------------------


class ListingsQuery(In):
    region: str | None = Field(default=None, max_length=32)
    current: bool = False


class ListingIn(In):
    region: str | None = Field(default=None, max_length=32)
    subject_kind: Literal["institution", "practitioner"]
    subject_code: str = Field(min_length=4, max_length=32)
    severity: Literal["minor", "ordinary", "serious"]
    reason: str = Field(min_length=5, max_length=2000)
    listed_on: date | None = None


class RepairIn(In):
    commitment: str = Field(min_length=1, max_length=5000)
    corrective_action: str = Field(default="", max_length=5000)


class DecideIn(In):
    approve: bool
    note: str = Field(default="", max_length=2000)


class RepairsQuery(In):
    region: str | None = Field(default=None, max_length=32)
    status: Literal["pending", "approved", "rejected"] | None = None


async def listings(request: web.Request, actor: Actor) -> web.Response:
    q = query_of(request, ListingsQuery)
    region, today = region_of(actor, q.region), _today(request)
    found = await blacklist.listings(region, actor=actor, today=today, current_only=q.current)
    return reply(Json({"region": region, "entries": [blacklist.listing_json(e, today=today) for e in found]}))


async def add_listing(request: web.Request, actor: Actor) -> web.Response:
    body = await body_of(request, ListingIn)
    region = region_of(actor, body.region)
    async with in_transaction() as conn:
        made = await blacklist.add_listing(
            conn,
            region=region,
            subject_kind=body.subject_kind,
            subject_code=body.subject_code,
            severity=body.severity,
            reason=body.reason,
            listed_on=body.listed_on,
            actor=actor,
            now=now_of(request),
        )
    return reply(Json(blacklist.listing_json(made, today=_today(request))), status=201)


async def request_repair(request: web.Request, actor: Actor) -> web.Response:
    body = await body_of(request, RepairIn)
    async with in_transaction() as conn:
        made = await blacklist.request_repair(
            conn,
            _id(request),
            commitment=body.commitment,
            corrective_action=body.corrective_action,
            actor=actor,
            now=now_of(request),
        )
    return reply(Json(blacklist.repair_json(made)), status=201)


async def repair_queue(request: web.Request, actor: Actor) -> web.Response:
    q = query_of(request, RepairsQuery)
    region = region_of(actor, q.region)
    found = await blacklist.repair_requests(region, actor=actor, status=q.status)
    return reply(Json({"region": region, "requests": [blacklist.repair_json(r) for r in found]}))


async def decide_repair(request: web.Request, actor: Actor) -> web.Response:
    body = await body_of(request, DecideIn)
    async with in_transaction() as conn:
        done = await blacklist.decide_repair(
            conn, _id(request), approve=body.approve, note=body.note, actor=actor, now=now_of(request)
        )
    return reply(Json(blacklist.repair_json(done)))
