"""The commitment signing page in the official account (H5, 参与 → 信用承诺, or a reminder's link), its
JSON calls, and the public verification page the PDF's QR code opens.

Sign-in is the reward page's (silent OAuth, a sealed session cookie under /h5/; ``handlers.h5.claim``).
The page and its scripts are files (no inline script) under a strict policy: scripts, styles and calls
from this origin only, images from this origin or ``data:`` (the drawn signature's preview).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from datetime import datetime
from html import escape
from importlib import resources
from typing import Literal

from aiohttp import web
from pydantic import BaseModel, Field
from tortoise.transactions import in_transaction

from commitments import campaigns, documents, pdf, seal, signing
from commitments.cli import key_dir
from commitments.errors import CommitmentError
from commitments.module import PAGE_PATH
from handlers import keys
from handlers.h5.claim import SESSION_COOKIE, finish_sign_in, require_session, session_openid, sign_in
from handlers.kit.access import client_ip, config
from handlers.kit.errors import ApiError, api, reply
from handlers.kit.uploads import read_json

CALLBACK = PAGE_PATH + "/callback"
ASSETS = "/h5/static/commitments/"
PAGE_NAME = "信用承诺页面"
# No frame-ancestors: the simulator shows the page in its in-page browser (an iframe); a cross-site
# frame gets no session anyway (the cookie is SameSite=Lax), so it cannot sign for anyone.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "base-uri 'none'; form-action 'self'"
)
_FILES = {
    "sign.js": "application/javascript",
    "sign.css": "text/css",
    "signature_pad.umd.min.js": "application/javascript",
    "signature_pad.LICENSE": "text/plain",
}
SIGN_LIMIT = 800 * 1024  # the drawn PNG as base64, with room for a phone's 3x canvas


def _file(name: str) -> bytes:
    return resources.files("handlers.h5").joinpath(f"static/commitments/{name}").read_bytes()


def _headers(cache: str) -> dict[str, str]:
    return {
        "Cache-Control": cache,
        "Content-Security-Policy": CSP,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
    }


async def page(request: web.Request) -> web.StreamResponse:
    if session_openid(request) is None:
        raise sign_in(request, CALLBACK)
    return web.Response(
        body=_file("sign.html"), content_type="text/html", charset="utf-8", headers=_headers("no-store")
    )


async def callback(request: web.Request) -> web.StreamResponse:
    return await finish_sign_in(request, PAGE_PATH, title="信用承诺")


async def asset(request: web.Request) -> web.Response:
    name = request.match_info["name"]
    if name not in _FILES:
        raise web.HTTPNotFound()
    ctype = _FILES[name]
    return web.Response(
        body=_file(name), content_type=ctype, charset="utf-8", headers=_headers("public, max-age=300")
    )


def _now(request: web.Request) -> datetime:
    return request.app[keys.CLOCK]()


def _client(request: web.Request) -> signing.Client:
    session = request.cookies.get(SESSION_COOKIE, "")
    return signing.Client(
        ip=client_ip(request, config(request.app).trusted_proxies),
        user_agent=request.headers.get("User-Agent", "")[:255],
        session=hashlib.sha256(session.encode()).hexdigest()[:32],
    )


class CampaignOut(BaseModel):
    id: int
    name: str
    kind: str
    closes_at: datetime


class StateOut(BaseModel):
    letters: list[signing.Letter]  # the service's dataclass, as it is
    campaigns: list[CampaignOut]


@api
async def state(request: web.Request) -> web.Response:
    """The signer's letters (bound entries in open windows) and the open campaigns to bind to."""
    openid = require_session(request, page=PAGE_NAME)
    region, now = request.app[keys.SETTINGS].REGION, _now(request)
    async with in_transaction() as conn:
        letters = await signing.letters_of(conn, openid=openid, cipher=request.app[keys.CIPHER], now=now)
        open_now = await campaigns.open_in(conn, region=region, now=now)
    return reply(
        StateOut(
            letters=letters,
            campaigns=[
                CampaignOut(id=c.id, name=c.name, kind=c.template.kind, closes_at=c.closes_at)
                for c in open_now
            ],
        )
    )


class BindIn(BaseModel):
    campaign_id: int
    party: str = Field(min_length=1, max_length=32)
    name: str = Field(min_length=1, max_length=64)
    id_number: str = Field(min_length=15, max_length=18)


class BoundOut(BaseModel):
    roster_id: int


@api
async def bind(request: web.Request) -> web.Response:
    openid = require_session(request, page=PAGE_NAME)
    body = await read_json(request, BindIn)
    async with in_transaction() as conn:
        entry = await signing.bind(
            conn, request.app[keys.KV_KEY], campaign_id=body.campaign_id, openid=openid, party=body.party,
            name=body.name, id_number=body.id_number, cipher=request.app[keys.CIPHER], now=_now(request),
        )  # fmt: skip
    return reply(BoundOut(roster_id=entry.id))


class ViewIn(BaseModel):
    kind: Literal["opened", "read"]


@api
async def view(request: web.Request) -> web.Response:
    openid = require_session(request, page=PAGE_NAME)
    body = await read_json(request, ViewIn)
    async with in_transaction() as conn:
        await signing.record_view(
            conn, roster_id=int(request.match_info["roster_id"]), openid=openid, kind=body.kind,
            client=_client(request), cipher=request.app[keys.CIPHER], now=_now(request),
        )  # fmt: skip
    return web.Response(status=204)


class SignIn(BaseModel):
    image: str = Field(min_length=30, max_length=SIGN_LIMIT, description="data:image/png;base64,…")
    idempotency_key: str = Field(min_length=8, max_length=64)


class SignedOut(BaseModel):
    code: str
    signed_at: datetime
    record_hash: str
    verify_url: str


@api
async def sign(request: web.Request) -> web.Response:
    openid = require_session(request, page=PAGE_NAME)
    body = await read_json(request, SignIn, limit=SIGN_LIMIT + 1024)
    prefix = "data:image/png;base64,"
    try:
        png = base64.b64decode(body.image.removeprefix(prefix), validate=True)
    except (binascii.Error, ValueError):
        raise ApiError.invalid({"image": "签名图像无效。"}) from None
    async with in_transaction() as conn:
        done = await signing.sign(
            conn, roster_id=int(request.match_info["roster_id"]), openid=openid, image_png=png,
            idempotency_key=body.idempotency_key, client=_client(request), cipher=request.app[keys.CIPHER],
            now=_now(request),
        )  # fmt: skip
    request.app[keys.JOBS].wake()  # the PDF job is committed: render it now
    base = request.app[keys.SETTINGS].PUBLIC_BASE_URL
    out = SignedOut(
        code=done.code,
        signed_at=done.signed_at,
        record_hash=done.record_hash,
        verify_url=pdf.verify_url(base, done.code),
    )
    return reply(out, status=201)


@api
async def download(request: web.Request) -> web.StreamResponse:
    """The signer's own signed PDF (404 until the job has rendered it)."""
    openid = require_session(request, page=PAGE_NAME)
    code = request.match_info["code"]
    async with in_transaction() as conn:
        data = await documents.own_pdf(
            conn, code, openid=openid, cipher=request.app[keys.CIPHER], blobs=request.app[keys.BLOBS]
        )
    if data is None:
        raise ApiError(404, "not_ready", "PDF 正在生成，请稍后再试。")
    return web.Response(
        body=data,
        content_type="application/pdf",
        headers={
            "Content-Disposition": f'attachment; filename="commitment-{code}.pdf"',
            "Cache-Control": "no-store",
        },
    )


_VERDICT = {True: "有效", False: "无效"}


async def verify_page(request: web.Request) -> web.Response:
    """The public page of the PDF's QR code: the record with the name masked, and whether it stands."""
    code = request.match_info["code"]
    try:
        async with in_transaction() as conn:
            record = await signing.verify_record(conn, code)
    except CommitmentError:
        record = None
    if record is None:
        body = "<p>没有找到该签署记录。</p>"
    else:
        status = "已作废" if record["voided"] else _VERDICT[bool(record["valid"])]
        rows = [
            ("核验结果", status),
            ("承诺书", record["template"]),
            ("承诺人", record["signer"]),
            ("签署时间", record["signed_at"]),
            ("承诺书文本 SHA-256", record["template_sha256"]),
            ("记录散列", record["record_hash"]),
        ]
        if record["voided"]:
            rows.append(("作废原因", record["void_reason"] or ""))
        if record["problems"]:
            rows.append(("不一致", "、".join(record["problems"])))
        body = (
            "<table>"
            + "".join(f"<tr><th>{escape(k)}</th><td>{escape(str(v))}</td></tr>" for k, v in rows)
            + "</table>"
        )
    html = (
        "<!doctype html><html lang=zh-CN><meta charset=utf-8>"
        "<meta name=viewport content='width=device-width,initial-scale=1'><title>信用承诺书核验</title>"
        f"<h1>信用承诺书核验</h1>{body}</html>"
    )
    return web.Response(
        text=html,
        status=200 if record else 404,
        content_type="text/html",
        charset="utf-8",
        headers=_headers("no-store"),
    )


class VerdictOut(BaseModel):
    valid: bool
    code: str | None = None
    signer: str | None
    template: str | None
    signed_at: str | None
    voided: bool = False
    failed: list[str]


@api
async def verify_upload(request: web.Request) -> web.Response:
    """A PDF posted as the body: the same verdict as ``fundguard commitments verify``."""
    if request.content_length is not None and request.content_length > 8 * 1024 * 1024:
        raise ApiError(413, "too_large", "文件太大。")
    data = await request.read()
    cert = seal.ensure_demo_keys(key_dir(request.app[keys.SETTINGS])).certificate_pem()
    async with in_transaction() as conn:
        verdict = await documents.verify_pdf(conn, data, cert_pem=cert)
    return reply(VerdictOut.model_validate(verdict))


def setup_commitments(app: web.Application) -> None:
    r = app.router
    r.add_get(PAGE_PATH, page)
    r.add_get(CALLBACK, callback)
    r.add_get(ASSETS + "{name}", asset)
    r.add_get("/h5/api/commitments", state)
    r.add_post("/h5/api/commitments/bind", bind)
    r.add_post(r"/h5/api/commitments/{roster_id:\d+}/events", view)
    r.add_post(r"/h5/api/commitments/{roster_id:\d+}/sign", sign)
    r.add_get("/h5/api/commitments/signatures/{code:[0-9a-f]{16}}/pdf", download)
    r.add_get("/verify/commitments/{code:[0-9a-f]{16}}", verify_page)
    r.add_post("/verify/commitments", verify_upload)
