"""Staff handlers for typical cases (/admin/api/typical-cases…): list, draft (afresh or from a concluded
report, names masked), publish, withdraw. The console's editor page is built over these."""

from __future__ import annotations

from datetime import date
from typing import Literal

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field
from tortoise.transactions import in_transaction

from handlers import keys
from handlers.staff_api.guard import body_of, now_of, query_of, reply
from kernel.actors import Actor
from typical_cases import service
from typical_cases.models import TypicalCase


class CaseIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    region: str | None = Field(default=None, max_length=32)
    title: str = Field(max_length=80)
    summary: str = Field(max_length=3000, description="案情和处理结果；persons 中的姓名保存时即被遮盖")
    decided_on: date
    category: str | None = Field(default=None, max_length=40, description="举报类别代码；来自举报时可省")
    institution_name: str | None = Field(default=None, max_length=128)
    institution_code: str | None = Field(default=None, max_length=64)
    persons: list[str] = Field(default=[], max_length=50, description="要遮盖的自然人姓名")
    source_report_id: int | None = None


class CasesQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    region: str | None = Field(default=None, max_length=32)
    status: Literal["draft", "published", "withdrawn"] | None = None


class CaseOut(BaseModel):
    id: int
    title: str
    category: str
    category_title: str
    institution_name: str
    institution_code: str | None
    summary: str
    decided_on: str
    published_on: str | None
    status: str
    source_report_id: int | None


class CasesOut(BaseModel):
    cases: list[CaseOut]


def _region(request: web.Request, given: str | None) -> str:
    return given or request.app[keys.SETTINGS].REGION


def _out(request: web.Request, case: TypicalCase) -> CaseOut:
    taxonomy = request.app[keys.REPORT_RULES].taxonomy(case.region)
    return CaseOut.model_validate(service.case_json(case, taxonomy))


async def list_cases(request: web.Request, actor: Actor) -> web.Response:
    q = query_of(request, CasesQuery)
    found = await service.staff_cases(actor, region=_region(request, q.region), status=q.status)
    return reply(CasesOut(cases=[_out(request, c) for c in found]))


async def draft(request: web.Request, actor: Actor) -> web.Response:
    body = await body_of(request, CaseIn)
    region = _region(request, body.region)
    async with in_transaction() as conn:
        made = await service.draft_case(
            conn,
            region=region,
            title=body.title,
            summary=body.summary,
            decided_on=body.decided_on,
            taxonomy=request.app[keys.REPORT_RULES].taxonomy(region),
            category=body.category,
            institution_name=body.institution_name,
            institution_code=body.institution_code,
            persons=body.persons,
            source_report_id=body.source_report_id,
            actor=actor,
            now=now_of(request),
        )
    return reply(_out(request, made), status=201)


async def publish(request: web.Request, actor: Actor) -> web.Response:
    async with in_transaction() as conn:
        case = await service.publish(conn, int(request.match_info["id"]), actor=actor, now=now_of(request))
    return reply(_out(request, case))


async def withdraw(request: web.Request, actor: Actor) -> web.Response:
    async with in_transaction() as conn:
        case = await service.withdraw(conn, int(request.match_info["id"]), actor=actor, now=now_of(request))
    return reply(_out(request, case))
