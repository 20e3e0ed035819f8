"""The reporter claims (or declines) an offered reward with their own identity (POLICY §3).

The report is opened by its receipt, or, for a named reporter, by the openid that sent it. The share is
then found by the identity given: a named report's reporter must match the identity on the report *and*
claim from the WeChat account that reported (a receipt, a name and an ID number can all be learnt by
someone else; a report taken by phone or at the counter has no account, so its reporter claims in person,
``reward.in_person``), a co-reporter of a joint report the identity staff recorded, and an anonymous
reporter — whom the receipt alone proves — gives an identity that is checked and sealed on share 0. An
unknown receipt, a wrong identity and a wrong account get the same refusal, so the answer is no oracle.
"""

from __future__ import annotations

import hmac
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from kernel.actors import Actor
from kernel.clock import china_day
from reports.errors import ReportError
from reports.models import Report
from reports.queries import find_by_receipt
from reports.rules import ReportRules
from reward import ledger
from reward.errors import RewardError
from reward.models import Reward, RewardShare, TransferBill
from reward.payout import begin_transfer
from reward.queries import PaymentView, claimed_share, payment_of
from reward.shares import (
    OPENID_CONTEXT,
    Payee,
    checked_payee,
    close_shares,
    id_index,
    openid_of,
    payee_of,
    same_person,
    seal,
    shares_of,
)
from reward.workflow import expire_due_shares
from storage import audit
from storage.crypto import FieldCipher

Rail = Literal["wechat", "bank"]
PAST = {"paid": "已经发放完毕", "declined": "已被放弃", "expired": "已超过领取期限", "proposed": "尚未审批"}


@dataclass(frozen=True)
class Claimant:
    """Who asks, and how they prove it: the receipt, or (named reporters) the report's id and their openid."""

    openid: str
    name: str
    id_number: str
    phone: str | None = None
    receipt_code: str | None = None
    reward_id: int | None = None


@dataclass(frozen=True)
class ClaimOutcome:
    """The claimed share, or the refusal to answer with *after* committing. Refusals are returned, not
    raised: a claim past the deadline expires the share in the same transaction, and a raised error would
    roll that back."""

    share: RewardShare | None = None
    reward: Reward | None = None
    refusal: RewardError | None = None


async def _report_of(claimant: Claimant, *, rules: ReportRules, cipher: FieldCipher) -> Report:
    if claimant.receipt_code is not None:
        try:
            return await find_by_receipt(claimant.receipt_code, rules=rules)
        except ReportError:
            raise RewardError("claim_refused") from None
    reward = await Reward.get_or_none(id=claimant.reward_id or 0)
    report = await Report.get_or_none(id=reward.report_id) if reward else None
    if report is None or report.reporter_index != cipher.blind_index(claimant.openid):
        raise RewardError("claim_refused")
    return report


async def _locked_reward(conn: BaseDBAsyncClient, report: Report) -> Reward:
    reward = await Reward.filter(report_id=report.id).using_db(conn).select_for_update().first()
    if reward is None or reward.status == "proposed":
        raise RewardError("not_claimable", detail="这件举报目前没有待领取的奖励。")
    return reward


def _reported_identity(report: Report, cipher: FieldCipher) -> Payee | None:
    if report.identity_enc is None:
        return None
    found = json.loads(cipher.decrypt(report.identity_enc, context="report.identity"))
    return Payee(found["name"], found["id_number"], found.get("phone"))


def _match(
    report: Report, shares: list[RewardShare], proof: Payee, *, openid: str, cipher: FieldCipher
) -> tuple[RewardShare, Payee]:
    """The share ``proof`` entitles to, with the payee to seal on it (the recorded one, with its phone)."""
    index = id_index(cipher, proof.id_number)
    for share in shares[1:]:
        if share.payee_id_index == index:
            recorded = payee_of(share, cipher=cipher)
            if recorded is not None and same_person(recorded, proof.name, proof.id_number):
                return share, recorded
            raise RewardError("claim_refused")
    first = shares[0]
    recorded = payee_of(first, cipher=cipher) or _reported_identity(report, cipher)
    if recorded is None:
        # Anonymous: the receipt proved the report; the identity given becomes the payee's.
        return first, proof
    if same_person(recorded, proof.name, proof.id_number) & _reporting_account(report, openid, cipher):
        return first, recorded
    raise RewardError("claim_refused")


def _reporting_account(report: Report, openid: str, cipher: FieldCipher) -> bool:
    """The named reporter's own WeChat account; False when the report came in by phone, counter or mail."""
    if report.reporter_index is None:
        return False
    return hmac.compare_digest(report.reporter_index.encode(), cipher.blind_index(openid).encode())


@dataclass(frozen=True)
class _Opened:
    reward: Reward
    share: RewardShare
    payee: Payee  # the recorded identity (with its phone), or the anonymous claimant's
    refusal: RewardError | None


async def _open_share(
    conn: BaseDBAsyncClient, claimant: Claimant, *, rules: ReportRules, cipher: FieldCipher, now: datetime
) -> _Opened:
    proof = checked_payee(claimant.name, claimant.id_number, claimant.phone, today=china_day(now))
    report = await _report_of(claimant, rules=rules, cipher=cipher)
    reward = await _locked_reward(conn, report)
    shares = await shares_of(conn, reward.id, lock=True)
    share, payee = _match(report, shares, proof, openid=claimant.openid, cipher=cipher)
    payee = Payee(payee.name, payee.id_number, proof.phone or payee.phone)
    refusal = None
    if reward.claim_by is not None and china_day(now) > reward.claim_by and share.claimed_at is None:
        await expire_due_shares(conn, reward, now=now)
        refusal = RewardError("claim_expired", detail=f"领取期限为{reward.claim_by:%Y年%m月%d日}。")
    elif share.status in ("claimed", "paying", "paid"):
        if openid_of(share, cipher=cipher) != claimant.openid:
            refusal = RewardError("already_claimed")
        # else the same person again (a reload): nothing to do, no refusal
    elif share.status != "offered":
        refusal = RewardError("not_claimable", detail=f"这份奖励{PAST[share.status]}。")
    return _Opened(reward, share, payee, refusal)


async def claim(
    conn: BaseDBAsyncClient,
    claimant: Claimant,
    *,
    rail: Rail = "wechat",
    rules: ReportRules,
    cipher: FieldCipher,
    now: datetime,
) -> ClaimOutcome:
    """Claim the share the claimant's identity entitles them to; it is then paid on ``rail``: WeChat Pay
    to the claiming openid once they confirm, or an offline bank transfer that finance records.
    Claiming again from the same openid returns the share as it is."""
    try:
        got = await _open_share(conn, claimant, rules=rules, cipher=cipher, now=now)
    except RewardError as err:
        return ClaimOutcome(refusal=err)
    reward, share = got.reward, got.share
    if got.refusal is not None or share.status != "offered":
        return ClaimOutcome(share=share, reward=reward, refusal=got.refusal)
    if rail == "bank" and not got.payee.phone:
        return ClaimOutcome(refusal=RewardError("phone_required"))
    seal(share, got.payee, cipher=cipher)
    share.openid_enc = cipher.encrypt(claimant.openid, context=OPENID_CONTEXT)
    share.rail, share.status, share.claimed_at = rail, "claimed", now
    share.version += 1
    await share.save(using_db=conn)
    await ledger.append(
        conn,
        reward_id=reward.id,
        actor="reporter",
        kind="claimed",
        from_status=reward.status,
        to_status=reward.status,
        now=now,
        amount_fen=share.amount_fen,
        detail={"share_id": share.id, "seq": share.seq, "rail": rail},
    )
    return ClaimOutcome(share=share, reward=reward)


async def decline(
    conn: BaseDBAsyncClient, claimant: Claimant, *, rules: ReportRules, cipher: FieldCipher, now: datetime
) -> ClaimOutcome:
    """The reporter declines their share, with the same proof as a claim; declining is final."""
    try:
        got = await _open_share(conn, claimant, rules=rules, cipher=cipher, now=now)
    except RewardError as err:
        return ClaimOutcome(refusal=err)
    refusal = got.refusal
    if refusal is None and got.share.status != "offered":
        refusal = RewardError("already_claimed")
    if refusal is not None:
        return ClaimOutcome(share=got.share, reward=got.reward, refusal=refusal)
    await close_shares(
        conn, got.reward, [got.share], to="declined", actor="reporter", now=now, detail={"seq": got.share.seq}
    )
    return ClaimOutcome(share=got.share, reward=got.reward)


async def start_transfer(
    conn: BaseDBAsyncClient, reward_id: int, *, openid: str, cipher: FieldCipher, now: datetime
) -> TransferBill:
    """The claimant starts (or resumes) the WeChat transfer of their share; they confirm it in WeChat."""
    share = await claimed_share(reward_id, openid=openid, cipher=cipher)
    if share.rail == "bank" and share.status == "claimed":
        raise RewardError("not_claimable", detail="您选择了银行转账，财务人员会与您联系。")
    return await begin_transfer(conn, share.id, now=now, actor="reporter")


@dataclass(frozen=True)
class InPersonCheck:
    """What finance saw at the counter: the payee's identity as read off the original document."""

    name: str
    id_number: str
    phone: str | None
    document: str  # which document was checked, e.g. 居民身份证原件


async def claim_in_person(
    conn: BaseDBAsyncClient,
    reward_id: int,
    seq: int,
    check: InPersonCheck,
    *,
    actor: Actor,
    cipher: FieldCipher,
    now: datetime,
) -> RewardShare:
    """Finance claims share ``seq`` for a reporter who came in person, after checking their identity
    document against the identity on record (a phone or counter report has no WeChat account to claim
    from; a reporter may have lost theirs). The share is then paid by bank transfer; ledgered and audited.
    """
    reward = await Reward.filter(id=reward_id).using_db(conn).select_for_update().first()
    if reward is None:
        raise RewardError("not_found")
    if not actor.has("finance", reward.region):
        raise RewardError("forbidden")
    share = next((s for s in await shares_of(conn, reward_id, lock=True) if s.seq == seq), None)
    if share is None:
        raise RewardError("not_found")
    if share.status != "offered" or share.claimed_at is not None:
        raise RewardError("already_claimed" if share.claimed_at else "not_claimable")
    if reward.claim_by is not None and china_day(now) > reward.claim_by:
        raise RewardError("claim_expired", detail=f"领取期限为{reward.claim_by:%Y年%m月%d日}。")
    proof = checked_payee(check.name, check.id_number, check.phone, today=china_day(now))
    recorded = payee_of(share, cipher=cipher)
    if recorded is None and seq == 0:
        report = await Report.filter(id=reward.report_id).using_db(conn).get()
        recorded = _reported_identity(report, cipher)
    # An anonymous reporter proves the report with its receipt, which this path never sees.
    if recorded is None or not same_person(recorded, proof.name, proof.id_number):
        raise RewardError("claim_refused")
    payee = Payee(recorded.name, recorded.id_number, proof.phone or recorded.phone)
    if not payee.phone:
        raise RewardError("phone_required")
    seal(share, payee, cipher=cipher)
    share.rail, share.status, share.claimed_at = "bank", "claimed", now
    share.openid_enc = None  # type: ignore[assignment]  # nullable: nobody confirms a bank transfer
    share.version += 1
    await share.save(using_db=conn)
    detail = {"share_id": share.id, "seq": seq, "rail": "bank", "in_person": True, "document": check.document}
    await ledger.append(
        conn, reward_id=reward_id, actor=actor.label, kind="claimed", from_status=reward.status,
        to_status=reward.status, now=now, amount_fen=share.amount_fen, detail=detail,
    )  # fmt: skip
    await audit.append(
        conn, actor=actor.label, action="reward.in_person_claim", subject=f"reward:{reward_id}",
        detail={"seq": seq, "document": check.document}, now=now,
    )  # fmt: skip
    return share


async def transfer_for_claimant(
    reward_id: int, *, openid: str, cipher: FieldCipher, now: datetime
) -> tuple[PaymentView, bool]:
    """The claimant's transfer, started (or resumed) when none is under way, in a transaction of its
    own: the payment as it stands after, and whether a send job was queued (the caller wakes the jobs)."""
    view = await payment_of(await claimed_share(reward_id, openid=openid, cipher=cipher))
    if view.share_status == "paid" or view.package_info is not None:
        return view, False
    async with in_transaction() as conn:
        await start_transfer(conn, reward_id, openid=openid, cipher=cipher, now=now)
    return await payment_of(await claimed_share(reward_id, openid=openid, cipher=cipher)), True
