"""Evaluations of a region for a period: the facts come from the database, the grades from
``credit.engine.grading`` (the same engine as ``credit simulate``); runs are drafts until published, and
publication replaces the region's public grades. History is every run, kept.

Loading is a few bulk queries (institutions, the window's events, the period's indicators), never one
per institution, and grades are written in batches: a region of 20,000 institutions is one run.
"""

from __future__ import annotations

import asyncio
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, cast

from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from credit.access import Who, label_of, require
from credit.engine.facts import CreditEvent, Facts, InstitutionFacts
from credit.engine.grading import Outcome, grade_institutions, window_of
from credit.engine.schemes import (
    CompositeScheme,
    CountRulesScheme,
    Scheme,
    ScoreBandsScheme,
    scheme_from_snapshot,
)
from credit.engine.scoring import fmt
from credit.errors import CreditError
from credit.models import CreditGrade, CreditIndicator, CreditRun, PublishedGrade
from credit.regions import region_credit, scheme_for
from kernel.clock import add_months, china_day
from kernel.progress import NoProgress, Progress
from registry.models import Institution
from storage import audit

BATCH = 1000
_PERIOD = re.compile(r"^(\d{4})(?:-(0[1-9]|1[0-2]))?$")
RUN_STATUSES = ("draft", "published", "superseded")


def period_bounds(period: str) -> tuple[date, date]:
    """First and last day of ``YYYY`` (a year) or ``YYYY-MM`` (a month: seed 000 grades monthly)."""
    m = _PERIOD.match(period)
    if m is None:
        raise CreditError("bad_period", [f"“{period}”应写成 YYYY（年度）或 YYYY-MM（月度）"])
    year = int(m[1])
    if m[2] is None:
        return date(year, 1, 1), date(year, 12, 31)
    first = date(year, int(m[2]), 1)
    return first, add_months(first, 1) - timedelta(days=1)


def as_of_for(period: str, today: date) -> date:
    """The evaluation date: the period's last day, or today while the period is still running."""
    first, last = period_bounds(period)
    if first > today:
        raise CreditError("bad_period", [f"评价期间 {period} 尚未开始"])
    return min(last, today)


async def load_facts(
    region: str, scheme: Scheme, *, period: str, as_of: date, conn: BaseDBAsyncClient | None = None
) -> Facts:
    """The region's institutions with their events in the scheme's window and the period's indicators.

    Rows come from the database already validated (the registry import, ``credit.events``), so the
    facts models are built without validating again: 500,000 events take a second, not ten.
    """
    start, _ = window_of(scheme.window, as_of)
    places = await (
        Institution.filter(region=region)
        .using_db(conn)
        .order_by("code")
        .values_list("code", "name", "kind", "level", "chain_parent", "agreement_start", "status")
    )
    found = await _window_events(conn or connections.get("default"), region, start, as_of)
    events: defaultdict[str, list[CreditEvent]] = defaultdict(list)
    # Events are frozen values: equal ones (same kind, day, amount, source) share one object, which
    # saves most of the construction cost on a large region.
    made: dict[tuple[Any, ...], CreditEvent] = {}
    for code, *fields in found:
        key = tuple(fields)
        one = made.get(key)
        if one is None:
            kind, day, fen, source, evidence = fields
            one = made[key] = CreditEvent.model_construct(
                kind=kind,
                date=_day(day),
                amount_yuan=None if fen is None else Decimal(fen).scaleb(-2),
                source=source or None,
                evidence=evidence or None,
            )
        events[code].append(one)
    values = await (
        CreditIndicator.filter(region=region, period=period)
        .using_db(conn)
        .values_list("institution_code", "name", "value")
    )
    indicators: defaultdict[str, dict[str, Decimal]] = defaultdict(dict)
    for code, name, value in cast("list[tuple[str, str, Any]]", values):
        indicators[code][name] = Decimal(str(value)).normalize()
    institutions = [
        InstitutionFacts.model_construct(
            code=code,
            name=name,
            kind=kind,
            level=level,
            chain_parent=chain_parent or None,
            agreement_start=_day(start_day),
            status=status,
            events=events.get(code, []),
            indicators=indicators.get(code, {}),
        )
        for code, name, kind, level, chain_parent, start_day, status in places
    ]
    return Facts.model_construct(as_of=as_of, institutions=institutions)


async def _window_events(conn: BaseDBAsyncClient, region: str, start: date, end: date) -> list[Any]:
    """The region's standing events from ``start`` to ``end``, oldest first, as plain rows.

    Raw SQL: the ORM's row conversion costs seconds at 500,000 rows, the driver's tuples do not.
    """
    mark = ["$1", "$2", "$3"] if conn.schema_generator.DIALECT == "postgres" else ["?", "?", "?"]
    sql = (
        "SELECT institution_code, kind, occurred_on, amount_fen, source, evidence FROM credit_event "
        f"WHERE region = {mark[0]} AND withdrawn_at IS NULL AND occurred_on >= {mark[1]} "
        f"AND occurred_on <= {mark[2]} ORDER BY occurred_on, id"
    )
    params: list[Any] = [region, start, end]
    if conn.schema_generator.DIALECT != "postgres":
        params = [region, start.isoformat(), end.isoformat()]
    _, rows = await conn.execute_query(sql, params)
    return [tuple(r) for r in rows]


def _day(value: object) -> date:
    """A DATE column as a date (SQLite may hand back the ISO text)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


async def facts_for(region: str, period: str, *, now: datetime) -> Facts:
    """What ``evaluate`` would grade right now, as a facts file for ``credit simulate``."""
    scheme = scheme_for(region)
    as_of = as_of_for(period, china_day(now))
    return await load_facts(region, scheme, period=period, as_of=as_of)


def summarize(scheme: Scheme, graded: dict[str, Outcome], *, as_of: date, events: int) -> dict[str, Any]:
    counts = Counter(o.grade for o in graded.values() if o.grade is not None)
    return {
        "as_of": as_of.isoformat(),
        "institutions": len(graded),
        "grades": {g: counts.get(g, 0) for g in scheme.grades},
        "not_rated": sum(1 for o in graded.values() if o.grade is None),
        "events": events,
    }


def _grade_rows(run_id: int, graded: dict[str, Outcome]) -> list[CreditGrade]:
    return [
        CreditGrade(
            run_id=run_id,
            institution_code=code,
            grade=o.grade,
            not_rated_reason=None if o.not_rated_reason is None else o.not_rated_reason[:255],
            explanation=list(o.explanation),
        )
        for code, o in graded.items()
    ]


async def evaluate(
    region: str,
    period: str,
    *,
    actor: Who,
    now: datetime,
    progress: Progress | None = None,
    publish: bool = False,
) -> CreditRun:
    """Grade every institution of ``region`` for ``period`` and store the result as a draft run (and
    publish it, with ``publish``), in one transaction of its own: the reading and the grading (CPU work,
    minutes at a region's scale) come first, outside any transaction."""
    require(actor, region)
    scheme = scheme_for(region)
    as_of = as_of_for(period, china_day(now))
    bar = progress or NoProgress()
    bar.start("加载", None)
    facts = await load_facts(region, scheme, period=period, as_of=as_of)
    bar.start("评价", len(facts.institutions))
    # Grading is CPU work: a thread keeps the event loop (the web process) answering meanwhile.
    graded = await asyncio.to_thread(grade_institutions, scheme, facts, advance=bar.advance)
    events = sum(len(i.events) for i in facts.institutions)
    bar.start("保存", len(graded))
    async with in_transaction() as conn:
        run = await CreditRun.create(
            using_db=conn,
            region=region,
            period=period,
            scheme=scheme.name,
            scheme_snapshot=scheme.model_dump(mode="json"),
            as_of=as_of,
            status="draft",
            summary=summarize(scheme, graded, as_of=as_of, events=events),
            created_by=label_of(actor),
            created_at=now,
        )
        rows = _grade_rows(run.id, graded)
        for i in range(0, len(rows), BATCH):
            await CreditGrade.bulk_create(rows[i : i + BATCH], using_db=conn)
            bar.advance(len(rows[i : i + BATCH]))
        await audit.append(
            conn,
            actor=label_of(actor),
            action="credit.evaluate",
            subject=f"credit_run:{run.id}",
            detail={"region": region, "period": period, "scheme": scheme.name, "summary": run.summary},
            now=now,
        )
        if publish:
            run = await publish_run(conn, run.id, actor=actor, now=now)
    return run


def _band_text(scheme: ScoreBandsScheme | CompositeScheme, grade: str) -> str:
    upper: Decimal | None = None
    for band in scheme.bands:
        if band.grade == grade:
            low = f"{fmt(band.min)} ≤ " if band.min is not None else ""
            high = f" < {fmt(upper)}" if upper is not None else ""
            return f"{low}分数{high}"
        upper = band.min
    return ""


def meaning_of(scheme: Scheme, grade: str | None, measures: dict[str, str]) -> str:
    """What a grade means, in Chinese: the scheme's meaning and rule, then the measures it brings."""
    if grade is None:
        return ""
    match scheme:
        case CountRulesScheme():
            rules = [r.source for r in scheme.rules if r.grade == grade]
            rule = rules[0] if rules else (scheme.otherwise.source if scheme.otherwise.grade == grade else "")
        case ScoreBandsScheme() | CompositeScheme():
            rule = _band_text(scheme, grade)
    meaning = scheme.grade_meanings.get(grade, grade)
    text = f"{meaning}（{rule}）" if rule else meaning
    if grade in measures:
        text += f"；监管措施：{measures[grade]}"
    return text[:255]


async def _run_for_update(conn: BaseDBAsyncClient, run_id: int) -> CreditRun:
    run = await CreditRun.filter(id=run_id).using_db(conn).select_for_update().first()
    if run is None:
        raise CreditError("not_found", [f"评价批次 {run_id} 不存在"])
    return run


async def publish(run_id: int, *, actor: Who, now: datetime) -> CreditRun:
    """``publish_run`` in one transaction of its own."""
    async with in_transaction() as conn:
        return await publish_run(conn, run_id, actor=actor, now=now)


async def publish_run(conn: BaseDBAsyncClient, run_id: int, *, actor: Who, now: datetime) -> CreditRun:
    """Publish a draft: the region's public grades become this run's (one row per institution), the
    runs published before are superseded, and the notice date is today (objection windows start)."""
    run = await _run_for_update(conn, run_id)
    require(actor, run.region)
    if run.status != "draft":
        raise CreditError("not_draft", [f"评价批次 {run_id} 当前为“{run.status}”"])
    superseded = await (
        CreditRun.filter(region=run.region, status="published").using_db(conn).update(status="superseded")
    )
    run.status, run.published_at, run.published_by = "published", now, label_of(actor)
    await run.save(using_db=conn)
    scheme = scheme_from_snapshot(run.scheme_snapshot)
    measures = region_credit(run.region).measures
    grades = await (
        CreditGrade.filter(run_id=run.id)
        .using_db(conn)
        .values_list("institution_code", "grade", "not_rated_reason")
    )
    await PublishedGrade.filter(region=run.region).using_db(conn).delete()
    meanings: dict[str | None, str] = {}
    today = china_day(now)
    rows = []
    for code, grade, reason in cast("list[tuple[str, str | None, str | None]]", grades):
        if grade not in meanings:
            meanings[grade] = meaning_of(scheme, grade, measures)
        rows.append(
            PublishedGrade(
                institution_code=code,
                region=run.region,
                run_id=run.id,
                period=run.period,
                scheme=run.scheme,
                grade=grade,
                not_rated_reason=reason,
                meaning=meanings[grade],
                published_on=today,
            )
        )
    for i in range(0, len(rows), BATCH):
        await PublishedGrade.bulk_create(rows[i : i + BATCH], using_db=conn)
    await audit.append(
        conn,
        actor=label_of(actor),
        action="credit.publish",
        subject=f"credit_run:{run.id}",
        detail={"region": run.region, "period": run.period, "superseded": superseded, "rows": len(rows)},
        now=now,
    )
    return run


@dataclass(frozen=True)
class Correction:
    """An upheld objection's result: the grade given (``None`` = re-grade from the stored facts now)."""

    objection_id: int
    note: str
    grade: str | None = None


async def republish_corrected(
    conn: BaseDBAsyncClient, *, code: str, correction: Correction, actor: Who, now: datetime
) -> CreditRun:
    """Correct one institution's published grade in a new, published one-institution run (the old run
    and its grade stay in the history), and replace the public row."""
    shown = await PublishedGrade.filter(institution_code=code).using_db(conn).select_for_update().first()
    if shown is None:
        raise CreditError("not_found", [f"机构 {code} 没有已公布的信用等级"])
    base = await _run_for_update(conn, shown.run_id)
    require(actor, base.region)
    scheme = scheme_from_snapshot(base.scheme_snapshot)
    old = await CreditGrade.filter(run_id=base.id, institution_code=code).using_db(conn).first()
    before = list(old.explanation) if old is not None else []
    head = f"经异议复核（异议 #{correction.objection_id}）：{correction.note.strip()}"
    if correction.grade is None:
        facts = await load_facts(base.region, scheme, period=base.period, as_of=base.as_of, conn=conn)
        regraded = grade_institutions(scheme, facts).get(code)
        if regraded is None:
            raise CreditError("not_found", [f"机构 {code} 已不在本地区的定点机构名单中"])
        outcome = Outcome(
            regraded.grade,
            regraded.not_rated_reason,
            (*regraded.explanation, f"{head}；按更正后的记录重新评价"),
        )
    else:
        if correction.grade not in scheme.grades:
            raise CreditError("bad_answer", [f"等级应为 {'、'.join(scheme.grades)} 之一"])
        was = scheme.shown(shown.grade) if shown.grade else "不参评"
        line = f"{head}；由{was}更正为{scheme.shown(correction.grade)}"
        outcome = Outcome(correction.grade, None, (*before, line))
    run = await CreditRun.create(
        using_db=conn,
        region=base.region,
        period=base.period,
        scheme=base.scheme,
        scheme_snapshot=base.scheme_snapshot,
        as_of=base.as_of,
        status="published",
        summary={"correction_of": base.id, "objection_id": correction.objection_id, "institution": code},
        created_by=label_of(actor),
        created_at=now,
        published_by=label_of(actor),
        published_at=now,
        corrects_run_id=base.id,
    )
    await CreditGrade.bulk_create(_grade_rows(run.id, {code: outcome}), using_db=conn)
    shown.run_id, shown.grade, shown.not_rated_reason = run.id, outcome.grade, outcome.not_rated_reason
    shown.meaning = meaning_of(scheme, outcome.grade, region_credit(base.region).measures)
    shown.published_on = china_day(now)
    await shown.save(using_db=conn)
    await audit.append(
        conn,
        actor=label_of(actor),
        action="credit.correct",
        subject=f"credit_run:{run.id}",
        detail={"institution": code, "from_run": base.id, "grade": outcome.grade},
        now=now,
    )
    return run


# -- reading ------------------------------------------------------------------------------------


async def get_run(run_id: int, *, actor: Who) -> CreditRun:
    run = await CreditRun.filter(id=run_id).first()
    if run is None:
        raise CreditError("not_found", [f"评价批次 {run_id} 不存在"])
    require(actor, run.region)
    return run


async def runs(region: str, *, actor: Who = "system") -> list[CreditRun]:
    """Every run of the region, newest first: drafts, the published one(s), the superseded ones."""
    require(actor, region)
    return await CreditRun.filter(region=region).order_by("-id")


async def run_grades(
    run_id: int, *, actor: Who, offset: int = 0, limit: int = 100, grade: str | None = None
) -> tuple[CreditRun, list[CreditGrade], int]:
    """A page of a run's grades (by institution code) and how many there are."""
    run = await get_run(run_id, actor=actor)
    query = CreditGrade.filter(run_id=run.id)
    if grade is not None:
        query = query.filter(grade__isnull=True) if grade == "not_rated" else query.filter(grade=grade)
    total = await query.count()
    return run, await query.order_by("institution_code").offset(offset).limit(limit), total


async def explain(run_id: int, code: str, *, actor: Who = "system") -> dict[str, Any]:
    """Which events, indicators and rules gave ``code`` its grade in the run."""
    run = await get_run(run_id, actor=actor)
    row = await CreditGrade.filter(run_id=run.id, institution_code=code).first()
    if row is None:
        raise CreditError("not_found", [f"评价批次 {run_id} 中没有机构 {code}"])
    place = await Institution.filter(code=code).first()
    return {
        "run_id": run.id,
        "region": run.region,
        "period": run.period,
        "scheme": run.scheme,
        "status": run.status,
        "code": code,
        "name": place.name if place else None,
        "grade": row.grade,
        "not_rated_reason": row.not_rated_reason,
        "explanation": list(row.explanation),
    }
