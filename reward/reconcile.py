"""Reconciliation of WeChat Pay transfers (``fundguard reward reconcile``): every bill in the database is
queried at WeChat Pay and compared with its row and with the ledger; every disagreement is listed.

Checked: final states agree (two different open states are a transfer in flight, not a mismatch); amount
and transfer_bill_no agree; a SUCCESS has exactly one "paid" ledger row of the bill's amount and a paid
share, a "paid" ledger row has a SUCCESS behind it; no share is paid twice and no reward beyond its amount.
Every answer the service flagged as disagreeing with its bill (``transfer_mismatch``) in the last 30 days is
listed too, whatever WeChat Pay answers now: finance must look at it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from reward.models import BankTransfer, Reward, RewardLedgerEntry, RewardShare, TransferBill
from reward.payout import CREATED, MISMATCH, REJECTED, VOID
from reward.wechatpay import FINAL_STATES, WeChatPayGateway

QUERY_WINDOW = timedelta(days=30)  # WeChat Pay answers queries for the last 30 days only


@dataclass
class Reconciliation:
    checked: int = 0
    mismatches: list[dict[str, Any]] = field(default_factory=list)

    def add(self, why: str, **facts: Any) -> None:
        self.mismatches.append({"why": why, **facts})

    def as_dict(self) -> dict[str, Any]:
        return {"checked": self.checked, "mismatches": self.mismatches}


async def reconcile(gateway: WeChatPayGateway, *, now: datetime, region: str | None = None) -> Reconciliation:
    rewards = Reward.filter(region=region) if region else Reward.all()
    reward_rows = {r.id: r for r in await rewards}
    bills = await TransferBill.filter(reward_id__in=list(reward_rows)).order_by("id")
    shares = {s.id: s for s in await RewardShare.filter(reward_id__in=list(reward_rows))}
    banks = {b.share_id: b for b in await BankTransfer.filter(reward_id__in=list(reward_rows))}
    paid_rows: dict[str, list[RewardLedgerEntry]] = defaultdict(list)
    for entry in await RewardLedgerEntry.filter(kind="paid", reward_id__in=list(reward_rows)):
        if entry.detail.get("out_bill_no"):
            paid_rows[str(entry.detail["out_bill_no"])].append(entry)
    out = Reconciliation()
    succeeded: dict[int, list[str]] = defaultdict(list)  # share → out_bill_nos WeChat Pay paid
    paid_fen: dict[int, int] = defaultdict(int)  # reward → fen paid, both rails
    for bill in bills:
        out.checked += 1
        wx_state = await _compare(gateway, bill, now=now, out=out)
        ref = {"out_bill_no": bill.out_bill_no, "share_id": bill.share_id, "reward_id": bill.reward_id}
        success = bill.state == "SUCCESS" or wx_state == "SUCCESS"
        if success:
            succeeded[bill.share_id].append(bill.out_bill_no)
            paid_fen[bill.reward_id] += bill.amount_fen
        rows = paid_rows.pop(bill.out_bill_no, [])
        if success and len(rows) != 1:
            out.add("paid_ledger_rows", **ref, rows=len(rows))
        if rows and not (bill.state == "SUCCESS" and wx_state in ("SUCCESS", None)):
            out.add("paid_without_success", **ref, db=bill.state, wechatpay=wx_state)
        if any(r.amount_fen != bill.amount_fen for r in rows):
            out.add("ledger_amount", **ref, bill=bill.amount_fen, ledger=[r.amount_fen for r in rows])
        share = shares.get(bill.share_id)
        if success and share is not None and share.status != "paid":
            out.add("success_share_not_paid", **ref, share_status=share.status)
    for out_bill_no, rows in paid_rows.items():
        out.add("paid_without_bill", out_bill_no=out_bill_no, reward_id=rows[0].reward_id)
    for share in shares.values():
        paid_by = list(succeeded.get(share.id, []))
        if share.id in banks:
            paid_by.append(f"bank:{banks[share.id].voucher_no}")
            paid_fen[share.reward_id] += banks[share.id].amount_fen
        if len(paid_by) > 1:
            out.add("paid_twice", share_id=share.id, reward_id=share.reward_id, by=paid_by)
        if share.status == "paid" and share.rail == "wechat" and not succeeded.get(share.id):
            out.add("share_paid_without_success", share_id=share.id, reward_id=share.reward_id)
    for reward in reward_rows.values():
        if (paid := paid_fen[reward.id]) > reward.amount_fen:
            out.add("overpaid", reward_id=reward.id, amount_fen=reward.amount_fen, paid_fen=paid)
    since = now - QUERY_WINDOW
    flagged = RewardLedgerEntry.filter(kind=MISMATCH, reward_id__in=list(reward_rows), at__gte=since)
    for entry in await flagged.order_by("id"):
        d = entry.detail
        out.add(
            "flagged_answer", out_bill_no=d.get("out_bill_no"), share_id=d.get("share_id"),
            reward_id=entry.reward_id, source=d.get("source"), disagrees=d.get("disagrees"),
        )  # fmt: skip
    return out


async def _compare(
    gateway: WeChatPayGateway, bill: TransferBill, *, now: datetime, out: Reconciliation
) -> str | None:
    """WeChat Pay's state of the bill (None when it has none to give), noting disagreements."""
    ref = {"out_bill_no": bill.out_bill_no, "share_id": bill.share_id, "reward_id": bill.reward_id}
    answer = await gateway.query(bill.out_bill_no)
    if answer.outcome == "not_found":
        if bill.state not in (CREATED, REJECTED, VOID) and now - bill.created_at < QUERY_WINDOW:
            out.add("unknown_to_wechatpay", **ref, db=bill.state)
        return None
    if answer.outcome != "definite":
        out.add("query_failed", **ref, answer=answer.describe())
        return None
    wx = answer.body
    state = answer.state
    if state != bill.state and (state in FINAL_STATES or bill.state in FINAL_STATES):
        out.add("state", **ref, db=bill.state, wechatpay=state)
    if wx.get("transfer_amount") is not None and int(wx["transfer_amount"]) != bill.amount_fen:
        out.add("amount", **ref, db=bill.amount_fen, wechatpay=wx["transfer_amount"])
    if bill.transfer_bill_no and wx.get("transfer_bill_no") != bill.transfer_bill_no:
        out.add("transfer_bill_no", **ref, db=bill.transfer_bill_no, wechatpay=wx.get("transfer_bill_no"))
    return state
