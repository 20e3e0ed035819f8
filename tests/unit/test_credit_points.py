"""Practitioner points: the 9 and 12 thresholds, a single 12-point event, the yearly reset, bands."""

from __future__ import annotations

from datetime import date

import pytest

from credit.errors import CreditError
from credit.points import PointEvent, assess, load_points_scheme, request_review

NATIONAL = load_points_scheme("national-12")
FIFTEEN = load_points_scheme("deduction-15")


def ev(n: int, kind: str, points: int, on: date) -> PointEvent:
    return PointEvent(id=f"e{n}", kind=kind, points=points, on=on)


def test_eight_points_leave_the_practitioner_in_good_standing() -> None:
    events = [ev(1, "moderate", 5, date(2026, 3, 1)), ev(2, "minor", 3, date(2026, 6, 1))]
    result = assess(NATIONAL, events, as_of=date(2026, 7, 1))
    assert result.status == "normal" and result.until is None and result.points_this_year == 8
    assert any("累计记8分" in line for line in result.explanation)


def test_reaching_exactly_nine_suspends_for_the_months_chosen_within_one_to_six() -> None:
    events = [ev(1, "moderate", 6, date(2026, 3, 1)), ev(2, "minor", 3, date(2026, 6, 10))]
    shortest = assess(NATIONAL, events, as_of=date(2026, 6, 20))
    assert shortest.status == "suspended" and shortest.until == date(2026, 7, 10)
    chosen = assess(NATIONAL, events, as_of=date(2026, 6, 20), suspension_months=6)
    assert chosen.until == date(2026, 12, 10)
    assert assess(NATIONAL, events, as_of=date(2026, 7, 10)).status == "normal"  # served
    with pytest.raises(CreditError):
        assess(NATIONAL, events, as_of=date(2026, 6, 20), suspension_months=7)


def test_twelve_points_from_several_events_terminate_for_one_year() -> None:
    events = [ev(1, "serious", 9, date(2026, 2, 1)), ev(2, "minor", 3, date(2026, 5, 4))]
    result = assess(NATIONAL, events, as_of=date(2026, 6, 1))
    assert result.status == "terminated" and result.until == date(2027, 5, 4)
    # The termination outlives the yearly reset.
    assert assess(NATIONAL, events, as_of=date(2027, 1, 15)).status == "terminated"
    assert assess(NATIONAL, events, as_of=date(2027, 5, 4)).status == "normal"


def test_a_single_twelve_point_event_terminates_for_three_years() -> None:
    result = assess(NATIONAL, [ev(1, "grave", 12, date(2026, 4, 1))], as_of=date(2026, 4, 2))
    assert result.status == "terminated" and result.until == date(2029, 4, 1)
    assert any("单次记满12分" in line and "3年" in line for line in result.explanation)


def test_points_reset_each_calendar_year() -> None:
    events = [ev(1, "serious", 8, date(2025, 11, 1)), ev(2, "minor", 3, date(2026, 1, 5))]
    result = assess(NATIONAL, events, as_of=date(2026, 2, 1))
    assert result.status == "normal" and result.points_this_year == 3
    assert any("2025年记分已于年底清零" in line for line in result.explanation)


def test_points_outside_a_kinds_band_or_of_an_unknown_kind_are_refused() -> None:
    with pytest.raises(CreditError) as err:
        assess(NATIONAL, [ev(1, "minor", 4, date(2026, 1, 5))], as_of=date(2026, 2, 1))
    assert "1–3分" in err.value.report()
    with pytest.raises(CreditError):
        assess(NATIONAL, [ev(1, "jaywalking", 1, date(2026, 1, 5))], as_of=date(2026, 2, 1))


def test_the_fifteen_point_scheme_deducts_from_fifteen() -> None:
    events = [ev(1, "deduct_6", 6, date(2026, 3, 1)), ev(2, "deduct_3", 3, date(2026, 4, 1))]
    result = assess(FIFTEEN, events, as_of=date(2026, 4, 2))
    assert result.status == "suspended"
    assert any("累计扣9分，剩余6分" in line for line in result.explanation)
    events.append(ev(3, "deduct_6", 6, date(2026, 9, 1)))
    assert assess(FIFTEEN, events, as_of=date(2026, 9, 2)).status == "terminated"
    with pytest.raises(CreditError):
        assess(FIFTEEN, [ev(1, "deduct_6", 5, date(2026, 3, 1))], as_of=date(2026, 4, 2))


def test_the_explanation_names_every_event() -> None:
    events = [ev(1, "moderate", 4, date(2026, 3, 1)), ev(2, "minor", 2, date(2026, 4, 1))]
    text = "\n".join(assess(NATIONAL, events, as_of=date(2026, 5, 1)).explanation)
    assert "2026-03-01 情节较重的违规行为：记4分" in text and "2026-04-01 情节轻微的违规行为：记2分" in text


def test_a_review_request_within_the_window_is_accepted_and_a_late_one_refused() -> None:
    event = ev(1, "moderate", 4, date(2026, 3, 1))
    review = request_review(
        NATIONAL, event, reason="当天患者病情危急，属于急诊抢救用药。", requested_on=date(2026, 3, 10)
    )
    assert review.event_id == "e1"
    with pytest.raises(CreditError):
        request_review(
            NATIONAL, event, reason="当天患者病情危急，属于急诊抢救用药。", requested_on=date(2026, 4, 30)
        )
    with pytest.raises(CreditError):
        request_review(NATIONAL, event, reason="不服", requested_on=date(2026, 3, 10))
