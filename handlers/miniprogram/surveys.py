"""满意度评价 through the mini-program: ``GET /api/v1/institutions/{code}/survey`` (the questionnaire
of the institution's kind; public) and ``POST …/survey/responses`` (an answer; login), with a client
idempotency key per response (ODK's instance id): the same key again returns the first answer (200),
the same key with other content is refused (409). Whether an answer was held out is never said.

The handling questionnaire of a report is read and answered with its receipt (``/api/v1/reports/
{receipt_code}/survey``), named or anonymous, once the reporter was told the result."""

from __future__ import annotations

from typing import Any

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field
from tortoise.transactions import in_transaction

from handlers import keys
from handlers.kit.access import address_key, open_by_receipt, require_user
from handlers.kit.errors import api, reply
from handlers.kit.uploads import read_json
from kernel.clock import china_day
from surveys import handling, rules, service
from surveys.service import Answered


class SurveyItemOut(BaseModel):
    id: str = Field(examples=["overall"])
    label: str = Field(examples=["总体满意度"])
    question: str = Field(examples=["您对这家药店总体满意吗？"])


class QuestionnaireOut(BaseModel):
    questionnaire: str = Field(description="pharmacy, hospital, clinic or handling")
    version: str
    title: str
    scale: list[str] = Field(description="1 到 5 分的文字，依次为 1 分……5 分")
    items: list[SurveyItemOut] = Field(description="第一题为总体满意度；只答这一题也是一份完整的评价")
    comment: bool = Field(description="是否可附意见（300字以内）")


class HandlingSurveyOut(QuestionnaireOut):
    offered: bool = Field(description="true：已反馈办理结果，可以评价；false：尚不能评价")


class SurveyOut(QuestionnaireOut):
    institution_code: str
    name: str
    period: str = Field(description="当前评价期间；同一期间再次评价会替换上次的评价")


class SurveyAnswerIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    client_id: str = Field(
        min_length=8,
        max_length=64,
        pattern=r"^[A-Za-z0-9_.:-]+$",
        description="客户端为这份评价生成的编号（如 UUID）；重试时原样重发",
    )
    answers: dict[str, int] = Field(
        min_length=1, max_length=5, description="题目 id → 1 到 5 分；必须包含 overall"
    )
    comment: str | None = Field(default=None, max_length=300)


class SurveyAnsweredOut(BaseModel):
    id: int
    subject: str = Field(description="医保定点编码；办理评价时为举报的内部编号")
    period: str
    answers: dict[str, int]
    comment: str | None
    answered_on: str = Field(description="评价日期（只记到日）")
    replayed: bool = Field(description="true：同一 client_id 的重发，返回的是第一次的结果")


@api
async def survey_of(request: web.Request) -> web.Response:
    region = request.app[keys.SETTINGS].REGION
    async with in_transaction() as conn:
        target = await service.institution_target(conn, code=request.match_info["code"], region=region)
    period = rules.period_of(china_day(request.app[keys.CLOCK]()), rules.limits(region).period)
    out = SurveyOut.model_validate(
        {
            **_questionnaire(target.questionnaire_name, target.questionnaire),
            "institution_code": target.subject,
            "name": target.name,
            "period": period,
        }
    )
    return reply(out, cache="public, max-age=300")


@api
async def answer(request: web.Request) -> web.Response:
    openid = await require_user(request)
    body = await read_json(request, SurveyAnswerIn)
    app = request.app
    async with in_transaction() as conn:
        done = await service.answer_institution(
            conn,
            code=request.match_info["code"],
            region=app[keys.SETTINGS].REGION,
            person=openid,
            **_options(request, body),
        )
    return _answered(done)


def _options(request: web.Request, body: SurveyAnswerIn) -> dict[str, Any]:
    """What every answer through the API passes to the service besides its subject."""
    return {
        "answers": dict(body.answers),
        "comment": body.comment,
        "channel": "api",
        "cipher": request.app[keys.CIPHER],
        "now": request.app[keys.CLOCK](),
        "address": address_key(request),
        "client_key": body.client_id,
    }


def _answered(done: Answered) -> web.Response:
    row = done.response
    out = SurveyAnsweredOut(
        id=row.id,
        subject=row.subject,
        period=row.period,
        answers=dict(row.answers),
        comment=row.comment,
        answered_on=row.answered_on.isoformat(),
        replayed=done.replayed,
    )
    return reply(out, status=200 if done.replayed else 201)


def _questionnaire(name: str, q: rules.Questionnaire) -> dict[str, object]:
    return {
        "questionnaire": name,
        "version": q.version,
        "title": q.title,
        "scale": list(rules.questionnaires().scale),
        "items": [SurveyItemOut(id=i.id, label=i.label, question=i.question) for i in q.items],
        "comment": q.comment,
    }


@api
async def handling_survey(request: web.Request) -> web.Response:
    report = await open_by_receipt(request, request.match_info["receipt_code"])
    async with in_transaction() as conn:
        offered = await handling.offered(conn, report_id=report.id)
    q = rules.handling_questionnaire()
    return reply(HandlingSurveyOut.model_validate({**_questionnaire(rules.HANDLING, q), "offered": offered}))


@api
async def answer_handling(request: web.Request) -> web.Response:
    report = await open_by_receipt(request, request.match_info["receipt_code"])
    body = await read_json(request, SurveyAnswerIn)
    async with in_transaction() as conn:
        done = await handling.answer_handling(
            conn,
            report_id=report.id,
            **_options(request, body),
        )
    return _answered(done)
