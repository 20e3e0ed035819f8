"""Published typical cases for citizens (public, no login): ``GET /api/v1/typical-cases`` (latest, or by
category) and ``GET /api/v1/typical-cases/{id}``; the H5 page ``/h5/typical-cases`` reads them."""

from __future__ import annotations

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from handlers import keys
from handlers.h5.pages import static_page
from handlers.kit.errors import ApiError, api, field_errors, reply
from typical_cases import service

MAX_LIST = 50


class CasesQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    category: str | None = Field(default=None, max_length=40, description="举报类别代码")
    limit: int = Field(default=20, ge=1, le=MAX_LIST)


class PublicCaseOut(BaseModel):
    id: int
    title: str
    category: str
    category_title: str
    institution_name: str = Field(description="涉事定点医药机构（机构实名公布，自然人姓名已遮盖）")
    summary: str
    decided_on: str
    published_on: str | None


class PublicCasesOut(BaseModel):
    region: str
    categories: dict[str, str] = Field(description="有已公布案例的类别：代码 → 名称")
    items: list[PublicCaseOut]


def _query(request: web.Request) -> CasesQuery:
    try:
        return CasesQuery.model_validate(dict(request.query))
    except ValidationError as err:
        raise ApiError(400, "invalid", "查询条件有误。", fields=field_errors(err)) from None


@api
async def cases(request: web.Request) -> web.Response:
    q, region = _query(request), request.app[keys.SETTINGS].REGION
    taxonomy = request.app[keys.REPORT_RULES].taxonomy(region)
    found = await service.published(region=region, category=q.category, limit=q.limit)
    every = await service.published(region=region, limit=200)
    cats = {c.category: taxonomy.by_code(c.category).title for c in every}
    items = [PublicCaseOut.model_validate(service.case_json(c, taxonomy)) for c in found]
    return reply(PublicCasesOut(region=region, categories=cats, items=items), cache="public, max-age=60")


@api
async def one_case(request: web.Request) -> web.Response:
    region = request.app[keys.SETTINGS].REGION
    raw = request.match_info["id"]
    if not raw.isdecimal() or not raw.isascii():
        raise ApiError(404, "not_found", "没有找到这个典型案例。")
    case = await service.published_one(region=region, case_id=int(raw))
    taxonomy = request.app[keys.REPORT_RULES].taxonomy(region)
    return reply(PublicCaseOut.model_validate(service.case_json(case, taxonomy)), cache="public, max-age=60")


page = static_page("typical_cases.html")
