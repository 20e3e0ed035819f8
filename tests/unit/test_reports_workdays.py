"""Working-day arithmetic across Golden Week and Spring Festival, region overrides, and the 2027 gap.

Expected dates are counted by hand from the State Council notices as chinesecalendar 1.11 records them:
- 2025 National Day + Mid-Autumn: 1-8 Oct off; Sun 28 Sep and Sat 11 Oct are make-up workdays.
- 2026 Spring Festival: 15-23 Feb off; Sat 14 Feb and Sat 28 Feb are make-up workdays.
- 2026 Mid-Autumn 25-27 Sep off, National Day 1-7 Oct off; Sun 20 Sep and Sat 10 Oct are make-up workdays.
"""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from pathlib import Path

import pytest
from pydantic import ValidationError

from kernel.workdays import (
    CalendarOverrides,
    DayOverrides,
    NationalOverrides,
    WorkCalendar,
    add_working_days,
    build_calendar,
    calendar_coverage,
    first_working_day_from,
    is_working_day,
    load_calendar,
    load_overrides,
    working_days_between,
)

R = "demo"


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return load_calendar()


def test_library_covers_2004_to_2026_and_2027_is_explicitly_weekends_only(cal: WorkCalendar) -> None:
    assert cal.library_years == (2004, 2026)
    assert calendar_coverage(2025, calendar=cal) == "library"
    assert calendar_coverage(2026, calendar=cal) == "library"
    assert calendar_coverage(2027, calendar=cal) == "weekends_only"
    assert calendar_coverage(2003, calendar=cal) == "weekends_only"


def test_packaged_override_table_holds_nothing_for_2027() -> None:
    table = load_overrides()
    assert table.national.complete_years == []
    assert not [d for d in table.national.holidays if d.year == 2027]
    assert "2027" in table.note


def test_golden_week_2025_days_off_and_make_up_days(cal: WorkCalendar) -> None:
    for day in range(1, 9):
        assert not is_working_day(date(2025, 10, day), region=R, calendar=cal)
    assert is_working_day(date(2025, 9, 28), region=R, calendar=cal)  # Sunday, make-up
    assert is_working_day(date(2025, 10, 11), region=R, calendar=cal)  # Saturday, make-up
    assert not is_working_day(date(2025, 10, 12), region=R, calendar=cal)  # ordinary Sunday


def test_report_received_the_working_day_before_golden_week_2025(cal: WorkCalendar) -> None:
    # Tue 30 Sep; 1-8 Oct off. Day 1 Thu 9, 2 Fri 10, 3 Sat 11 (make-up), 4-8 Mon 13-Fri 17,
    # 9-13 Mon 20-Fri 24, 14 Mon 27, 15 Tue 28 Oct.
    assert add_working_days(date(2025, 9, 30), 15, region=R, calendar=cal) == date(2025, 10, 28)


def test_report_received_the_working_day_before_golden_week_2026(cal: WorkCalendar) -> None:
    # Wed 30 Sep; 1-7 Oct off. Day 1 Thu 8, 2 Fri 9, 3 Sat 10 (make-up), 4-8 Mon 12-Fri 16,
    # 9-13 Mon 19-Fri 23, 14 Mon 26, 15 Tue 27 Oct.
    assert add_working_days(date(2026, 9, 30), 15, region=R, calendar=cal) == date(2026, 10, 27)


def test_mid_autumn_2026_make_up_sunday_counts(cal: WorkCalendar) -> None:
    # Fri 18 Sep 2026: the next working day is Sun 20 Sep (make-up), not Mon 21.
    assert add_working_days(date(2026, 9, 18), 1, region=R, calendar=cal) == date(2026, 9, 20)
    # Thu 24 Sep: 25-27 Sep off, so the next is Mon 28 Sep.
    assert add_working_days(date(2026, 9, 24), 1, region=R, calendar=cal) == date(2026, 9, 28)


def test_spring_festival_2026_counts_both_make_up_saturdays(cal: WorkCalendar) -> None:
    # Fri 13 Feb. Day 1 Sat 14 (make-up), 15-23 off, 2-5 Tue 24-Fri 27, 6 Sat 28 (make-up),
    # 7-11 Mon 2-Fri 6 Mar, 12-15 Mon 9-Thu 12 Mar.
    assert add_working_days(date(2026, 2, 13), 15, region=R, calendar=cal) == date(2026, 3, 12)
    assert add_working_days(date(2026, 2, 13), 5, region=R, calendar=cal) == date(2026, 2, 27)
    assert working_days_between(date(2026, 2, 13), date(2026, 2, 28), region=R, calendar=cal) == 6


def test_report_received_during_the_holiday_starts_counting_after_it(cal: WorkCalendar) -> None:
    # Wed 18 Feb 2026 is inside the holiday: day 1 is Tue 24 Feb, day 15 is Fri 13 Mar.
    assert add_working_days(date(2026, 2, 18), 15, region=R, calendar=cal) == date(2026, 3, 13)


def test_day_zero_is_never_counted_and_zero_days_is_the_start(cal: WorkCalendar) -> None:
    sunday = date(2025, 10, 19)
    assert add_working_days(sunday, 0, region=R, calendar=cal) == sunday
    # Received Friday or Saturday: either way day 1 is Monday.
    assert add_working_days(date(2025, 10, 17), 1, region=R, calendar=cal) == date(2025, 10, 20)
    assert add_working_days(date(2025, 10, 18), 1, region=R, calendar=cal) == date(2025, 10, 20)
    # Fri 26 Sep 2025: the next working day is the make-up Sunday 28 Sep.
    assert add_working_days(date(2025, 9, 26), 1, region=R, calendar=cal) == date(2025, 9, 28)


def test_negative_counts_go_back_over_the_holiday(cal: WorkCalendar) -> None:
    assert add_working_days(date(2025, 10, 9), -1, region=R, calendar=cal) == date(2025, 9, 30)
    assert add_working_days(date(2025, 10, 28), -15, region=R, calendar=cal) == date(2025, 9, 30)


def test_between_is_half_open_and_antisymmetric(cal: WorkCalendar) -> None:
    a, b = date(2025, 9, 30), date(2025, 10, 28)
    assert working_days_between(a, a, region=R, calendar=cal) == 0
    assert working_days_between(a, b, region=R, calendar=cal) == 15
    assert working_days_between(b, a, region=R, calendar=cal) == -15
    # The holiday itself adds nothing: from 30 Sep to 8 Oct is zero working days.
    assert working_days_between(a, date(2025, 10, 8), region=R, calendar=cal) == 0


def test_adding_then_measuring_gives_back_n_for_every_start_around_the_holidays(cal: WorkCalendar) -> None:
    starts = [date(2025, 9, 20) + timedelta(days=i) for i in range(30)]
    starts += [date(2026, 2, 5) + timedelta(days=i) for i in range(30)]
    for start, n in itertools.product(starts, (1, 5, 15, 30)):
        due = add_working_days(start, n, region=R, calendar=cal)
        assert is_working_day(due, region=R, calendar=cal)
        assert working_days_between(start, due, region=R, calendar=cal) == n


def test_first_working_day_from_rolls_past_the_holiday(cal: WorkCalendar) -> None:
    assert first_working_day_from(date(2025, 10, 1), region=R, calendar=cal) == date(2025, 10, 9)
    assert first_working_day_from(date(2025, 10, 9), region=R, calendar=cal) == date(2025, 10, 9)


def _with(regions: dict[str, DayOverrides], national: NationalOverrides | None = None) -> WorkCalendar:
    return build_calendar(CalendarOverrides(national=national or NationalOverrides(), regions=regions))


def test_region_override_adds_a_holiday_only_in_that_region() -> None:
    cal = _with({"640200": DayOverrides(holidays={date(2025, 10, 9): "local holiday"})})
    assert add_working_days(date(2025, 9, 30), 15, region="640200", calendar=cal) == date(2025, 10, 29)
    assert add_working_days(date(2025, 9, 30), 15, region="630100", calendar=cal) == date(2025, 10, 28)


def test_region_override_removes_a_day_off_by_declaring_a_workday() -> None:
    # A region that works on 8 Oct 2025 (nationally a holiday) and on an ordinary Sunday, 19 Oct.
    cal = _with({"640200": DayOverrides(workdays={date(2025, 10, 8): "local", date(2025, 10, 19): "local"})})
    assert add_working_days(date(2025, 9, 30), 1, region="640200", calendar=cal) == date(2025, 10, 8)
    # Day 1 Wed 8, 2 Thu 9, 3 Fri 10, 4 Sat 11 (make-up), 5-9 Mon 13-Fri 17, 10 Sun 19 (local),
    # 11-15 Mon 20-Fri 24 Oct: two days earlier than the national Tue 28 Oct.
    assert add_working_days(date(2025, 9, 30), 15, region="640200", calendar=cal) == date(2025, 10, 24)
    assert add_working_days(date(2025, 9, 30), 15, region="630100", calendar=cal) == date(2025, 10, 28)


def test_region_entry_beats_a_national_make_up_day() -> None:
    cal = _with({"640200": DayOverrides(holidays={date(2025, 10, 11): "local rest"})})
    assert not is_working_day(date(2025, 10, 11), region="640200", calendar=cal)
    assert is_working_day(date(2025, 10, 11), region="630100", calendar=cal)


def test_2027_falls_back_to_weekends_and_the_statutory_solar_holidays_until_the_notice_is_entered() -> None:
    bare = _with({})
    # 1 Jan is fixed by 《全国年节及纪念日放假办法》 itself, so it is off even before the 2027 notice.
    assert add_working_days(date(2026, 12, 31), 1, region=R, calendar=bare) == date(2027, 1, 4)
    assert not is_working_day(date(2027, 1, 2), region=R, calendar=bare)  # Saturday
    assert is_working_day(date(2027, 5, 3), region=R, calendar=bare) is not False  # Mon 3 May: no notice yet
    assert not is_working_day(date(2027, 10, 1), region=R, calendar=bare)
    # Known gap: the lunar holidays need the notice (Spring Festival 2027 counts as working days here).

    entered = _with({}, NationalOverrides(complete_years=[2027], holidays={date(2027, 1, 1): "元旦"}))
    assert calendar_coverage(2027, calendar=entered) == "override"
    assert add_working_days(date(2026, 12, 31), 1, region=R, calendar=entered) == date(2027, 1, 4)


def test_calendar_without_the_library_is_weekends_and_statutory_solar_holidays() -> None:
    cal = build_calendar(use_library=False)
    assert calendar_coverage(2025, calendar=cal) == "weekends_only"
    assert not is_working_day(date(2025, 10, 1), region=R, calendar=cal)  # 国庆节, fixed by law
    assert is_working_day(date(2025, 10, 8), region=R, calendar=cal)  # Wednesday after it


def test_override_table_rejects_contradictions(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="both as holiday and as workday"):
        DayOverrides(holidays={date(2027, 1, 1): "a"}, workdays={date(2027, 1, 1): "b"})
    with pytest.raises(ValidationError, match="lists no holidays"):
        NationalOverrides(complete_years=[2027])
    with pytest.raises(ValidationError, match="regions"):
        CalendarOverrides(regions={"national": DayOverrides()})
    path = tmp_path / "o.json"
    path.write_text('{"national": {}, "regions": {}, "extra": 1}', "utf-8")
    with pytest.raises(ValidationError):
        load_overrides(path)


def test_a_calendar_with_no_working_days_fails_loudly() -> None:
    start = date(2025, 1, 1)
    all_off = {start + timedelta(days=i): "x" for i in range(4000)}
    cal = _with({"r": DayOverrides(holidays=all_off)})
    with pytest.raises(ValueError, match="check the calendar data"):
        add_working_days(start, 1, region="r", calendar=cal)
