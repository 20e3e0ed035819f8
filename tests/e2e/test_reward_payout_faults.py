"""Exactly once, under faults, on PostgreSQL: the service pays through the simulated WeChat Pay over HTTP
while the simulator drops answers, fails, repeats and reorders notifies. After every scenario the
simulator's ledger moved each share's money once and ``reconcile`` finds no mismatch."""

from __future__ import annotations

import asyncio
import contextvars
import json
from pathlib import Path

import aiohttp
import pytest
from tortoise.transactions import in_transaction

from handlers import keys
from reward.models import Reward, RewardLedgerEntry, RewardShare, TransferBill
from reward.payout import current_bill
from simulator.pay import crypto
from storage.models import AuditEntry, Job
from tests.conftest import TEST_FIELD_KEY, Stack, StackFactory
from tests.integration.payout_kit import Clock, assert_paid_exactly_once, begin, make_share, run_jobs
from tests.integration.test_cli_and_ops import run as run_cli

pytestmark = pytest.mark.parametrize("backend", ["postgres"])


async def world(make_stack: StackFactory) -> tuple[Stack, Clock]:
    clock = Clock()
    stack = await make_stack(clock=clock, run_jobs=False)
    return stack, clock


def creates(stack: Stack) -> list[str | None]:
    """The out_bill_no of every create request the simulator received, in order."""
    return [r["out_bill_no"] for r in stack.pay.requests if r["op"] == "create"]


async def retry_until_acknowledged(
    stack: Stack, clock: Clock, share_id: int, rounds: int = 10
) -> TransferBill:
    """Run due jobs, moving the clock past each backoff, until WeChat Pay's answer is recorded."""
    for _ in range(rounds):
        await run_jobs(stack)
        bill = await current_bill(share_id)
        assert bill is not None
        if bill.state != "CREATED":
            return bill
        clock.advance(minutes=11)
    raise AssertionError("the bill was never acknowledged")


async def awaiting_confirmation(stack: Stack, share_id: int) -> TransferBill:
    """Start the share's transfer and send it: the bill WeChat Pay holds for the payee to confirm."""
    await begin(stack, share_id)
    await run_jobs(stack)
    bill = await current_bill(share_id)
    assert bill is not None and bill.state == "WAIT_USER_CONFIRM" and bill.package_info
    return bill


async def sweep(stack: Stack) -> None:
    await stack.app[keys.JOBS].handlers["reward.transfer_sweep"]({})


async def confirm_and_notify(stack: Stack, bill: TransferBill, openid: str | None = None) -> None:
    assert bill.package_info
    stack.pay.confirm(bill.package_info, openid=openid)
    await stack.pay.deliver_due()


async def ledger_kinds(reward_id: int) -> list[str]:
    return [e.kind for e in await RewardLedgerEntry.filter(reward_id=reward_id).order_by("id")]


@pytest.mark.parametrize("fault", ["timeout", "timeout_before", "http_500", "http_429", "not_enough"])
async def test_unclear_answers_are_retried_with_the_same_number_and_paid_once(
    make_stack: StackFactory, fault: str
) -> None:
    stack, clock = await world(make_stack)
    share = await make_share(stack.app[keys.CIPHER])
    bill = await begin(stack, share.id)
    stack.pay.inject(fault, count=2, op="create")
    acknowledged = await retry_until_acknowledged(stack, clock, share.id)
    assert acknowledged.id == bill.id and acknowledged.state == "WAIT_USER_CONFIRM"
    # Every call was about the one number: the re-sends, and the query that may learn a processed bill.
    assert {r["out_bill_no"] for r in stack.pay.requests} == {bill.out_bill_no} and len(creates(stack)) >= 2
    assert acknowledged.attempts == len(creates(stack))
    assert len(stack.pay.bills) == 1
    await confirm_and_notify(stack, acknowledged)
    assert (await RewardShare.get(id=share.id)).status == "paid"
    await assert_paid_exactly_once(stack, share.id)


async def test_a_worker_killed_between_sending_and_recording_is_taken_over_with_the_same_bill(
    make_stack: StackFactory,
) -> None:
    stack, clock = await world(make_stack)
    share = await make_share(stack.app[keys.CIPHER])
    bill = await begin(stack, share.id)
    runner = stack.app[keys.JOBS]
    # Hold the share's row so the worker, its request answered, cannot record the answer; then kill it.
    # The worker gets the context from outside the transaction: tortoise keeps the current transaction
    # in a context variable, and a task would otherwise inherit (and share) the blocker's connection.
    outside = contextvars.copy_context()
    async with in_transaction() as blocker:
        await RewardShare.filter(id=share.id).using_db(blocker).select_for_update()
        worker = asyncio.create_task(runner.run_due(), context=outside)
        while not any(r["processed"] for r in stack.pay.requests if r["op"] == "create"):  # noqa: ASYNC110
            await asyncio.sleep(0.01)  # the simulator has no event to wait on
        worker.cancel()
        with pytest.raises(asyncio.CancelledError):
            await worker
    assert stack.pay.bills[bill.out_bill_no].state == "WAIT_USER_CONFIRM"  # WeChat Pay has it …
    assert (await TransferBill.get(id=bill.id)).state == "CREATED"  # … and we do not know
    assert await Job.filter(kind="reward.transfer_send", status="running").count() == 1
    assert await run_jobs(stack) == 0  # the dead worker's lease still holds
    clock.advance(minutes=3)
    assert await run_jobs(stack) == 1
    taken_over = await current_bill(share.id)
    assert taken_over is not None and taken_over.id == bill.id and taken_over.state == "WAIT_USER_CONFIRM"
    assert creates(stack) == [bill.out_bill_no, bill.out_bill_no] and len(stack.pay.bills) == 1
    await confirm_and_notify(stack, taken_over)
    await assert_paid_exactly_once(stack, share.id)


async def test_duplicate_notifies_and_a_signature_probe_pay_once(make_stack: StackFactory) -> None:
    stack, _clock = await world(make_stack)
    share = await make_share(stack.app[keys.CIPHER])
    bill = await awaiting_confirmation(stack, share.id)
    stack.pay.inject("duplicate_notify")
    stack.pay.inject("sign_probe")
    await confirm_and_notify(stack, bill)
    answers = [(d["probe"], d["status"]) for d in stack.pay.deliveries]
    assert answers == [(True, 401), (False, 200), (False, 200)]
    assert await ledger_kinds(share.reward_id) == ["transfer_created", "transfer_sent", "paid", "reward_paid"]
    await assert_paid_exactly_once(stack, share.id)


async def test_a_notify_delivered_before_the_query_answer_is_applied_once(make_stack: StackFactory) -> None:
    stack, clock = await world(make_stack)
    share = await make_share(stack.app[keys.CIPHER])
    bill = await awaiting_confirmation(stack, share.id)
    stack.pay.confirm(bill.package_info or "")  # paid at WeChat Pay; the notify is still due
    stack.pay.inject("notify_first", op="query")
    clock.advance(minutes=16)
    await sweep(stack)
    assert [d["status"] for d in stack.pay.deliveries] == [200]  # the notify came in first
    assert (await TransferBill.get(id=bill.id)).state == "SUCCESS"
    assert (await ledger_kinds(share.reward_id)).count("paid") == 1
    await assert_paid_exactly_once(stack, share.id)


async def test_the_query_settles_a_bill_whose_notify_comes_later_or_never(make_stack: StackFactory) -> None:
    stack, clock = await world(make_stack)
    share = await make_share(stack.app[keys.CIPHER])
    bill = await awaiting_confirmation(stack, share.id)
    stack.pay.confirm(bill.package_info or "")
    clock.advance(minutes=14)
    await sweep(stack)
    assert (await TransferBill.get(id=bill.id)).state == "WAIT_USER_CONFIRM"  # not stale yet: not asked
    clock.advance(minutes=2)
    await sweep(stack)
    assert (await RewardShare.get(id=share.id)).status == "paid"
    await assert_paid_exactly_once(stack, share.id)
    before = await RewardLedgerEntry.all().count()
    await stack.pay.deliver_due()  # the late notify: accepted, nothing written
    assert stack.pay.deliveries[-1]["status"] == 200 and await RewardLedgerEntry.all().count() == before
    await assert_paid_exactly_once(stack, share.id)


async def test_a_failed_transfer_offers_the_share_again_and_a_new_bill_pays_it(
    make_stack: StackFactory,
) -> None:
    stack, clock = await world(make_stack)
    share = await make_share(stack.app[keys.CIPHER], openid="o-fail")
    first = await awaiting_confirmation(stack, share.id)
    stack.pay.inject("fail", reason="PAYEE_ACCOUNT_ABNORMAL")
    await confirm_and_notify(stack, first)
    failed = await TransferBill.get(id=first.id)
    assert failed.state == "FAIL" and failed.fail_reason == "PAYEE_ACCOUNT_ABNORMAL"
    assert (await RewardShare.get(id=share.id)).status == "offered"
    assert (await Reward.get(id=share.reward_id)).status == "offered"
    clock.advance(minutes=5)
    second = await awaiting_confirmation(stack, share.id)  # the claim page asks again: a new attempt
    assert second.id != first.id and second.out_bill_no != first.out_bill_no
    await confirm_and_notify(stack, second, openid="o-fail")
    assert await ledger_kinds(share.reward_id) == [
        "transfer_created",
        "transfer_sent",
        "transfer_failed",
        "transfer_created",
        "transfer_sent",
        "paid",
        "reward_paid",
    ]
    assert [b["state"] for b in stack.pay.bill_dicts(openid="o-fail")] == ["FAIL", "SUCCESS"]
    await assert_paid_exactly_once(stack, share.id)


async def test_a_transfer_not_confirmed_within_24_hours_closes_and_a_new_attempt_pays(
    make_stack: StackFactory,
) -> None:
    stack, clock = await world(make_stack)
    share = await make_share(stack.app[keys.CIPHER])
    first = await awaiting_confirmation(stack, share.id)
    clock.advance(hours=23, minutes=59)
    await sweep(stack)
    assert (await TransferBill.get(id=first.id)).state == "WAIT_USER_CONFIRM"
    clock.advance(minutes=16)
    await sweep(stack)  # WeChat Pay closed it
    closed = await TransferBill.get(id=first.id)
    assert closed.state in ("FAIL", "CANCELLED") and (await RewardShare.get(id=share.id)).status == "offered"
    await stack.pay.deliver_due()  # its notify after the query: nothing more happens
    assert (await ledger_kinds(share.reward_id)).count("transfer_failed") == 1
    await confirm_and_notify(stack, await awaiting_confirmation(stack, share.id))
    await assert_paid_exactly_once(stack, share.id)


async def test_a_bill_that_never_reached_wechat_pay_is_sent_again_by_the_sweep(
    make_stack: StackFactory,
) -> None:
    stack, clock = await world(make_stack)
    share = await make_share(stack.app[keys.CIPHER])
    bill = await begin(stack, share.id)
    await Job.filter(kind="reward.transfer_send").update(status="failed")  # the send job gave up
    clock.advance(minutes=2)
    await sweep(stack)  # NOT_FOUND → sent, same number
    sent = await TransferBill.get(id=bill.id)
    assert sent.state == "WAIT_USER_CONFIRM" and creates(stack) == [bill.out_bill_no]
    await confirm_and_notify(stack, sent)
    await assert_paid_exactly_once(stack, share.id)


async def test_bad_notifies_are_refused_per_the_contract(make_stack: StackFactory) -> None:
    stack, _clock = await world(make_stack)
    url = stack.settings.wechatpay_notify_url
    body = json.dumps({"id": "EV-x", "resource": {}})
    signed = stack.pay.signed_headers(body)
    async with aiohttp.ClientSession() as http:
        for headers, data in [
            (signed, body + " "),  # changed after signing
            ({**signed, "Wechatpay-Signature": "WECHATPAY/SIGNTEST/abc"}, body),
            ({}, body),
        ]:
            async with http.post(url, data=data.encode(), headers=headers) as resp:
                assert resp.status == 401
                assert (await resp.json())["code"] == "FAIL"


async def test_reconcile_command_lists_a_mismatch_and_exits_1(
    make_stack: StackFactory, tmp_path: Path
) -> None:
    stack, _clock = await world(make_stack)
    share = await make_share(stack.app[keys.CIPHER])
    await begin(stack, share.id)
    await run_jobs(stack)
    bill = await current_bill(share.id)
    assert bill is not None
    await confirm_and_notify(stack, bill)
    s = stack.settings
    env = {
        name: str(getattr(s, name))
        for name in dir(s)
        if name.startswith("WECHATPAY_") or name in ("DATABASE_URL", "WECHAT_APPID")
    }
    env["FIELD_ENCRYPTION_KEY"] = TEST_FIELD_KEY
    code, out, err = await run_cli("reward", "reconcile", env=env, cwd=tmp_path)
    assert code == 0, err
    assert json.loads(out) == {"checked": 1, "mismatches": []}
    # A row that says FAIL for money WeChat Pay moved: reconcile must say so.
    await TransferBill.filter(id=bill.id).update(state="FAIL")
    code, out, _ = await run_cli("reward", "reconcile", "--region", "demo", env=env, cwd=tmp_path)
    report = json.loads(out)
    assert code == 1 and {m["why"] for m in report["mismatches"]} >= {"state", "paid_without_success"}
    code, out, _ = await run_cli("reward", "reconcile", "--region", "elsewhere", env=env, cwd=tmp_path)
    assert code == 0 and json.loads(out)["checked"] == 0


async def test_a_cancelled_transfer_offers_the_share_again(make_stack: StackFactory) -> None:
    stack, _clock = await world(make_stack)
    share = await make_share(stack.app[keys.CIPHER])
    first = await awaiting_confirmation(stack, share.id)
    stack.pay.cancel(first.out_bill_no)  # cancelled at WeChat Pay before the payee confirmed
    stack.pay.expire_due()
    await stack.pay.deliver_due()
    assert (await TransferBill.get(id=first.id)).state == "CANCELLED"
    assert (await RewardShare.get(id=share.id)).status == "offered"
    assert (await ledger_kinds(share.reward_id))[-1] == "transfer_cancelled"
    await confirm_and_notify(stack, await awaiting_confirmation(stack, share.id))
    await assert_paid_exactly_once(stack, share.id)


async def test_a_notify_and_a_query_racing_with_the_same_success_pay_once(make_stack: StackFactory) -> None:
    stack, clock = await world(make_stack)
    share = await make_share(stack.app[keys.CIPHER])
    bill = await awaiting_confirmation(stack, share.id)
    stack.pay.inject("duplicate_notify")
    stack.pay.confirm(bill.package_info or "")
    clock.advance(minutes=16)
    await asyncio.gather(sweep(stack), stack.pay.deliver_due(), sweep(stack))
    assert [d["status"] for d in stack.pay.deliveries] == [200, 200]
    assert (await ledger_kinds(share.reward_id)).count("paid") == 1
    await assert_paid_exactly_once(stack, share.id)


async def test_a_genuine_notify_for_a_bill_we_never_issued_is_accepted_and_audited(
    make_stack: StackFactory,
) -> None:
    stack, _clock = await world(make_stack)
    resource = {"mch_id": stack.pay.keys.mchid, "out_bill_no": "ELSEWHERE1", "state": "SUCCESS"}
    nonce = crypto.nonce(12)
    body = json.dumps(
        {
            "id": "EV-9",
            "event_type": "MCHTRANSFER.BILL.FINISHED",
            "resource_type": "encrypt-resource",
            "resource": {
                "algorithm": "AEAD_AES_256_GCM",
                "ciphertext": crypto.aes_gcm_encrypt(
                    stack.pay.keys.apiv3_key, nonce, "", json.dumps(resource)
                ),
                "associated_data": "",
                "nonce": nonce,
            },
        }
    )
    async with aiohttp.ClientSession() as http:
        url = stack.settings.wechatpay_notify_url
        async with http.post(url, data=body.encode(), headers=stack.pay.signed_headers(body)) as resp:
            # Retrying could never succeed, so it is taken (200) and left for people in the audit log.
            assert resp.status == 200 and await resp.read() == b""
    assert (
        await AuditEntry.filter(action="reward.notice_ignored", subject="out_bill_no:ELSEWHERE1").count() == 1
    )
    assert await RewardLedgerEntry.all().count() == 0
