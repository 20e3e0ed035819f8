"""A practitioner's own points through the mini-program: ``GET /api/v1/practitioners/{code}/points``
(status, explanation, records, reviews) and ``POST …/points/reviews`` (a request for a human review of
one record), both with the access code from the points notice in the ``X-Access-Code`` header (a
header, not the query, so it never reaches access logs).

Wrong codes are throttled per address as receipt guesses are: only misses count, and past the limit the
address is blocked for the window, right codes included, so a blocked guesser learns nothing.
"""

from __future__ import annotations

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field
from tortoise.transactions import in_transaction

from credit.errors import CreditError
from handlers import keys
from handlers.kit.access import address_key, config, throttle
from handlers.kit.errors import ApiError, api, reply
from handlers.kit.text import NoControlChars
from handlers.kit.uploads import read_json
from kernel.clock import china_day
from points import service as pp

HEADER = "X-Access-Code"


class PointRecordOut(BaseModel):
    id: int
    institution_code: str
    kind: str
    kind_title: str
    points: int
    decided_on: str
    notified_on: str | None
    summary: str
    suspension_months: int | None
    withdrawn_at: str | None  # withdrawn records (e.g. after an upheld review) no longer count


class PointReviewOut(BaseModel):
    id: int
    record_id: int
    reason: str
    requested_on: str
    status: str  # pending, upheld (the record is withdrawn) or rejected (answer gives the reason)
    answer: str | None
    answered_at: str | None


class PractitionerPointsOut(BaseModel):
    practitioner_code: str
    name: str
    scheme: str
    scheme_title: str
    as_of: str
    status: str = Field(description="normal, suspended or terminated")
    until: str | None = Field(description="the day a suspension or termination ends")
    points_this_year: int
    remaining: int | None = Field(description="deduction schemes: what is left of the yearly start")
    reregister_from: str | None
    explanation: list[str]
    review_window_days: int | None
    records: list[PointRecordOut]
    reviews: list[PointReviewOut]


class PointReviewIn(NoControlChars):
    model_config = ConfigDict(extra="forbid")

    record_id: int = Field(ge=1)
    reason: str = Field(min_length=10, max_length=1000)


async def _practitioner(request: web.Request) -> str:
    """The practitioner whose access code came with the request, or 403; misses throttled per address."""
    kv, limit = request.app[keys.KV_KEY], config(request.app).receipt_misses_per_ip
    subject = address_key(request)
    block = f"api:points-code-block:{subject}"
    if await kv.exists(block):
        raise ApiError(
            429,
            "too_many_guesses",
            "查询码错误次数太多，请稍后再试。",
            headers={"Retry-After": str(limit.window_seconds)},
        )
    try:
        return await pp.check_access_code(request.match_info["code"], request.headers.get(HEADER, ""))
    except CreditError:
        try:
            await throttle(request, "points-code-miss", limit, subject)
        except ApiError:
            await kv.set(block, b"1", ex=limit.window_seconds)
            raise
        raise


async def _view(request: web.Request, code: str) -> PractitionerPointsOut:
    found = await pp.points_json(code, as_of=china_day(request.app[keys.CLOCK]()))
    person = found.pop("practitioner")
    return PractitionerPointsOut.model_validate(
        {**found, "practitioner_code": person["code"], "name": person["name"]}
    )


@api
async def my_points(request: web.Request) -> web.Response:
    return reply(await _view(request, await _practitioner(request)))


@api
async def request_review(request: web.Request) -> web.Response:
    code = await _practitioner(request)
    body = await read_json(request, PointReviewIn)
    async with in_transaction() as conn:
        made = await pp.request_review(
            conn,
            practitioner_code=code,
            record_id=body.record_id,
            reason=body.reason,
            channel="api",
            now=request.app[keys.CLOCK](),
        )
    return reply(PointReviewOut.model_validate(pp.review_json(made)), status=201)
