"""Factories and checks shared by the payout tests: a claimed share, a movable clock, and the exactly-once
check (the simulator moved the money once per share and reconciliation finds nothing wrong)."""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import UTC, date, datetime, timedelta

from tortoise.transactions import in_transaction

from handlers import keys
from reward.models import Reward, RewardShare, TransferBill
from reward.payout import SHARE_NAME_CONTEXT, SHARE_OPENID_CONTEXT, begin_transfer
from reward.reconcile import reconcile
from storage.crypto import FieldCipher
from tests.conftest import Stack

NOW = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)


class Clock:
    """The business clock of the service and the simulated WeChat Pay; tests move it."""

    def __init__(self, start: datetime = NOW) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


async def make_share(
    cipher: FieldCipher,
    *,
    amount_fen: int = 80_000,
    openid: str | None = None,
    name: str = "张三",
    status: str = "claimed",
    region: str = "demo",
    now: datetime = NOW,
) -> RewardShare:
    """A reward of one share, claimed by ``openid`` with the identity ``name``."""
    reward = await Reward.create(
        report_id=uuid.uuid4().int % 2**62,
        region=region,
        policy="sichuan",
        status="offered",
        case_value_fen=amount_fen * 50,
        amount_fen=amount_fen,
        proposed_by=1,
        proposed_at=now,
        approved_by=2,
        approved_at=now,
        claim_by=date(2027, 1, 2),
    )
    return await RewardShare.create(
        reward_id=reward.id,
        seq=0,
        amount_fen=amount_fen,
        status=status,
        payee_name_enc=cipher.encrypt(name, context=SHARE_NAME_CONTEXT),
        payee_id_enc=cipher.encrypt('{"id_number": "11010519491231002X", "phone": null}', context="x"),
        openid_enc=cipher.encrypt(openid or f"o-{uuid.uuid4().hex[:20]}", context=SHARE_OPENID_CONTEXT),
        claimed_at=now,
    )


async def begin(stack: Stack, share_id: int) -> TransferBill:
    async with in_transaction() as conn:
        return await begin_transfer(conn, share_id, now=stack.app[keys.CLOCK](), actor="claimant")


async def run_jobs(stack: Stack) -> int:
    return await stack.app[keys.JOBS].run_until_idle()


async def assert_paid_exactly_once(stack: Stack, *share_ids: int) -> None:
    """The simulator's ledger moved each share's money exactly once, to the bill of that share, and
    ``reconcile`` reports no mismatch."""
    bills = {b.out_bill_no: b for b in await TransferBill.filter(share_id__in=share_ids)}
    ours = [row for row in stack.pay.ledger if row["out_bill_no"] in bills]
    moved = Counter(bills[row["out_bill_no"]].share_id for row in ours)
    assert moved == Counter(share_ids), (moved, stack.pay.ledger)
    assert all(row["amount_fen"] == bills[row["out_bill_no"]].amount_fen for row in ours)
    report = await reconcile(stack.app[keys.WECHATPAY], now=stack.app[keys.CLOCK]())
    assert report.mismatches == [] and report.checked >= len(share_ids)
