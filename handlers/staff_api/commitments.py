"""Staff handlers for commitment letters (/admin/api/commitments/…): templates (draft, publish),
campaigns (open, roster from CSV or the registry, coverage, non-signers, reminders), enterprises and
identities from CSV, voiding a signature and releasing a binding. The services check the region."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from aiohttp import web
from pydantic import BaseModel, Field
from tortoise.transactions import in_transaction

from commitments import campaigns, people, reminders, signing, templates
from commitments.access import STAFF_ROLES
from commitments.rows import ENTERPRISE_KINDS
from commitments.texts import SIGNER_KINDS
from credit.access import region_of
from handlers import keys
from handlers.kit.errors import ApiError
from handlers.staff_api.credit import MAX_CSV_BYTES, Json, ReasonIn, RegionQuery
from handlers.staff_api.guard import StaffHandler, body_of, now_of, query_of, reply, wake_jobs
from handlers.staff_api.schemas import In
from kernel.actors import Actor
from reports.ledger import to_xlsx

ROLES = STAFF_ROLES


def _id(request: web.Request) -> int:
    return int(request.match_info["id"])  # the route only matches digits


async def _csv(request: web.Request) -> bytes:
    if request.content_length is not None and request.content_length > MAX_CSV_BYTES:
        raise ApiError(413, "too_large", "文件太大（最大16MB），请分批导入。")
    return await request.read()


class TemplateOut(BaseModel):
    id: int
    region: str
    kind: str
    version: int
    title: str
    body: str
    sha256: str
    published_at: datetime | None


class TemplatesOut(BaseModel):
    templates: list[TemplateOut]


def _template(t: Any) -> TemplateOut:
    return TemplateOut.model_validate(t, from_attributes=True)


async def list_templates(request: web.Request, actor: Actor) -> web.Response:
    region = region_of(actor, query_of(request, RegionQuery).region)
    async with in_transaction() as conn:
        found = await templates.list_templates(conn, region=region, actor=actor)
    return reply(TemplatesOut(templates=[_template(t) for t in found]))


class DraftIn(In):
    region: str | None = Field(default=None, max_length=32)
    kind: str = Field(max_length=16)
    title: str = Field(min_length=1, max_length=128)
    body: str = Field(min_length=20, max_length=20_000)


async def create_template(request: web.Request, actor: Actor) -> web.Response:
    body = await body_of(request, DraftIn)
    region = region_of(actor, body.region)
    async with in_transaction() as conn:
        made = await templates.create_draft(
            conn,
            region=region,
            kind=body.kind,
            title=body.title,
            body=body.body,
            actor=actor,
            now=now_of(request),
        )
    return reply(_template(made), status=201)


async def publish_template(request: web.Request, actor: Actor) -> web.Response:
    async with in_transaction() as conn:
        done = await templates.publish(conn, _id(request), actor=actor, now=now_of(request))
    return reply(_template(done))


class CampaignIn(In):
    region: str | None = Field(default=None, max_length=32)
    name: str = Field(min_length=1, max_length=128)
    template_id: int
    opens_at: datetime
    closes_at: datetime
    consequence: dict[str, Any] = Field(default_factory=dict)


class CampaignOut(BaseModel):
    id: int
    region: str
    name: str
    template_id: int
    opens_at: datetime
    closes_at: datetime
    consequence: dict[str, Any]


async def open_campaign(request: web.Request, actor: Actor) -> web.Response:
    body = await body_of(request, CampaignIn)
    region = region_of(actor, body.region)
    async with in_transaction() as conn:
        made = await campaigns.open_campaign(
            conn, region=region, name=body.name, template_id=body.template_id, opens_at=body.opens_at,
            closes_at=body.closes_at, consequence=body.consequence, actor=actor, now=now_of(request),
        )  # fmt: skip
    return reply(CampaignOut.model_validate(made, from_attributes=True), status=201)


async def import_roster(request: web.Request, actor: Actor) -> web.Response:
    """The roster CSV as the body (签署人类别, 编码, 姓名, 身份证号, 机构编码, 企业类型, 网格)."""
    data = await _csv(request)
    async with in_transaction() as conn:
        done = await campaigns.import_roster(
            conn, _id(request), data=data, cipher=request.app[keys.CIPHER], actor=actor, now=now_of(request)
        )
    return reply(Json(done.as_dict()), status=201)


class FromRegistryIn(In):
    institution_codes: list[str] | None = Field(default=None, max_length=5000)


async def roster_from_registry(request: web.Request, actor: Actor) -> web.Response:
    body = await body_of(request, FromRegistryIn)
    async with in_transaction() as conn:
        done = await campaigns.roster_from_registry(
            conn, _id(request), institution_codes=body.institution_codes, actor=actor, now=now_of(request)
        )
    return reply(Json(done.as_dict()), status=201)


async def coverage(request: web.Request, actor: Actor) -> web.Response:
    async with in_transaction() as conn:
        found = await campaigns.coverage(conn, _id(request), actor=actor)
    return reply(Json(found.as_dict()))


class NonSignerOut(BaseModel):
    roster_id: int
    signer_kind: str
    party: str
    name: str
    institution_code: str | None
    enterprise_kind: str | None
    bound: bool


class NonSignersOut(BaseModel):
    non_signers: list[NonSignerOut]


async def non_signers(request: web.Request, actor: Actor) -> web.Response:
    async with in_transaction() as conn:
        found = await campaigns.non_signers(conn, _id(request), actor=actor)
    rows = [
        NonSignerOut(
            roster_id=e.id,
            signer_kind=e.signer_kind,
            party=e.party,
            name=e.name,
            institution_code=e.institution_code,
            enterprise_kind=e.enterprise_kind,
            bound=e.openid_index is not None,
        )
        for e in found
    ]
    return reply(NonSignersOut(non_signers=rows))


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
NON_SIGNER_TITLES = ["签署人类别", "编码", "姓名", "机构编码", "企业类型", "已绑定微信"]


async def non_signers_xlsx(request: web.Request, actor: Actor) -> web.Response:
    """The non-signers as a spreadsheet (for the procurement platform, or the institutions)."""
    async with in_transaction() as conn:
        found = await campaigns.non_signers(conn, _id(request), actor=actor)
    rows: list[list[Any]] = [
        [SIGNER_KINDS[e.signer_kind], e.party, e.name, e.institution_code or "",
         ENTERPRISE_KINDS.get(e.enterprise_kind or "", ""), "是" if e.openid_index else "否"]
        for e in found
    ]  # fmt: skip
    body = await to_xlsx(NON_SIGNER_TITLES, rows, sheet_title="未签署名单")
    disposition = f'attachment; filename="non-signers-{_id(request)}.xlsx"'
    return web.Response(
        body=body,
        content_type=XLSX,
        headers={"Content-Disposition": disposition, "Cache-Control": "no-store"},
    )


async def send_reminders(request: web.Request, actor: Actor) -> web.Response:
    async with in_transaction() as conn:
        done = await reminders.send_reminders(conn, _id(request), actor=actor, now=now_of(request))
    wake_jobs(request)
    return reply(Json(done), status=202)


def _people_import(importer: Callable[..., Awaitable[people.Imported]]) -> StaffHandler:
    """The CSV of enterprises or of identities as the body, ``?region=`` in the query."""

    async def handler(request: web.Request, actor: Actor) -> web.Response:
        region = region_of(actor, query_of(request, RegionQuery).region)
        data = await _csv(request)
        async with in_transaction() as conn:
            done = await importer(
                conn,
                region=region,
                data=data,
                cipher=request.app[keys.CIPHER],
                actor=actor,
                now=now_of(request),
            )
        return reply(Json(done.as_dict()), status=201)

    return handler


import_enterprises = _people_import(people.import_enterprises)
import_identities = _people_import(people.import_identities)


async def void_signature(request: web.Request, actor: Actor) -> web.Response:
    body = await body_of(request, ReasonIn)
    async with in_transaction() as conn:
        done = await signing.void(
            conn, request.match_info["code"], reason=body.reason, actor=actor, now=now_of(request)
        )
    return reply(Json({"code": done.code, "voided_at": done.voided_at, "void_reason": done.void_reason}))


async def unbind(request: web.Request, actor: Actor) -> web.Response:
    body = await body_of(request, ReasonIn)
    async with in_transaction() as conn:
        await signing.unbind(conn, _id(request), reason=body.reason, actor=actor, now=now_of(request))
    return web.Response(status=204)
