"""Deadlines counted on a calendar nobody has confirmed yet (issue 16 item 19).

``chinesecalendar`` carries the State Council's holiday notices up to 2026; a working-day deadline
falling in a year neither it nor ``data/calendar_overrides.json`` covers is counted weekends-only
(``reports.workdays``) and may move once the notice is entered. Such deadlines are marked provisional
wherever staff or the reporter see them, and from 1 December the coming year's gap is warned about
(a metric and a ``/readyz`` detail line), since the notice usually comes out in November.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from kernel.workdays import WorkCalendar, calendar_coverage

# Working-day deadlines only: penalty_by counts calendar days (行政处罚法 第六十条) and needs no holidays.
WORKING_DAY_FIELDS = ("accept_by", "decision_inform_by", "handle_by", "inform_by")
MARK = "（暂定：该年节假日安排尚未确认）"
WARN_FROM_MONTH = 12


def is_provisional(day: date, *, calendar: WorkCalendar) -> bool:
    return calendar_coverage(day.year, calendar=calendar) == "weekends_only"


def provisional_fields(row: dict[str, Any], *, calendar: WorkCalendar) -> list[str]:
    """The working-day deadlines of a staff row (ISO dates) that fall in an unconfirmed year."""
    out = []
    for name in WORKING_DAY_FIELDS:
        value = row.get(name)
        if value and is_provisional(date.fromisoformat(str(value)[:10]), calendar=calendar):
            out.append(name)
    return out


def marked(day: date, *, calendar: WorkCalendar) -> str:
    """A deadline as a reporter or staff member reads it, with the mark when it is provisional."""
    text = f"{day.year}年{day.month}月{day.day}日"
    return text + MARK if is_provisional(day, calendar=calendar) else text


def unconfirmed_years(today: date, *, calendar: WorkCalendar) -> list[int]:
    """This year if unconfirmed, and from 1 December next year too: the years to warn about."""
    years = [today.year] + ([today.year + 1] if today.month >= WARN_FROM_MONTH else [])
    return [y for y in years if calendar_coverage(y, calendar=calendar) == "weekends_only"]


def calendar_warning(today: date, *, calendar: WorkCalendar) -> str | None:
    years = unconfirmed_years(today, calendar=calendar)
    if not years:
        return None
    named = "、".join(f"{y}年" for y in years)
    return (
        f"{named}的法定节假日安排尚未录入：落在该年的工作日期限按暂定日历（仅周末）计算。"
        "国务院办公厅通知发布后，请录入 reports/data/calendar_overrides.json（见 README）。"
    )
