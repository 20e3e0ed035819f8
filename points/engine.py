"""Practitioner points (POLICY §5): events scored within their band, the scoring-year reset, the status they
lead to (normal, suspended until, terminated until), an explanation a practitioner can read, and a request
for human review (个人信息保护法 第二十四条). Pure: events and the date come in, nothing is stored.

The scheme (``points.rules``) is data; this module is the one machinery for all of them. Pass every
event of the person, from every institution: a suspension anywhere applies everywhere (POLICY §5).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from kernel.clock import add_months
from points.rules import (
    Band,
    PointsError,
    PointsScheme,
    Threshold,
    load_points_scheme,
    points_scheme_names,
)

__all__ = [
    "Assessment",
    "Consequence",
    "PointEvent",
    "PointsError",
    "PointsScheme",
    "ReviewRequest",
    "assess",
    "load_points_scheme",
    "officer_month_events",
    "points_scheme_names",
    "request_review",
]

Status = Literal["normal", "suspended", "terminated"]
REVIEW_REASON_MIN = 10
REVIEW_REASON_MAX = 1000


class PointEvent(BaseModel):
    """Points given to one practitioner by one decision."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1, max_length=64)
    kind: str
    points: int = Field(ge=1)
    on: date  # the day the points were decided; a suspension or termination runs from it
    notified_on: date | None = None  # the day the practitioner was told; the review window runs from it
    summary: str = Field(default="", max_length=200)  # what happened, in one sentence, for the explanation
    # The officer's choice when this event reaches a suspension whose months are ``chosen_by: officer``.
    suspension_months: int | None = Field(default=None, ge=1)

    @model_validator(mode="after")
    def _told_after_decided(self) -> PointEvent:
        if self.notified_on is not None and self.notified_on < self.on:
            raise ValueError("通知日期不能早于记分日期")
        return self

    @property
    def told_on(self) -> date:
        return self.notified_on or self.on


@dataclass(frozen=True)
class Consequence:
    """A suspension or termination: it applies from ``start`` up to the day before ``until``."""

    status: Literal["suspended", "terminated"]
    start: date
    until: date  # suspended: the day the qualification returns; terminated: the first day to re-register
    at: int  # the threshold reached
    event_id: str
    months: int | None = None
    years: int | None = None


@dataclass(frozen=True)
class Assessment:
    status: Status
    until: date | None  # the day the status ends (see Consequence.until); None when normal
    points_this_year: int  # counted against the practitioner in the scoring year holding ``as_of``
    remaining: int | None  # deduction schemes: what is left of the yearly start; None otherwise
    reregister_from: date | None  # after a termination: the first day re-registration is allowed
    consequences: tuple[Consequence, ...]
    explanation: list[str]


@dataclass(frozen=True)
class ReviewRequest:
    """A practitioner's request that a person review one event; persistence comes later."""

    scheme: str
    event_id: str
    event_on: date
    points: int
    reason: str
    requested_on: date
    status: Literal["pending"] = "pending"


def _band(scheme: PointsScheme, event: PointEvent) -> Band:
    band = scheme.band(event.kind)
    if band is None:
        kinds = "、".join(f"{b.kind}（{b.title}）" for b in scheme.bands)
        raise PointsError(
            "unknown_kind", f"记分{event.id}：“{event.kind}”不是{scheme.title}的记分事项（{kinds}）。"
        )
    if not band.min_points <= event.points <= band.max_points:
        allowed = (
            f"{band.min_points}分"
            if band.min_points == band.max_points
            else f"{band.min_points}–{band.max_points}分"
        )
        raise PointsError(
            "out_of_band", f"记分{event.id}：“{band.title}”只能记{allowed}，不能记{event.points}分。"
        )
    return band


def _checked(scheme: PointsScheme, events: Sequence[PointEvent]) -> list[PointEvent]:
    """Every event valid for the scheme, ids unique; sorted by decision date (ties keep input order)."""
    seen: set[str] = set()
    for event in events:
        if event.id in seen:
            raise PointsError("bad_event", f"记分编号{event.id}重复。")
        seen.add(event.id)
        _band(scheme, event)
    return sorted(events, key=lambda e: e.on)


@dataclass(frozen=True)
class _Year:
    start: date
    end: date  # first day of the next scoring year
    events: tuple[PointEvent, ...]


def _years(scheme: PointsScheme, events: list[PointEvent]) -> list[_Year]:
    years: list[_Year] = []
    for event in events:
        if years and event.on < years[-1].end:
            last = years[-1]
            years[-1] = _Year(last.start, last.end, (*last.events, event))
        elif scheme.scoring_year == "calendar":
            years.append(_Year(date(event.on.year, 1, 1), date(event.on.year + 1, 1, 1), (event,)))
        else:  # from_first_event: the 12 months from the event that opens the year
            years.append(_Year(event.on, add_months(event.on, 12), (event,)))
    return years


def _year_label(scheme: PointsScheme, year: _Year) -> str:
    if scheme.scoring_year == "calendar":
        return f"{year.start.year}年度"
    return f"{year.start.isoformat()}起的记分年度"


def _tally(scheme: PointsScheme, total: int) -> str:
    if scheme.mode == "deduct":
        return f"本年度已扣{total}分，剩余{max(scheme.start - total, 0)}分"
    return f"本年度累计{total}分"


def _reached(scheme: PointsScheme, at: int) -> str:
    return f"本年度已扣满{at}分" if scheme.mode == "deduct" else f"本年度累计达到{at}分"


def _months(scheme: PointsScheme, th: Threshold, event: PointEvent, total: int) -> tuple[int, str]:
    assert th.months is not None  # a suspension threshold always has its months (validated)
    rule = th.months
    if rule.chosen_by == "points":
        months = rule.for_total(total)
        return months, f"按本年度{total}分确定为{months}个月"
    if event.suspension_months is None:
        raise PointsError(
            "bad_months",
            f"记分{event.id}使{_reached(scheme, th.at)}，"
            f"须由经办人员在{rule.min}–{rule.max}个月内确定暂停月数。",
        )
    if not rule.min <= event.suspension_months <= rule.max:
        raise PointsError(
            "bad_months",
            f"记分{event.id}：暂停月数应为{rule.min}–{rule.max}个月，不能是{event.suspension_months}个月。",
        )
    return event.suspension_months, f"经办机构在{rule.min}–{rule.max}个月内确定"


def _consequence(
    scheme: PointsScheme, th: Threshold, event: PointEvent, total: int
) -> tuple[Consequence, str]:
    reached = _reached(scheme, th.at)
    if th.consequence == "suspended":
        months, how = _months(scheme, th, event, total)
        until = add_months(event.on, months)
        line = (
            f"  → {reached}：暂停{scheme.qualification}{months}个月（{how}），"
            f"自{event.on.isoformat()}起，{until.isoformat()}恢复。"
        )
        return Consequence("suspended", event.on, until, th.at, event.id, months=months), line
    assert th.reregister_after_years is not None  # a termination threshold always has it (validated)
    single = th.single_event is not None and event.points >= th.single_event.points
    if single and th.single_event is not None:
        years, why = th.single_event.reregister_after_years, f"一次记满{th.single_event.points}分"
    else:
        years, why = (
            th.reregister_after_years,
            f"多次记分累计达到{th.at}分" if event.points < th.at else reached,
        )
    until = add_months(event.on, 12 * years)
    line = (
        f"  → {reached}：自{event.on.isoformat()}起终止{scheme.qualification}；"
        f"因{why}，{years}年内不得重新登记备案，{until.isoformat()}起可重新登记备案。"
    )
    return Consequence("terminated", event.on, until, th.at, event.id, years=years), line


def _no_months_expected(event: PointEvent, crossed: Threshold | None) -> None:
    officer = crossed is not None and crossed.months is not None and crossed.months.chosen_by == "officer"
    if event.suspension_months is not None and not officer:
        raise PointsError(
            "bad_months", f"记分{event.id}没有使本年度达到由经办人员确定月数的暂停门槛，不应填写暂停月数。"
        )


def officer_month_events(scheme: PointsScheme, events: Sequence[PointEvent]) -> frozenset[str]:
    """Ids of the events that reach a suspension whose months the officer chooses: the only ones that may
    carry ``suspension_months``. A stored set whose earlier event was withdrawn uses this to drop months
    an event no longer needs."""
    found: set[str] = set()
    for year in _years(scheme, _checked(scheme, events)):
        total = 0
        for event in year.events:
            before, total = total, total + event.points
            crossed = [th for th in scheme.thresholds if before < th.at <= total]
            months = crossed[-1].months if crossed else None
            if months is not None and months.chosen_by == "officer":
                found.add(event.id)
    return frozenset(found)


def assess(scheme: PointsScheme, events: Sequence[PointEvent], *, as_of: date) -> Assessment:
    """The practitioner's status on ``as_of`` from all their events (those decided after it are ignored).

    Within a scoring year the points add up; each threshold acts once, on the event that reaches it, and
    when one event reaches several only the highest acts. Consequences run from that event's date and
    outlive the yearly reset. A termination outranks a suspension; of two suspensions, the later end wins.
    """
    counted = [e for e in _checked(scheme, events) if e.on <= as_of]
    lines = [_header(scheme)]
    found: list[Consequence] = []
    current: _Year | None = None
    for year in _years(scheme, counted):
        lines.append(f"{_year_label(scheme, year)}：")
        total = 0
        for event in year.events:
            band = _band(scheme, event)
            before, total = total, total + event.points
            what = f"{band.title}（{event.summary}）" if event.summary else band.title
            verb = "扣" if scheme.mode == "deduct" else "记"
            lines.append(
                f"  {event.on.isoformat()} {what}：{verb}{event.points}分，{_tally(scheme, total)}。"
                f"（记分编号{event.id}）"
            )
            crossed = [th for th in scheme.thresholds if before < th.at <= total]
            top = crossed[-1] if crossed else None
            _no_months_expected(event, top)
            if top is not None:
                consequence, line = _consequence(scheme, top, event, total)
                found.append(consequence)
                lines.append(line)
                if scheme.still_settled:
                    lines.append(f"    {scheme.still_settled}")
        if year.end <= as_of:
            lines.append(
                f"  {_year_label(scheme, year)}的记分已于{year.end.isoformat()}{_reset_word(scheme)}。"
            )
        else:
            current = year
    this_year = sum(e.points for e in current.events) if current else 0
    active = [c for c in found if c.start <= as_of < c.until]
    status: Status = "normal"
    until: date | None = None
    for wanted in ("terminated", "suspended"):
        matching = [c for c in active if c.status == wanted]
        if matching:
            status, until = wanted, max(c.until for c in matching)
            break
    terminations = [c for c in found if c.status == "terminated"]
    reregister_from = max(c.until for c in terminations) if terminations else None
    lines.append(_status_line(scheme, as_of, status, until, reregister_from, this_year))
    lines.extend(f"暂定：{text}" for text in scheme.provisional)
    lines.append(_review_line(scheme))
    return Assessment(
        status=status,
        until=until,
        points_this_year=this_year,
        remaining=max(scheme.start - this_year, 0) if scheme.mode == "deduct" else None,
        reregister_from=reregister_from,
        consequences=tuple(found),
        explanation=lines,
    )


def _header(scheme: PointsScheme) -> str:
    counting = (
        f"每年度初始{scheme.start}分，查实违规按规定扣分"
        if scheme.mode == "deduct"
        else "每年度从0分起累计记分"
    )
    word = _reset_word(scheme)
    reset = (
        f"每年1月1日{word}"
        if scheme.scoring_year == "calendar"
        else f"记分年度自该年度第一次记分起算12个月，期满{word}"
    )
    return (
        f"记分办法：{scheme.title}（{scheme.source}）。{counting}，{reset}；"
        f"暂停、终止的期限不因{word}而中断。"
    )


def _reset_word(scheme: PointsScheme) -> str:
    return f"恢复为{scheme.start}分" if scheme.mode == "deduct" else "清零"


def _status_line(
    scheme: PointsScheme,
    as_of: date,
    status: Status,
    until: date | None,
    reregister_from: date | None,
    this_year: int,
) -> str:
    head = f"截至{as_of.isoformat()}：{_tally(scheme, this_year)}。"
    if status == "suspended" and until is not None:
        return f"{head}{scheme.qualification}暂停中，{until.isoformat()}恢复。"
    if status == "terminated" and until is not None:
        return f"{head}{scheme.qualification}已终止，{until.isoformat()}起可重新登记备案。"
    if reregister_from is not None:
        return (
            f"{head}终止期已满：自{reregister_from.isoformat()}起可重新登记备案，"
            f"登记备案后恢复{scheme.qualification}。"
        )
    ahead = next((th for th in scheme.thresholds if th.at > this_year), None)
    hint = ""
    if ahead is not None:
        word = "暂停" if ahead.consequence == "suspended" else "终止"
        verb = "扣" if scheme.mode == "deduct" else "记"
        reach = f"将扣满{ahead.at}分" if scheme.mode == "deduct" else f"累计将达到{ahead.at}分"
        hint = f"本年度再{verb}{ahead.at - this_year}分，{reach}，{word}{scheme.qualification}。"
    return f"{head}{scheme.qualification}正常。{hint}"


def _review_line(scheme: PointsScheme) -> str:
    window = (
        f"，请在收到记分通知之日起{scheme.review_window_days}日内提出" if scheme.review_window_days else ""
    )
    return f"对记分有异议的，可申请由工作人员人工复核（个人信息保护法第二十四条）{window}。"


def request_review(
    scheme: PointsScheme,
    events: Sequence[PointEvent],
    *,
    event_id: str,
    reason: str,
    requested_on: date,
) -> ReviewRequest:
    """Check a practitioner's request that a person review ``event_id`` and return the record to store.

    The reason must say something (10–1000 characters). The window, when the scheme sets one, runs from
    the day the practitioner was told (``notified_on``, else the decision date), that day not counted.
    """
    event = next((e for e in _checked(scheme, events) if e.id == event_id), None)
    if event is None:
        raise PointsError("bad_review", f"没有编号为{event_id}的记分。")
    text = reason.strip()
    if not REVIEW_REASON_MIN <= len(text) <= REVIEW_REASON_MAX:
        raise PointsError(
            "bad_review",
            f"请写明申请复核的理由，{REVIEW_REASON_MIN}–{REVIEW_REASON_MAX}字（现为{len(text)}字）。",
        )
    if requested_on < event.told_on:
        raise PointsError(
            "bad_review", f"复核申请日期不能早于收到记分通知的日期（{event.told_on.isoformat()}）。"
        )
    window = scheme.review_window_days
    if window is not None and (requested_on - event.told_on).days > window:
        last = date.fromordinal(event.told_on.toordinal() + window)
        raise PointsError(
            "bad_review",
            f"已超过申请复核的期限：收到记分通知之日起{window}日内，即{last.isoformat()}前（含当日）。",
        )
    return ReviewRequest(
        scheme=scheme.name,
        event_id=event.id,
        event_on=event.on,
        points=event.points,
        reason=text,
        requested_on=requested_on,
    )
