"""Staff handlers for practitioner points (/admin/api/credit/practitioners/{code}/points, …/points/{id},
…/point-reviews): the standing with its explanation, recording and withdrawing points, issuing the
practitioner's access code, and answering review requests. The services check the region."""

from __future__ import annotations

from datetime import date
from typing import Literal

from aiohttp import web
from pydantic import Field
from tortoise.transactions import in_transaction

from credit.access import region_of
from handlers.staff_api.credit import Json, ReasonIn
from handlers.staff_api.guard import body_of, now_of, query_of, reply
from handlers.staff_api.schemas import In
from kernel.actors import Actor
from kernel.clock import china_day
from points import service as pp


def _code(request: web.Request) -> str:
    return request.match_info["code"].strip().upper()


def _id(request: web.Request) -> int:
    return int(request.match_info["id"])  # the route only matches digits


class StandingQuery(In):
    as_of: date | None = None


class PointsIn(In):
    region: str | None = Field(default=None, max_length=32)
    kind: str = Field(min_length=1, max_length=40)
    points: int = Field(ge=1, le=100)
    decided_on: date
    notified_on: date | None = None
    suspension_months: int | None = Field(default=None, ge=1, le=120)
    summary: str = Field(default="", max_length=200)
    institution_code: str | None = Field(default=None, max_length=32)
    source: str = Field(default="", max_length=128)


class ReviewsQuery(In):
    region: str | None = Field(default=None, max_length=32)
    status: Literal["pending", "upheld", "rejected"] | None = None


class ReviewAnswerIn(In):
    decision: Literal["upheld", "rejected"]
    answer: str = Field(min_length=2, max_length=2000)


async def standing(request: web.Request, actor: Actor) -> web.Response:
    as_of = query_of(request, StandingQuery).as_of or china_day(now_of(request))
    return reply(Json(await pp.points_json(_code(request), as_of=as_of, actor=actor)))


async def record(request: web.Request, actor: Actor) -> web.Response:
    body = await body_of(request, PointsIn)
    region = region_of(actor, body.region)
    async with in_transaction() as conn:
        made = await pp.record_points(
            conn,
            region=region,
            practitioner_code=_code(request),
            kind=body.kind,
            points_given=body.points,
            decided_on=body.decided_on,
            notified_on=body.notified_on,
            summary=body.summary,
            suspension_months=body.suspension_months,
            institution_code=body.institution_code,
            source=body.source,
            actor=actor,
            now=now_of(request),
        )
    return reply(Json(pp.record_json(made)), status=201)


async def access_code(request: web.Request, actor: Actor) -> web.Response:
    """A new access code for the points notice, shown only in this reply (an earlier one stops working)."""
    async with in_transaction() as conn:
        code = await pp.issue_access_code(conn, _code(request), actor=actor, now=now_of(request))
    return reply(Json({"practitioner_code": _code(request), "access_code": code}), status=201)


async def withdraw(request: web.Request, actor: Actor) -> web.Response:
    body = await body_of(request, ReasonIn)
    async with in_transaction() as conn:
        done = await pp.withdraw_points(
            conn, _id(request), reason=body.reason, actor=actor, now=now_of(request)
        )
    return reply(Json(pp.record_json(done)))


async def review_queue(request: web.Request, actor: Actor) -> web.Response:
    q = query_of(request, ReviewsQuery)
    region = region_of(actor, q.region)
    found = await pp.review_queue(region, actor=actor, status=q.status)
    return reply(Json({"region": region, "reviews": found}))


async def answer_review(request: web.Request, actor: Actor) -> web.Response:
    body = await body_of(request, ReviewAnswerIn)
    async with in_transaction() as conn:
        done = await pp.answer_review(
            conn, _id(request), decision=body.decision, answer=body.answer, actor=actor, now=now_of(request)
        )
    return reply(Json(pp.review_json(done)))
