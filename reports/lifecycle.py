"""The report's life after intake (POLICY §2): each transition checks the status, the staff member's
role in the report's region, sets the statutory deadlines, and leaves an event, an audit entry and
(for a named reporter) a notice job, all in the caller's transaction."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from tortoise.backends.base.client import BaseDBAsyncClient

from kernel import events
from kernel.actors import Actor
from kernel.clock import china_day
from reports.deadlines import due_date, handle_by
from reports.errors import ReportError
from reports.events import REPORT_CONCLUDED
from reports.models import Report, ReportEvent, ReportMessage
from reports.rules import CONCLUSIONS, NOT_ACCEPTED_REASONS, ReportRules
from storage import audit, jobs
from storage.crypto import FieldCipher

STATUS_TITLES = {
    "submitted": "已提交，待受理",
    "accepted": "已受理",
    "not_accepted": "不予受理",
    "assigned": "已交办",
    "investigating": "调查核实中",
    "concluded": "已办结",
    "informed": "已反馈结果",
}


@dataclass(frozen=True)
class Move:
    from_statuses: frozenset[str]
    roles: tuple[str, ...]
    assignee_only: bool = False  # investigators may act only on reports assigned to them


MOVES = {
    "accept": Move(frozenset({"submitted"}), ("intake", "head")),
    "not_accept": Move(frozenset({"submitted"}), ("intake", "head")),
    "assign": Move(frozenset({"accepted", "assigned", "investigating"}), ("head",)),
    "start": Move(frozenset({"assigned"}), ("investigator", "head"), assignee_only=True),
    "extend": Move(frozenset({"assigned", "investigating"}), ("head",)),
    "conclude": Move(frozenset({"investigating"}), ("investigator", "head"), assignee_only=True),
    "inform": Move(frozenset({"concluded"}), ("intake", "investigator", "head")),
}


async def _load_for(conn: BaseDBAsyncClient, report_id: int, move: str, actor: Actor) -> Report:
    report = await Report.filter(id=report_id).using_db(conn).select_for_update().first()
    if report is None:
        raise ReportError("not_found")
    rule = MOVES[move]
    if not actor.has_any(rule.roles, report.region):
        raise ReportError("forbidden")
    if rule.assignee_only and not actor.has("head", report.region) and report.assignee_id != actor.id:
        raise ReportError("forbidden")
    if report.status not in rule.from_statuses:
        raise ReportError("bad_transition")
    return report


async def _record(
    conn: BaseDBAsyncClient,
    report: Report,
    *,
    actor: Actor,
    kind: str,
    note: str,
    now: datetime,
    public: bool = True,
    notify: bool = True,
) -> None:
    report.version += 1
    await report.save(using_db=conn)
    await ReportEvent.create(
        using_db=conn,
        report_id=report.id,
        at=now,
        actor=actor.label,
        kind=kind,
        status=report.status,
        note=note,
        public=public,
    )
    await audit.append(
        conn,
        actor=actor.label,
        action=f"report.{kind}",
        subject=f"report:{report.id}",
        detail={"status": report.status},
        now=now,
    )
    if notify and public and not report.anonymous:
        await jobs.enqueue(
            conn,
            "report.notice",
            {"report_id": report.id, "kind": kind},
            now=now,
            dedup_key=f"report-notice:{report.id}:{report.version}",
        )


async def accept(
    conn: BaseDBAsyncClient, report_id: int, *, actor: Actor, rules: ReportRules, now: datetime
) -> Report:
    report = await _load_for(conn, report_id, "accept", actor)
    policy, region, today = rules.policy(report.region), report.region, china_day(now)
    report.status = "accepted"
    report.decided_at = report.accepted_at = now
    report.decision_inform_by = due_date(
        "inform_decision_by", today, policy=policy, region=region, calendar=rules.calendar
    )
    report.handle_by = handle_by(today, extensions=0, policy=policy, region=region, calendar=rules.calendar)
    report.duplicate_of_id = await _first_duplicate(conn, report, rules=rules, now=now)
    await _record(conn, report, actor=actor, kind="accepted", note="已受理，将依法调查核实", now=now)
    if report.duplicate_of_id:
        # Internal only: telling a reporter that someone else reported first says too much.
        await ReportEvent.create(
            using_db=conn,
            report_id=report.id,
            at=now,
            actor=actor.label,
            kind="duplicate",
            status=report.status,
            note=f"与此前受理的举报 #{report.duplicate_of_id} 为同一线索，合并办理",
            public=False,
        )
    return report


async def _first_duplicate(
    conn: BaseDBAsyncClient, report: Report, *, rules: ReportRules, now: datetime
) -> int | None:
    """Same target and category accepted within the window: link to the first by acceptance time,
    which keeps priority for a reward (POLICY §3)."""
    since = now - timedelta(days=rules.duplicate_window_days)
    query = Report.filter(
        region=report.region, category=report.category, accepted_at__gte=since, id__not=report.id
    ).using_db(conn)
    if report.target_code:
        query = query.filter(target_code=report.target_code)
    else:
        query = query.filter(target_name=report.target_name)
    first = await query.order_by("accepted_at", "id").first()
    if first is None:
        return None
    root: int = first.duplicate_of_id or first.id
    return root


async def not_accept(
    conn: BaseDBAsyncClient, report_id: int, *, reason: str, actor: Actor, rules: ReportRules, now: datetime
) -> Report:
    if reason not in NOT_ACCEPTED_REASONS:
        raise ReportError("bad_reason")
    report = await _load_for(conn, report_id, "not_accept", actor)
    report.status = "not_accepted"
    report.decided_at = now
    report.not_accepted_reason = reason
    report.decision_inform_by = due_date(
        "inform_decision_by",
        china_day(now),
        policy=rules.policy(report.region),
        region=report.region,
        calendar=rules.calendar,
    )
    note = f"不予受理：{NOT_ACCEPTED_REASONS[reason]}"
    await _record(conn, report, actor=actor, kind="not_accepted", note=note, now=now)
    return report


async def assign(
    conn: BaseDBAsyncClient, report_id: int, *, assignee: Actor, actor: Actor, now: datetime
) -> Report:
    report = await _load_for(conn, report_id, "assign", actor)
    if not assignee.has_any(("investigator", "head"), report.region):
        raise ReportError("forbidden", detail="被指派人须为本地区的调查人员。")
    report.assignee_id = assignee.id
    if report.status == "accepted":
        report.status = "assigned"
    await _record(conn, report, actor=actor, kind="assigned", note="已交办承办人", now=now, notify=False)
    return report


async def start_investigation(
    conn: BaseDBAsyncClient, report_id: int, *, actor: Actor, now: datetime
) -> Report:
    report = await _load_for(conn, report_id, "start", actor)
    report.status = "investigating"
    await _record(conn, report, actor=actor, kind="investigating", note="正在调查核实", now=now)
    return report


async def extend(
    conn: BaseDBAsyncClient, report_id: int, *, actor: Actor, rules: ReportRules, reason: str, now: datetime
) -> Report:
    """A head approves one more extension; the policy caps them (6 months by default)."""
    report = await _load_for(conn, report_id, "extend", actor)
    assert report.accepted_at is not None
    report.handle_by = handle_by(
        china_day(report.accepted_at),
        extensions=report.extensions + 1,
        policy=rules.policy(report.region),
        region=report.region,
        calendar=rules.calendar,
    )
    report.extensions += 1
    note = f"经批准延长办理期限至{report.handle_by.isoformat()}：{reason.strip()[:200]}"
    await _record(conn, report, actor=actor, kind="extended", note=note, now=now, public=False)
    return report


async def conclude(
    conn: BaseDBAsyncClient,
    report_id: int,
    *,
    conclusion: str,
    verified_amount_fen: int,
    summary: str,
    actor: Actor,
    rules: ReportRules,
    now: datetime,
) -> Report:
    if conclusion not in CONCLUSIONS or verified_amount_fen < 0:
        raise ReportError("bad_conclusion")
    if conclusion == "not_substantiated" and verified_amount_fen:
        raise ReportError("bad_conclusion", detail="不属实的举报不应有核实金额。")
    report = await _load_for(conn, report_id, "conclude", actor)
    report.status = "concluded"
    report.concluded_at = now
    report.conclusion = conclusion
    report.verified_amount_fen = verified_amount_fen
    report.inform_by = due_date(
        "inform_result_by",
        china_day(now),
        policy=rules.policy(report.region),
        region=report.region,
        calendar=rules.calendar,
    )
    note = f"办理结果：{CONCLUSIONS[conclusion]}。{summary.strip()[:500]}"
    await _record(conn, report, actor=actor, kind="concluded", note=note, now=now)
    if conclusion != "not_substantiated" and report.target_code:
        await events.publish(conn, REPORT_CONCLUDED, {"report_id": report.id}, key=str(report.id), now=now)
    return report


async def mark_informed(conn: BaseDBAsyncClient, report_id: int, *, actor: Actor, now: datetime) -> Report:
    report = await _load_for(conn, report_id, "inform", actor)
    report.status = "informed"
    report.informed_at = now
    await _record(conn, report, actor=actor, kind="informed", note="已向举报人反馈办理结果", now=now)
    return report


async def reveal_identity(
    conn: BaseDBAsyncClient, report_id: int, *, actor: Actor, cipher: FieldCipher, purpose: str, now: datetime
) -> dict[str, str] | None:
    """The named reporter's identity, for the assigned handler or a head only; every view is audited.

    A refusal returns None instead of raising, so the caller's transaction commits the audit entry
    of the refused attempt (a raised error would roll it back); the caller answers 403.
    """
    report = await Report.filter(id=report_id).using_db(conn).first()
    if report is None:
        raise ReportError("not_found")
    allowed = actor.has("head", report.region) or (
        report.assignee_id == actor.id and actor.has("investigator", report.region)
    )
    if not allowed:
        await audit.append(
            conn,
            actor=actor.label,
            action="identity.reveal_refused",
            subject=f"report:{report.id}",
            detail={"purpose": purpose[:200]},
            now=now,
        )
        return None
    if report.identity_enc is None:
        raise ReportError("not_found", detail="这是一件匿名举报，没有举报人身份信息。")
    await audit.append(
        conn,
        actor=actor.label,
        action="identity.reveal",
        subject=f"report:{report.id}",
        detail={"purpose": purpose[:200]},
        now=now,
    )
    identity: dict[str, str] = json.loads(cipher.decrypt(report.identity_enc, context="report.identity"))
    return identity


async def staff_message(
    conn: BaseDBAsyncClient, report_id: int, *, body: str, actor: Actor, now: datetime
) -> ReportMessage:
    report = await Report.filter(id=report_id).using_db(conn).first()
    if report is None:
        raise ReportError("not_found")
    if not (actor.has_any(("intake", "head"), report.region) or report.assignee_id == actor.id):
        raise ReportError("forbidden")
    text = body.strip()
    if not 1 <= len(text) <= 1000:
        raise ReportError("bad_message")
    msg = await ReportMessage.create(
        using_db=conn, report_id=report.id, at=now, sender="staff", staff_id=actor.id, body=text
    )
    await audit.append(
        conn,
        actor=actor.label,
        action="report.message",
        subject=f"report:{report.id}",
        detail={"message_id": msg.id},
        now=now,
    )
    if not report.anonymous:
        await jobs.enqueue(
            conn,
            "report.notice",
            {"report_id": report.id, "kind": "message"},
            now=now,
            dedup_key=f"report-message:{msg.id}",
        )
    return msg
