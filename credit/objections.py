"""Objections to a published grade (seed 003 三(三)): notices with objection codes, the institution's
objection within its window, the bureau's answer within its own, and the correction of an upheld one.

Windows are working days counted like the reports deadlines (``kernel.workdays``): the notice
(publication) day is day 0, the objection may come up to and including the N-th working day after
it; the answer is due on the M-th working day after the objection was received. Both N and M are
region data (``credit.regions``).

An institution proves it is the one told by the objection code printed on its notice: 12 characters,
about 60 bits, shown once when the notice list is issued and kept only as a SHA-256.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import date, datetime
from typing import Any, Literal

from tortoise.backends.base.client import BaseDBAsyncClient

from credit.access import Who, label_of, require
from credit.errors import CreditError
from credit.evaluation import Correction, republish_corrected
from credit.models import CreditNotice, CreditObjection, CreditRun, PublishedGrade
from credit.regions import region_credit
from kernel.clock import china_day
from kernel.workdays import WorkCalendar, add_working_days
from registry.models import Institution
from storage import audit

CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I: read over the phone or from paper
CODE_LENGTH = 12
Channel = Literal["api", "h5", "staff"]
Decision = Literal["upheld", "rejected"]
OBJECTION_STATUSES = ("open", "upheld", "rejected")


def new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))


def normalize_code(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


def hash_code(text: str) -> str:
    return hashlib.sha256(normalize_code(text).encode()).hexdigest()


def objection_deadline(published_on: date, *, region: str, calendar: WorkCalendar) -> date:
    """The last day an objection to a grade published (notified) on ``published_on`` is accepted."""
    days = region_credit(region).objection_working_days
    return add_working_days(published_on, days, region=region, calendar=calendar)


def answer_deadline(received_on: date, *, region: str, calendar: WorkCalendar) -> date:
    days = region_credit(region).answer_working_days
    return add_working_days(received_on, days, region=region, calendar=calendar)


async def issue_notices(
    conn: BaseDBAsyncClient,
    run_id: int,
    *,
    actor: Who,
    now: datetime,
    calendar: WorkCalendar,
    reissue: bool = False,
) -> list[dict[str, Any]]:
    """The notice list of a published run: per institution whose public grade is this run's, its
    grade, the objection deadline and, if issued now, its objection code (shown only this once).

    Institutions already given a code get none again unless ``reissue`` (their old code then stops
    working).
    """
    run = await CreditRun.filter(id=run_id).using_db(conn).first()
    if run is None:
        raise CreditError("not_found", [f"评价批次 {run_id} 不存在"])
    require(actor, run.region)
    if run.status != "published":
        raise CreditError("not_found", [f"评价批次 {run_id} 尚未公布（或已被新的批次取代）"])
    shown = await PublishedGrade.filter(run_id=run.id).using_db(conn).order_by("institution_code")
    issued = {n.institution_code: n for n in await CreditNotice.filter(run_id=run.id).using_db(conn)}
    names = dict(
        await Institution.filter(code__in=[p.institution_code for p in shown])
        .using_db(conn)
        .values_list("code", "name")
    )
    out: list[dict[str, Any]] = []
    for row in shown:
        code, old = None, issued.get(row.institution_code)
        if old is None or reissue:
            code = new_code()
            if old is not None:
                old.code_hash, old.issued_at, old.issued_by = hash_code(code), now, label_of(actor)
                await old.save(using_db=conn)
            else:
                await CreditNotice.create(
                    using_db=conn,
                    run_id=run.id,
                    region=run.region,
                    institution_code=row.institution_code,
                    code_hash=hash_code(code),
                    issued_by=label_of(actor),
                    issued_at=now,
                )
        out.append(
            {
                "code": row.institution_code,
                "name": names.get(row.institution_code),
                "grade": row.grade,
                "not_rated_reason": row.not_rated_reason,
                "meaning": row.meaning,
                "published_on": row.published_on.isoformat(),
                "objection_by": objection_deadline(
                    row.published_on, region=run.region, calendar=calendar
                ).isoformat(),
                "objection_code": code,
            }
        )
    await audit.append(
        conn,
        actor=label_of(actor),
        action="credit.notices_issued",
        subject=f"credit_run:{run.id}",
        detail={"issued": sum(1 for r in out if r["objection_code"]), "reissue": reissue},
        now=now,
    )
    return out


async def submit_objection(
    conn: BaseDBAsyncClient,
    *,
    institution_code: str,
    objection_code: str,
    reason: str,
    evidence: str = "",
    contact: str = "",
    channel: Channel,
    now: datetime,
    calendar: WorkCalendar,
) -> CreditObjection:
    """An institution's objection to its current published grade, refused after the window.

    The same institution objecting again to the same grade while the first is open gets the first back.
    """
    code = institution_code.strip().upper()
    notice = await CreditNotice.filter(code_hash=hash_code(objection_code)).using_db(conn).first()
    if notice is None or notice.institution_code != code:
        raise CreditError("bad_objection_code")
    shown = await PublishedGrade.filter(institution_code=code).using_db(conn).first()
    if shown is None or shown.run_id != notice.run_id:
        raise CreditError("objection_closed", ["该评价结果已被新公布的结果取代，请以新的告知为准"])
    today = china_day(now)
    last = objection_deadline(shown.published_on, region=shown.region, calendar=calendar)
    if today > last:
        raise CreditError(
            "objection_closed",
            [f"评价结果于 {shown.published_on} 告知，异议应在 {last} 前（含当日）提出"],
        )
    text = reason.strip()
    if not 10 <= len(text) <= 2000:
        raise CreditError("bad_answer", ["异议理由须为10–2000字，说明哪些记录有误及依据"])
    open_one = await (
        CreditObjection.filter(institution_code=code, run_id=shown.run_id, status="open")
        .using_db(conn)
        .first()
    )
    if open_one is not None:
        return open_one
    made = await CreditObjection.create(
        using_db=conn,
        region=shown.region,
        institution_code=code,
        run_id=shown.run_id,
        grade=shown.grade,
        reason=text,
        evidence=evidence.strip()[:512],
        contact=contact.strip()[:64],
        channel=channel,
        received_on=today,
        received_at=now,
        answer_by=answer_deadline(today, region=shown.region, calendar=calendar),
    )
    await audit.append(
        conn,
        actor=f"institution:{code}",
        action="credit.objection_received",
        subject=f"credit_objection:{made.id}",
        detail={"run_id": shown.run_id, "grade": shown.grade, "channel": channel},
        now=now,
    )
    return made


async def answer_objection(
    conn: BaseDBAsyncClient,
    objection_id: int,
    *,
    decision: Decision,
    answer: str,
    corrected_grade: str | None = None,
    regrade: bool = False,
    actor: Who,
    now: datetime,
) -> CreditObjection:
    """Answer an open objection. Upheld: the grade is corrected, either to ``corrected_grade`` or, with
    ``regrade``, by grading the institution again from the (corrected) stored events, and republished.
    Rejected: the answer is the reason. An answer after ``answer_by`` is still taken (it is late)."""
    objection = await CreditObjection.filter(id=objection_id).using_db(conn).select_for_update().first()
    if objection is None:
        raise CreditError("not_found", [f"异议 {objection_id} 不存在"])
    require(actor, objection.region)
    if objection.status != "open":
        raise CreditError("already_answered")
    text = answer.strip()
    if not 2 <= len(text) <= 2000:
        raise CreditError("bad_answer", ["请填写答复意见（2–2000字）；不予更正的须说明理由"])
    if decision == "upheld":
        if (corrected_grade is None) == (not regrade):
            raise CreditError("bad_answer", ["予以更正时，须给出更正后的等级，或选择按更正后的记录重新评价"])
        run = await republish_corrected(
            conn,
            code=objection.institution_code,
            correction=Correction(objection.id, text, corrected_grade if not regrade else None),
            actor=actor,
            now=now,
        )
        objection.correction_run_id = run.id
        shown = (
            await PublishedGrade.filter(institution_code=objection.institution_code).using_db(conn).first()
        )
        objection.corrected_grade = shown.grade if shown else None
    objection.status, objection.answer = decision, text
    objection.answered_by, objection.answered_at = label_of(actor), now
    await objection.save(using_db=conn)
    await audit.append(
        conn,
        actor=label_of(actor),
        action=f"credit.objection_{decision}",
        subject=f"credit_objection:{objection.id}",
        detail={"corrected_grade": objection.corrected_grade, "late": china_day(now) > objection.answer_by},
        now=now,
    )
    return objection


def objection_json(o: CreditObjection, *, today: date) -> dict[str, Any]:
    return {
        "id": o.id,
        "region": o.region,
        "institution_code": o.institution_code,
        "run_id": o.run_id,
        "grade": o.grade,
        "reason": o.reason,
        "evidence": o.evidence,
        "contact": o.contact,
        "channel": o.channel,
        "received_on": o.received_on.isoformat(),
        "answer_by": o.answer_by.isoformat(),
        "overdue": o.status == "open" and today > o.answer_by,
        "status": o.status,
        "answer": o.answer,
        "corrected_grade": o.corrected_grade,
        "correction_run_id": o.correction_run_id,
        "answered_at": o.answered_at.isoformat() if o.answered_at else None,
    }


async def objection_queue(
    region: str, *, actor: Who, today: date, status: str | None = None
) -> list[dict[str, Any]]:
    """Objections of the region, oldest deadline first; ``overdue`` marks open ones past ``answer_by``."""
    require(actor, region)
    query = CreditObjection.filter(region=region)
    if status is not None:
        query = query.filter(status=status)
    return [objection_json(o, today=today) for o in await query.order_by("answer_by", "id")]
