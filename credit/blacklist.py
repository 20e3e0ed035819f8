"""The dishonesty list (失信名单) and credit repair (POLICY §4, national credit-repair rules; seed 000).

A listing's periods come from the region's data by severity: repair may be asked from the end of the
minimum disclosure period (``repair_from``), with a written commitment; publication stops at the end of
the maximum (``publish_until``), computed on read, so a public list never shows an expired entry and
no job has to remember to remove it. An approved repair ends publication on the day it is approved.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import Q

from credit.access import Who, label_of, require
from credit.errors import CreditError
from credit.models import BlacklistEntry, RepairRequest
from credit.regions import Severity, region_credit
from kernel.clock import add_months, china_day
from registry.models import Institution, Practitioner
from storage import audit

SubjectKind = Literal["institution", "practitioner"]
MIN_COMMITMENT = 20  # characters: a signed commitment says what will change, not "同意"


async def add_listing(
    conn: BaseDBAsyncClient,
    *,
    region: str,
    subject_kind: SubjectKind,
    subject_code: str,
    severity: Severity,
    reason: str,
    listed_on: date | None = None,
    actor: Who,
    now: datetime,
) -> BlacklistEntry:
    """List an institution or practitioner of ``region``; its periods are fixed now from region data."""
    require(actor, region)
    rules = region_credit(region)
    if severity not in rules.blacklist:
        raise CreditError("bad_listing", [f"失信程度应为 {'、'.join(rules.blacklist)} 之一"])
    if not 5 <= len(reason.strip()) <= 2000:
        raise CreditError("bad_listing", ["请写明列入的事实和依据（5–2000字）"])
    model = Institution if subject_kind == "institution" else Practitioner
    code = subject_code.strip().upper()
    subject = await model.filter(code=code, region=region).using_db(conn).first()
    if subject is None:
        raise CreditError(
            "bad_listing", [f"编码 {code} 不是本地区登记的{'机构' if model is Institution else '人员'}"]
        )
    day = listed_on or china_day(now)
    periods = rules.blacklist[severity]
    entry = await BlacklistEntry.create(
        using_db=conn,
        region=region,
        subject_kind=subject_kind,
        subject_code=code,
        subject_name=subject.name,
        severity=severity,
        reason=reason.strip(),
        listed_on=day,
        repair_from=add_months(day, periods.min_months),
        publish_until=add_months(day, periods.max_months),
        created_by=label_of(actor),
        created_at=now,
    )
    await audit.append(
        conn,
        actor=label_of(actor),
        action="credit.blacklist_added",
        subject=f"credit_blacklist:{entry.id}",
        detail={"code": code, "severity": severity, "listed_on": day.isoformat()},
        now=now,
    )
    return entry


def is_public(entry: BlacklistEntry, today: date) -> bool:
    return entry.repaired_on is None and entry.listed_on <= today < entry.publish_until


async def public_listings(region: str, *, today: date) -> list[BlacklistEntry]:
    """What the public may see today: listed, not repaired, within the maximum publication period."""
    return await BlacklistEntry.filter(
        region=region, repaired_on__isnull=True, listed_on__lte=today, publish_until__gt=today
    ).order_by("-listed_on", "id")


async def listings(
    region: str, *, actor: Who, today: date, current_only: bool = False
) -> list[BlacklistEntry]:
    """Every listing of the region for staff (``current_only``: those still published)."""
    require(actor, region)
    query = BlacklistEntry.filter(region=region)
    if current_only:
        query = query.filter(Q(repaired_on__isnull=True) & Q(publish_until__gt=today))
    return await query.order_by("-listed_on", "-id")


async def request_repair(
    conn: BaseDBAsyncClient,
    entry_id: int,
    *,
    commitment: str,
    corrective_action: str = "",
    actor: Who,
    now: datetime,
) -> RepairRequest:
    """A repair request (entered by staff from the written application): refused before
    ``repair_from`` with the date it becomes possible, and without a commitment."""
    entry = await BlacklistEntry.filter(id=entry_id).using_db(conn).first()
    if entry is None:
        raise CreditError("not_found", [f"失信名单记录 {entry_id} 不存在"])
    require(actor, entry.region)
    today = china_day(now)
    if entry.repaired_on is not None or today >= entry.publish_until:
        raise CreditError("bad_repair", ["该记录已修复或已停止公示，无需修复"])
    if today < entry.repair_from:
        raise CreditError("repair_too_early", [f"最短公示期至 {entry.repair_from} 届满，届时方可申请"])
    if len(commitment.strip()) < MIN_COMMITMENT:
        raise CreditError(
            "bad_repair", [f"须附信用承诺书（至少{MIN_COMMITMENT}字）：承诺纠正失信行为并接受监督"]
        )
    pending = await RepairRequest.filter(entry_id=entry.id, status="pending").using_db(conn).exists()
    if pending:
        raise CreditError("bad_repair", ["该记录已有待处理的修复申请"])
    made = await RepairRequest.create(
        using_db=conn,
        entry_id=entry.id,
        region=entry.region,
        commitment=commitment.strip(),
        corrective_action=corrective_action.strip(),
        received_on=today,
        received_at=now,
    )
    await audit.append(
        conn,
        actor=label_of(actor),
        action="credit.repair_requested",
        subject=f"credit_repair_request:{made.id}",
        detail={"entry": entry.id},
        now=now,
    )
    return made


async def decide_repair(
    conn: BaseDBAsyncClient, request_id: int, *, approve: bool, note: str, actor: Who, now: datetime
) -> RepairRequest:
    """Approve (publication ends today) or reject (with the reason) a pending repair request."""
    made = await RepairRequest.filter(id=request_id).using_db(conn).select_for_update().first()
    if made is None:
        raise CreditError("not_found", [f"修复申请 {request_id} 不存在"])
    require(actor, made.region)
    if made.status != "pending":
        raise CreditError("bad_repair", ["该申请已处理"])
    if not approve and len(note.strip()) < 2:
        raise CreditError("bad_repair", ["不予修复的，须说明理由"])
    made.status = "approved" if approve else "rejected"
    made.decision_note, made.decided_by, made.decided_at = note.strip(), label_of(actor), now
    await made.save(using_db=conn)
    if approve:
        await BlacklistEntry.filter(id=made.entry_id).using_db(conn).update(repaired_on=china_day(now))
    await audit.append(
        conn,
        actor=label_of(actor),
        action=f"credit.repair_{made.status}",
        subject=f"credit_repair_request:{made.id}",
        detail={"entry": made.entry_id},
        now=now,
    )
    return made


async def repair_requests(region: str, *, actor: Who, status: str | None = None) -> list[RepairRequest]:
    require(actor, region)
    query = RepairRequest.filter(region=region)
    if status is not None:
        query = query.filter(status=status)
    return await query.order_by("received_at", "id")


def listing_json(e: BlacklistEntry, *, today: date) -> dict[str, Any]:
    return {
        "id": e.id,
        "region": e.region,
        "subject_kind": e.subject_kind,
        "subject_code": e.subject_code,
        "subject_name": e.subject_name,
        "severity": e.severity,
        "severity_label": region_credit(e.region).blacklist[e.severity].label,  # type: ignore[index]
        "reason": e.reason,
        "listed_on": e.listed_on.isoformat(),
        "repair_from": e.repair_from.isoformat(),
        "publish_until": e.publish_until.isoformat(),
        "repaired_on": e.repaired_on.isoformat() if e.repaired_on else None,
        "public": is_public(e, today),
    }


def repair_json(r: RepairRequest) -> dict[str, Any]:
    return {
        "id": r.id,
        "entry_id": r.entry_id,
        "region": r.region,
        "commitment": r.commitment,
        "corrective_action": r.corrective_action,
        "received_on": r.received_on.isoformat(),
        "status": r.status,
        "decision_note": r.decision_note,
        "decided_at": r.decided_at.isoformat() if r.decided_at else None,
    }
