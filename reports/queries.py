"""Read sides of a report: the reporter's view (by receipt or own list), staff queues, the ledger
(台账, never with identity in it) and the deadline sweep."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from kernel.actors import Actor
from kernel.clock import CHINA
from kernel.workdays import add_working_days
from reports.errors import ReportError
from reports.lifecycle import STATUS_TITLES
from reports.models import Report, ReportEvent, ReportMessage
from reports.provisional import is_provisional
from reports.receipts import normalise_receipt, receipt_hash
from reports.referrals import referral_line, referrals_of
from reports.rules import CONCLUSIONS, NOT_ACCEPTED_REASONS, ReportRules
from storage.crypto import FieldCipher

OPEN_STATUSES = ("submitted", "accepted", "assigned", "investigating", "concluded")


async def find_by_receipt(receipt: str, *, rules: ReportRules) -> Report:
    """The report a receipt opens; a malformed or unknown receipt is refused the same way."""
    code = normalise_receipt(receipt)
    report = await Report.filter(receipt_hash=receipt_hash(code, key=rules.receipt_key)).first()
    if report is None:
        raise ReportError("not_found")
    return report


async def reports_of(reporter: str, *, cipher: FieldCipher) -> list[Report]:
    return await Report.filter(reporter_index=cipher.blind_index(reporter)).order_by("-received_at")


async def reporter_view(report: Report, *, rules: ReportRules) -> dict[str, Any]:
    """What the reporter sees: public steps and the messages, nothing about staff or other reports."""
    events = await ReportEvent.filter(report_id=report.id, public=True).order_by("at", "id")
    messages = await ReportMessage.filter(report_id=report.id).order_by("at", "id")
    taxonomy = rules.taxonomy(report.region)
    return {
        "status": report.status,
        "status_title": STATUS_TITLES[report.status],
        "category": taxonomy.by_code(report.category).title,
        "target": report.target_name,
        "received_at": report.received_at.isoformat(),
        "accept_by": report.accept_by.isoformat(),
        "accept_by_provisional": is_provisional(report.accept_by, calendar=rules.calendar),
        "conclusion": CONCLUSIONS.get(report.conclusion or ""),
        "not_accepted_reason": NOT_ACCEPTED_REASONS.get(report.not_accepted_reason or ""),
        "timeline": [{"at": e.at.isoformat(), "status": e.status, "note": e.note} for e in events],
        "messages": [
            {
                "at": m.at.isoformat(),
                "from": "reporter" if m.sender == "reporter" else "handler",
                "body": m.body,
            }
            for m in messages
        ],
    }


MESSAGE_CHARS = (1, 1000)  # a reporter's message, after stripping (the API's input model uses it too)


async def reporter_message(
    conn: BaseDBAsyncClient, report: Report, *, body: str, now: datetime
) -> ReportMessage:
    text = body.strip()
    if not MESSAGE_CHARS[0] <= len(text) <= MESSAGE_CHARS[1]:
        raise ReportError("bad_message")
    return await ReportMessage.create(
        using_db=conn, report_id=report.id, at=now, sender="reporter", body=text
    )


def staff_row(report: Report) -> dict[str, Any]:
    """A report as staff see it in queues and the ledger: no identity, no receipt, no openid."""
    return {
        "id": report.id,
        "region": report.region,
        "channel": report.channel,
        "category": report.category,
        "target_party": report.target_party,
        "target_code": report.target_code,
        "target_name": report.target_name,
        "description": report.description,
        "anonymous": report.anonymous,
        "status": report.status,
        "received_at": report.received_at.isoformat(),
        "accept_by": report.accept_by.isoformat(),
        "decided_at": report.decided_at.isoformat() if report.decided_at else None,
        "not_accepted_reason": report.not_accepted_reason,
        "assignee_id": report.assignee_id,
        "handle_by": report.handle_by.isoformat() if report.handle_by else None,
        "extensions": report.extensions,
        "conclusion": report.conclusion,
        "verified_amount_fen": report.verified_amount_fen,
        "inform_by": report.inform_by.isoformat() if report.inform_by else None,
        "penalty_by": report.penalty_by.isoformat() if report.penalty_by else None,
        "duplicate_of": report.duplicate_of_id,
        "version": report.version,
    }


async def queue(
    actor: Actor, *, status: str | None = None, region: str | None = None
) -> list[dict[str, Any]]:
    regions = [region] if region else sorted(actor.regions)
    if any(r not in actor.regions for r in regions):
        raise ReportError("forbidden")
    query = Report.filter(region__in=regions)
    query = query.filter(status=status) if status else query.filter(status__in=OPEN_STATUSES)
    if "investigator" in actor.roles and not actor.roles & {"intake", "head"}:
        query = query.filter(assignee_id=actor.id)
    return [staff_row(r) for r in await query.order_by("accept_by", "id").limit(500)]


def _due(report: Report) -> list[tuple[str, date]]:
    if report.status == "submitted":
        return [("accept_by", report.accept_by)]
    if report.status in ("accepted", "assigned", "investigating"):
        due = [("handle_by", report.handle_by)] if report.handle_by else []
        # The penalty clock runs from 立案 alongside the handling deadline (行政处罚法 第六十条).
        return due + ([("penalty_by", report.penalty_by)] if report.penalty_by else [])
    if report.status == "concluded" and report.inform_by and not report.anonymous:
        return [("inform_by", report.inform_by)]
    return []


async def deadline_sweep(
    *, region: str, today: date, rules: ReportRules, soon_working_days: int = 3
) -> dict[str, list[dict[str, Any]]]:
    """Due-soon (within ``soon_working_days`` working days) and overdue open reports of a region."""
    horizon = add_working_days(today, soon_working_days, region=region, calendar=rules.calendar)
    out: dict[str, list[dict[str, Any]]] = {"overdue": [], "due_soon": []}
    for report in await Report.filter(region=region, status__in=OPEN_STATUSES).order_by("id"):
        for step, day in _due(report):
            row = {
                "id": report.id,
                "status": report.status,
                "step": step,
                "due": day.isoformat(),
                "assignee_id": report.assignee_id,
                "provisional": step != "penalty_by" and is_provisional(day, calendar=rules.calendar),
            }
            if day < today:
                out["overdue"].append(row)
            elif day <= horizon:
                out["due_soon"].append(row)
    return out


LEDGER_COLUMNS = [
    ("id", "编号"),
    ("received_at", "收到时间"),
    ("channel", "渠道"),
    ("category", "类别"),
    ("target_name", "被举报对象"),
    ("target_code", "定点编码"),
    ("status", "状态"),
    ("accept_by", "受理期限"),
    ("decided_at", "受理决定时间"),
    ("not_accepted_reason", "不予受理理由"),
    ("assignee_id", "承办人"),
    ("handle_by", "办理期限"),
    ("extensions", "延期次数"),
    ("conclusion", "办理结果"),
    ("verified_amount_fen", "核实金额（分）"),
    ("duplicate_of", "重复线索"),
    # Issue 16, appended so that existing column positions stay as they were.
    ("penalty_by", "处罚决定期限"),
    ("referrals", "移送情况"),
]


async def ledger_rows(actor: Actor, *, region: str, since: date | None = None) -> list[dict[str, Any]]:
    """The 台账 (POLICY §2, seed 001): every lead of a region, with no reporter identity at all."""
    if region not in actor.regions:
        raise ReportError("forbidden")
    query = Report.filter(region=region)
    if since:
        # From midnight of ``since`` in China, whatever zone the server runs in.
        query = query.filter(received_at__gte=datetime.combine(since, datetime.min.time(), tzinfo=CHINA))
    rows = [staff_row(r) for r in await query.order_by("id")]
    moved = await referrals_of([row["id"] for row in rows])
    for row in rows:
        row["referrals"] = "；".join(referral_line(r) for r in moved.get(row["id"], []))
    return [{key: row[key] for key, _ in LEDGER_COLUMNS} for row in rows]


async def report_by_id(report_id: int) -> Report:
    """A report the caller has already proven access to (its id comes from sealed state, not input)."""
    report = await Report.get_or_none(id=report_id)
    if report is None:
        raise ReportError("not_found")
    return report


@dataclass(frozen=True)
class NoticeFacts:
    """What a notice to a named reporter may say: status, time and the public note. Never the
    identity, the receipt or a message body (template messages show on the lock screen)."""

    openid_enc: str
    status: str
    at: datetime
    note: str


async def notice_facts(report_id: int, kind: str) -> NoticeFacts | None:
    """None when there is no one to notify (an anonymous report follows by receipt only)."""
    report = await report_by_id(report_id)
    if report.anonymous or not report.reporter_openid_enc:
        return None
    if kind == "message":
        latest = (
            await ReportMessage.filter(report_id=report.id, sender="staff").order_by("-at", "-id").first()
        )
        at = latest.at if latest else report.updated_at
        return NoticeFacts(report.reporter_openid_enc, report.status, at, "")
    # The step this notice is about, even when the worker runs late and the report has moved on
    # since (each later step sends its own notice).
    public = ReportEvent.filter(report_id=report.id, public=True)
    event = await public.filter(kind=kind).order_by("-at", "-id").first()
    event = event or await public.order_by("-at", "-id").first()
    if event is None:
        return NoticeFacts(report.reporter_openid_enc, report.status, report.updated_at, "")
    return NoticeFacts(report.reporter_openid_enc, event.status, event.at, event.note)


@dataclass(frozen=True)
class Conclusion:
    """What another domain may know of a concluded report (the ``report.concluded`` event's facts)."""

    report_id: int
    region: str
    target_code: str
    conclusion: str
    concluded_at: datetime | None


async def conclusion_of(conn: BaseDBAsyncClient, report_id: int) -> Conclusion | None:
    report = await Report.filter(id=report_id).using_db(conn).first()
    if report is None or report.status not in ("concluded", "informed"):
        return None
    return Conclusion(
        report_id=report.id,
        region=report.region,
        target_code=report.target_code or "",
        conclusion=report.conclusion or "",
        concluded_at=report.concluded_at,
    )
