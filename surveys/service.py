"""Answering a survey: one response per person per subject per period (a second answer replaces the
first), an idempotency key per client submission, and the anti-stuffing checks that hold an answer
out of aggregates with its reason (POLICY §7). Nothing here is refused for looking like stuffing: a
held answer is stored like any other, so a stuffer learns nothing and an officer can release it."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import F

from kernel.actors import Actor
from kernel.clock import china_day
from registry import service as registry
from registry.errors import RegistryError
from storage import audit
from storage.crypto import FieldCipher
from surveys import rules
from surveys.errors import SurveyError
from surveys.models import SurveyDayCount, SurveyResponse, SurveySubmission
from surveys.rules import Questionnaire

COMMENT_MAX = 300
HOLD_REASONS: dict[str, str] = {
    "account_limit": "同一账号当日评价次数超过上限",
    "address_limit": "同一网络地址当日评价次数超过上限",
    "burst": "该机构当日评价数远高于平常（疑似集中刷评）",
}
REVIEWERS = ("credit_officer", "head")


@dataclass(frozen=True)
class Target:
    """What a person rates: an institution (by code) or a report's handling (by report id)."""

    region: str
    subject_kind: str  # institution | report
    subject: str
    name: str
    questionnaire_name: str
    questionnaire: Questionnaire


@dataclass(frozen=True)
class Answered:
    response: SurveyResponse
    replayed: bool  # the same idempotency key and content again: nothing changed


async def institution_target(conn: BaseDBAsyncClient, *, code: str, region: str) -> Target:
    try:
        found = await registry.get_institution(conn, code=code, region=region)
    except RegistryError:
        raise SurveyError("not_found") from None
    name, questionnaire = rules.questionnaire_for_kind(found.kind)
    return Target(region, "institution", found.code, found.name, name, questionnaire)


def handling_target(*, region: str, report_id: int) -> Target:
    return Target(region, "report", str(report_id), "", rules.HANDLING, rules.handling_questionnaire())


def checked_answers(
    q: Questionnaire, answers: dict[str, Any], comment: str | None
) -> tuple[dict[str, int], str | None]:
    """The answers as item → 1..5, every one an item of ``q`` and the overall one present."""
    clean: dict[str, int] = {}
    for item_id, value in answers.items():
        if (
            q.item(item_id) is None
            or isinstance(value, bool)
            or not isinstance(value, int)
            or not 1 <= value <= 5
        ):
            raise SurveyError("bad_answer")
        clean[item_id] = value
    if rules.OVERALL not in clean:
        raise SurveyError("bad_answer", detail="请至少给出总体满意度。")
    text = (comment or "").strip() or None
    if text is not None and (not q.comment or len(text) > COMMENT_MAX):
        raise SurveyError("bad_comment")
    return clean, text


def _digest(target: Target, answers: dict[str, int], comment: str | None) -> str:
    body = json.dumps(
        [target.subject_kind, target.subject, answers, comment], sort_keys=True, ensure_ascii=False
    )
    return hashlib.sha256(body.encode()).hexdigest()


async def _count_today(conn: BaseDBAsyncClient, key_hash: str, day: date) -> int:
    """Add one to a day's count and return it (insert-or-ignore, then an atomic increment)."""
    await SurveyDayCount.bulk_create(
        [SurveyDayCount(key_hash=key_hash, day=day, count=0)], ignore_conflicts=True, using_db=conn
    )
    await SurveyDayCount.filter(key_hash=key_hash).using_db(conn).update(count=F("count") + 1)
    row = await SurveyDayCount.filter(key_hash=key_hash).using_db(conn).get()
    return int(row.count)


async def _hold_reason(
    conn: BaseDBAsyncClient,
    target: Target,
    *,
    person: str,
    address: str | None,
    day: date,
    cipher: FieldCipher,
) -> str:
    """Why a new answer is held out of aggregates ("" when it counts); the first reason found."""
    limit = rules.limits(target.region)
    account = await _count_today(conn, cipher.blind_index(f"survey-account:{person}:{day}"), day)
    if account > limit.per_account_per_day:
        return "account_limit"
    if address:
        per_address = await _count_today(conn, cipher.blind_index(f"survey-address:{address}:{day}"), day)
        if per_address > limit.per_address_per_day:
            return "address_limit"
    same = SurveyResponse.filter(subject_kind=target.subject_kind, subject=target.subject).using_db(conn)
    today = await same.filter(answered_on=day).count()
    start = day - timedelta(days=limit.baseline_days)
    before = await same.filter(answered_on__gte=start, answered_on__lt=day).count()
    ceiling = max(Decimal(limit.burst_floor), limit.burst_factor * before / limit.baseline_days)
    if today + 1 > ceiling:
        return "burst"
    return ""


async def answer(
    conn: BaseDBAsyncClient,
    target: Target,
    *,
    person: str,
    answers: dict[str, Any],
    comment: str | None = None,
    channel: str,
    cipher: FieldCipher,
    now: datetime,
    address: str | None = None,
    client_key: str | None = None,
) -> Answered:
    """Record ``person``'s answer (an openid, or ``receipt:<hash>`` for an anonymous reporter).

    The response row keeps none of ``person``, ``address`` or ``client_key``: only keyed hashes of
    them, one per purpose. A second answer in the period replaces the first and keeps its status.
    """
    clean, text = checked_answers(target.questionnaire, answers, comment)
    day = china_day(now)
    limit = rules.limits(target.region)
    period = rules.period_of(day, limit.period)
    digest = _digest(target, clean, text)
    key_hash = cipher.blind_index(f"survey-key:{person}:{client_key}") if client_key else None
    if key_hash is not None:
        earlier = await SurveySubmission.filter(key_hash=key_hash).using_db(conn).first()
        if earlier is not None:
            return await _replay(conn, earlier, digest)
    person_hash = cipher.blind_index(f"survey:{person}:{target.subject_kind}:{target.subject}:{period}")
    fields = {
        "answers": clean,
        "comment": text,
        "score": rules.score(target.questionnaire, clean),
        "answered_on": day,
        "version": target.questionnaire.version,
        "channel": channel,
    }
    existing = await SurveyResponse.filter(person_hash=person_hash).using_db(conn).first()
    reason = (
        ""
        if existing is not None
        else await _hold_reason(conn, target, person=person, address=address, day=day, cipher=cipher)
    )
    # Insert-or-ignore, then update under a row lock: two submissions racing end as one response.
    await SurveyResponse.bulk_create(
        [
            SurveyResponse(
                region=target.region,
                subject_kind=target.subject_kind,
                subject=target.subject,
                questionnaire=target.questionnaire_name,
                period=period,
                person_hash=person_hash,
                status="held" if reason else "counted",
                hold_reason=reason,
                **fields,
            )
        ],
        ignore_conflicts=True,
        using_db=conn,
    )
    row = await SurveyResponse.filter(person_hash=person_hash).using_db(conn).select_for_update().get()
    if (row.answers, row.comment) != (clean, text):
        await SurveyResponse.filter(id=row.id).using_db(conn).update(**fields)
        row = await SurveyResponse.filter(id=row.id).using_db(conn).get()
    if key_hash is not None:
        await SurveySubmission.bulk_create(
            [SurveySubmission(key_hash=key_hash, digest=digest, response_id=row.id)],
            ignore_conflicts=True,
            using_db=conn,
        )
        stored = await SurveySubmission.filter(key_hash=key_hash).using_db(conn).get()
        if stored.response_id != row.id or stored.digest != digest:
            raise SurveyError("idempotency_conflict")  # a concurrent replay with other content won
    return Answered(row, replayed=False)


async def _replay(conn: BaseDBAsyncClient, earlier: SurveySubmission, digest: str) -> Answered:
    if earlier.digest != digest:
        raise SurveyError("idempotency_conflict")
    row = await SurveyResponse.filter(id=earlier.response_id).using_db(conn).get()
    return Answered(row, replayed=True)


async def answer_institution(conn: BaseDBAsyncClient, *, code: str, region: str, **options: Any) -> Answered:
    """``answer`` about the institution ``code`` of ``region`` (the mini-program's one call)."""
    return await answer(conn, await institution_target(conn, code=code, region=region), **options)


def response_json(row: SurveyResponse) -> dict[str, Any]:
    return {
        "id": row.id,
        "subject_kind": row.subject_kind,
        "subject": row.subject,
        "questionnaire": row.questionnaire,
        "version": row.version,
        "period": row.period,
        "answers": dict(row.answers),
        "comment": row.comment,
        "score": str(row.score),
        "answered_on": row.answered_on.isoformat(),
        "status": row.status,
        "hold_reason": row.hold_reason,
        "hold_reason_text": HOLD_REASONS.get(row.hold_reason, ""),
    }


def _require(actor: Actor, region: str) -> None:
    if not actor.has_any(REVIEWERS, region):
        raise SurveyError("forbidden")


async def held_queue(conn: BaseDBAsyncClient, *, region: str, actor: Actor) -> list[dict[str, Any]]:
    """Answers held out of aggregates in ``region``, oldest first, each with its reason."""
    _require(actor, region)
    rows = (
        await SurveyResponse.filter(region=region, status="held").using_db(conn).order_by("answered_on", "id")
    )
    return [response_json(r) for r in rows]


async def review(
    conn: BaseDBAsyncClient, response_id: int, *, release: bool, actor: Actor, now: datetime
) -> SurveyResponse:
    """A credit officer releases a held answer into aggregates or rejects it for good (audited)."""
    row = await SurveyResponse.filter(id=response_id).using_db(conn).select_for_update().first()
    if row is None:
        raise SurveyError("not_found")
    _require(actor, row.region)
    if row.status != "held":
        raise SurveyError("not_held")
    row.status = "released" if release else "rejected"
    row.reviewed_by = actor.label
    row.reviewed_on = china_day(now)
    await row.save(using_db=conn, update_fields=["status", "reviewed_by", "reviewed_on"])
    await audit.append(
        conn,
        actor=actor.label,
        action=f"survey.{row.status}",
        subject=f"survey_response:{row.id}",
        detail={"hold_reason": row.hold_reason, "subject": row.subject},
        now=now,
    )
    return row


async def results(
    conn: BaseDBAsyncClient, *, region: str, period: str, actor: Actor, now: datetime
) -> dict[str, Any]:
    """The aggregation of ``period`` as officers see it (nothing published)."""
    from surveys.aggregate import aggregate

    _require(actor, region)
    return await aggregate(conn, region=region, period=period, now=now, publish=False)
