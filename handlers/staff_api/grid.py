"""Staff handlers of grid supervision (/admin/api/grids…, /admin/api/supervisors…, /admin/api/findings…,
/admin/api/grid-tasks…): the JSON the console's pages build on. Each calls one service function; the
services check the actor's region."""

from __future__ import annotations

from typing import Any, Literal

from aiohttp import web
from pydantic import Field, RootModel
from tortoise.transactions import in_transaction

from grid import figures, findings, service, supervisors, tasks
from handlers import keys
from handlers.staff_api.guard import body_of, now_of, query_of, reply
from handlers.staff_api.schemas import In
from kernel.actors import Actor
from kernel.clock import china_day
from staff.errors import StaffError


class Json(RootModel[Any]):
    """A reply shaped by the grid services' own ``*_json`` functions."""


class RegionQuery(In):
    region: str | None = Field(default=None, max_length=32)


class LocateQuery(RegionQuery):
    lat: float = Field(ge=-90, le=90)
    lng: float = Field(ge=-180, le=180)


class StaffIn(In):
    staff_id: int = Field(ge=1)


class SupervisorsQuery(RegionQuery):
    status: Literal["applied", "active", "suspended", "exited", "expired", "rejected"] | None = None


class GridsIn(In):
    grids: list[str] = Field(min_length=1, max_length=50)


class ReasonIn(In):
    reason: str = Field(min_length=2, max_length=500)


def region_of(actor: Actor, region: str | None) -> str:
    """The region asked for, or the actor's only one; refused outside the actor's regions."""
    if region is None and len(actor.regions) == 1:
        region = next(iter(actor.regions))
    if region is None or region not in actor.regions:
        raise StaffError("forbidden", detail="请指定您所在的统筹地区（region）。")
    return region


def _id(request: web.Request) -> int:
    return int(request.match_info["id"])  # the route only matches digits


# -- grids ----------------------------------------------------------------------------------------


async def grids(request: web.Request, actor: Actor) -> web.Response:
    region = region_of(actor, query_of(request, RegionQuery).region)
    return reply(Json({"region": region, "grids": await service.grids_json(region)}))


async def grid_detail(request: web.Request, actor: Actor) -> web.Response:
    region = region_of(actor, query_of(request, RegionQuery).region)
    return reply(Json(await service.grid_json(region, request.match_info["code"])))


async def locate(request: web.Request, actor: Actor) -> web.Response:
    q = query_of(request, LocateQuery)
    found = await service.locate(region_of(actor, q.region), lat=q.lat, lng=q.lng)
    return reply(Json({"grid": found.grid, "county": found.county}))


async def assign_staff(request: web.Request, actor: Actor) -> web.Response:
    region = region_of(actor, query_of(request, RegionQuery).region)
    body = await body_of(request, StaffIn)
    async with in_transaction() as conn:
        row = await service.assign_staff(
            conn, region=region, grid_code=request.match_info["code"], staff_id=body.staff_id,
            by=actor.label, now=now_of(request),
        )  # fmt: skip
    return reply(Json({"grid": row.grid_code, "staff_id": row.staff_id}), status=201)


async def unassign_staff(request: web.Request, actor: Actor) -> web.Response:
    region = region_of(actor, query_of(request, RegionQuery).region)
    async with in_transaction() as conn:
        gone = await service.unassign_staff(
            conn, region=region, grid_code=request.match_info["code"],
            staff_id=int(request.match_info["staff_id"]), by=actor.label, now=now_of(request),
        )  # fmt: skip
    return reply(Json({"removed": gone}))


# -- supervisors ----------------------------------------------------------------------------------


async def supervisor_list(request: web.Request, actor: Actor) -> web.Response:
    q = query_of(request, SupervisorsQuery)
    rows = await supervisors.list_json(region_of(actor, q.region), status=q.status, actor=actor)
    return reply(Json({"supervisors": rows}))


async def supervisor_identity(request: web.Request, actor: Actor) -> web.Response:
    async with in_transaction() as conn:
        shown = await supervisors.identity(
            conn, _id(request), actor=actor, cipher=request.app[keys.CIPHER], now=now_of(request)
        )
    return reply(Json(shown))


def _certificate_url(request: web.Request, token: str | None) -> str | None:
    base = request.app[keys.SETTINGS].PUBLIC_BASE_URL
    return f"{base}/h5/grid/certificates/{token}" if token else None


async def approve(request: web.Request, actor: Actor) -> web.Response:
    body = await body_of(request, GridsIn)
    async with in_transaction() as conn:
        row = await supervisors.approve(
            conn, _id(request), grids=body.grids, actor=actor, now=now_of(request)
        )
    made = supervisors.supervisor_json(row) | {
        "certificate_url": _certificate_url(request, row.certificate_token)
    }
    return reply(Json(made))


async def set_grids(request: web.Request, actor: Actor) -> web.Response:
    body = await body_of(request, GridsIn)
    async with in_transaction() as conn:
        row = await supervisors.assign_grids(
            conn, _id(request), grids=body.grids, actor=actor, now=now_of(request)
        )
    return reply(Json(supervisors.supervisor_json(row)))


async def decide(request: web.Request, actor: Actor) -> web.Response:
    """reject | suspend | exit (each with a reason) and reinstate, by the route's last segment."""
    move = request.match_info["move"]
    now = now_of(request)
    reason = "" if move == "reinstate" else (await body_of(request, ReasonIn)).reason
    async with in_transaction() as conn:
        if move == "reinstate":
            row = await supervisors.reinstate(conn, _id(request), actor=actor, now=now)
        else:
            act = {"reject": supervisors.reject, "suspend": supervisors.suspend, "exit": supervisors.exit_}[
                move
            ]
            row = await act(conn, _id(request), reason=reason, actor=actor, now=now)
    return reply(Json(supervisors.supervisor_json(row)))


# -- findings -------------------------------------------------------------------------------------


class FindingsQuery(RegionQuery):
    status: Literal["new", "opened", "merged", "closed"] | None = None
    mine: bool = False  # only the findings of the actor's own grids


class MergeIn(In):
    report_id: int = Field(ge=1)


async def finding_queue(request: web.Request, actor: Actor) -> web.Response:
    q = query_of(request, FindingsQuery)
    rows = await findings.queue_json(region_of(actor, q.region), actor=actor, status=q.status, mine=q.mine)
    return reply(Json({"findings": rows}))


async def finding_open_case(request: web.Request, actor: Actor) -> web.Response:
    async with in_transaction() as conn:
        row = await findings.open_case(
            conn, _id(request), actor=actor, rules=request.app[keys.REPORT_RULES],
            cipher=request.app[keys.CIPHER], now=now_of(request),
        )  # fmt: skip
    return reply(Json(findings.finding_json(row)), status=201)


async def finding_merge(request: web.Request, actor: Actor) -> web.Response:
    body = await body_of(request, MergeIn)
    async with in_transaction() as conn:
        row = await findings.merge(
            conn, _id(request), report_id=body.report_id, actor=actor, now=now_of(request)
        )
    return reply(Json(findings.finding_json(row)))


async def finding_close(request: web.Request, actor: Actor) -> web.Response:
    body = await body_of(request, ReasonIn)
    async with in_transaction() as conn:
        row = await findings.close(conn, _id(request), reason=body.reason, actor=actor, now=now_of(request))
    return reply(Json(findings.finding_json(row)))


# -- inspection tasks -----------------------------------------------------------------------------


class TasksQuery(RegionQuery):
    overdue: bool = False


class TaskBody(tasks.TaskIn):
    region: str | None = Field(default=None, max_length=32)


class SampleIn(In):
    region: str | None = Field(default=None, max_length=32)
    period: str = Field(pattern=r"^\d{4}(-\d{2})?$")
    grid: str | None = Field(default=None, max_length=32)


async def task_list(request: web.Request, actor: Actor) -> web.Response:
    q = query_of(request, TasksQuery)
    rows = await tasks.tasks_json(
        region_of(actor, q.region), today=china_day(now_of(request)), overdue_only=q.overdue
    )
    return reply(Json({"tasks": rows}))


async def task_create(request: web.Request, actor: Actor) -> web.Response:
    body = await body_of(request, TaskBody)
    region = region_of(actor, body.region)
    draft = tasks.TaskIn.model_validate(body.model_dump(exclude={"region"}))
    async with in_transaction() as conn:
        task = await tasks.create_task(conn, draft, region=region, actor=actor, now=now_of(request))
    return reply(
        Json({"id": task.id, "institutions": task.institutions, "due_on": task.due_on.isoformat()}),
        status=201,
    )


async def task_sample(request: web.Request, actor: Actor) -> web.Response:
    body = await body_of(request, SampleIn)
    drawn = await tasks.draw_sample(region_of(actor, body.region), period=body.period, grid_code=body.grid)
    return reply(Json(drawn))


# -- figures --------------------------------------------------------------------------------------


class YearQuery(In):
    year: int = Field(ge=2000, le=2100)


async def grid_figures(request: web.Request, actor: Actor) -> web.Response:
    region = region_of(actor, query_of(request, RegionQuery).region)
    return reply(Json({"region": region, "grids": await figures.grid_figures(region, actor=actor)}))


async def supervisor_assessment(request: web.Request, actor: Actor) -> web.Response:
    year = query_of(request, YearQuery).year
    return reply(Json(await figures.assessment(_id(request), year=year, actor=actor)))
