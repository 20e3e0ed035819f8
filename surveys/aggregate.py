"""Aggregation of a region's period into each institution's satisfaction: the mean of the counted
responses' scores (0–100), how many counted and how many were held out, and a 95% interval (normal
approximation). With at least the region's minimum sample it becomes the ``satisfaction`` credit
indicator, through the ``survey.aggregated`` event credit subscribes to; below it, no indicator and
the reason (POLICY §7: answers feed indicators only in aggregate, with a minimum sample)."""

from __future__ import annotations

import hashlib
import json
import math
from collections import defaultdict
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from kernel import events
from kernel.clock import add_months
from surveys import rules
from surveys.errors import SurveyError
from surveys.events import SURVEY_AGGREGATED
from surveys.models import SurveyResponse

COUNTED = ("counted", "released")
Z95 = 1.96
INDICATOR = "satisfaction"


def check_period(period: str) -> None:
    parts = period.split("-")
    ok = len(parts[0]) == 4 and parts[0].isdigit() and len(parts) <= 2
    if ok and len(parts) == 2:
        ok = parts[1].isdigit() and len(parts[1]) == 2 and 1 <= int(parts[1]) <= 12
    if not ok:
        raise SurveyError("bad_period")


def period_days(period: str) -> tuple[date, date]:
    """The period's first day and the day after its last."""
    check_period(period)
    if len(period) == 4:
        return date(int(period), 1, 1), date(int(period) + 1, 1, 1)
    first = date(int(period[:4]), int(period[5:]), 1)
    return first, add_months(first, 1)


def summary(scores: list[float], held: int, rejected: int, *, min_sample: int) -> dict[str, Any]:
    n = len(scores)
    out: dict[str, Any] = {"responses": n, "held": held, "rejected": rejected}
    if n == 0:
        return out | {
            "satisfaction": None,
            "interval": None,
            "indicator": False,
            "reason": "本期没有计入的评价",
        }
    mean = sum(scores) / n
    spread = math.sqrt(sum((s - mean) ** 2 for s in scores) / (n - 1)) if n > 1 else 0.0
    half = Z95 * spread / math.sqrt(n)
    out |= {
        "satisfaction": f"{mean:.2f}",
        "interval": [f"{max(0.0, mean - half):.2f}", f"{min(100.0, mean + half):.2f}"],
        "indicator": n >= min_sample,
        "reason": None
        if n >= min_sample
        else f"计入的评价{n}份，少于本地区最低样本量{min_sample}份，不形成信用指标",
    }
    return out


async def aggregate(
    conn: BaseDBAsyncClient, *, region: str, period: str, now: datetime, publish: bool = True
) -> dict[str, Any]:
    """Every rated institution of ``region`` in ``period``, and (``publish``) the event in ``conn``."""
    check_period(period)
    limit = rules.limits(region)
    rows = await (
        SurveyResponse.filter(region=region, period=period, subject_kind="institution")
        .using_db(conn)
        .values_list("subject", "status", "score")
    )
    scores: defaultdict[str, list[float]] = defaultdict(list)
    held: defaultdict[str, int] = defaultdict(int)
    rejected: defaultdict[str, int] = defaultdict(int)
    for code, status, score in rows:
        if status in COUNTED:
            scores[code].append(float(score))
        elif status == "held":
            held[code] += 1
        else:
            rejected[code] += 1
    codes = sorted(set(scores) | set(held) | set(rejected))
    institutions = {c: summary(scores[c], held[c], rejected[c], min_sample=limit.min_sample) for c in codes}
    result = {
        "region": region,
        "period": period,
        "min_sample": limit.min_sample,
        "institutions": institutions,
    }
    if publish:
        await publish_indicators(conn, result, now=now)
    return result


async def publish_indicators(conn: BaseDBAsyncClient, result: dict[str, Any], *, now: datetime) -> None:
    institutions: dict[str, dict[str, Any]] = result["institutions"]
    values = {c: s["satisfaction"] for c, s in institutions.items() if s["indicator"]}
    payload = {
        "region": result["region"],
        "period": result["period"],
        "indicator": INDICATOR,
        "values": values,
        "samples": {
            c: {"responses": s["responses"], "held": s["held"], "interval": s["interval"]}
            for c, s in institutions.items()
            if s["indicator"]
        },
        "below": sorted(c for c, s in institutions.items() if not s["indicator"]),
    }
    # Each aggregation is its own fact (figures may return to an earlier state, e.g. after a release),
    # so the key is the figures and the moment; credit sets the values, so a redelivery changes nothing.
    fingerprint = hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()[:24]
    key = f"{result['region']}:{result['period']}:{now.isoformat()}:{fingerprint}"
    await events.publish(conn, SURVEY_AGGREGATED, payload, key=key, now=now)


def indicator_values(payload: dict[str, Any]) -> dict[str, Decimal]:
    """The event's indicator values as credit stores them."""
    return {code: Decimal(v) for code, v in payload["values"].items()}
