"""The staff report queue: filters, search by target name or code, deadline states, and keyset pages
(the page after a row is found through an index bound, never by counting rows off), so page 200 of a
100,000-report region costs what page 1 does."""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Literal

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from kernel.actors import Actor, RegionRequired
from kernel.clock import CHINA
from kernel.workdays import add_working_days
from reports.errors import ReportError
from reports.models import STATUSES, Report
from reports.queries import OPEN_STATUSES, _due
from reports.rules import ReportRules

DeadlineState = Literal["due_soon", "overdue"]
Order = Literal["deadline", "received"]
DEADLINE_STATES: dict[str, str] = {"due_soon": "即将到期", "overdue": "已逾期"}
ORDERS: dict[str, str] = {"deadline": "受理期限从早到晚", "received": "收到时间从新到旧"}
SOON_WORKING_DAYS = 3  # as the hourly deadline sweep counts "due soon"
HANDLING = ("accepted", "assigned", "investigating")
MAX_LIMIT = 500


@dataclass(frozen=True)
class QueueFilter:
    """What the clerk asked for; every field narrows the queue (None = no condition).

    ``status`` None means the open statuses; ``assignee_id`` 0 means "not assigned to anyone"."""

    region: str | None = None
    status: str | None = None
    category: str | None = None
    channel: str | None = None
    target_code: str | None = None
    search: str | None = None
    received_from: date | None = None
    received_to: date | None = None
    deadline: DeadlineState | None = None
    assignee_id: int | None = None
    order: Order = "deadline"
    cursor: str | None = None
    limit: int = MAX_LIMIT


@dataclass(frozen=True)
class QueuePage:
    reports: list[Report]
    next_cursor: str | None  # pass back as ``cursor`` for the next page; None on the last page


def regions_for(actor: Actor, region: str | None) -> list[str]:
    regions = [region] if region else sorted(actor.regions)
    if any(r not in actor.regions for r in regions):
        raise ReportError("forbidden")
    return regions


def current_due(report: Report) -> tuple[str, date] | None:
    """The deadline the report runs against now, (step, day), by the hourly deadline sweep's rule (the
    nearest, when the penalty clock runs beside the handling deadline)."""
    due = _due(report)
    return min(due, key=lambda d: d[1]) if due else None


def due_between(low: date | None, high: date | None) -> Q:
    """Reports whose current deadline falls in [low, high], as one condition the database evaluates
    (the same steps as ``current_due``: accept, handle, then inform a named reporter)."""

    def within(column: str) -> dict[str, Any]:
        bounds = {f"{column}__gte": low, f"{column}__lte": high}
        return {k: v for k, v in bounds.items() if v is not None}

    return (
        Q(status="submitted", **within("accept_by"))
        | Q(Q(status__in=HANDLING), Q(handle_by__isnull=False), Q(**within("handle_by")))
        | Q(Q(status="concluded", anonymous=False), Q(inform_by__isnull=False), Q(**within("inform_by")))
    )


def soon_horizon(today: date, *, region: str, rules: ReportRules) -> date:
    return add_working_days(today, SOON_WORKING_DAYS, region=region, calendar=rules.calendar)


def deadline_state(report: Report, *, today: date, horizon: date) -> str | None:
    due = current_due(report)
    if due is None:
        return None
    if due[1] < today:
        return "overdue"
    return "due_soon" if due[1] <= horizon else "on_time"


def _china_midnight(day: date) -> datetime:
    # In UTC, the zone rows are stored in: SQLite compares the stored text, offset and all.
    return datetime.combine(day, time.min, tzinfo=CHINA).astimezone(UTC)


def _encode(order: str, key: str, report_id: int) -> str:
    raw = json.dumps([order, key, report_id], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode(cursor: str, order: str) -> tuple[Any, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        got_order, key, report_id = json.loads(raw)
        if got_order != order or not isinstance(report_id, int):
            raise ValueError(cursor)
        value: Any = date.fromisoformat(key) if order == "deadline" else datetime.fromisoformat(key)
    except (ValueError, TypeError, binascii.Error, json.JSONDecodeError):
        raise ReportError("bad_cursor") from None
    return value, report_id


def _after(query: QuerySet[Report], order: str, cursor: str) -> QuerySet[Report]:
    """Rows after the cursor's (key, id). The plain ``>=``/``<=`` on the key is redundant with the OR
    but gives the planner an index bound, so a deep page starts there instead of scanning up to it."""
    value, last_id = _decode(cursor, order)
    if order == "deadline":
        return query.filter(Q(accept_by__gte=value), Q(accept_by__gt=value) | Q(id__gt=last_id))
    return query.filter(Q(received_at__lte=value), Q(received_at__lt=value) | Q(id__lt=last_id))


def _cursor_of(report: Report, order: str) -> str:
    if order == "deadline":
        return _encode(order, report.accept_by.isoformat(), report.id)
    return _encode(order, report.received_at.isoformat(), report.id)


def filtered(actor: Actor, f: QueueFilter, *, today: date, rules: ReportRules) -> QuerySet[Report]:
    """The queue's rows for ``actor`` under ``f``, unordered (for pages and for counts)."""
    regions = regions_for(actor, f.region)
    if f.status is not None and f.status not in STATUSES:
        raise ReportError("bad_status")
    query = Report.filter(region__in=regions)
    query = query.filter(status=f.status) if f.status else query.filter(status__in=OPEN_STATUSES)
    if "investigator" in actor.roles and not actor.roles & {"intake", "head"}:
        query = query.filter(assignee_id=actor.id)  # investigators see their own cases only
    if f.category:
        query = query.filter(category=f.category)
    if f.channel:
        query = query.filter(channel=f.channel)
    if f.target_code:
        query = query.filter(target_code=f.target_code)
    if f.search:
        text = f.search.strip()
        query = query.filter(Q(target_name__contains=text) | Q(target_code__startswith=text.upper()))
    if f.received_from:
        query = query.filter(received_at__gte=_china_midnight(f.received_from))
    if f.received_to:
        query = query.filter(received_at__lt=_china_midnight(f.received_to + timedelta(days=1)))
    if f.assignee_id is not None:
        query = query.filter(assignee_id=f.assignee_id) if f.assignee_id else query.filter(assignee_id=None)
    if f.deadline is not None:
        if len(regions) != 1:
            raise RegionRequired(actor.regions)  # "due soon" counts working days of one region
        if f.deadline == "overdue":
            query = query.filter(due_between(None, today - timedelta(days=1)))
        else:
            query = query.filter(due_between(today, soon_horizon(today, region=regions[0], rules=rules)))
    return query


async def page(actor: Actor, f: QueueFilter, *, today: date, rules: ReportRules) -> QueuePage:
    """One page of the queue in ``f.order``; ``next_cursor`` continues after its last row."""
    limit = max(1, min(f.limit, MAX_LIMIT))
    query = filtered(actor, f, today=today, rules=rules)
    if f.cursor:
        query = _after(query, f.order, f.cursor)
    keys = ("accept_by", "id") if f.order == "deadline" else ("-received_at", "-id")
    rows = await query.order_by(*keys).limit(limit + 1)
    more = len(rows) > limit
    rows = rows[:limit]
    return QueuePage(rows, _cursor_of(rows[-1], f.order) if more and rows else None)
