"""Working-day (工作日) arithmetic for deadlines: official holidays, 调休 make-up days, region overrides.

Sources, highest precedence first, for "is this date a working day in region R?":

1. the region's entries in ``data/calendar_overrides.json`` (a local holiday, or a day a region works);
2. the national entries in the same file (corrections, and whole years the library does not have yet);
3. the ``chinesecalendar`` package (State Council holiday notices and make-up workdays), for the years it
   covers — 2004 to 2026 in version 1.11; the range is read from the library, not assumed;
4. otherwise weekends-only, less the solar-date statutory holidays that the law itself fixes
   (《全国年节及纪念日放假办法》2024年修订, 第二条: 元旦 1 Jan; 劳动节 1–2 May; 国庆节 1–3 Oct).

Step 4 is a fallback, not a calendar: for a year neither the library nor a complete national override
covers (``calendar_coverage(year) == "weekends_only"``; 2027 today, as neither the seeds nor POLICY state
the 2027 notice), Spring Festival and National Day count as working days and make-up Saturdays as rest
days. Deadlines then usually come out earlier than the true ones (safe for the bureau), but a span holding
a make-up Saturday and none of its holidays comes out a day later. Add the year to the override table as
soon as the State Council notice (国务院办公厅关于…部分节假日安排的通知) is out, or upgrade the library.

Counting rule (POLICY §2 "N working days from X"): the day of the event is never counted, the first
working day strictly after it is day 1 (民法典 第二百零一条: 开始的当日不计入). So a report received on a
working day at 23:59 or on a Sunday starts counting the same way, and the time of day never matters. The
deadline is the whole of day N.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Literal

import chinese_calendar
from pydantic import BaseModel, ConfigDict, model_validator

from kernel.data import packaged_model

Coverage = Literal["library", "override", "weekends_only"]
NATIONAL = "national"
# A misconfigured table (say every day a holiday) must fail loudly instead of looping forever.
MAX_SCAN_DAYS = 3660
_ONE_DAY = timedelta(days=1)
# Holidays whose dates the law fixes on the solar calendar, known for any year before the State
# Council's yearly notice; the lunar ones (春节, 清明, 端午, 中秋) and 调休 still need the notice.
STATUTORY_SOLAR_HOLIDAYS = frozenset({(1, 1), (5, 1), (5, 2), (10, 1), (10, 2), (10, 3)})


class DayOverrides(BaseModel):
    """Dates added as rest days (``holidays``) or as working days (``workdays``), each with a reason."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    holidays: dict[date, str] = {}
    workdays: dict[date, str] = {}

    @model_validator(mode="after")
    def _disjoint(self) -> DayOverrides:
        both = sorted(set(self.holidays) & set(self.workdays))
        if both:
            raise ValueError(f"dates listed both as holiday and as workday: {both}")
        return self


class NationalOverrides(DayOverrides):
    """National corrections; ``complete_years`` are years whose whole holiday notice is listed here."""

    complete_years: list[int] = []

    @model_validator(mode="after")
    def _complete_years_have_holidays(self) -> NationalOverrides:
        for year in self.complete_years:
            if not any(d.year == year for d in self.holidays):
                raise ValueError(f"complete year {year} lists no holidays")
        return self


class CalendarOverrides(BaseModel):
    """The whole override file: a note for maintainers, national entries, and entries per region code."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    note: str = ""
    national: NationalOverrides = NationalOverrides()
    regions: dict[str, DayOverrides] = {}

    @model_validator(mode="after")
    def _no_region_named_national(self) -> CalendarOverrides:
        if NATIONAL in self.regions:
            raise ValueError(f"put national entries under 'national', not regions[{NATIONAL!r}]")
        return self


@dataclass(frozen=True)
class WorkCalendar:
    """Everything needed to decide working days, as plain data; build it once at start-up."""

    overrides: CalendarOverrides = field(default_factory=CalendarOverrides)
    library_holidays: frozenset[date] = frozenset()
    library_workdays: frozenset[date] = frozenset()
    library_years: tuple[int, int] | None = None  # inclusive; None when built without the library


def load_overrides(path: Path | None = None) -> CalendarOverrides:
    """Read and validate the override table (default: the packaged ``data/calendar_overrides.json``)."""
    if path is None:  # the region table lives with reports, whose deadlines it serves
        return packaged_model("reports", "data/calendar_overrides.json", CalendarOverrides)
    return CalendarOverrides.model_validate_json(path.read_text("utf-8"))


def build_calendar(overrides: CalendarOverrides | None = None, *, use_library: bool = True) -> WorkCalendar:
    """A calendar from the override table plus, unless ``use_library=False``, chinesecalendar's data."""
    table = overrides if overrides is not None else CalendarOverrides()
    if not use_library:
        return WorkCalendar(overrides=table)
    # The library's dicts map date -> holiday name; copy them into typed frozen sets so lookups are pure
    # and later library calls (which raise NotImplementedError outside their range) are never needed.
    holidays = frozenset(date(d.year, d.month, d.day) for d in chinese_calendar.holidays)
    workdays = frozenset(date(d.year, d.month, d.day) for d in chinese_calendar.workdays)
    years = (min(d.year for d in holidays), max(d.year for d in holidays))
    return WorkCalendar(table, holidays, workdays, years)


def load_calendar(path: Path | None = None) -> WorkCalendar:
    """``build_calendar(load_overrides(path))``: the calendar the service runs with."""
    return build_calendar(load_overrides(path))


def calendar_coverage(year: int, *, calendar: WorkCalendar) -> Coverage:
    """Where ``year``'s national holidays come from: the library, a complete override, or nowhere."""
    years = calendar.library_years
    if years is not None and years[0] <= year <= years[1]:
        return "library"
    if year in calendar.overrides.national.complete_years:
        return "override"
    return "weekends_only"


def is_working_day(day: date, *, region: str, calendar: WorkCalendar) -> bool:
    """Whether staff of ``region`` work on ``day`` (see the module docstring for precedence)."""
    for table in (calendar.overrides.regions.get(region), calendar.overrides.national):
        if table is None:
            continue
        if day in table.holidays:
            return False
        if day in table.workdays:
            return True
    coverage = calendar_coverage(day.year, calendar=calendar)
    if coverage == "library":
        if day in calendar.library_holidays:
            return False
        if day in calendar.library_workdays:
            return True
    elif coverage == "weekends_only" and (day.month, day.day) in STATUTORY_SOLAR_HOLIDAYS:
        return False
    return day.weekday() < 5


def add_working_days(start: date, n: int, *, region: str, calendar: WorkCalendar) -> date:
    """The ``n``-th working day strictly after ``start`` (``start`` itself is day 0 and never counted).

    ``n == 0`` returns ``start`` unchanged, working day or not. A negative ``n`` counts backwards: the
    ``|n|``-th working day strictly before ``start`` (for "due in 3 working days" reminders).
    Invariant: ``working_days_between(start, add_working_days(start, n, …), …) == n``.
    """
    step = _ONE_DAY if n >= 0 else -_ONE_DAY
    day, left = start, abs(n)
    for _ in range(MAX_SCAN_DAYS):
        if left == 0:
            return day
        day += step
        if is_working_day(day, region=region, calendar=calendar):
            left -= 1
    raise ValueError(f"no {n} working days within {MAX_SCAN_DAYS} days of {start}: check the calendar data")


def working_days_between(a: date, b: date, *, region: str, calendar: WorkCalendar) -> int:
    """Working days in the half-open interval (a, b]: ``a`` excluded, ``b`` included; negative if b < a.

    So a deadline on ``b`` set from an event on ``a`` is exactly this many working days long, and a
    case received on ``a`` has used ``working_days_between(a, today)`` of its allowance by ``today``.
    """
    if b < a:
        return -working_days_between(b, a, region=region, calendar=calendar)
    if (b - a).days > MAX_SCAN_DAYS:
        raise ValueError(f"span longer than {MAX_SCAN_DAYS} days")
    count, day = 0, a
    while day < b:
        day += _ONE_DAY
        count += is_working_day(day, region=region, calendar=calendar)
    return count


def first_working_day_from(day: date, *, region: str, calendar: WorkCalendar) -> date:
    """``day`` if it is a working day, else the next one (民法典 第二百零三条 roll-forward)."""
    return add_working_days(day - _ONE_DAY, 1, region=region, calendar=calendar)
