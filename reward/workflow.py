"""From a substantiated report to an offered reward (POLICY §3): proposal with eligibility and the
explained amount, approval by a head other than the proposer, the 2-month claim window, expiry.

Each step checks roles and status, and writes a ledger entry and an audit entry in the caller's
transaction; the offer to a named reporter leaves through a notice job.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError

from kernel.actors import Actor
from kernel.clock import add_months, china_day
from reports.models import Report
from reward import ledger
from reward.calculate import Quote, quote, yuan
from reward.errors import RewardError
from reward.models import Reward
from reward.policy import NATIONAL_CAP_FEN, NATIONAL_FLOOR_FEN, Policy, region_policy
from reward.shares import SplitPart, checked_split, close_shares, create_shares, shares_of
from storage import audit, jobs
from storage.crypto import FieldCipher

CLAIM_MONTHS = 2  # 医保办发〔2022〕22号: claimed within 2 months of the notice, or deemed declined


@dataclass(frozen=True)
class Exclusions:
    """The national exclusions, as the investigator found them (POLICY §3)."""

    reporter_is_staff: bool = False  # bureau staff, or staff of an entrusted third party
    self_confession: bool = False  # a wrongdoer confessing, or informing while under investigation
    facts_already_known: bool = False  # the department already knew the main facts

    def reasons(self) -> list[str]:
        out = []
        if self.reporter_is_staff:
            out.append("举报人为医疗保障部门或受委托第三方工作人员")
        if self.self_confession:
            out.append("违法违规行为人主动交代或在调查期间举报")
        if self.facts_already_known:
            out.append("举报的主要事实已被医疗保障部门掌握")
        return out


async def _ledger(
    conn: BaseDBAsyncClient,
    reward: Reward,
    *,
    actor: str,
    kind: str,
    from_status: str,
    now: datetime,
    amount_fen: int = 0,
    detail: dict[str, object] | None = None,
) -> None:
    await ledger.append(
        conn,
        reward_id=reward.id,
        actor=actor,
        kind=kind,
        from_status=from_status,
        to_status=reward.status,
        now=now,
        amount_fen=amount_fen,
        detail=detail,
    )


async def propose(
    conn: BaseDBAsyncClient,
    report_id: int,
    *,
    policy: Policy | None = None,
    exclusions: Exclusions,
    evidence_grade: str | None = None,
    target_party: str | None = None,
    split: list[SplitPart] | None = None,
    cipher: FieldCipher | None = None,
    amount_fen: int | None = None,
    amount_reason: str = "",
    actor: Actor,
    now: datetime,
) -> Reward:
    """The handler (or a head) proposes the reward of a concluded, substantiated report, under ``policy``
    or else the one its region applies.

    A joint report's reward is one reward split as the reporters agreed (POLICY §3): ``split`` lists the
    parts (see ``reward.shares.allocate``), the report's own reporter first; it needs ``cipher`` to seal
    the co-reporters' identities. The shares are fixed here, so the approving head sees what they approve.

    A region whose policy is still a placeholder (暂定) gets no computed amount: a head types
    ``amount_fen`` with ``amount_reason`` (the basis the bureau decided on), within the national floor and
    cap; the reason goes into the explanation, the ledger and the audit log (issue 16 item 18).
    """
    report = await Report.filter(id=report_id).using_db(conn).select_for_update().first()
    if report is None:
        raise RewardError("not_found")
    if not (
        actor.has("head", report.region)
        or (report.assignee_id == actor.id and actor.has("investigator", report.region))
    ):
        raise RewardError("forbidden")
    if report.status not in ("concluded", "informed") or report.conclusion not in ("substantiated", "partly"):
        raise RewardError("not_rewardable", detail="只有查证属实（含部分属实）的举报可以奖励。")
    if report.duplicate_of_id is not None:
        # Several reporters of one matter: the first by acceptance time is rewarded (POLICY §3).
        raise RewardError("not_rewardable", detail=f"同一线索已由举报 #{report.duplicate_of_id} 在先受理。")
    if reasons := exclusions.reasons():
        raise RewardError("not_rewardable", detail="；".join(reasons) + "。")
    policy = policy or region_policy(report.region)
    result: Quote | _Typed
    if policy.provisional or amount_fen is not None:
        result = _typed_amount(policy, report, amount_fen=amount_fen, reason=amount_reason, actor=actor)
    else:
        result = quote(
            policy,
            case_value_fen=report.verified_amount_fen or 0,
            evidence_grade=evidence_grade,
            target_party=target_party,
        )
    if result.amount_fen == 0:
        raise RewardError("not_rewardable", detail="没有造成基金损失，本地政策不予奖励。")
    plan = None
    if split:
        if cipher is None:
            raise ValueError("a split needs the cipher to seal the co-reporters' identities")
        plan = checked_split(
            split,
            amount_fen=result.amount_fen,
            reporter_id=_reporter_id(report, cipher),
            today=china_day(now),
        )
    try:
        reward = await Reward.create(
            using_db=conn,
            report_id=report.id,
            region=report.region,
            policy=policy.name,
            status="proposed",
            case_value_fen=report.verified_amount_fen or 0,
            amount_fen=result.amount_fen,
            evidence_grade=evidence_grade,
            target_party=target_party,
            explanation=result.explanation,
            proposed_by=actor.id,
            proposed_at=now,
        )
    except IntegrityError:
        raise RewardError("already_proposed") from None
    shares = await create_shares(conn, reward, plan, cipher=cipher)
    await _ledger(
        conn,
        reward,
        actor=actor.label,
        kind="proposed",
        from_status="",
        now=now,
        amount_fen=reward.amount_fen,
        detail={
            "policy": policy.name,
            "shares": [{"seq": s.seq, "fen": s.amount_fen} for s in shares],
            **({"typed_by_head": amount_reason.strip()} if amount_fen is not None else {}),
        },
    )
    if amount_fen is not None:
        await audit.append(
            conn,
            actor=actor.label,
            action="reward.amount_typed",
            subject=f"reward:{reward.id}",
            detail={"policy": policy.name, "provisional": policy.provisional, "amount_fen": amount_fen,
                    "reason": amount_reason.strip()[:500]},
            now=now,
        )  # fmt: skip
    return reward


def _placeholder_note(policy: Policy) -> str:
    return next(n for n in policy.notes if n.startswith("暂定"))


@dataclass(frozen=True)
class _Typed:
    amount_fen: int
    explanation: list[str]


def _typed_amount(
    policy: Policy, report: Report, *, amount_fen: int | None, reason: str, actor: Actor
) -> _Typed:
    """The amount a head decided, for a region whose policy cannot compute one (or overriding it)."""
    if amount_fen is None:
        raise RewardError(
            "provisional_policy",
            detail=f"“{policy.title}”尚未经本地确认（{_placeholder_note(policy)}）"
            "请由科长按本地确定的标准填写奖励金额和依据。",
        )
    if not actor.has("head", report.region):
        raise RewardError("forbidden", detail="奖励金额只能由科长手工确定。")
    if len(reason.strip()) < 4:
        raise RewardError("bad_manual_amount", detail="请写明金额的依据（至少4个字）。")
    if not NATIONAL_FLOOR_FEN <= amount_fen <= NATIONAL_CAP_FEN:
        raise RewardError("bad_manual_amount", detail="须在200元至20万元之间（医保办发〔2022〕22号）。")
    mark = "（暂定政策，未按其计算）" if policy.provisional else ""
    return _Typed(
        amount_fen,
        [
            f"奖励金额{yuan(amount_fen)}由科长手工确定{mark}：{reason.strip()[:500]}",
            f"所用政策：{policy.title}",
        ],
    )


def _reporter_id(report: Report, cipher: FieldCipher) -> str | None:
    if report.identity_enc is None:
        return None
    identity: dict[str, str] = json.loads(cipher.decrypt(report.identity_enc, context="report.identity"))
    return identity["id_number"]


async def approve(conn: BaseDBAsyncClient, reward_id: int, *, actor: Actor, now: datetime) -> Reward:
    """A head other than the proposer approves; the reward is offered with a 2-month claim window."""
    reward = await Reward.filter(id=reward_id).using_db(conn).select_for_update().first()
    if reward is None:
        raise RewardError("not_found")
    if not actor.has("head", reward.region):
        raise RewardError("forbidden")
    if reward.proposed_by == actor.id:
        raise RewardError("self_approval")
    if reward.status != "proposed":
        raise RewardError("bad_transition")
    reward.status, reward.approved_by, reward.approved_at = "offered", actor.id, now
    reward.claim_by = add_months(china_day(now), CLAIM_MONTHS)
    reward.version += 1
    await reward.save(using_db=conn)
    shares = await shares_of(conn, reward.id, lock=True)
    if not shares:  # proposed before rewards had shares: the whole to the reporter
        shares = await create_shares(conn, reward, None, cipher=None)
    for share in shares:
        share.status = "offered"
        share.version += 1
        await share.save(using_db=conn, update_fields=["status", "version"])
    await _ledger(
        conn,
        reward,
        actor=actor.label,
        kind="offered",
        from_status="proposed",
        now=now,
        amount_fen=reward.amount_fen,
        detail={"claim_by": reward.claim_by.isoformat()},
    )
    await jobs.enqueue(
        conn, "reward.offer_notice", {"reward_id": reward.id}, now=now, dedup_key=f"reward-offer:{reward.id}"
    )
    return reward


async def expire_unclaimed(conn: BaseDBAsyncClient, *, now: datetime) -> list[int]:
    """Offers past their claim date count as declined (POLICY §3); run by a periodic job.

    Returns the rewards whose shares expired. A share claimed in time is kept even when its transfer
    failed and it went back to "offered" (``claimed_at`` is set): the reporter did claim within 2 months.
    """
    expired: list[int] = []
    for reward in (
        await Reward.filter(status="offered", claim_by__lt=china_day(now))
        .using_db(conn)
        .select_for_update()
        .order_by("id")
    ):
        if await expire_due_shares(conn, reward, now=now):
            expired.append(reward.id)
    return expired


async def expire_due_shares(conn: BaseDBAsyncClient, reward: Reward, *, now: datetime) -> bool:
    """Expire the unclaimed shares of ``reward`` (locked by the caller) once its claim date has passed."""
    if reward.status != "offered" or reward.claim_by is None or china_day(now) <= reward.claim_by:
        return False
    shares = await shares_of(conn, reward.id, lock=True)
    due = [s for s in shares if s.status == "offered" and not s.claimed_at]
    if not due:
        return False
    claim_by = reward.claim_by.isoformat()
    await close_shares(
        conn, reward, due, to="expired", actor="system", now=now, detail={"claim_by": claim_by}
    )
    return True


@dataclass(frozen=True)
class OfferFacts:
    openid_enc: str
    amount_fen: int
    claim_by: date


async def offer_facts(reward_id: int) -> OfferFacts | None:
    """What the offer notice may say; None for an anonymous reporter (they see it with the receipt)."""
    reward = await Reward.get_or_none(id=reward_id)
    if reward is None or reward.claim_by is None:
        raise RewardError("not_found")
    report = await Report.get(id=reward.report_id)
    if report.anonymous or not report.reporter_openid_enc:
        return None
    return OfferFacts(report.reporter_openid_enc, reward.amount_fen, reward.claim_by)
