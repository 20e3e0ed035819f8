"""Reward endpoints of the mini-program API, and the steps the H5 claim page shares with them: see an
offer, claim it with one's identity (or decline it), start the WeChat Pay transfer and follow it.

The mini-program session (or the H5 page's signed cookie) gives the openid: the claim records it, and
only that WeChat user may start and confirm the transfer. Claims are throttled per user and per address.
"""

from __future__ import annotations

from aiohttp import web
from tortoise.transactions import in_transaction

from handlers import keys
from handlers.kit.access import address_key, open_by_receipt, require_user, throttle, user_key
from handlers.kit.config import Limit
from handlers.kit.errors import api, reply
from handlers.kit.uploads import read_json
from handlers.miniprogram.reward_schemas import (
    ClaimedOut,
    ClaimIn,
    DeclineIn,
    OfferOut,
    OffersOut,
    RewardOut,
    TransferOut,
)
from reward import queries
from reward.claim import Claimant, ClaimOutcome, Rail, claim, decline, transfer_for_claimant
from reward.errors import RewardError
from reward.queries import PaymentView
from reward.shares import SHARE_TITLES

CLAIMS_PER_USER = Limit(10, 3600)
CLAIMS_PER_IP = Limit(30, 3600)


# -- steps shared with the H5 page ------------------------------------------------------------------


async def claim_throttled(request: web.Request, openid: str) -> None:
    await throttle(request, "reward-claim-user", CLAIMS_PER_USER, user_key(request.app, openid))
    await throttle(request, "reward-claim-ip", CLAIMS_PER_IP, address_key(request))


def _claimed(outcome: ClaimOutcome) -> ClaimedOut:
    if outcome.refusal is not None:  # raised after the commit (a late claim has expired the share)
        raise outcome.refusal
    share = outcome.share
    assert share is not None and outcome.reward is not None
    return ClaimedOut(
        reward_id=outcome.reward.id,
        seq=share.seq,
        amount_fen=share.amount_fen,
        status=share.status,
        status_title=SHARE_TITLES[share.status],
        rail=share.rail,  # type: ignore[arg-type]  # the column holds wechat or bank only
    )


async def claim_as(request: web.Request, claimant: Claimant, *, rail: Rail) -> ClaimedOut:
    app = request.app
    async with in_transaction() as conn:
        outcome = await claim(
            conn,
            claimant,
            rail=rail,
            rules=app[keys.REPORT_RULES],
            cipher=app[keys.CIPHER],
            now=app[keys.CLOCK](),
        )
    return _claimed(outcome)


async def decline_as(request: web.Request, claimant: Claimant) -> ClaimedOut:
    app = request.app
    async with in_transaction() as conn:
        outcome = await decline(
            conn, claimant, rules=app[keys.REPORT_RULES], cipher=app[keys.CIPHER], now=app[keys.CLOCK]()
        )
    return _claimed(outcome)


def _transfer_out(request: web.Request, view: PaymentView) -> TransferOut:
    settings = request.app[keys.SETTINGS]
    return TransferOut(
        share_status=view.share_status,
        share_title=view.share_title,
        state=view.state,
        package_info=view.package_info,
        mch_id=settings.WECHATPAY_MCHID,
        app_id=settings.wechatpay_appid,
        fail_reason=view.fail_reason,
    )


async def payment(request: web.Request, reward_id: int, openid: str) -> TransferOut:
    share = await queries.claimed_share(reward_id, openid=openid, cipher=request.app[keys.CIPHER])
    return _transfer_out(request, await queries.payment_of(share))


async def transfer(request: web.Request, reward_id: int, openid: str) -> web.Response:
    """Start (or resume) the claimant's transfer: 200 with ``package_info`` once WeChat Pay waits for the
    user's confirmation (or the share is paid), else 202 with the state so far; the client polls."""
    app = request.app
    view, queued = await transfer_for_claimant(
        reward_id, openid=openid, cipher=app[keys.CIPHER], now=app[keys.CLOCK]()
    )
    if queued:
        app[keys.JOBS].wake()  # the send job is committed: send it now, not at the next poll
    ready = view.package_info is not None or view.share_status == "paid"
    return reply(_transfer_out(request, view), status=200 if ready else 202)


# -- mini-program handlers --------------------------------------------------------------------------


@api
async def my_rewards(request: web.Request) -> web.Response:
    openid = await require_user(request)
    offers = await queries.offers_of(openid, cipher=request.app[keys.CIPHER])
    return reply(OffersOut(offers=[OfferOut.model_validate(o.as_dict()) for o in offers]))


@api
async def reward_by_receipt(request: web.Request) -> web.Response:
    openid = await require_user(request) if "Authorization" in request.headers else None
    report = await open_by_receipt(request, request.match_info["receipt_code"])
    offer = await queries.offer_of(report, openid=openid, cipher=request.app[keys.CIPHER])
    return reply(RewardOut(offer=OfferOut.model_validate(offer.as_dict()) if offer else None))


@api
async def claim_reward(request: web.Request) -> web.Response:
    openid = await require_user(request)
    await claim_throttled(request, openid)
    body = await read_json(request, ClaimIn)
    claimant = Claimant(
        openid=openid, name=body.name, id_number=body.id_number, phone=body.phone,
        receipt_code=request.match_info["receipt_code"],
    )  # fmt: skip
    return reply(await claim_as(request, claimant, rail=body.rail))


@api
async def decline_reward(request: web.Request) -> web.Response:
    openid = await require_user(request)
    await claim_throttled(request, openid)
    body = await read_json(request, DeclineIn)
    claimant = Claimant(
        openid=openid,
        name=body.name,
        id_number=body.id_number,
        receipt_code=request.match_info["receipt_code"],
    )
    return reply(await decline_as(request, claimant))


@api
async def transfer_reward(request: web.Request) -> web.Response:
    openid = await require_user(request)
    report = await open_by_receipt(request, request.match_info["receipt_code"])
    offer = await queries.offer_of(report, openid=openid, cipher=request.app[keys.CIPHER])
    if offer is None:
        raise RewardError("not_claimed", detail="请先核验身份领取奖励。")
    return await transfer(request, offer.reward_id, openid)
