"""Staff handlers for rewards (/admin/api/rewards…): the quote (the same calculation as ``fundguard
reward quote``), proposal, approval by another head, the queue, the detail with masked payees and the
ledger, offline bank transfers recorded by finance, and voiding a transfer WeChat Pay refused.

The role each route needs is declared in ``handlers.routes``; regions and "never the proposer" are
checked by the reward services. ``RewardError`` is mapped to ``{code, message, fields?}`` here, once.
"""

from __future__ import annotations

import base64
import binascii

from aiohttp import web
from tortoise.transactions import in_transaction

from handlers import keys
from handlers.kit.errors import ApiError
from handlers.staff_api.guard import (
    body_of,
    now_of,
    query_of,
    reply,
    report_id,
    wake_jobs,
)
from handlers.staff_api.reward_schemas import (
    BankTransferIn,
    BankTransferOut,
    InPersonClaimIn,
    PayeeOut,
    ProposeIn,
    QuoteIn,
    QuoteOut,
    RewardDetailOut,
    RewardQueueOut,
    RewardQueueQuery,
    RewardRowOut,
)
from handlers.staff_api.schemas import PurposeIn
from kernel.actors import Actor
from reward import queries, workflow
from reward.bank import record_bank_transfer, reveal_payee
from reward.calculate import quote as calculate
from reward.claim import InPersonCheck, claim_in_person
from reward.errors import RewardError
from reward.payout import void_rejected
from reward.policy import load_policy, region_policy

VOUCHER_MAX_BYTES = 5 * 1024 * 1024
MAGIC = {"image/jpeg": b"\xff\xd8\xff", "image/png": b"\x89PNG\r\n\x1a\n", "application/pdf": b"%PDF-"}


async def store_voucher(app: web.Application, data: bytes, content_type: str) -> str:
    """A bank voucher's file into the blob store, if it is the JPEG, PNG or PDF it says it is."""
    magic = MAGIC.get(content_type)
    if magic is None or not data.startswith(magic) or len(data) > VOUCHER_MAX_BYTES:
        message = "凭证文件应为不超过5MB的JPEG、PNG或PDF文件。"
        raise ApiError(422, "invalid", message, fields={"voucher_file": message})
    return await app[keys.BLOBS].put(data)  # content-addressed: a retry stores nothing new


def reward_id(request: web.Request) -> int:
    return int(request.match_info["reward_id"])  # the route only matches digits


async def quote(request: web.Request, actor: Actor) -> web.Response:
    body = await body_of(request, QuoteIn)
    region = body.region or _home(request, actor)
    try:
        policy = load_policy(body.policy) if body.policy else region_policy(region)
    except OSError:
        raise RewardError("unknown_policy") from None
    found = calculate(
        policy,
        case_value_fen=body.case_value_fen,
        evidence_grade=body.evidence_grade,
        target_party=body.target_party,
    )
    return reply(
        QuoteOut(
            policy=policy.name,
            amount_fen=found.amount_fen,
            floor_applied=found.floor_applied,
            cap_applied=found.cap_applied,
            bands=found.bands,
            explanation=found.explanation + policy.placeholder_lines(),
            provisional=policy.provisional,
        )
    )


def _home(request: web.Request, actor: Actor) -> str:
    # One region: that one. Several: the account's own region (the one the bureau runs this service for).
    return next(iter(actor.regions)) if len(actor.regions) == 1 else request.app[keys.SETTINGS].REGION


async def propose(request: web.Request, actor: Actor) -> web.Response:
    body = await body_of(request, ProposeIn)
    async with in_transaction() as conn:
        reward = await workflow.propose(
            conn,
            report_id(request),
            exclusions=workflow.Exclusions(**body.exclusions.model_dump()),
            evidence_grade=body.evidence_grade,
            target_party=body.target_party,
            split=body.split,
            cipher=request.app[keys.CIPHER],
            amount_fen=body.amount_fen,
            amount_reason=body.amount_reason,
            actor=actor,
            now=now_of(request),
        )
    return reply(RewardRowOut.model_validate(queries.reward_row(reward)), status=201)


async def approve(request: web.Request, actor: Actor) -> web.Response:
    async with in_transaction() as conn:
        reward = await workflow.approve(conn, reward_id(request), actor=actor, now=now_of(request))
    wake_jobs(request)  # the offer notice is committed now
    return reply(RewardRowOut.model_validate(queries.reward_row(reward)))


async def queue(request: web.Request, actor: Actor) -> web.Response:
    q = query_of(request, RewardQueueQuery)
    rows = await queries.queue(actor, status=q.status, region=q.region)
    return reply(RewardQueueOut(rewards=[RewardRowOut.model_validate(r) for r in rows]))


async def detail(request: web.Request, actor: Actor) -> web.Response:
    found = await queries.detail(actor, reward_id(request), cipher=request.app[keys.CIPHER])
    return reply(RewardDetailOut.model_validate(found))


async def bank_transfer(request: web.Request, actor: Actor) -> web.Response:
    body = await body_of(request, BankTransferIn)
    blob = None
    if body.voucher_file is not None:
        try:
            data = base64.b64decode(body.voucher_file.data_base64, validate=True)
        except binascii.Error:
            data = b""
        blob = await store_voucher(request.app, data, body.voucher_file.content_type)
    seq = int(request.match_info["seq"])
    async with in_transaction() as conn:
        row = await record_bank_transfer(
            conn, reward_id(request), seq, voucher_no=body.voucher_no, voucher_blob=blob, actor=actor,
            now=now_of(request),
        )  # fmt: skip
    reward = await queries.detail(actor, row.reward_id, cipher=request.app[keys.CIPHER])
    out = BankTransferOut(
        reward_id=row.reward_id,
        seq=seq,
        amount_fen=row.amount_fen,
        voucher_no=row.voucher_no,
        voucher_stored=row.voucher_blob is not None,
        recorded_at=row.recorded_at.isoformat(),
        reward_status=reward["status"],
    )
    return reply(out, status=201)


async def void_transfer(request: web.Request, actor: Actor) -> web.Response:
    """Finance closes a transfer WeChat Pay refused, after WeChat Pay confirms it holds no such bill."""
    gateway = request.app.get(keys.WECHATPAY)
    if gateway is None:
        raise RewardError("payouts_disabled")
    share_id = await queries.share_id_of(reward_id(request), int(request.match_info["seq"]))
    await void_rejected(
        share_id, gateway=gateway, cipher=request.app[keys.CIPHER], actor=actor, now=now_of(request)
    )
    found = await queries.detail(actor, reward_id(request), cipher=request.app[keys.CIPHER])
    return reply(RewardDetailOut.model_validate(found))


async def payee(request: web.Request, actor: Actor) -> web.Response:
    """The claimant's identity for a bank transfer; the purpose is recorded with every view."""
    body = await body_of(request, PurposeIn)
    async with in_transaction() as conn:
        shown = await reveal_payee(
            conn, reward_id(request), int(request.match_info["seq"]), actor=actor,
            cipher=request.app[keys.CIPHER], purpose=body.purpose, now=now_of(request),
        )  # fmt: skip
    if shown is None:  # the refused attempt is committed in the audit log
        raise RewardError("forbidden", detail="只有财务人员和负责人可以查看领奖人身份，本次请求已记录。")
    return reply(PayeeOut.model_validate(shown))


async def in_person_claim(request: web.Request, actor: Actor) -> web.Response:
    """Finance claims a share for the reporter at the counter after checking their identity document."""
    body = await body_of(request, InPersonClaimIn)
    check = InPersonCheck(name=body.name, id_number=body.id_number, phone=body.phone, document=body.document)
    async with in_transaction() as conn:
        share = await claim_in_person(
            conn, reward_id(request), int(request.match_info["seq"]), check, actor=actor,
            cipher=request.app[keys.CIPHER], now=now_of(request),
        )  # fmt: skip
    found = await queries.detail(actor, share.reward_id, cipher=request.app[keys.CIPHER])
    return reply(RewardDetailOut.model_validate(found))
