"""The staff side of reports: queue rows, the case view (never the identity), optimistic versions,
reports entered by staff (phone, walk-in, mail) and the deadline lists, over the reports services."""

from __future__ import annotations

import random
from datetime import date, datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from kernel.actors import Actor
from reports import queries
from reports.errors import ReportError
from reports.intake import ReportDraft, Submitted, submit_report
from reports.lifecycle import STATUS_TITLES
from reports.models import Report, ReportEvent, ReportEvidence, ReportMessage
from reports.rules import ReportRules
from staff.service import names_of
from storage import audit
from storage.crypto import FieldCipher

CASE_ROLES = ("intake", "investigator", "head")
ENTRY_ROLES = ("intake", "head")


def _only_own_cases(actor: Actor, region: str) -> bool:
    """Investigators without intake or head duties see the reports assigned to them only."""
    return not actor.has_any(("intake", "head"), region)


def summary(report: Report) -> dict[str, Any]:
    """``queries.staff_row`` plus the deadline for telling the reporter the decision."""
    row = queries.staff_row(report)
    row["status_title"] = STATUS_TITLES[report.status]
    row["decision_inform_by"] = report.decision_inform_by.isoformat() if report.decision_inform_by else None
    return row


async def queue(actor: Actor, *, status: str | None, region: str | None) -> list[dict[str, Any]]:
    rows = await queries.queue(actor, status=status, region=region)
    ids = [r["id"] for r in rows]
    extra = dict(await Report.filter(id__in=ids).values_list("id", "decision_inform_by")) if ids else {}
    for row in rows:
        row["status_title"] = STATUS_TITLES[row["status"]]
        due = extra.get(row["id"])
        row["decision_inform_by"] = due.isoformat() if isinstance(due, date) else None
    return rows


async def case_view(actor: Actor, report_id: int, *, rules: ReportRules) -> dict[str, Any]:
    """Everything staff need to work a case: the row, evidence, every event (internal ones too) and
    the messages. The reporter's identity is never part of it: it is revealed only on request."""
    report = await Report.filter(id=report_id).first()
    if report is None:
        raise ReportError("not_found")
    if not actor.has_any(CASE_ROLES, report.region):
        raise ReportError("forbidden")
    if _only_own_cases(actor, report.region) and report.assignee_id != actor.id:
        raise ReportError("forbidden")
    events = await ReportEvent.filter(report_id=report.id).order_by("at", "id")
    messages = await ReportMessage.filter(report_id=report.id).order_by("at", "id")
    evidence = await ReportEvidence.filter(report_id=report.id).order_by("id")
    staff_ids = {int(e.actor.split(":", 1)[1]) for e in events if e.actor.startswith("staff:")}
    staff_ids |= {m.staff_id for m in messages if m.staff_id is not None}
    if report.assignee_id is not None:
        staff_ids.add(report.assignee_id)
    names = await names_of(staff_ids)
    row = summary(report)
    row["category_title"] = rules.taxonomy(report.region).by_code(report.category).title
    row["assignee_name"] = names.get(report.assignee_id) if report.assignee_id else None
    row["identity_on_file"] = report.identity_enc is not None
    row["evidence"] = [
        {"id": e.id, "kind": e.kind, "source": e.source, "ref": e.ref, "attachment_id": e.attachment_id}
        for e in evidence
    ]
    row["timeline"] = [
        {
            "at": e.at.isoformat(),
            "actor": e.actor,
            "actor_name": _name_of_label(e.actor, names),
            "kind": e.kind,
            "status": e.status,
            "note": e.note,
            "public": e.public,
        }
        for e in events
    ]
    row["messages"] = [
        {
            "id": m.id,
            "at": m.at.isoformat(),
            "sender": m.sender,
            "staff_name": names.get(m.staff_id) if m.staff_id else None,
            "body": m.body,
        }
        for m in messages
    ]
    return row


def _name_of_label(label: str, names: dict[int, str]) -> str | None:
    if label.startswith("staff:") and label[6:].isdigit():
        return names.get(int(label[6:]))
    return {"reporter": "举报人"}.get(label)


async def expect_version(conn: BaseDBAsyncClient, report_id: int, version: int | None) -> None:
    """Optimistic concurrency: refuse with ``conflict`` when the report changed since it was read."""
    if version is None:
        return
    report = await Report.filter(id=report_id).using_db(conn).select_for_update().first()
    if report is None:
        raise ReportError("not_found")
    if report.version != version:
        raise ReportError("conflict")


async def enter_report(
    conn: BaseDBAsyncClient,
    draft: ReportDraft,
    *,
    actor: Actor,
    rules: ReportRules,
    cipher: FieldCipher,
    now: datetime,
    rng: random.Random | None = None,
) -> Submitted:
    """A phone, walk-in or mail report typed in by an intake clerk or head, through the same intake
    as every other channel (条例 第三十五条: one case record whatever the channel)."""
    if not actor.has_any(ENTRY_ROLES, draft.region):
        raise ReportError("forbidden")
    done = await submit_report(
        conn, draft, reporter=None, rules=rules, cipher=cipher, now=now, rng=rng, actor=actor.label
    )
    await audit.append(
        conn,
        actor=actor.label,
        action="report.entered",
        subject=f"report:{done.report_id}",
        detail={"channel": draft.channel},
        now=now,
    )
    return done


def region_of(actor: Actor, region: str | None) -> str:
    """The region asked for, or the actor's only region; refused outside the actor's regions."""
    if region is None:
        if len(actor.regions) != 1:
            raise ReportError("forbidden", detail="请指定统筹地区（region）。")
        return next(iter(actor.regions))
    if region not in actor.regions:
        raise ReportError("forbidden")
    return region


async def deadlines(actor: Actor, *, region: str | None, today: date, rules: ReportRules) -> dict[str, Any]:
    chosen = region_of(actor, region)
    if not actor.has_any(CASE_ROLES, chosen):
        raise ReportError("forbidden")
    found = await queries.deadline_sweep(region=chosen, today=today, rules=rules)
    return {"region": chosen, "today": today.isoformat(), **found}
