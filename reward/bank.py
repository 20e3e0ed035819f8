"""A share paid offline by bank transfer to the reporter's own account (POLICY §3), recorded by finance
with its voucher: once per share (the table's unique ``share_id``), never while a WeChat transfer is open."""

from __future__ import annotations

from datetime import datetime

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError

from kernel.actors import Actor
from reward import ledger
from reward.errors import RewardError
from reward.models import BankTransfer, Reward, RewardShare, TransferBill
from reward.payout import is_open, settle_reward
from reward.shares import payee_of
from storage import audit
from storage.crypto import FieldCipher

VOUCHER_MAX = 64


async def record_bank_transfer(
    conn: BaseDBAsyncClient,
    reward_id: int,
    seq: int,
    *,
    voucher_no: str,
    voucher_blob: str | None = None,
    actor: Actor,
    now: datetime,
) -> BankTransfer:
    """Finance of the reward's region records that share ``seq`` was paid by bank transfer.

    The share must have been claimed (the payee's identity was verified); one whose WeChat transfer
    failed and went back to "offered" may be paid this way too, but not one with a transfer in flight.
    """
    voucher = voucher_no.strip()
    if not 1 <= len(voucher) <= VOUCHER_MAX:
        raise RewardError("bad_voucher")
    reward = await Reward.filter(id=reward_id).using_db(conn).first()
    if reward is None:
        raise RewardError("not_found")
    if not actor.has("finance", reward.region):
        raise RewardError("forbidden")
    # Lock order as in reward.payout: share, then bill, then reward.
    share = await RewardShare.filter(reward_id=reward_id, seq=seq).using_db(conn).select_for_update().first()
    if share is None:
        raise RewardError("not_found")
    if share.status == "paid" or await BankTransfer.filter(share_id=share.id).using_db(conn).exists():
        raise RewardError("already_paid")
    reclaimed = share.status == "offered" and share.claimed_at is not None
    if share.status != "claimed" and not reclaimed:
        raise RewardError("not_claimed")
    bills = await TransferBill.filter(share_id=share.id).using_db(conn).order_by("-id")
    if bills and is_open(bills[0]):
        raise RewardError("not_claimed")
    try:
        row = await BankTransfer.create(
            using_db=conn,
            share_id=share.id,
            reward_id=reward_id,
            amount_fen=share.amount_fen,
            voucher_no=voucher,
            voucher_blob=voucher_blob,
            recorded_by=actor.id,
            recorded_at=now,
        )
    except IntegrityError:
        raise RewardError("already_paid") from None
    from_status = share.status
    share.status, share.rail, share.paid_at = "paid", "bank", now
    share.version += 1
    await share.save(using_db=conn, update_fields=["status", "rail", "paid_at", "version"])
    await ledger.append(
        conn,
        reward_id=reward_id,
        actor=actor.label,
        kind="paid",
        from_status=from_status,
        to_status="paid",
        now=now,
        amount_fen=share.amount_fen,
        detail={"share_id": share.id, "seq": seq, "rail": "bank", "voucher_no": voucher},
    )
    await settle_reward(conn, reward_id, now)
    return row


PAYEE_ROLES = ("finance", "head")


async def reveal_payee(
    conn: BaseDBAsyncClient,
    reward_id: int,
    seq: int,
    *,
    actor: Actor,
    cipher: FieldCipher,
    purpose: str,
    now: datetime,
) -> dict[str, str | None] | None:
    """The claimant's name, ID number and phone, for finance (to pay by bank) or a head; every view and
    every refusal is audited. A refusal returns None so the caller's transaction commits its entry."""
    reward = await Reward.filter(id=reward_id).using_db(conn).first()
    share = await RewardShare.filter(reward_id=reward_id, seq=seq).using_db(conn).first()
    if reward is None or share is None:
        raise RewardError("not_found")

    async def audited(action: str) -> None:
        detail = {"seq": seq, "purpose": purpose[:200]}
        await audit.append(
            conn, actor=actor.label, action=action, subject=f"reward:{reward_id}", detail=detail, now=now
        )

    if not actor.has_any(PAYEE_ROLES, reward.region):
        await audited("reward.payee_reveal_refused")
        return None
    payee = payee_of(share, cipher=cipher)
    if payee is None:
        raise RewardError("not_claimed", detail="领奖人尚未核验身份。")
    await audited("reward.payee_reveal")
    return {"name": payee.name, "id_number": payee.id_number, "phone": payee.phone}
