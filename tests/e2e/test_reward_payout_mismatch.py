"""A signed WeChat Pay answer that contradicts the frozen request moves nothing: it is flagged for finance,
counted for the alert, and listed by reconcile (on PostgreSQL, through the simulated WeChat Pay)."""

from __future__ import annotations

import pytest

from handlers import keys
from reward.models import RewardLedgerEntry, RewardShare, TransferBill
from reward.payout import MISMATCH
from reward.reconcile import reconcile
from tests.conftest import Stack, StackFactory
from tests.e2e.test_reward_payout_faults import awaiting_confirmation, sweep, world
from tests.integration.payout_kit import make_share

pytestmark = pytest.mark.parametrize("backend", ["postgres"])


def alerts(stack: Stack, source: str) -> float:
    value = stack.app[keys.METRICS].registry.get_sample_value(
        "fundguard_reward_transfer_mismatches_total", {"source": source}
    )
    return value or 0.0


async def test_a_success_notify_for_another_amount_and_bill_number_changes_nothing_and_is_flagged(
    make_stack: StackFactory,
) -> None:
    stack, clock = await world(make_stack)
    share = await make_share(stack.app[keys.CIPHER], amount_fen=800_000)
    bill = await awaiting_confirmation(stack, share.id)
    before = await TransferBill.get(id=bill.id)
    # WeChat Pay (its keys, its signature) says SUCCESS for 1 fen under another transfer_bill_no.
    at_wechatpay = stack.pay.bills[bill.out_bill_no]
    at_wechatpay.amount, at_wechatpay.transfer_bill_no = 1, "1330000000000000000000000001"
    stack.pay.confirm(bill.package_info or "")
    await stack.pay.deliver_due()
    assert [d["status"] for d in stack.pay.deliveries] == [200]  # taken: a retry would say the same

    after = await TransferBill.get(id=bill.id)
    assert (after.state, after.transfer_bill_no, after.version) == (
        before.state, before.transfer_bill_no, before.version,
    )  # fmt: skip
    assert (await RewardShare.get(id=share.id)).status == "paying"
    kinds = [e.kind for e in await RewardLedgerEntry.filter(reward_id=share.reward_id).order_by("id")]
    assert "paid" not in kinds and kinds[-1] == MISMATCH
    flag = await RewardLedgerEntry.get(reward_id=share.reward_id, kind=MISMATCH)
    assert flag.detail["source"] == "notify" and flag.detail["state"] == "SUCCESS"
    assert flag.detail["disagrees"] == {
        "transfer_amount": 1, "transfer_bill_no": "1330000000000000000000000001",
    }  # fmt: skip
    assert alerts(stack, "notify") == 1

    # The periodic query hears the same story: still nothing moves, and it is flagged and counted too.
    clock.advance(minutes=16)
    await sweep(stack)
    assert (await TransferBill.get(id=bill.id)).state == before.state
    assert alerts(stack, "query") == 1

    found = await reconcile(stack.app[keys.WECHATPAY], now=clock())
    flagged = [m for m in found.mismatches if m["why"] == "flagged_answer"]
    assert [(m["out_bill_no"], m["source"]) for m in flagged] == [
        (bill.out_bill_no, "notify"), (bill.out_bill_no, "query"),
    ]  # fmt: skip


async def test_a_notify_naming_another_payee_is_flagged_and_the_share_stays_unpaid(
    make_stack: StackFactory,
) -> None:
    stack, _clock = await world(make_stack)
    share = await make_share(stack.app[keys.CIPHER])
    bill = await awaiting_confirmation(stack, share.id)
    stack.pay.bills[bill.out_bill_no].openid = "o-someone-else"
    stack.pay.confirm(bill.package_info or "")
    await stack.pay.deliver_due()
    flag = await RewardLedgerEntry.get(reward_id=share.reward_id, kind=MISMATCH)
    assert flag.detail["disagrees"] == {"openid": "differs"}  # compared, never stored
    assert (await RewardShare.get(id=share.id)).status == "paying"
    assert (await TransferBill.get(id=bill.id)).state == "WAIT_USER_CONFIRM"
