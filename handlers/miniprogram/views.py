"""Handlers of the mini-program API: check the caller and the input, call one service, shape the reply."""

from __future__ import annotations

from datetime import date

from aiohttp import web
from tortoise.transactions import in_transaction

from handlers import keys
from handlers.kit.access import (
    address_key,
    config,
    open_by_receipt,
    open_session,
    quota,
    require_user,
    throttle,
    user_key,
)
from handlers.kit.errors import api, checked_input, reply
from handlers.kit.uploads import read_json, read_upload
from handlers.miniprogram import openapi
from handlers.miniprogram.attachments import evidence_for, release, store_upload
from handlers.miniprogram.schemas import (
    AttachmentOut,
    CategoriesOut,
    CategoryOut,
    EvidenceIn,
    EvidenceOut,
    LoginIn,
    LoginOut,
    MessageIn,
    MessageOut,
    ReportIn,
    ReportViewOut,
    SubmittedOut,
)
from reports.intake import add_evidence, submit_report
from reports.queries import reporter_message, reporter_view


@api
async def login(request: web.Request) -> web.Response:
    await throttle(request, "login-ip", config(request.app).login_per_ip, address_key(request))
    body = await read_json(request, LoginIn)
    token, ttl = await open_session(request.app, body.code)
    return reply(LoginOut(token=token, expires_in=ttl))


@api
async def report_categories(request: web.Request) -> web.Response:
    region = request.app[keys.SETTINGS].REGION
    taxonomy = request.app[keys.REPORT_RULES].taxonomy(region)
    categories = [CategoryOut.model_validate(c.model_dump()) for c in taxonomy.categories]
    return reply(CategoriesOut(region=region, categories=categories), cache="public, max-age=300")


@api
async def upload_attachment(request: web.Request) -> web.Response:
    app, limits = request.app, config(request.app)
    owner = user_key(app, await require_user(request))
    await throttle(request, "attachments-user", limits.attachments_per_user, owner)
    await throttle(request, "attachments-ip", limits.attachments_per_ip, address_key(request))
    upload = await read_upload(request)
    async with in_transaction() as conn:
        stored = await store_upload(
            conn,
            upload,
            blobs=app[keys.BLOBS],
            cipher=app[keys.CIPHER],
            kv=app[keys.KV_KEY],
            owner=owner,
            ttl=limits.upload_ttl_seconds,
        )
    out = AttachmentOut(
        id=stored.id, kind=upload.kind.kind, content_type=stored.content_type, size=stored.size
    )
    return reply(out, status=201)


@api
async def submit(request: web.Request) -> web.Response:
    app, limits = request.app, config(request.app)
    openid = await require_user(request)
    owner = user_key(app, openid)
    # Every attempt counts against the address; only accepted reports against the reporter's quota.
    await throttle(request, "reports-ip", limits.reports_per_ip, address_key(request))
    async with quota(request, "reports-user", limits.reports_per_user, owner):
        body = await read_json(request, ReportIn)
        async with in_transaction() as conn:
            evidence = await evidence_for(conn, body.attachments, kv=app[keys.KV_KEY], owner=owner)
            with checked_input():
                draft = body.draft(region=app[keys.SETTINGS].REGION, evidence=evidence)
            done = await submit_report(
                conn,
                draft,
                reporter=None if body.anonymous else openid,  # anonymous: no link to the session at all
                rules=app[keys.REPORT_RULES],
                cipher=app[keys.CIPHER],
                now=app[keys.CLOCK](),
            )
    await release(body.attachments, kv=app[keys.KV_KEY])
    out = SubmittedOut(
        receipt_code=done.receipt_code, status=done.status, accept_by=date.fromisoformat(done.accept_by)
    )
    return reply(out, status=201)


@api
async def report_by_receipt(request: web.Request) -> web.Response:
    report = await open_by_receipt(request, request.match_info["receipt_code"])
    view = await reporter_view(report, rules=request.app[keys.REPORT_RULES])
    return reply(ReportViewOut.model_validate(view))


@api
async def post_message(request: web.Request) -> web.Response:
    limits = config(request.app)
    await throttle(request, "messages-ip", limits.messages_per_ip, address_key(request))
    body = await read_json(request, MessageIn)
    report = await open_by_receipt(request, request.match_info["receipt_code"])
    await throttle(request, "messages-report", limits.messages_per_report, str(report.id))
    async with in_transaction() as conn:
        message = await reporter_message(conn, report, body=body.body, now=request.app[keys.CLOCK]())
    return reply(MessageOut(at=message.at, sender="reporter", body=message.body), status=201)


@api
async def post_evidence(request: web.Request) -> web.Response:
    """Evidence after submitting (issue 16 item 7): uploads of this session, added to the report the
    receipt opens, under the intake's limits."""
    app, limits = request.app, config(request.app)
    owner = user_key(app, await require_user(request))
    await throttle(request, "messages-ip", limits.messages_per_ip, address_key(request))
    body = await read_json(request, EvidenceIn)
    report = await open_by_receipt(request, request.match_info["receipt_code"])
    async with in_transaction() as conn:
        evidence = await evidence_for(conn, body.attachments, kv=app[keys.KV_KEY], owner=owner)
        held = await add_evidence(conn, report, evidence, now=app[keys.CLOCK]())
    await release(body.attachments, kv=app[keys.KV_KEY])
    return reply(EvidenceOut(evidence_count=held), status=201)


async def openapi_document(request: web.Request) -> web.Response:
    return web.json_response(openapi.document(), headers={"Cache-Control": "public, max-age=300"})
