"""Staff handlers for surveys (/admin/api/surveys/…), the JSON the console builds on: results per
institution and period, the held-out queue with each answer's reason, releasing or rejecting a held
answer, and the handling-quality figure for heads. The services check the region and the role."""

from __future__ import annotations

from aiohttp import web
from pydantic import Field
from tortoise.transactions import in_transaction

from credit.access import region_of
from handlers.staff_api.credit import Json
from handlers.staff_api.guard import now_of, query_of, reply
from handlers.staff_api.schemas import In
from kernel.actors import Actor
from surveys import handling, service


class RegionQuery(In):
    region: str | None = Field(default=None, max_length=32)


class PeriodQuery(RegionQuery):
    period: str = Field(pattern=r"^\d{4}(-\d{2})?$")


async def results(request: web.Request, actor: Actor) -> web.Response:
    q = query_of(request, PeriodQuery)
    async with in_transaction() as conn:
        found = await service.results(
            conn, region=region_of(actor, q.region), period=q.period, actor=actor, now=now_of(request)
        )
    return reply(Json(found))


async def held(request: web.Request, actor: Actor) -> web.Response:
    region = region_of(actor, query_of(request, RegionQuery).region)
    async with in_transaction() as conn:
        queue = await service.held_queue(conn, region=region, actor=actor)
    return reply(Json({"region": region, "held": queue}))


async def _review(request: web.Request, actor: Actor, *, release: bool) -> web.Response:
    async with in_transaction() as conn:
        row = await service.review(
            conn, int(request.match_info["id"]), release=release, actor=actor, now=now_of(request)
        )
    return reply(Json(service.response_json(row)))


async def release(request: web.Request, actor: Actor) -> web.Response:
    return await _review(request, actor, release=True)


async def reject(request: web.Request, actor: Actor) -> web.Response:
    return await _review(request, actor, release=False)


async def handling_figure(request: web.Request, actor: Actor) -> web.Response:
    q = query_of(request, PeriodQuery)
    async with in_transaction() as conn:
        found = await handling.handling_figure(
            conn, region=region_of(actor, q.region), period=q.period, actor=actor
        )
    return reply(Json(found))
