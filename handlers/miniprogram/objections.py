"""An institution's objection to its published credit grade: ``POST
/api/v1/institutions/{code}/credit/objections`` (the mini-program, or the H5 form at
``/h5/credit/objection``), authenticated by the objection code on the institution's notice.

Wrong codes are throttled per address, as receipt guesses are: a code is about 60 bits, and the
limit keeps guessing pointless.
"""

from __future__ import annotations

from typing import Literal

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field
from tortoise.transactions import in_transaction

from credit import objections
from handlers import keys
from handlers.h5.pages import static_page
from handlers.kit.access import address_key, throttle
from handlers.kit.config import Limit
from handlers.kit.errors import api, reply
from handlers.kit.text import NoControlChars
from handlers.kit.uploads import read_json

OBJECTIONS_PER_IP = Limit(30, 3600)


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


@api
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


class ObjectionStatusOut(BaseModel):
    id: int
    grade: str | None
    received_on: str
    answer_by: str
    status: str = Field(description="open 待答复；upheld 已更正；rejected 不予更正")
    status_title: str
    answer: str | None = Field(description="医保部门的答复意见（答复后）")
    corrected_grade: str | None
    answered_on: str | None


class ObjectionsOut(BaseModel):
    objections: list[ObjectionStatusOut]


@api
async def status(request: web.Request) -> web.Response:
    """The objections an objection code (header ``X-Objection-Code``) proves, with their answers."""
    await throttle(request, "credit-objection-ip", OBJECTIONS_PER_IP, address_key(request))
    async with in_transaction() as conn:
        rows = await objections.objections_by_code(
            conn,
            institution_code=request.match_info["code"],
            objection_code=request.headers.get("X-Objection-Code", ""),
        )
    return reply(ObjectionsOut(objections=[ObjectionStatusOut.model_validate(r) for r in rows]))


# The H5 objection form: a static page that posts to the API above.
form = static_page("credit_objection.html")
