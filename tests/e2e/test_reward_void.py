"""A transfer WeChat Pay refused outright (PARAM_ERROR) waits for finance: voided only when WeChat Pay
confirms it holds no such bill, after which the share is paid once with a new number."""

from __future__ import annotations

import pytest
from tortoise.transactions import in_transaction

from handlers import keys
from kernel.actors import Actor
from reward.errors import RewardError
from reward.models import RewardLedgerEntry, RewardShare, TransferBill
from reward.payout import REJECTED, VOID, begin_transfer, current_bill, void_rejected
from tests.conftest import StackFactory
from tests.integration.payout_kit import Clock, assert_paid_exactly_once, begin, make_share, run_jobs

pytestmark = pytest.mark.parametrize("backend", ["postgres"])
FINANCE = Actor(id=41, name="财务", roles=frozenset({"finance"}), regions=frozenset({"demo"}))
INTAKE = Actor(id=42, name="受理", roles=frozenset({"intake"}), regions=frozenset({"demo"}))


async def test_a_refused_transfer_is_voided_by_finance_and_the_share_paid_once_with_a_new_bill(
    make_stack: StackFactory,
) -> None:
    clock = Clock()
    stack = await make_stack(clock=clock, run_jobs=False)
    share = await make_share(stack.app[keys.CIPHER])
    scenes = stack.pay.scenes
    stack.pay.scenes = frozenset()  # the merchant's scene is not (yet) enabled: PARAM_ERROR
    refused = await begin(stack, share.id)
    await run_jobs(stack)
    assert (await TransferBill.get(id=refused.id)).state == REJECTED
    assert (await RewardShare.get(id=share.id)).status == "paying"
    gateway, cipher = stack.app[keys.WECHATPAY], stack.app[keys.CIPHER]
    with pytest.raises(RewardError) as denied:
        await void_rejected(share.id, gateway=gateway, cipher=cipher, actor=INTAKE, now=clock())
    assert denied.value.code == "forbidden"

    voided = await void_rejected(share.id, gateway=gateway, cipher=cipher, actor=FINANCE, now=clock())
    assert voided.state == VOID and (await RewardShare.get(id=share.id)).status == "offered"
    assert await RewardLedgerEntry.filter(reward_id=share.reward_id, kind="transfer_voided").count() == 1

    stack.pay.scenes = scenes
    async with in_transaction() as conn:
        again = await begin_transfer(conn, share.id, now=clock(), actor="claimant")
    assert again.out_bill_no != refused.out_bill_no
    await run_jobs(stack)
    bill = await current_bill(share.id)
    assert bill is not None and bill.state == "WAIT_USER_CONFIRM" and bill.package_info
    stack.pay.confirm(bill.package_info)
    await stack.pay.deliver_due()
    assert (await RewardShare.get(id=share.id)).status == "paid"
    await assert_paid_exactly_once(stack, share.id)


async def test_a_bill_wechat_pay_holds_is_never_voided(make_stack: StackFactory) -> None:
    clock = Clock()
    stack = await make_stack(clock=clock, run_jobs=False)
    share = await make_share(stack.app[keys.CIPHER])
    bill = await begin(stack, share.id)
    await run_jobs(stack)
    # As if an answer had been misread as a refusal: WeChat Pay in fact holds the bill.
    await TransferBill.filter(id=bill.id).update(state=REJECTED)
    with pytest.raises(RewardError) as refused:
        await void_rejected(
            share.id, gateway=stack.app[keys.WECHATPAY], cipher=stack.app[keys.CIPHER], actor=FINANCE,
            now=clock(),
        )  # fmt: skip
    assert refused.value.code == "transfer_exists"
    assert (await TransferBill.get(id=bill.id)).state == "WAIT_USER_CONFIRM"  # WeChat Pay's word, recorded
    assert (await RewardShare.get(id=share.id)).status == "paying"
