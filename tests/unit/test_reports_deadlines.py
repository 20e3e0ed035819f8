"""POLICY §2 deadlines: the packaged defaults, each step's due date, extensions and the 6-month cap."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pydantic import ValidationError

from kernel.clock import add_months
from kernel.workdays import WorkCalendar, load_calendar
from reports.deadlines import (
    DeadlineFile,
    DeadlinePolicy,
    DeadlineRule,
    RegionDeadlines,
    deadline_policy,
    due_date,
    handle_by,
    load_deadline_file,
)
from reports.errors import ReportError

R = "demo"


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return load_calendar()


@pytest.fixture(scope="module")
def policy() -> DeadlinePolicy:
    return deadline_policy(R, data=load_deadline_file())


def test_packaged_defaults_are_the_policy_numbers(policy: DeadlinePolicy) -> None:
    rules = policy.rules
    assert (rules["accept_by"].amount, rules["accept_by"].unit) == (15, "working_days")
    assert rules["accept_by"].confirmed is False  # POLICY §2: 令第5号 figure unconfirmed
    assert (rules["inform_decision_by"].amount, rules["inform_decision_by"].unit) == (5, "working_days")
    assert (rules["handle_by"].amount, rules["handle_by"].unit) == (30, "working_days")
    assert (rules["penalty_by"].amount, rules["penalty_by"].unit) == (90, "calendar_days")
    assert (rules["inform_result_by"].amount, rules["inform_result_by"].unit) == (5, "working_days")
    assert policy.handle_extensions_months == [3, 6]
    assert [rules[s].counted_from for s in rules] == [
        "received",
        "decided",
        "accepted",
        "accepted",
        "concluded",
    ]


def test_accept_by_for_a_report_received_before_golden_week(
    policy: DeadlinePolicy, cal: WorkCalendar
) -> None:
    assert due_date("accept_by", date(2025, 9, 30), policy=policy, region=R, calendar=cal) == date(
        2025, 10, 28
    )


def test_informing_a_named_reporter_of_a_decision_taken_before_spring_festival(
    policy: DeadlinePolicy, cal: WorkCalendar
) -> None:
    # Decided Fri 13 Feb 2026: Sat 14 (make-up), Tue 24, Wed 25, Thu 26, Fri 27 Feb.
    assert due_date("inform_decision_by", date(2026, 2, 13), policy=policy, region=R, calendar=cal) == date(
        2026, 2, 27
    )


def test_penalty_deadline_is_ninety_calendar_days_and_may_fall_on_a_holiday(
    policy: DeadlinePolicy, cal: WorkCalendar
) -> None:
    # 立案 Thu 3 Jul 2025: 28 days to 31 Jul, 59 to 31 Aug, 89 to 30 Sep, 90 = 1 Oct (National Day).
    assert due_date("penalty_by", date(2025, 7, 3), policy=policy, region=R, calendar=cal) == date(
        2025, 10, 1
    )
    # 30 Nov 2025 + 90 days = 28 Feb 2026.
    assert due_date("penalty_by", date(2025, 11, 30), policy=policy, region=R, calendar=cal) == date(
        2026, 2, 28
    )


def test_a_region_may_roll_calendar_deadlines_off_holidays(cal: WorkCalendar) -> None:
    data = load_deadline_file()
    rolled = data.national.rules["penalty_by"].model_copy(update={"roll_forward": True})
    data = DeadlineFile(
        national=data.national, regions={"640200": RegionDeadlines(rules={"penalty_by": rolled})}
    )
    local = deadline_policy("640200", data=data)
    assert due_date("penalty_by", date(2025, 7, 3), policy=local, region="640200", calendar=cal) == date(
        2025, 10, 9
    )
    assert local.rules["accept_by"] == data.national.rules["accept_by"]


def test_handling_deadline_and_its_two_extensions(policy: DeadlinePolicy, cal: WorkCalendar) -> None:
    accepted = date(2025, 11, 30)  # a Sunday
    # 30 working days: Dec 1-31 give 23, 1-3 Jan 2026 off, Sun 4 Jan (make-up) 24, 5-9 Jan 25-29, Mon 12 Jan.
    dates = [handle_by(accepted, extensions=k, policy=policy, region=R, calendar=cal) for k in range(3)]
    assert dates == [date(2026, 1, 12), date(2026, 2, 28), date(2026, 5, 30)]
    with pytest.raises(ReportError) as caught:
        handle_by(accepted, extensions=3, policy=policy, region=R, calendar=cal)
    assert caught.value.code == "extension_limit" and "6个月" in caught.value.message


def test_months_end_on_the_last_day_when_the_day_is_missing() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2025, 12, 15), 3) == date(2026, 3, 15)
    assert add_months(date(2025, 8, 31), 6) == date(2026, 2, 28)


def test_region_changes_one_step_and_keeps_the_rest(cal: WorkCalendar) -> None:
    data = load_deadline_file()
    ten = DeadlineRule(amount=10, unit="working_days", counted_from="received", source="local")
    data = DeadlineFile(
        national=data.national,
        regions={"640200": RegionDeadlines(rules={"accept_by": ten}, handle_extensions_months=[2])},
    )
    local = deadline_policy("640200", data=data)
    # 30 Sep 2025 + 10 working days: 9, 10, 11 (make-up), 13-17, 20, 21 Oct.
    assert due_date("accept_by", date(2025, 9, 30), policy=local, region="640200", calendar=cal) == date(
        2025, 10, 21
    )
    assert local.handle_extensions_months == [2]
    assert deadline_policy("630100", data=data) == data.national


def test_bad_policies_are_refused(tmp_path: Path) -> None:
    national = load_deadline_file().national
    with pytest.raises(ValidationError, match="lacks steps"):
        DeadlinePolicy(rules={"accept_by": national.rules["accept_by"]}, handle_extensions_months=[3])
    with pytest.raises(ValidationError, match="strictly increasing"):
        DeadlinePolicy(rules=national.rules, handle_extensions_months=[6, 3])
    with pytest.raises(ValidationError, match="meaningless"):
        DeadlineRule(amount=5, unit="working_days", counted_from="decided", roll_forward=True, source="x")
    with pytest.raises(ValidationError):
        DeadlineRule(amount=0, unit="calendar_days", counted_from="accepted", source="x")
    path = tmp_path / "d.json"
    path.write_text('{"national": {"rules": {}, "handle_extensions_months": []}}', "utf-8")
    with pytest.raises(ValidationError):
        load_deadline_file(path)
