"""An institution's objection to its published credit grade: ``POST
/api/v1/institutions/{code}/credit/objections`` (the mini-program, or the H5 form at
``/h5/credit/objection``), authenticated by the objection code on the institution's notice.

Wrong codes are throttled per address, as receipt guesses are: a code is about 60 bits, and the
limit keeps guessing pointless.
"""

from __future__ import annotations

import functools
from typing import Literal

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field
from tortoise.transactions import in_transaction

from credit import objections
from credit.errors import CreditError
from handlers import keys
from handlers.h5.pages import static_page
from handlers.kit.access import address_key, throttle
from handlers.kit.config import Limit
from handlers.kit.errors import ApiError, Handler, api, reply
from handlers.kit.text import NoControlChars
from handlers.kit.uploads import read_json

OBJECTIONS_PER_IP = Limit(30, 3600)
STATUS = {"bad_objection_code": 403, "objection_closed": 409, "not_found": 404}
STATUS |= {"bad_access_code": 403, "unknown_region": 404}  # practitioner points (handlers.miniprogram.points)
FIELDS = {"bad_objection_code": "objection_code", "bad_answer": "reason", "bad_review": "reason"}


class ObjectionIn(NoControlChars):
    model_config = ConfigDict(extra="forbid")

    objection_code: str = Field(min_length=12, max_length=20)
    reason: str = Field(min_length=10, max_length=2000)
    evidence: str = Field(default="", max_length=512)
    contact: str = Field(default="", max_length=64)
    channel: Literal["api", "h5"] = "api"


class ObjectionOut(BaseModel):
    id: int
    institution_code: str
    grade: str | None
    received_on: str
    answer_by: str  # the bureau answers by this day (working days, seed 003 三(三)3)
    status: str


def credit_refusals(handler: Handler) -> Handler:
    @functools.wraps(handler)
    async def wrapped(request: web.Request) -> web.StreamResponse:
        try:
            return await handler(request)
        except CreditError as err:
            field = FIELDS.get(err.code)
            fields = {field: err.message} if field else None
            raise ApiError(STATUS.get(err.code, 422), err.code, err.message, fields=fields) from None

    return wrapped


@api
@credit_refusals
async def submit(request: web.Request) -> web.Response:
    await throttle(request, "credit-objection-ip", OBJECTIONS_PER_IP, address_key(request))
    body = await read_json(request, ObjectionIn)
    async with in_transaction() as conn:
        made = await objections.submit_objection(
            conn,
            institution_code=request.match_info["code"],
            objection_code=body.objection_code,
            reason=body.reason,
            evidence=body.evidence,
            contact=body.contact,
            channel=body.channel,
            now=request.app[keys.CLOCK](),
            calendar=request.app[keys.REPORT_RULES].calendar,
        )
    out = ObjectionOut(
        id=made.id,
        institution_code=made.institution_code,
        grade=made.grade,
        received_on=made.received_on.isoformat(),
        answer_by=made.answer_by.isoformat(),
        status=made.status,
    )
    return reply(out, status=201)


# The H5 objection form: a static page that posts to the API above.
form = static_page("credit_objection.html")
