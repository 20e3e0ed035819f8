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
from reward.calculate import quote
from reward.errors import RewardError
from reward.models import Reward
from reward.policy import Policy, region_policy
from reward.shares import SplitPart, checked_split, close_shares, create_shares, shares_of
from storage import jobs
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
    actor: Actor,
    now: datetime,
) -> Reward:
    """The handler (or a head) proposes the reward of a concluded, substantiated report, under ``policy``
    or else the one its region applies.

    A joint report's reward is one reward split as the reporters agreed (POLICY §3): ``split`` lists the
    parts (see ``reward.shares.allocate``), the report's own reporter first; it needs ``cipher`` to seal
    the co-reporters' identities. The shares are fixed here, so the approving head sees what they approve.
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
        detail={"policy": policy.name, "shares": [{"seq": s.seq, "fen": s.amount_fen} for s in shares]},
    )
    return reward


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
