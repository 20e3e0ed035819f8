"""Paying a reward share through WeChat Pay 商家转账, exactly once (POLICY §3, WECHAT.md §5.2–5.4).

The database row is the truth. A share has at most one open attempt (``TransferBill``); each attempt has
one ``out_bill_no`` and request parameters frozen at creation, so every retry after an unclear answer
(timeout, 5xx, 429, NOT_ENOUGH) repeats the same number with the same parameters and WeChat Pay can
only ever move the money once for it. A new attempt, with a new number, is possible only after WeChat Pay
said FAIL or CANCELLED for the previous one. Answers from the send, the query and the notify all go
through ``apply_state``: the row is locked, a final state is never changed again, and applying the same
state twice writes nothing the second time. An answer that disagrees with the frozen request (amount,
payee, WeChat Pay's bill number) changes nothing: it is a ``transfer_mismatch`` ledger row for finance,
an alert (``on_mismatch``), and reconcile lists it.

Lock order everywhere: share, then bill, then reward (``settle_reward``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from kernel.actors import Actor
from reward import ledger
from reward.errors import RewardError
from reward.models import Reward, RewardShare, TransferBill
from reward.shares import NAME_CONTEXT, OPENID_CONTEXT, settled_status
from reward.wechatpay import FINAL_STATES, PayAnswer, WeChatPayGateway
from storage import audit, jobs
from storage.crypto import FieldCipher

log = logging.getLogger(__name__)

# FieldCipher contexts of the share's identity columns (written by the claim, read here at send time).
SHARE_OPENID_CONTEXT = OPENID_CONTEXT
SHARE_NAME_CONTEXT = NAME_CONTEXT

REAL_NAME_FROM_FEN = 200_000  # the payee's real name is required from 2,000 yuan (WECHAT.md §5.2)
MIN_TRANSFER_FEN = 10  # 0.1 yuan
TRANSFER_REMARK = "医保基金举报奖励"  # shown to the payee, at most 32 characters
RECV_PERCEPTION = "现金奖励"  # scene 1000 allows 现金奖励 or 活动奖励
SEND_JOB = "reward.transfer_send"
QUERY_JOB = "reward.transfer_query"
SEND_MAX_ATTEMPTS = 20  # backoff is capped at 10 min; after that the periodic sweep carries on
QUERY_AFTER_UNCLEAR = timedelta(seconds=30)
# Local states besides WeChat Pay's: CREATED (not yet acknowledged by WeChat Pay) and REJECTED (WeChat
# Pay refused the request itself, e.g. PARAM_ERROR; it stays open for staff, never renumbered silently).
CREATED, REJECTED = "CREATED", "REJECTED"
# VOID: a REJECTED attempt that WeChat Pay confirmed it does not hold, closed by finance so the share can
# be paid again (a new number, or by bank). Local and final, like WeChat Pay's own final states.
VOID = "VOID"
CLOSED_STATES = FINAL_STATES | {VOID}
REWARD_CLOSED = frozenset({"proposed", "expired", "paid"})
ACTOR = "wechatpay"

Clock = Callable[[], datetime]
# Told the source ("send", "query", "notify") of every answer that disagreed with its bill: the alert metric.
OnMismatch = Callable[[str], None]
MISMATCH = "transfer_mismatch"


def is_open(bill: TransferBill) -> bool:
    return bill.state not in CLOSED_STATES


async def current_bill(share_id: int) -> TransferBill | None:
    """The latest attempt of the share (its ``package_info`` is set while WAIT_USER_CONFIRM)."""
    return await TransferBill.filter(share_id=share_id).order_by("-id").first()


def _out_bill_no(share_id: int, attempt: int, now: datetime) -> str:
    # [0-9A-Za-z], at most 32: share, attempt and time keep it unique even across a restored backup.
    return f"FGS{share_id}A{attempt}T{now:%Y%m%d%H%M%S}"


async def begin_transfer(
    conn: BaseDBAsyncClient, share_id: int, *, now: datetime, actor: str
) -> TransferBill:
    """Open the share's attempt, or return the one already open (idempotent).

    The share must be ``claimed`` (identity verified, openid known), or ``offered`` again after a failed
    or cancelled attempt of an earlier claim. The request is frozen here, the real name as the share's
    ciphertext when the amount needs it; the send job decrypts it only at send time.
    """
    share = await RewardShare.filter(id=share_id).using_db(conn).select_for_update().first()
    if share is None:
        raise RewardError("not_found")
    bills = await TransferBill.filter(share_id=share.id).using_db(conn).order_by("-id")
    if bills and is_open(bills[0]):
        return bills[0]
    if share.status == "paid" or any(b.state == "SUCCESS" for b in bills):
        raise RewardError("already_paid")
    reclaim = share.status == "offered" and share.claimed_at is not None
    if share.status != "claimed" and not reclaim:
        raise RewardError("not_claimed")
    if not share.openid_enc or not share.payee_name_enc:
        raise RewardError("not_claimed")
    reward = await Reward.filter(id=share.reward_id).using_db(conn).first()
    if reward is None or reward.status in REWARD_CLOSED:
        raise RewardError("bad_transition")
    if share.amount_fen < MIN_TRANSFER_FEN:
        raise RewardError("bad_amount")
    request: dict[str, Any] = {
        "out_bill_no": _out_bill_no(share.id, len(bills) + 1, now),
        "transfer_amount": share.amount_fen,
        "transfer_remark": TRANSFER_REMARK,
        "user_recv_perception": RECV_PERCEPTION,
        "openid_enc": share.openid_enc,
    }
    if share.amount_fen >= REAL_NAME_FROM_FEN:
        request["user_name_enc"] = share.payee_name_enc
    bill = await TransferBill.create(
        using_db=conn,
        share_id=share.id,
        reward_id=share.reward_id,
        out_bill_no=request["out_bill_no"],
        amount_fen=share.amount_fen,
        request=request,
        state=CREATED,
        created_at=now,
        updated_at=now,
    )
    from_status = share.status
    share.status = "paying"
    share.version += 1
    await share.save(using_db=conn, update_fields=["status", "version"])
    await ledger.append(
        conn,
        reward_id=share.reward_id,
        actor=actor,
        kind="transfer_created",
        from_status=from_status,
        to_status="paying",
        now=now,
        amount_fen=bill.amount_fen,
        detail=_detail(bill),
    )
    await jobs.enqueue(
        conn,
        SEND_JOB,
        {"bill_id": bill.id},
        now=now,
        dedup_key=f"{SEND_JOB}:{bill.id}",
        max_attempts=SEND_MAX_ATTEMPTS,
    )
    return bill


def _detail(bill: TransferBill, **more: Any) -> dict[str, Any]:
    return {"share_id": bill.share_id, "bill_id": bill.id, "out_bill_no": bill.out_bill_no, **more}


async def settle_reward(conn: BaseDBAsyncClient, reward_id: int, now: datetime) -> bool:
    """Mark the reward paid once every share is final (paid, expired, declined) and one was paid.

    Called after a share is paid, by WeChat Pay or by bank transfer; True when it changed the reward.
    """
    reward = await Reward.filter(id=reward_id).using_db(conn).select_for_update().first()
    if reward is None or reward.status == "paid":
        return False
    shares = await RewardShare.filter(reward_id=reward_id).using_db(conn)
    if settled_status(shares) != "paid":
        return False
    paid = [s for s in shares if s.status == "paid"]
    from_status = reward.status
    reward.status = "paid"
    reward.version += 1
    await reward.save(using_db=conn, update_fields=["status", "version"])
    await ledger.append(
        conn,
        reward_id=reward.id,
        actor="system",
        kind="reward_paid",
        from_status=from_status,
        to_status="paid",
        now=now,
        amount_fen=sum(s.amount_fen for s in paid),
        detail={"shares": [s.id for s in paid]},
    )
    return True


async def apply_state(
    conn: BaseDBAsyncClient,
    out_bill_no: str,
    state: str,
    *,
    body: dict[str, Any],
    now: datetime,
    source: str,
    cipher: FieldCipher,
    on_mismatch: OnMismatch | None = None,
) -> TransferBill | None:
    """Record what WeChat Pay said about a bill (send answer, query, notify); None for an unknown number.

    Final states are never changed; a repeated state writes nothing. SUCCESS pays the share and settles
    the reward; FAIL and CANCELLED close the attempt and offer the share again. An answer about another
    amount, payee or WeChat Pay bill changes nothing and is flagged (``MISMATCH``) instead.
    """
    found = await TransferBill.filter(out_bill_no=out_bill_no).using_db(conn).first()
    if found is None:
        return None
    share = await RewardShare.filter(id=found.share_id).using_db(conn).select_for_update().first()
    bill = await TransferBill.filter(id=found.id).using_db(conn).select_for_update().first()
    assert share is not None and bill is not None
    said = disagreement(bill, body, cipher=cipher)
    if said:
        # A signed answer for 1 fen against an 800,000-fen bill is not a payment of that bill: a bug or a
        # compromised key at either end. Nothing moves; finance and reconcile see the row.
        log.error("bill %s: WeChat Pay's %s disagrees with it on %s", out_bill_no, source, sorted(said))
        flag: dict[str, Any] = {"state": state, "source": source, "disagrees": said}
        await _entry(conn, bill, MISMATCH, share.status, share.status, now, 0, flag)
        if on_mismatch is not None:
            on_mismatch(source)
        return bill
    if bill.state in FINAL_STATES:
        if state != bill.state:
            # WeChat Pay's final states are final; a contradiction is for people (and reconcile) to see.
            log.error("bill %s is %s; WeChat Pay says %s (%s)", out_bill_no, bill.state, state, source)
        return bill
    old = bill.state
    fields = ["state", "updated_at", "version", "last_error"]
    bill.state, bill.updated_at, bill.last_error = state, now, None
    bill.version += 1
    if body.get("transfer_bill_no"):
        bill.transfer_bill_no = str(body["transfer_bill_no"])
        fields.append("transfer_bill_no")
    if body.get("package_info"):
        bill.package_info = str(body["package_info"])
        fields.append("package_info")
    if body.get("fail_reason"):
        bill.fail_reason = str(body["fail_reason"])[:64]
        fields.append("fail_reason")
    await bill.save(using_db=conn, update_fields=fields)
    if state == old:
        return bill
    note = {"state": state, "source": source, "transfer_bill_no": bill.transfer_bill_no}
    if old in (CREATED, REJECTED):
        await _entry(conn, bill, "transfer_sent", share.status, share.status, now, bill.amount_fen, note)
    if state == "SUCCESS":
        share.status, share.paid_at, share.rail = "paid", now, "wechat"
        share.version += 1
        await share.save(using_db=conn, update_fields=["status", "paid_at", "rail", "version"])
        await _entry(conn, bill, "paid", "paying", "paid", now, bill.amount_fen, note)
        await settle_reward(conn, bill.reward_id, now)
    elif state in ("FAIL", "CANCELLED"):
        from_status = share.status
        if share.status == "paying":
            share.status = "offered"  # the claimant's identity stays; the claim page may start again
            share.version += 1
            await share.save(using_db=conn, update_fields=["status", "version"])
        kind = "transfer_failed" if state == "FAIL" else "transfer_cancelled"
        note["reason"] = bill.fail_reason
        await _entry(conn, bill, kind, from_status, share.status, now, 0, note)
    elif old not in (CREATED, REJECTED):
        await _entry(conn, bill, "transfer_state", share.status, share.status, now, 0, {**note, "from": old})
    return bill


def disagreement(bill: TransferBill, body: dict[str, Any], *, cipher: FieldCipher) -> dict[str, Any]:
    """What in WeChat Pay's answer contradicts the frozen request: {field: what WeChat Pay said}.

    The payee's openid is compared, never stored: the row says only that it differed."""
    said: dict[str, Any] = {}
    amount = body.get("transfer_amount")
    if amount is not None and (type(amount) is not int or amount != bill.amount_fen):
        said["transfer_amount"] = amount if type(amount) is int else str(amount)[:32]
    number = body.get("transfer_bill_no")
    if number and bill.transfer_bill_no and str(number) != bill.transfer_bill_no:
        said["transfer_bill_no"] = str(number)[:64]
    openid, sealed = body.get("openid"), bill.request.get("openid_enc")
    if openid and sealed and str(openid) != cipher.decrypt(str(sealed), context=SHARE_OPENID_CONTEXT):
        said["openid"] = "differs"
    return said


async def _entry(
    conn: BaseDBAsyncClient,
    bill: TransferBill,
    kind: str,
    from_status: str,
    to_status: str,
    now: datetime,
    amount_fen: int,
    note: dict[str, Any],
) -> None:
    await ledger.append(
        conn,
        reward_id=bill.reward_id,
        actor=ACTOR,
        kind=kind,
        from_status=from_status,
        to_status=to_status,
        now=now,
        amount_fen=amount_fen,
        detail=_detail(bill, **note),
    )


async def _record_trouble(conn: BaseDBAsyncClient, bill_id: int, answer: PayAnswer, *, now: datetime) -> int:
    """An unclear or refused answer: the bill keeps its number; the reason is kept for people to see.
    Returns the bill's send attempts so far."""
    bill = await TransferBill.filter(id=bill_id).using_db(conn).select_for_update().first()
    assert bill is not None
    if bill.state in FINAL_STATES:
        return bill.attempts
    bill.last_error, bill.updated_at = answer.describe(), now
    bill.version += 1
    fields = ["last_error", "updated_at", "version"]
    if answer.outcome == "rejected" and bill.state == CREATED:
        bill.state = REJECTED
        fields.append("state")
        share = await RewardShare.filter(id=bill.share_id).using_db(conn).get()
        await _entry(
            conn, bill, "transfer_rejected", share.status, share.status, now, 0,
            {"code": answer.code, "message": answer.message},
        )  # fmt: skip
    await bill.save(using_db=conn, update_fields=fields)
    return bill.attempts


def needs_send(bill: TransferBill) -> bool:
    return bill.state == CREATED or (bill.state == "WAIT_USER_CONFIRM" and not bill.package_info)


async def send_bill(
    bill_id: int,
    *,
    gateway: WeChatPayGateway,
    cipher: FieldCipher,
    clock: Clock,
    on_mismatch: OnMismatch | None = None,
) -> PayAnswer | None:
    """Send (or re-send) the attempt with exactly its frozen parameters; None when there is nothing to send.

    Sent: a bill WeChat Pay has not acknowledged (CREATED), and one a query found waiting for the payee
    without our having its ``package_info`` (queries do not carry it; the repeated create answers the
    existing bill with it). The merchant-side parameters (appid, notify_url, scene) are frozen into the
    request at the first send, so they cannot drift either.
    """
    async with in_transaction() as conn:
        bill = await TransferBill.filter(id=bill_id).using_db(conn).select_for_update().first()
        if bill is None or not needs_send(bill):
            return None
        request = dict(bill.request)
        if "appid" not in request:
            c = gateway.config
            request.update(
                appid=c.appid,
                notify_url=c.notify_url,
                transfer_scene_id=c.scene_id,
                transfer_scene_report_infos=[{"info_type": k, "info_content": v} for k, v in c.report_infos],
            )
            bill.request = request
        bill.attempts += 1
        bill.version += 1
        await bill.save(using_db=conn, update_fields=["request", "attempts", "version"])
    params = {k: v for k, v in request.items() if not k.endswith("_enc")}
    params["openid"] = cipher.decrypt(request["openid_enc"], context=SHARE_OPENID_CONTEXT)
    name_enc = request.get("user_name_enc")
    user_name = cipher.decrypt(name_enc, context=SHARE_NAME_CONTEXT) if name_enc else None
    answer = await gateway.transfer(params, user_name=user_name)
    await _record(
        bill_id, bill.out_bill_no, answer, now=clock(), source="send", cipher=cipher, on_mismatch=on_mismatch
    )
    return answer


async def _record(
    bill_id: int,
    out_bill_no: str,
    answer: PayAnswer,
    *,
    now: datetime,
    source: str,
    cipher: FieldCipher,
    on_mismatch: OnMismatch | None,
) -> None:
    async with in_transaction() as conn:
        if answer.outcome == "definite":
            await apply_state(
                conn, out_bill_no, answer.state, body=answer.body, now=now, source=source, cipher=cipher,
                on_mismatch=on_mismatch,
            )  # fmt: skip
        elif answer.outcome in ("unclear", "rejected"):
            attempts = await _record_trouble(conn, bill_id, answer, now=now)
            if answer.outcome == "unclear" and source == "send":
                await jobs.enqueue(
                    conn,
                    QUERY_JOB,
                    {"bill_id": bill_id},
                    now=now,
                    delay=QUERY_AFTER_UNCLEAR,
                    dedup_key=f"{QUERY_JOB}:{bill_id}:{attempts}",
                    max_attempts=3,
                )


async def query_bill(
    bill_id: int,
    *,
    gateway: WeChatPayGateway,
    cipher: FieldCipher,
    clock: Clock,
    on_mismatch: OnMismatch | None = None,
) -> PayAnswer | None:
    """Ask WeChat Pay about an open bill and record the answer. NOT_FOUND for a bill never acknowledged
    means it never arrived: it is sent again, same number, same parameters."""
    bill = await TransferBill.get_or_none(id=bill_id)
    if bill is None or not is_open(bill):
        return None
    answer = await gateway.query(bill.out_bill_no)
    if answer.outcome == "not_found":
        if bill.state == CREATED:
            return await send_bill(
                bill_id, gateway=gateway, cipher=cipher, clock=clock, on_mismatch=on_mismatch
            )
        log.error("bill %s (%s here) is unknown to WeChat Pay", bill.out_bill_no, bill.state)
        answer = PayAnswer("unclear", answer.status, answer.code, "query: not found")
    await _record(
        bill_id, bill.out_bill_no, answer, now=clock(), source="query", cipher=cipher, on_mismatch=on_mismatch
    )
    if answer.outcome == "definite" and answer.state == "WAIT_USER_CONFIRM":
        sent = await send_bill(bill_id, gateway=gateway, cipher=cipher, clock=clock, on_mismatch=on_mismatch)
        return sent or answer
    return answer


SWEEP_PERIOD_SECONDS = 60
STALE_AFTER = timedelta(seconds=60)
# A bill waiting for the payee may wait a day and its end is notified: asking every minute would be
# 1,440 queries per bill against WeChat Pay's 100 QPS, so it is asked less often.
WAITING_STALE_AFTER = timedelta(minutes=15)


async def sweep_open_bills(
    *,
    gateway: WeChatPayGateway,
    cipher: FieldCipher,
    clock: Clock,
    limit: int = 200,
    on_mismatch: OnMismatch | None = None,
) -> int:
    """Query every open bill not updated for a while (the periodic safety net); returns how many."""
    now = clock()
    # REJECTED waits for finance (``void_rejected``): WeChat Pay holds nothing to ask about.
    busy = [*CLOSED_STATES, REJECTED, "WAIT_USER_CONFIRM"]
    due = (
        await TransferBill.filter(
            Q(state__not_in=busy, updated_at__lt=now - STALE_AFTER)
            | Q(state="WAIT_USER_CONFIRM", updated_at__lt=now - WAITING_STALE_AFTER)
        )
        .order_by("updated_at")
        .limit(limit)
        .only("id")
    )
    ids = [b.id for b in due]
    for bill_id in ids:
        await query_bill(bill_id, gateway=gateway, cipher=cipher, clock=clock, on_mismatch=on_mismatch)
    return len(ids)


async def apply_notice(
    conn: BaseDBAsyncClient, resource: dict[str, Any], *, mchid: str, cipher: FieldCipher, now: datetime
) -> str:
    """A decrypted MCHTRANSFER.BILL.FINISHED resource; returns applied, duplicate, mismatch or ignored.

    A notice for a number we never issued (another system on the merchant account, or a database
    restored from before the bill) is answered as received: WeChat Pay would otherwise retry for a day
    with no chance of success. It is kept in the audit log for people to follow up.
    """
    out_bill_no = str(resource.get("out_bill_no", ""))
    state = str(resource.get("state", ""))
    sender = str(resource.get("mch_id") or resource.get("mchid") or mchid)
    bill = None
    if sender == mchid and state in FINAL_STATES and out_bill_no:
        before = await TransferBill.filter(out_bill_no=out_bill_no).using_db(conn).first()
        flagged: list[str] = []
        bill = await apply_state(
            conn, out_bill_no, state, body=resource, now=now, source="notify", cipher=cipher,
            on_mismatch=flagged.append,
        )  # fmt: skip
        if bill is not None:
            if flagged:
                return "mismatch"
            return "duplicate" if before is not None and before.state == bill.state else "applied"
    log.error("wechat pay notice not applied: mchid=%s out_bill_no=%s state=%s", sender, out_bill_no, state)
    await audit.append(
        conn,
        actor=ACTOR,
        action="reward.notice_ignored",
        subject=f"out_bill_no:{out_bill_no[:64]}",
        detail={"mchid": sender, "state": state},
        now=now,
    )
    return "ignored"


VOID_ROLES = ("finance", "head")


async def void_rejected(
    share_id: int, *, gateway: WeChatPayGateway, cipher: FieldCipher, actor: Actor, now: datetime
) -> TransferBill:
    """Close the share's attempt that WeChat Pay refused (e.g. PARAM_ERROR), so it can be paid again.

    WeChat Pay is asked first: only a bill it answers NOT_FOUND for is voided. Any other answer is
    recorded as usual and the void refused, so a bill that exists after all can never be paid twice.
    """
    share = await RewardShare.get_or_none(id=share_id)
    if share is None:
        raise RewardError("not_found")
    reward = await Reward.get(id=share.reward_id)
    if not actor.has_any(VOID_ROLES, reward.region):
        raise RewardError("forbidden")
    bill = await current_bill(share_id)
    if bill is None or bill.state != REJECTED:
        raise RewardError("not_rejected")
    answer = await gateway.query(bill.out_bill_no)
    if answer.outcome != "not_found":
        if answer.outcome == "definite":
            await _record(
                bill.id, bill.out_bill_no, answer, now=now, source="query", cipher=cipher, on_mismatch=None
            )
            raise RewardError("transfer_exists")
        unsure = f"微信支付暂时无法确认（{answer.describe()}），请稍后再试。"
        raise RewardError("bad_transition", detail=unsure)
    async with in_transaction() as conn:
        share = await RewardShare.filter(id=share_id).using_db(conn).select_for_update().get()
        bill = await TransferBill.filter(id=bill.id).using_db(conn).select_for_update().get()
        if bill.state != REJECTED:
            raise RewardError("not_rejected")
        bill.state, bill.updated_at = VOID, now
        bill.version += 1
        await bill.save(using_db=conn, update_fields=["state", "updated_at", "version"])
        from_status = share.status
        share.status = "offered"  # the claim stays on the row: a new attempt or a bank transfer follows
        share.version += 1
        await share.save(using_db=conn, update_fields=["status", "version"])
        await _entry(conn, bill, "transfer_voided", from_status, "offered", now, 0, {"by": actor.label})
    return bill
