"""Read sides of rewards: the reporter's offers (by their openid, or by receipt) and the staff queue and
detail (identities masked, the ledger in order)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from kernel.actors import Actor
from reports.identity import mask_id, mask_phone
from reports.models import Report
from reports.queries import reports_of
from reward.errors import RewardError
from reward.models import BankTransfer, Reward, RewardLedgerEntry, RewardShare, TransferBill
from reward.payout import current_bill
from reward.shares import SHARE_TITLES, openid_of, payee_of, shares_of
from storage.crypto import FieldCipher

REWARD_TITLES = {
    "proposed": "待审批",
    "offered": "待领取",
    "paid": "已发放",
    "declined": "已放弃",
    "expired": "逾期未领取",
}
STATUSES = tuple(REWARD_TITLES)


@dataclass(frozen=True)
class ShareView:
    seq: int
    amount_fen: int
    status: str
    status_title: str
    rail: str | None
    mine: bool  # claimed from the openid that asks


@dataclass(frozen=True)
class OfferView:
    """What a reporter sees of a reward: amounts and states, never anyone's identity."""

    reward_id: int
    target_name: str
    anonymous: bool
    status: str
    status_title: str
    amount_fen: int
    claim_by: date | None
    shares: list[ShareView]

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


async def offer_of(report: Report, *, openid: str | None, cipher: FieldCipher) -> OfferView | None:
    """The approved reward of ``report`` (None while there is none, or it awaits approval)."""
    reward = await Reward.get_or_none(report_id=report.id)
    if reward is None or reward.status == "proposed":
        return None
    shares = [
        ShareView(
            seq=s.seq,
            amount_fen=s.amount_fen,
            status=s.status,
            status_title=SHARE_TITLES[s.status],
            rail=s.rail,
            mine=openid is not None and openid_of(s, cipher=cipher) == openid,
        )
        for s in await shares_of(None, reward.id)
    ]
    return OfferView(
        reward_id=reward.id,
        target_name=report.target_name,
        anonymous=report.anonymous,
        status=reward.status,
        status_title=REWARD_TITLES[reward.status],
        amount_fen=reward.amount_fen,
        claim_by=reward.claim_by,
        shares=shares,
    )


async def offers_of(openid: str, *, cipher: FieldCipher) -> list[OfferView]:
    """The rewards of the named reports sent from ``openid``, newest report first."""
    out = []
    for report in await reports_of(openid, cipher=cipher):
        view = await offer_of(report, openid=openid, cipher=cipher)
        if view is not None:
            out.append(view)
    return out


async def claimed_share(reward_id: int, *, openid: str, cipher: FieldCipher) -> RewardShare:
    """The share of ``reward_id`` claimed from ``openid``: only its claimant may start or follow a payment."""
    for share in await shares_of(None, reward_id):
        if openid_of(share, cipher=cipher) == openid:
            return share
    raise RewardError("not_claimed", detail="请先核验身份领取奖励。")


@dataclass(frozen=True)
class PaymentView:
    share_status: str
    share_title: str
    state: str | None  # the WeChat Pay bill's state, if a transfer was started
    package_info: str | None  # set while WAIT_USER_CONFIRM: what requestMerchantTransfer needs
    fail_reason: str | None


async def payment_of(share: RewardShare) -> PaymentView:
    share = await RewardShare.get(id=share.id)  # fresh: the transfer moves on in other processes
    bill = await current_bill(share.id)
    waiting = bill is not None and bill.state == "WAIT_USER_CONFIRM" and share.status == "paying"
    return PaymentView(
        share_status=share.status,
        share_title=SHARE_TITLES[share.status],
        state=bill.state if bill else None,
        package_info=bill.package_info if bill and waiting else None,
        fail_reason=bill.fail_reason if bill else None,
    )


# -- staff ----------------------------------------------------------------------------------------


def reward_row(reward: Reward) -> dict[str, Any]:
    return {
        "id": reward.id,
        "report_id": reward.report_id,
        "region": reward.region,
        "policy": reward.policy,
        "status": reward.status,
        "status_title": REWARD_TITLES[reward.status],
        "case_value_fen": reward.case_value_fen,
        "amount_fen": reward.amount_fen,
        "evidence_grade": reward.evidence_grade,
        "target_party": reward.target_party,
        "proposed_by": reward.proposed_by,
        "proposed_at": reward.proposed_at.isoformat(),
        "approved_by": reward.approved_by,
        "approved_at": reward.approved_at.isoformat() if reward.approved_at else None,
        "claim_by": reward.claim_by.isoformat() if reward.claim_by else None,
        "version": reward.version,
    }


async def queue(
    actor: Actor, *, status: str | None = None, region: str | None = None
) -> list[dict[str, Any]]:
    regions = [region] if region else sorted(actor.regions)
    if any(r not in actor.regions for r in regions):
        raise RewardError("forbidden")
    query = Reward.filter(region__in=regions)
    query = query.filter(status=status) if status else query.filter(status__in=("proposed", "offered"))
    return [reward_row(r) for r in await query.order_by("id").limit(500)]


def _mask_name(name: str) -> str:
    return name[0] + "*" * (len(name) - 1)


def _share_row(share: RewardShare, cipher: FieldCipher, bank: BankTransfer | None) -> dict[str, Any]:
    payee = payee_of(share, cipher=cipher)
    return {
        "seq": share.seq,
        "amount_fen": share.amount_fen,
        "status": share.status,
        "status_title": SHARE_TITLES[share.status],
        "rail": share.rail,
        "payee_name": _mask_name(payee.name) if payee else None,
        "payee_id": mask_id(payee.id_number) if payee else None,
        "payee_phone": mask_phone(payee.phone) if payee and payee.phone else None,
        "claimed_at": share.claimed_at.isoformat() if share.claimed_at else None,
        "paid_at": share.paid_at.isoformat() if share.paid_at else None,
        "voucher_no": bank.voucher_no if bank else None,
    }


async def detail(actor: Actor, reward_id: int, *, cipher: FieldCipher) -> dict[str, Any]:
    """A reward for staff of its region: shares with masked payees, transfer attempts, the ledger."""
    reward = await Reward.get_or_none(id=reward_id)
    if reward is None:
        raise RewardError("not_found")
    if reward.region not in actor.regions:
        raise RewardError("forbidden")
    banks = {b.share_id: b for b in await BankTransfer.filter(reward_id=reward_id)}
    rows = await shares_of(None, reward_id)
    seqs = {s.id: s.seq for s in rows}
    shares = [_share_row(s, cipher, banks.get(s.id)) for s in rows]
    bills = await TransferBill.filter(reward_id=reward_id).order_by("id")
    entries = await RewardLedgerEntry.filter(reward_id=reward_id).order_by("id")
    return {
        **reward_row(reward),
        "explanation": list(reward.explanation),
        "shares": shares,
        "transfers": [
            {
                "share_seq": seqs.get(b.share_id),
                "out_bill_no": b.out_bill_no,
                "amount_fen": b.amount_fen,
                "state": b.state,
                "fail_reason": b.fail_reason,
                "created_at": b.created_at.isoformat(),
                "updated_at": b.updated_at.isoformat(),
            }
            for b in bills
        ],
        "ledger": [
            {
                "at": e.at.isoformat(),
                "actor": e.actor,
                "kind": e.kind,
                "from_status": e.from_status,
                "to_status": e.to_status,
                "amount_fen": e.amount_fen,
                "detail": {k: v for k, v in e.detail.items() if k != "voucher_blob"},
            }
            for e in entries
        ],
    }


async def share_id_of(reward_id: int, seq: int) -> int:
    """The id of share ``seq`` of ``reward_id`` (``RewardError("not_found")`` if it has none)."""
    share = await RewardShare.get_or_none(reward_id=reward_id, seq=seq)
    if share is None:
        raise RewardError("not_found")
    return int(share.id)
