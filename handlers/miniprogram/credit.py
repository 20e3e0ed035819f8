"""Credit lookup endpoints of the mini-program API (issue 5, POLICY §4): pharmacies by name or near a
point, and one institution's credit by its code. Public (no login), throttled per address; only
published grades are shown (``credit.lookup``)."""

from __future__ import annotations

from datetime import date
from typing import Literal

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from credit.lookup import MAX_LIMIT, InstitutionCredit, find_pharmacies, nearest_pharmacies
from credit.lookup import credit_of as lookup_credit_of
from handlers import keys
from handlers.kit.access import address_key, config, throttle
from handlers.kit.errors import ApiError, api, field_errors, reply
from handlers.kit.text import NoControlChars
from kernel.clock import china_day

MIN_RADIUS_M, MAX_RADIUS_M, DEFAULT_RADIUS_M = 100, 20_000, 3000
NOT_FOUND = "没有这个定点编码的机构，请核对后再查。"


class PharmacyQuery(NoControlChars):
    """The query string of ``GET /api/v1/pharmacies``: a name (``q``) or a point (``lat``, ``lng``)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    q: str | None = Field(
        default=None,
        min_length=1,
        max_length=64,
        description="药店名称：中文、全拼、拼音首字母（如 yfdyf）均可，可有错别字；空格分隔的词须都匹配。"
        "与位置（lat、lng）二选一，两者都给或都不给回复400",
    )
    lat: float | None = Field(
        None, ge=-90, le=90, allow_inf_nan=False, description="纬度（GCJ-02）；与 lng 同时给出，与 q 二选一"
    )
    lng: float | None = Field(
        None, ge=-180, le=180, allow_inf_nan=False, description="经度（GCJ-02）；与 lat 同时给出，与 q 二选一"
    )
    radius_m: int = Field(
        default=DEFAULT_RADIUS_M, ge=MIN_RADIUS_M, le=MAX_RADIUS_M, description="按位置查询时的半径（米）"
    )
    limit: int = Field(default=10, ge=1, le=MAX_LIMIT, description="最多返回几家")


class CreditOut(BaseModel):
    """The published credit evaluation, or why there is none (``rated`` false)."""

    rated: bool
    grade: str | None = Field(description="已公布的信用等级；未评级时为 null")
    shown: str = Field(description="展示用：等级，或“未评级”", examples=["★★★", "未评级"])
    label: str = Field(description="等级含义（简）", examples=["信用优秀"])
    meaning: str = Field(description="等级含义、评定规则和相应监管措施")
    explanation: str = Field(
        description="给公众看的白话说明：等级含义、主要原因和监管措施（不含条款编号）；未评级时为原因",
        examples=["信用优秀。主要原因：1年之内未发现违法违规、无举报投诉、无协议违约。"],
    )
    not_rated_reason: str | None = Field(description="未评级的原因", examples=["尚未公布信用评价结果"])
    period: str | None = Field(description="评价期间（YYYY 或 YYYY-MM）")
    period_label: str | None = Field(examples=["2025年度"])
    published_on: date | None = Field(description="公布日期")
    scheme: str | None
    scheme_title: str | None


class ListingOut(BaseModel):
    severity: str = Field(examples=["一般失信"])
    reason: str
    listed_on: date
    publish_until: date


class InstitutionCreditOut(BaseModel):
    code: str = Field(description="医保定点编码")
    name: str
    kind: str
    kind_label: str
    status: str = Field(description="协议状态：active 正常；suspended、revoked 等照实显示")
    status_label: str
    address: str
    latitude: float | None
    longitude: float | None
    distance_m: float | None = Field(description="按位置查询时与该点的距离（米）")
    credit: CreditOut
    listings: list[ListingOut] = Field(
        default_factory=list, description="正在公示的失信名单（仅单个机构查询时给出）"
    )


class PharmaciesOut(BaseModel):
    region: str
    by: Literal["name", "location"]
    items: list[InstitutionCreditOut]


def _out(item: InstitutionCredit) -> InstitutionCreditOut:
    # The service's dataclasses carry every field (labels as properties): read by attribute.
    return InstitutionCreditOut.model_validate(item, from_attributes=True)


def _bad_query(fields: dict[str, str], message: str = "请检查查询条件") -> ApiError:
    return ApiError(400, "invalid", message, fields=fields)


def _query(request: web.Request) -> PharmacyQuery:
    raw = request.query
    repeated = sorted({k for k in raw if len(raw.getall(k)) > 1})
    if repeated:
        raise _bad_query({k: "只能给一次。" for k in repeated})
    try:
        query = PharmacyQuery.model_validate(dict(raw))
    except ValidationError as err:
        raise _bad_query(field_errors(err)) from None
    located = query.lat is not None or query.lng is not None
    if query.q is not None and located:
        raise _bad_query({"q": "按名称（q）或按位置（lat、lng）查询，只能选一种。"})
    if query.q is None and not located:
        raise _bad_query({"q": "请给出药店名称（q），或位置（lat 和 lng）。"})
    if located and (query.lat is None or query.lng is None):
        missing = "lat" if query.lat is None else "lng"
        raise _bad_query({missing: "按位置查询需要同时给出纬度（lat）和经度（lng）。"})
    return query


@api
async def pharmacies(request: web.Request) -> web.Response:
    await throttle(request, "lookups-ip", config(request.app).lookups_per_ip, address_key(request))
    query = _query(request)
    region = request.app[keys.SETTINGS].REGION
    if query.q is not None:
        found = await find_pharmacies(region=region, query=query.q, limit=query.limit)
    else:
        assert query.lat is not None and query.lng is not None  # checked by _query
        found = await nearest_pharmacies(
            region=region, lat=query.lat, lng=query.lng, radius_m=query.radius_m, limit=query.limit
        )
    by: Literal["name", "location"] = "name" if query.q is not None else "location"
    return reply(PharmaciesOut(region=region, by=by, items=[_out(i) for i in found]))


@api
async def institution_credit(request: web.Request) -> web.Response:
    await throttle(request, "lookups-ip", config(request.app).lookups_per_ip, address_key(request))
    app = request.app
    found = await lookup_credit_of(
        region=app[keys.SETTINGS].REGION, code=request.match_info["code"], today=china_day(app[keys.CLOCK]())
    )
    if found is None:
        raise ApiError(404, "not_found", NOT_FOUND)
    return reply(_out(found))
