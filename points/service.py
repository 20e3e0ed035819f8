"""Practitioner points stored (POLICY §5): officers record points per decision, validated by the region's
scheme (``points.engine``); the standing of a person is assessed from every record they have, in every
institution; the practitioner reads it with the access code issued with the points notice and may ask
for a human review of one record; an upheld review withdraws the record.

One scheme per person: the scheme of the region where the practitioner is registered. A record made in
another region is accepted only when that region uses the same scheme, so a person's records always
assess together.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any, Literal

from pydantic import ValidationError
from tortoise.backends.base.client import BaseDBAsyncClient

from credit.access import Who, label_of, require
from credit.errors import CreditError
from credit.objections import hash_code, new_code
from credit.regions import region_credit
from kernel.actors import Actor
from kernel.clock import china_day
from points import engine as points
from points.engine import Assessment, PointEvent, PointsError, PointsScheme, officer_month_events
from points.models import PointAccessCode, PointRecord, PointReview
from registry.models import Institution, Practitioner
from storage import audit

Channel = Literal["api", "staff"]
Decision = Literal["upheld", "rejected"]
REVIEW_STATUSES = ("pending", "upheld", "rejected")


def points_scheme_for(region: str) -> points.PointsScheme:
    """The practitioner points scheme ``region`` uses (its ``points_scheme`` in the credit region table;
    ``CreditError("unknown_region")`` if it has none)."""
    name = region_credit(region).points_scheme_name
    if name is None:
        raise CreditError("unknown_region", [f"地区“{region}”没有配置医保医师（药师）记分办法"])
    return points.load_points_scheme(name)


@contextmanager
def _refusals(code: Literal["bad_points", "bad_review"] = "bad_points") -> Iterator[None]:
    """The pure machinery's refusals (and a bad event's fields) as the credit vocabulary."""
    try:
        yield
    except PointsError as err:
        raise CreditError("bad_review" if err.code == "bad_review" else code, [err.message]) from None
    except ValidationError as err:
        lines = [str(e["msg"]).removeprefix("Value error, ") for e in err.errors(include_url=False)]
        raise CreditError(code, lines) from None


async def _person(code: str, conn: BaseDBAsyncClient | None = None) -> Practitioner:
    found = await Practitioner.filter(code=code.strip().upper()).using_db(conn).first()
    if found is None:
        raise CreditError("not_found", [f"人员编码 {code.strip().upper()} 不在定点医药机构人员名册中"])
    return found


async def _records(
    code: str, conn: BaseDBAsyncClient | None = None, *, withdrawn: bool = False
) -> list[PointRecord]:
    query = PointRecord.filter(practitioner_code=code)
    if not withdrawn:
        query = query.filter(withdrawn_at__isnull=True)
    return await query.using_db(conn).order_by("decided_on", "id")


def _event(r: PointRecord) -> PointEvent:
    return PointEvent(
        id=str(r.id),
        kind=r.kind,
        points=r.points,
        on=r.decided_on,
        notified_on=r.notified_on,
        summary=r.summary,
        suspension_months=r.suspension_months,
    )


def _events(scheme: PointsScheme, records: Sequence[PointRecord]) -> list[PointEvent]:
    """The records as events; months an event no longer needs (an earlier record was withdrawn) dropped."""
    found = [_event(r) for r in records]
    needed = officer_month_events(scheme, found)
    return [
        e
        if e.id in needed or e.suspension_months is None
        else e.model_copy(update={"suspension_months": None})
        for e in found
    ]


def _assess(scheme: PointsScheme, events: list[PointEvent], as_of: date) -> Assessment:
    return points.assess(scheme, events, as_of=max([as_of, *(e.on for e in events)]))


def _may_see(actor: Who, person: Practitioner, records: Sequence[PointRecord]) -> None:
    """Credit staff of the person's region, or of a region where the person was given points."""
    regions = {person.region, *(r.region for r in records)}
    if isinstance(actor, Actor) and not any(actor.has_any(("credit_officer", "head"), r) for r in regions):
        raise CreditError("forbidden")


async def record_points(
    conn: BaseDBAsyncClient,
    *,
    region: str,
    practitioner_code: str,
    kind: str,
    points_given: int,
    decided_on: date,
    notified_on: date | None = None,
    summary: str = "",
    suspension_months: int | None = None,
    institution_code: str | None = None,
    source: str = "",
    actor: Who,
    now: datetime,
) -> PointRecord:
    """Record points decided in ``region`` for conduct at ``institution_code`` (default: the institution
    the practitioner is registered at). Refused, with nothing stored, when the points are outside the
    kind's band, the months are missing or not needed, or the record would not assess with the others."""
    require(actor, region)
    person = await _person(practitioner_code, conn)
    scheme = points_scheme_for(region)
    home = points_scheme_for(person.region)
    if home.name != scheme.name:
        raise CreditError(
            "bad_points",
            [
                f"{person.name}登记在{person.region}，适用{home.title}；本地区适用{scheme.title}，不能在本地区记分"
            ],
        )
    where = (institution_code or person.institution_code).strip().upper()
    if not await Institution.filter(code=where, region=region).using_db(conn).exists():
        raise CreditError("bad_points", [f"机构编码 {where} 不是本地区登记的定点医药机构"])
    today = china_day(now)
    if decided_on > today or (notified_on is not None and notified_on > today):
        raise CreditError("bad_points", ["记分日期和通知日期不能晚于今天"])
    with _refusals():
        new = PointEvent(
            id="new",
            kind=kind,
            points=points_given,
            on=decided_on,
            notified_on=notified_on,
            summary=summary.strip(),
            suspension_months=suspension_months,
        )
        _assess(scheme, [*_events(scheme, await _records(person.code, conn)), new], today)
    made = await PointRecord.create(
        using_db=conn,
        practitioner_code=person.code,
        region=region,
        institution_code=where,
        scheme=scheme.name,
        kind=kind,
        points=points_given,
        decided_on=decided_on,
        notified_on=notified_on,
        summary=new.summary,
        suspension_months=suspension_months,
        source=source.strip()[:128],
        recorded_by=label_of(actor),
        recorded_at=now,
    )
    await audit.append(
        conn,
        actor=label_of(actor),
        action="credit.points_recorded",
        subject=f"point_record:{made.id}",
        detail={
            "practitioner": person.code,
            "kind": kind,
            "points": points_given,
            "on": decided_on.isoformat(),
        },
        now=now,
    )
    return made


async def withdraw_points(
    conn: BaseDBAsyncClient, record_id: int, *, reason: str, actor: Who, now: datetime
) -> PointRecord:
    """Withdraw a record (kept, marked). Refused when a later record would then reach a suspension whose
    months were never chosen: withdraw that one too and record it again with the months."""
    record = await PointRecord.filter(id=record_id).using_db(conn).select_for_update().first()
    if record is None:
        raise CreditError("not_found", [f"记分 {record_id} 不存在"])
    require(actor, record.region)
    if record.withdrawn_at is not None:
        raise CreditError("bad_points", [f"记分 {record_id} 已于{china_day(record.withdrawn_at)}撤销"])
    text = reason.strip()
    if not 2 <= len(text) <= 500:
        raise CreditError("bad_points", ["请写明撤销的理由（2–500字）"])
    scheme = points.load_points_scheme(record.scheme)
    rest = [r for r in await _records(record.practitioner_code, conn) if r.id != record.id]
    with _refusals():
        _assess(scheme, _events(scheme, rest), china_day(now))
    record.withdrawn_at, record.withdrawn_by, record.withdrawn_reason = now, label_of(actor), text
    await record.save(using_db=conn)
    await audit.append(
        conn,
        actor=label_of(actor),
        action="credit.points_withdrawn",
        subject=f"point_record:{record.id}",
        detail={"practitioner": record.practitioner_code, "reason": text},
        now=now,
    )
    return record


async def standing(practitioner_code: str, *, as_of: date, actor: Who | None = None) -> Assessment:
    """The practitioner's status on ``as_of`` from all their records that are not withdrawn."""
    person = await _person(practitioner_code)
    records = await _records(person.code)
    if actor is not None:
        _may_see(actor, person, records)
    scheme = points_scheme_for(person.region)
    with _refusals():
        return points.assess(scheme, _events(scheme, records), as_of=as_of)


async def points_json(practitioner_code: str, *, as_of: date, actor: Who | None = None) -> dict[str, Any]:
    """The standing with its explanation, every record (withdrawn ones marked) and the reviews."""
    person = await _person(practitioner_code)
    everything = await _records(person.code, withdrawn=True)
    if actor is not None:
        _may_see(actor, person, everything)
    scheme = points_scheme_for(person.region)
    with _refusals():
        found = points.assess(
            scheme, _events(scheme, [r for r in everything if r.withdrawn_at is None]), as_of=as_of
        )
    reviews = await PointReview.filter(practitioner_code=person.code).order_by("id")
    return {
        "practitioner": {
            "code": person.code,
            "name": person.name,
            "role": person.role,
            "institution_code": person.institution_code,
            "region": person.region,
        },
        "scheme": scheme.name,
        "scheme_title": scheme.title,
        **assessment_json(found, as_of=as_of),
        "explanation": found.explanation,
        "review_window_days": scheme.review_window_days,
        "records": [record_json(r, scheme) for r in everything],
        "reviews": [review_json(v) for v in reviews],
    }


def assessment_json(a: Assessment, *, as_of: date) -> dict[str, Any]:
    return {
        "as_of": as_of.isoformat(),
        "status": a.status,
        "until": a.until.isoformat() if a.until else None,
        "points_this_year": a.points_this_year,
        "remaining": a.remaining,
        "reregister_from": a.reregister_from.isoformat() if a.reregister_from else None,
    }


def record_json(r: PointRecord, scheme: PointsScheme | None = None) -> dict[str, Any]:
    band = (scheme or points.load_points_scheme(r.scheme)).band(r.kind)
    return {
        "id": r.id,
        "practitioner_code": r.practitioner_code,
        "region": r.region,
        "institution_code": r.institution_code,
        "scheme": r.scheme,
        "kind": r.kind,
        "kind_title": band.title if band else r.kind,
        "points": r.points,
        "decided_on": r.decided_on.isoformat(),
        "notified_on": r.notified_on.isoformat() if r.notified_on else None,
        "summary": r.summary,
        "suspension_months": r.suspension_months,
        "source": r.source,
        "recorded_by": r.recorded_by,
        "recorded_at": r.recorded_at.isoformat(),
        "withdrawn_at": r.withdrawn_at.isoformat() if r.withdrawn_at else None,
        "withdrawn_reason": r.withdrawn_reason,
    }


def review_json(v: PointReview) -> dict[str, Any]:
    return {
        "id": v.id,
        "record_id": v.record_id,
        "practitioner_code": v.practitioner_code,
        "region": v.region,
        "reason": v.reason,
        "requested_on": v.requested_on.isoformat(),
        "channel": v.channel,
        "status": v.status,
        "answer": v.answer,
        "answered_at": v.answered_at.isoformat() if v.answered_at else None,
    }


# -- the practitioner's access code ---------------------------------------------------------------


async def issue_access_code(
    conn: BaseDBAsyncClient, practitioner_code: str, *, actor: Who, now: datetime
) -> str:
    """A new access code for the practitioner, shown only this once (an earlier one stops working)."""
    person = await _person(practitioner_code, conn)
    _may_see(actor, person, await _records(person.code, conn))
    code = new_code()
    old = await PointAccessCode.filter(practitioner_code=person.code).using_db(conn).first()
    if old is not None:
        old.code_hash, old.issued_by, old.issued_at = hash_code(code), label_of(actor), now
        await old.save(using_db=conn)
    else:
        await PointAccessCode.create(
            using_db=conn,
            practitioner_code=person.code,
            code_hash=hash_code(code),
            issued_by=label_of(actor),
            issued_at=now,
        )
    await audit.append(
        conn,
        actor=label_of(actor),
        action="credit.points_code_issued",
        subject=f"practitioner:{person.code}",
        detail={"reissue": old is not None},
        now=now,
    )
    return code


async def check_access_code(practitioner_code: str, access_code: str) -> str:
    """The practitioner's code when ``access_code`` is theirs; ``bad_access_code`` otherwise (one answer
    for an unknown person and a wrong code)."""
    found = await PointAccessCode.filter(code_hash=hash_code(access_code)).first()
    if found is None or found.practitioner_code != practitioner_code.strip().upper():
        raise CreditError("bad_access_code")
    return found.practitioner_code


# -- reviews --------------------------------------------------------------------------------------


async def request_review(
    conn: BaseDBAsyncClient,
    *,
    practitioner_code: str,
    record_id: int,
    reason: str,
    channel: Channel,
    now: datetime,
) -> PointReview:
    """The practitioner's request that a person review one of their records (个人信息保护法第二十四条),
    within the scheme's window if it sets one. A record has at most one pending review: asking again
    while it is pending gets the first back."""
    code = practitioner_code.strip().upper()
    record = (
        await PointRecord.filter(id=record_id, practitioner_code=code, withdrawn_at__isnull=True)
        .using_db(conn)
        .first()
    )
    if record is None:
        raise CreditError("not_found", [f"没有编号为{record_id}的有效记分"])
    scheme = points.load_points_scheme(record.scheme)
    with _refusals("bad_review"):
        checked = points.request_review(
            scheme,
            _events(scheme, await _records(code, conn)),
            event_id=str(record.id),
            reason=reason,
            requested_on=china_day(now),
        )
    pending = await PointReview.filter(record_id=record.id, status="pending").using_db(conn).first()
    if pending is not None:
        return pending
    made = await PointReview.create(
        using_db=conn,
        record_id=record.id,
        practitioner_code=code,
        region=record.region,
        reason=checked.reason,
        requested_on=checked.requested_on,
        requested_at=now,
        channel=channel,
    )
    await audit.append(
        conn,
        actor=f"practitioner:{code}",
        action="credit.points_review_requested",
        subject=f"point_review:{made.id}",
        detail={"record_id": record.id, "channel": channel},
        now=now,
    )
    return made


async def answer_review(
    conn: BaseDBAsyncClient, review_id: int, *, decision: Decision, answer: str, actor: Who, now: datetime
) -> PointReview:
    """Upheld: the record is withdrawn, so the standing no longer counts it. Rejected: ``answer`` is the
    reason the practitioner reads."""
    review = await PointReview.filter(id=review_id).using_db(conn).select_for_update().first()
    if review is None:
        raise CreditError("not_found", [f"复核申请 {review_id} 不存在"])
    require(actor, review.region)
    if review.status != "pending":
        raise CreditError("already_answered", ["该复核申请已经答复"])
    text = answer.strip()
    if not 2 <= len(text) <= 2000:
        raise CreditError("bad_review", ["请填写复核意见（2–2000字）；维持记分的须说明理由"])
    if decision == "upheld":
        await withdraw_points(
            conn, review.record_id, reason=f"人工复核撤销：{text}"[:500], actor=actor, now=now
        )
    review.status, review.answer = decision, text
    review.answered_by, review.answered_at = label_of(actor), now
    await review.save(using_db=conn)
    await audit.append(
        conn,
        actor=label_of(actor),
        action=f"credit.points_review_{decision}",
        subject=f"point_review:{review.id}",
        detail={"record_id": review.record_id},
        now=now,
    )
    return review


async def review_queue(region: str, *, actor: Who, status: str | None = None) -> list[dict[str, Any]]:
    """Reviews of records made in ``region``, pending first, oldest first, with the record under review."""
    require(actor, region)
    query = PointReview.filter(region=region)
    if status is not None:
        query = query.filter(status=status)
    found = await query.order_by("requested_at", "id")
    records = {r.id: r for r in await PointRecord.filter(id__in=[v.record_id for v in found])}
    rows = [{**review_json(v), "record": record_json(records[v.record_id])} for v in found]
    return sorted(rows, key=lambda row: row["status"] != "pending")
