"""Report-handling deadlines of POLICY §2 as region data, and the due date of each step from its event date.

Semantics (one rule for every step):

- The event day is day 0 and never counted (民法典 第二百零一条). "15 working days from receipt" is the
  15th working day strictly after the day of receipt (``workdays.add_working_days``); "90 days" is the
  90th calendar day after. The due date is the whole of that day.
- Working days follow ``workdays`` (holidays off, 调休 make-up days on, region overrides).
- Calendar-day and month deadlines are not moved off a holiday unless the rule says ``roll_forward``
  (民法典 第二百零三条 would allow it; without it the date is the earlier, safer target for the bureau).
- Months are calendar months to the same day of the month, or the month's last day when there is none
  (民法典 第二百零二条): accepted 30 Nov → 3 months → 28 Feb (29 Feb in a leap year).

Steps and their events (POLICY §2 table):

==================  ================  ==========================================================
step                counted from      default
==================  ================  ==========================================================
accept_by           received          15 working days (2018 rules, local practice; 令第5号 unconfirmed)
inform_decision_by  decided           5 working days (令第5号), named reporters only
handle_by           accepted (立案)    30 working days; approved extensions to 3, then 6 months
penalty_by          accepted (立案)    90 calendar days (行政处罚法 第六十条 "九十日": not working days)
inform_result_by    concluded         5 working days (local practice, configurable)
==================  ================  ==========================================================
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from kernel.clock import add_months
from kernel.data import packaged_model
from kernel.workdays import NATIONAL, WorkCalendar, add_working_days, first_working_day_from
from reports.errors import ReportError

Step = Literal["accept_by", "inform_decision_by", "handle_by", "penalty_by", "inform_result_by"]
Event = Literal["received", "decided", "accepted", "concluded"]
Unit = Literal["working_days", "calendar_days", "months"]
STEPS: tuple[Step, ...] = ("accept_by", "inform_decision_by", "handle_by", "penalty_by", "inform_result_by")


class DeadlineRule(BaseModel):
    """One step's allowance: ``amount`` ``unit``s after the ``counted_from`` event."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    amount: int = Field(gt=0)
    unit: Unit
    counted_from: Event
    roll_forward: bool = False  # calendar days/months: a due date on a rest day moves to the next working day
    source: str
    confirmed: bool = True  # False: POLICY marks the figure unconfirmed; the product says so

    @model_validator(mode="after")
    def _roll_forward_needs_calendar_unit(self) -> DeadlineRule:
        if self.roll_forward and self.unit == "working_days":
            raise ValueError("roll_forward is meaningless for working days")
        return self


class DeadlinePolicy(BaseModel):
    """A region's full deadline policy (every step present)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    rules: dict[Step, DeadlineRule]
    # Each approved extension of handle_by moves it to the next entry, in months from acceptance
    # (POLICY §2: "extendable to 3 months, at most 6 months, each extension approved").
    handle_extensions_months: list[int]

    @model_validator(mode="after")
    def _complete_and_increasing(self) -> DeadlinePolicy:
        missing = [s for s in STEPS if s not in self.rules]
        if missing:
            raise ValueError(f"deadline policy lacks steps {missing}")
        months = self.handle_extensions_months
        if any(m <= 0 for m in months) or months != sorted(set(months)):
            raise ValueError("handle_extensions_months must be positive and strictly increasing")
        return self


class RegionDeadlines(BaseModel):
    """A region's differences from the national policy: only the steps it changes."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    rules: dict[Step, DeadlineRule] = {}
    handle_extensions_months: list[int] | None = None


class DeadlineFile(BaseModel):
    """The data file: the national default and per-region changes."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    national: DeadlinePolicy
    regions: dict[str, RegionDeadlines] = {}


def load_deadline_file(path: Path | None = None) -> DeadlineFile:
    """Read and validate ``data/deadlines.json`` (or ``path``)."""
    if path is None:
        return packaged_model("reports", "data/deadlines.json", DeadlineFile)
    return DeadlineFile.model_validate_json(path.read_text("utf-8"))


def deadline_policy(region: str, *, data: DeadlineFile) -> DeadlinePolicy:
    """The policy of ``region``: national defaults with the region's changes; unknown regions get defaults
    (POLICY: "the defaults below are what a new region starts with")."""
    change = data.regions.get(region) if region != NATIONAL else None
    if change is None:
        return data.national
    months = change.handle_extensions_months
    return DeadlinePolicy(
        rules={**data.national.rules, **change.rules},
        handle_extensions_months=months if months is not None else data.national.handle_extensions_months,
    )



def apply_rule(event_day: date, rule: DeadlineRule, *, region: str, calendar: WorkCalendar) -> date:
    """The due date ``rule`` gives for an event on ``event_day``."""
    if rule.unit == "working_days":
        return add_working_days(event_day, rule.amount, region=region, calendar=calendar)
    if rule.unit == "calendar_days":
        due = event_day + timedelta(days=rule.amount)
    else:
        due = add_months(event_day, rule.amount)
    if rule.roll_forward:
        due = first_working_day_from(due, region=region, calendar=calendar)
    return due


def due_date(
    step: Step, event_day: date, *, policy: DeadlinePolicy, region: str, calendar: WorkCalendar
) -> date:
    """The due date of ``step`` for its event (see the table in the module docstring) on ``event_day``."""
    return apply_rule(event_day, policy.rules[step], region=region, calendar=calendar)


def handle_by(
    accepted_on: date, *, extensions: int, policy: DeadlinePolicy, region: str, calendar: WorkCalendar
) -> date:
    """The handling deadline after ``extensions`` approved extensions (0 = the standard allowance).

    Extension k sets the deadline to ``handle_extensions_months[k-1]`` months after acceptance, never
    earlier than the standard one. Asking for more extensions than the policy has raises
    ``ReportError('extension_limit')``: the cap (6 months by default) is absolute.
    """
    if extensions < 0:
        raise ValueError("extensions cannot be negative")
    standard = due_date("handle_by", accepted_on, policy=policy, region=region, calendar=calendar)
    if extensions == 0:
        return standard
    steps = policy.handle_extensions_months
    if extensions > len(steps):
        raise ReportError("extension_limit", detail=f"最长{steps[-1]}个月。" if steps else None)
    return max(standard, add_months(accepted_on, steps[extensions - 1]))
