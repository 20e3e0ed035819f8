"""Practitioner points (POLICY §5): events scored within their band, a yearly reset, and the status
they lead to (normal, suspended until, terminated until), explained so a practitioner can read it.

Two scheme files: ``national-12`` (医保发〔2024〕23号: points accumulate from 0 each calendar year; at 9
the payment qualification is suspended 1–6 months, at 12 terminated, re-registration after 1 year, or
3 years when one event alone gave 12) and ``deduction-15`` (seed 000: each practitioner starts the year
at 15 and loses points). Both are the same machinery: what differs is data.
"""

from __future__ import annotations

import calendar as gregorian
from dataclasses import dataclass
from datetime import date
from importlib import resources
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from credit.errors import CreditError


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Band(_Frozen):
    kind: str = Field(pattern=r"^[a-z][a-z0-9_]{1,39}$")
    title: str
    min_points: int = Field(ge=1)
    max_points: int = Field(ge=1)


class Threshold(_Frozen):
    at: int = Field(ge=1)  # points counted against the practitioner this year
    status: Literal["suspended", "terminated"]
    months_min: int = Field(default=0, ge=0)
    months_max: int = Field(default=0, ge=0)


class PointsScheme(_Frozen):
    name: str
    title: str
    source: str
    mode: Literal["accumulate", "deduct"]  # deduct: shown as what remains of `start`
    start: int = Field(ge=0)
    bands: list[Band]
    thresholds: list[Threshold]
    reregister_years: int = Field(ge=0)
    reregister_years_single_event: int | None = None
    single_event_points: int | None = None  # an event this heavy alone lengthens the wait
    review_window_days: int = Field(gt=0)
    notes: list[str] = []


class PointEvent(_Frozen):
    id: str
    kind: str
    points: int = Field(ge=1)
    on: date
    summary: str = ""


@dataclass(frozen=True)
class Assessment:
    status: Literal["normal", "suspended", "terminated"]
    until: date | None
    points_this_year: int
    explanation: list[str]


@dataclass(frozen=True)
class ReviewRequest:
    event_id: str
    reason: str
    requested_on: date


def load_points_scheme(name: str) -> PointsScheme:
    try:
        text = resources.files("credit").joinpath(f"data/points/{name}.json").read_text("utf-8")
    except (FileNotFoundError, OSError):
        raise CreditError("unknown_scheme", [f"没有名为“{name}”的记分办法。"]) from None
    return PointsScheme.model_validate_json(text)


def add_months(day: date, months: int) -> date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, gregorian.monthrange(year, month)[1]))


def _checked(scheme: PointsScheme, event: PointEvent) -> Band:
    band = next((b for b in scheme.bands if b.kind == event.kind), None)
    if band is None:
        raise CreditError("bad_facts", [f"记分事项“{event.kind}”不在{scheme.title}中。"])
    if not band.min_points <= event.points <= band.max_points:
        raise CreditError(
            "bad_facts",
            [f"“{band.title}”应记{band.min_points}–{band.max_points}分，不能记{event.points}分。"],
        )
    return band


def _shown(scheme: PointsScheme, total: int) -> str:
    if scheme.mode == "deduct":
        return f"累计扣{total}分，剩余{max(scheme.start - total, 0)}分"
    return f"累计记{total}分"


def assess(
    scheme: PointsScheme, events: list[PointEvent], *, as_of: date, suspension_months: int | None = None
) -> Assessment:
    """The status on ``as_of``. Points reset each calendar year, but a termination outlives the year:
    it lasts until re-registration is allowed. ``suspension_months`` is the officer's choice within
    the threshold's range (the shortest when not given)."""
    lines: list[str] = [f"记分办法：{scheme.title}（{scheme.source}）"]
    status: Literal["normal", "suspended", "terminated"] = "normal"
    until: date | None = None
    for event in events:
        _checked(scheme, event)
    for year in sorted({e.on.year for e in events if e.on <= as_of}):
        total, heaviest = 0, 0
        for event in sorted((e for e in events if e.on.year == year and e.on <= as_of), key=lambda e: e.on):
            band = _checked(scheme, event)
            total += event.points
            heaviest = max(heaviest, event.points)
            lines.append(
                f"{event.on.isoformat()} {band.title}：记{event.points}分（{_shown(scheme, total)}）"
            )
            for th in sorted(scheme.thresholds, key=lambda t: t.at):
                if total < th.at or total - event.points >= th.at:
                    continue  # reached by an earlier event, or not reached
                if th.status == "terminated":
                    single = (
                        scheme.single_event_points is not None and event.points >= scheme.single_event_points
                    )
                    years = scheme.reregister_years_single_event if single else scheme.reregister_years
                    end = add_months(event.on, 12 * (years or 0))
                    why = "单次记满" if single else "累计达到"
                    lines.append(
                        f"{why}{th.at}分：终止医保支付资格，{end.isoformat()}起可重新登记备案（{years}年后）。"
                    )
                    candidate: tuple[Literal["suspended", "terminated"], date] = ("terminated", end)
                else:
                    months = th.months_min if suspension_months is None else suspension_months
                    if not th.months_min <= months <= th.months_max:
                        raise CreditError("bad_facts", [f"暂停期限应为{th.months_min}–{th.months_max}个月。"])
                    end = add_months(event.on, months)
                    lines.append(f"累计达到{th.at}分：暂停医保支付资格{months}个月，至{end.isoformat()}。")
                    candidate = ("suspended", end)
                if as_of < candidate[1] and (status != "terminated" or candidate[0] == "terminated"):
                    status, until = candidate
        if year < as_of.year:
            lines.append(f"{year}年记分已于年底清零。")
    this_year = sum(e.points for e in events if e.on.year == as_of.year and e.on <= as_of)
    if status == "normal":
        lines.append(f"{as_of.isoformat()}：状态正常，本年度{_shown(scheme, this_year)}。")
    else:
        word = "暂停" if status == "suspended" else "终止"
        lines.append(f"{as_of.isoformat()}：医保支付资格{word}中，至{until.isoformat() if until else ''}。")
    lines.append(
        f"对记分有异议，可在{scheme.review_window_days}日内申请人工复核（个人信息保护法第二十四条）。"
    )
    return Assessment(status, until, this_year, lines)


def request_review(
    scheme: PointsScheme, event: PointEvent, *, reason: str, requested_on: date
) -> ReviewRequest:
    """A practitioner asks a person to review an event (PIPL art. 24: automated decisions)."""
    text = reason.strip()
    if not 10 <= len(text) <= 1000:
        raise CreditError("bad_facts", ["复核理由须为10–1000字。"])
    if requested_on < event.on:
        raise CreditError("bad_facts", ["复核申请日期不能早于记分日期。"])
    if (requested_on - event.on).days > scheme.review_window_days:
        raise CreditError("bad_facts", [f"已超过{scheme.review_window_days}日的复核申请期限。"])
    return ReviewRequest(event.id, text, requested_on)
