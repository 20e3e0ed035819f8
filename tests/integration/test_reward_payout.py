"""Paying a claimed share through the simulated WeChat Pay, on both backends: the happy path, idempotent
starts, the real name from 2,000 yuan, and what a share must be before it can be paid."""

from __future__ import annotations

import asyncio

import pytest
from tortoise.transactions import in_transaction

from handlers import keys
from reward.errors import RewardError
from reward.models import Reward, RewardLedgerEntry, RewardShare, TransferBill
from reward.payout import begin_transfer, current_bill
from storage import audit
from tests.conftest import StackFactory
from tests.integration.payout_kit import Clock, assert_paid_exactly_once, begin, make_share, run_jobs


async def test_a_claimed_share_is_paid_once_the_payee_confirms(make_stack: StackFactory) -> None:
    clock = Clock()
    stack = await make_stack(clock=clock, run_jobs=False)
    share = await make_share(stack.app[keys.CIPHER], amount_fen=80_000, openid="o-payee")
    bill = await begin(stack, share.id)
    assert bill.state == "CREATED" and (await RewardShare.get(id=share.id)).status == "paying"
    assert await run_jobs(stack) == 1
    bill = await current_bill(share.id)
    assert bill is not None and bill.state == "WAIT_USER_CONFIRM" and bill.package_info
    assert bill.request["appid"] == stack.settings.wechatpay_appid and "user_name_enc" not in bill.request

    stack.pay.confirm(bill.package_info, openid="o-payee")
    assert stack.pay.ledger and await stack.pay.deliver_due() == 1
    assert stack.pay.deliveries[-1]["accepted"]

    share = await RewardShare.get(id=share.id)
    assert share.status == "paid" and share.rail == "wechat" and share.paid_at is not None
    assert (await Reward.get(id=share.reward_id)).status == "paid"
    assert (await TransferBill.get(id=bill.id)).state == "SUCCESS"
    entries = await RewardLedgerEntry.filter(reward_id=share.reward_id).order_by("id")
    assert [e.kind for e in entries] == ["transfer_created", "transfer_sent", "paid", "reward_paid"]
    assert [e.amount_fen for e in entries if e.kind == "paid"] == [80_000]
    assert all(e.detail["out_bill_no"] == bill.out_bill_no for e in entries[:3])
    await assert_paid_exactly_once(stack, share.id)
    assert (await audit.verify()).ok


async def test_starting_twice_returns_the_open_attempt(make_stack: StackFactory) -> None:
    stack = await make_stack(clock=Clock(), run_jobs=False)
    share = await make_share(stack.app[keys.CIPHER])
    first = await begin(stack, share.id)
    again = await begin(stack, share.id)
    assert again.id == first.id and again.out_bill_no == first.out_bill_no
    assert await TransferBill.filter(share_id=share.id).count() == 1


@pytest.mark.parametrize("backend", ["postgres"])
async def test_two_concurrent_starts_open_one_attempt(make_stack: StackFactory) -> None:
    stack = await make_stack(clock=Clock(), run_jobs=False)
    share = await make_share(stack.app[keys.CIPHER])

    async def start() -> str:
        async with in_transaction() as conn:
            bill = await begin_transfer(conn, share.id, now=stack.app[keys.CLOCK](), actor="claimant")
            await asyncio.sleep(0.05)  # hold the share's lock while the other start waits on it
            return bill.out_bill_no

    numbers = await asyncio.gather(start(), start())
    assert numbers[0] == numbers[1]
    assert await TransferBill.filter(share_id=share.id).count() == 1
    assert await RewardLedgerEntry.filter(kind="transfer_created").count() == 1


async def test_from_2000_yuan_the_real_name_is_sent_encrypted(make_stack: StackFactory) -> None:
    stack = await make_stack(clock=Clock(), run_jobs=False)
    share = await make_share(stack.app[keys.CIPHER], amount_fen=250_000, name="李四", openid="o-big")
    bill = await begin(stack, share.id)
    assert bill.request["user_name_enc"] == share.payee_name_enc  # frozen as our ciphertext, not plain
    await run_jobs(stack)
    [sent] = stack.pay.bill_dicts(openid="o-big")
    assert sent["user_name"] == "李四" and sent["transfer_amount"] == 250_000
    stack.pay.confirm(sent["package_info"])
    await stack.pay.deliver_due()
    await assert_paid_exactly_once(stack, share.id)


@pytest.mark.parametrize(
    ("status", "claimed", "code"),
    [("offered", False, "not_claimed"), ("proposed", False, "not_claimed"), ("paid", True, "already_paid")],
)
async def test_only_a_claimed_share_can_be_paid(
    make_stack: StackFactory, status: str, claimed: bool, code: str
) -> None:
    stack = await make_stack(clock=Clock(), run_jobs=False)
    share = await make_share(stack.app[keys.CIPHER], status=status)
    if not claimed:
        await RewardShare.filter(id=share.id).update(claimed_at=None)
    with pytest.raises(RewardError) as err:
        await begin(stack, share.id)
    assert err.value.code == code
    assert await TransferBill.all().count() == 0
