"""The numbers on a staff member's home page: what waits for each of their roles, deadlines due soon
and overdue, reports per week by category and channel, outcomes (substantiated share, recovered fund
amount), rewards offered and paid, and the grade distribution of each published credit run.

Each figure is one grouped query over indexed columns (never a row per report), so a region with
100,000 reports answers in milliseconds; each section is shown only to the roles that work with it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from tortoise import connections
from tortoise.expressions import Subquery
from tortoise.functions import Count, Sum

from credit.models import CreditObjection, CreditRun
from kernel.actors import Actor
from kernel.clock import CHINA
from reports.casework import CASE_ROLES
from reports.errors import ReportError
from reports.models import Report
from reports.queue import DeadlineState, QueueFilter, filtered
from reports.rules import ReportRules
from reward.models import Reward, RewardShare
from storage.kv import KV

REWARD_ROLES = ("investigator", "head", "finance")
CHARTS_TTL_SECONDS = 60
CREDIT_ROLES = ("credit_officer", "head")
SUBSTANTIATED = ("substantiated", "partly")


def _utc_midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=CHINA).astimezone(UTC)


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())  # Monday, as Chinese statistics count weeks


def _week_index_sql(first: datetime) -> tuple[str, list[Any]]:
    """The number of whole weeks from ``first`` to ``received_at``, and its parameters, in this
    database's dialect: plain arithmetic on the instant (China keeps no DST, so every week there is
    exactly 7 × 86,400 s), cheaper per row than converting each timestamp to a China date."""
    if connections.get("default").schema_generator.DIALECT == "postgres":
        return "FLOOR((EXTRACT(EPOCH FROM received_at) - $3) / 604800)", [first.timestamp()]
    return "CAST((julianday(received_at) - julianday(?)) / 7 AS INTEGER)", [first.isoformat()]


async def reports_per_week(region: str, *, today: date, weeks: int = 12) -> dict[str, Any]:
    """Reports received in each of the last ``weeks`` weeks (Monday first, this week last), by
    category and by channel: one grouped query, a few hundred rows back, never one per report."""
    first = week_start(today) - timedelta(weeks=weeks - 1)
    start = _utc_midnight(first)
    conn = connections.get("default")
    week, week_params = _week_index_sql(start)
    if conn.schema_generator.DIALECT == "postgres":
        where, params = "region = $1 AND received_at >= $2", [region, start, *week_params]
    else:
        where, params = "region = ? AND received_at >= ?", [*week_params, region, start]
    sql = (
        f"SELECT {week} AS week, category, channel, COUNT(*) AS n FROM report WHERE {where} GROUP BY 1, 2, 3"
    )
    by_category: dict[str, list[int]] = defaultdict(lambda: [0] * weeks)
    by_channel: dict[str, list[int]] = defaultdict(lambda: [0] * weeks)
    totals = [0] * weeks
    for row in await conn.execute_query_dict(sql, params):
        i, n = int(row["week"]), int(row["n"])
        if not 0 <= i < weeks:
            continue  # received in a future week (a clock set wrong): not this chart's business
        by_category[str(row["category"])][i] += n
        by_channel[str(row["channel"])][i] += n
        totals[i] += n
    return {
        "weeks": [(first + timedelta(weeks=i)).isoformat() for i in range(weeks)],
        "total": totals,
        "by_category": dict(sorted(by_category.items())),
        "by_channel": dict(sorted(by_channel.items())),
    }


async def outcomes(region: str, *, since: date) -> dict[str, Any]:
    """Reports concluded since ``since``: how many per conclusion, the substantiated share (属实 and
    部分属实 over all concluded) and the fund amount they recovered (verified, in fen)."""
    rows = await (
        Report.filter(region=region, concluded_at__gte=_utc_midnight(since), conclusion__isnull=False)
        .annotate(n=Count("id"), fen=Sum("verified_amount_fen"))
        .group_by("conclusion")
        .values_list("conclusion", "n", "fen")
    )
    counts = {str(c): int(n) for c, n, _ in rows}
    concluded = sum(counts.values())
    found = sum(counts.get(c, 0) for c in SUBSTANTIATED)
    recovered = sum(int(f or 0) for c, _, f in rows if c in SUBSTANTIATED)
    return {
        "since": since.isoformat(),
        "concluded": concluded,
        "by_conclusion": counts,
        "substantiated_share": round(found / concluded, 4) if concluded else None,
        "recovered_fen": recovered,
    }


async def rewards(region: str, *, since: date) -> dict[str, Any]:
    """Rewards approved (offered) since ``since`` and shares paid since then, counts and fen."""
    start = _utc_midnight(since)
    offered = await (
        Reward.filter(region=region, approved_at__gte=start)
        .annotate(n=Count("id"), fen=Sum("amount_fen"))
        .values_list("n", "fen")
    )
    reward_ids = Subquery(Reward.filter(region=region).values("id"))
    paid = await (
        RewardShare.filter(reward_id__in=reward_ids, status="paid", paid_at__gte=start)
        .annotate(n=Count("id"), fen=Sum("amount_fen"))
        .values_list("n", "fen")
    )
    proposed = await Reward.filter(region=region, status="proposed").count()
    (on, of), (pn, pf) = offered[0], paid[0]
    return {
        "since": since.isoformat(),
        "offered": int(on or 0),
        "offered_fen": int(of or 0),
        "paid": int(pn or 0),
        "paid_fen": int(pf or 0),
        "awaiting_approval": proposed,
    }


async def grade_distribution(region: str, *, limit: int = 6) -> list[dict[str, Any]]:
    """Each published (or since superseded) run, newest first: period, scheme and how many
    institutions got each grade (from the run's stored summary: no grade rows are read)."""
    runs = await (
        CreditRun.filter(region=region, status__in=("published", "superseded"), corrects_run_id=None)
        .order_by("-published_at", "-id")
        .limit(limit)
    )
    return [
        {
            "run_id": r.id,
            "period": r.period,
            "scheme": r.scheme,
            "status": r.status,
            "published_at": r.published_at.isoformat() if r.published_at else None,
            "grades": dict(r.summary.get("grades", {})),
            "not_rated": int(r.summary.get("not_rated", 0)),
        }
        for r in runs
    ]


async def queue_counts(actor: Actor, *, region: str, today: date) -> dict[str, int]:
    """What waits for each of the actor's roles in ``region`` (the home page's "my queues")."""
    out: dict[str, int] = {}
    reports = Report.filter(region=region)
    if actor.has("intake", region) or actor.has("head", region):
        out["to_accept"] = await reports.filter(status="submitted").count()
    if actor.has("head", region):
        out["to_assign"] = await reports.filter(status="accepted", assignee_id=None).count()
        # Never one's own proposal: a head cannot approve it (reward.workflow), so it does not wait for them.
        mine = Reward.filter(region=region, status="proposed").exclude(proposed_by=actor.id)
        out["rewards_to_approve"] = await mine.count()
    if actor.has("investigator", region) or actor.has("head", region):
        own = reports.filter(assignee_id=actor.id)
        out["my_cases"] = await own.filter(status__in=("assigned", "investigating")).count()
        out["to_inform"] = await own.filter(status="concluded").count()
    if actor.has("finance", region):
        reward_ids = Subquery(Reward.filter(region=region).values("id"))
        shares = RewardShare.filter(reward_id__in=reward_ids, status="claimed", rail="bank")
        out["bank_transfers_to_record"] = await shares.count()
    if actor.has_any(CREDIT_ROLES, region):
        objections = CreditObjection.filter(region=region, status="open")
        out["objections_open"] = await objections.count()
        out["objections_overdue"] = await objections.filter(answer_by__lt=today).count()
        out["credit_runs_draft"] = await CreditRun.filter(region=region, status="draft").count()
    return out


async def deadline_counts(actor: Actor, *, region: str, today: date, rules: ReportRules) -> dict[str, int]:
    """How many of the actor's queue are overdue and due soon (the rows: the queue's deadline filter)."""
    counts: dict[str, int] = {}
    states: tuple[DeadlineState, ...] = ("overdue", "due_soon")
    for state in states:
        f = QueueFilter(region=region, deadline=state)
        counts[state] = await filtered(actor, f, today=today, rules=rules).count()
    return counts


async def charts(region: str, *, today: date, weeks: int) -> dict[str, Any]:
    """The region-wide sections (the same for everyone who may see them)."""
    since = week_start(today) - timedelta(weeks=weeks - 1)
    return {
        "reports_per_week": await reports_per_week(region, today=today, weeks=weeks),
        "outcomes": await outcomes(region, since=since),
        "rewards": await rewards(region, since=since),
        "grades": await grade_distribution(region),
    }


async def cached_charts(region: str, *, today: date, weeks: int, cache: KV | None) -> dict[str, Any]:
    """``charts``, kept ``CHARTS_TTL_SECONDS`` in the shared cache: a trend a minute old serves a head
    as well, and a region's 100,000 reports are then aggregated once a minute, not once a page view.
    (What waits for the person, and the deadlines, are counted fresh on every view.)"""
    if cache is None:
        return await charts(region, today=today, weeks=weeks)
    key = f"dashboard:charts:{region}:{today.isoformat()}:{weeks}"
    raw = await cache.get(key)
    if raw is not None:
        return dict(json.loads(raw))
    found = await charts(region, today=today, weeks=weeks)
    await cache.set(key, json.dumps(found, ensure_ascii=False).encode(), ex=CHARTS_TTL_SECONDS)
    return found


async def home(
    actor: Actor, *, region: str, today: date, rules: ReportRules, weeks: int = 12, cache: KV | None = None
) -> dict[str, Any]:
    """The home page's figures for ``actor`` in ``region``; a section the actor's roles do not work
    with is None. Outcomes and rewards count the last ``weeks`` weeks too."""
    if region not in actor.regions:
        raise ReportError("forbidden")
    casework = actor.has_any(CASE_ROLES, region)
    due = await deadline_counts(actor, region=region, today=today, rules=rules) if casework else None
    shown = casework or actor.has_any(REWARD_ROLES, region) or actor.has_any(CREDIT_ROLES, region)
    figures = await cached_charts(region, today=today, weeks=weeks, cache=cache) if shown else {}
    return {
        "region": region,
        "today": today.isoformat(),
        "queues": await queue_counts(actor, region=region, today=today),
        "deadlines": due,
        "reports_per_week": figures["reports_per_week"] if casework else None,
        "outcomes": figures["outcomes"] if casework else None,
        "rewards": figures["rewards"] if actor.has_any(REWARD_ROLES, region) else None,
        "grades": figures["grades"] if actor.has_any(CREDIT_ROLES, region) else None,
    }
