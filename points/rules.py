"""Practitioner points schemes as data (POLICY §5): one JSON file per scheme in ``data/schemes``, validated.

A scheme names the kinds of conduct with the band of points an officer may give for each, how the scoring
year runs, the thresholds (suspension, termination) and how their length is set. ``national-12`` follows
医保发〔2024〕23号; ``deduction-15`` follows seed 000 (Shizuishan), whose consequences the seed leaves to the
region, so that file lists them under ``provisional`` and every explanation says so.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from kernel.data import packaged_names, packaged_text
from kernel.errors import DomainError

PointsErrorCode = Literal[
    "unknown_scheme", "bad_scheme", "bad_event", "unknown_kind", "out_of_band", "bad_months", "bad_review"
]

_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")


class PointsError(DomainError):
    """Input a person can fix: ``code`` for the API, ``message`` in Chinese for officer or practitioner."""

    def __init__(self, code: PointsErrorCode, message: str) -> None:
        super().__init__(code, message)
        self.code: PointsErrorCode = code


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Band(_Frozen):
    """A kind of conduct and the points an officer may give for it (inclusive)."""

    kind: str = Field(pattern=r"^[a-z][a-z0-9_]{0,39}$")
    title: str = Field(min_length=1)
    min_points: int = Field(ge=1)
    max_points: int = Field(ge=1)

    @model_validator(mode="after")
    def _ordered(self) -> Band:
        if self.min_points > self.max_points:
            raise ValueError(f"“{self.kind}”的分值下限大于上限")
        return self


class MonthsStep(_Frozen):
    """From ``from_points`` points this year on, the suspension lasts ``months``."""

    from_points: int = Field(ge=1)
    months: int = Field(ge=1)


class SuspensionMonths(_Frozen):
    """How long a suspension lasts. ``officer``: the officer picks within ``min``–``max`` and records it
    on the event that reaches the threshold (POLICY §5 gives only the range: 1–6 months). ``points``:
    the total this year at that event picks a step of ``by_points`` (for a region whose rules say so)."""

    min: int = Field(ge=1)
    max: int = Field(ge=1)
    chosen_by: Literal["officer", "points"]
    by_points: list[MonthsStep] = []

    @model_validator(mode="after")
    def _consistent(self) -> SuspensionMonths:
        if self.min > self.max:
            raise ValueError("暂停月数下限大于上限")
        if self.chosen_by == "officer" and self.by_points:
            raise ValueError("由经办人员确定月数时不应给出 by_points")
        if self.chosen_by == "points":
            if not self.by_points:
                raise ValueError("按分值确定月数时须给出 by_points")
            if any(a.from_points >= b.from_points for a, b in pairwise(self.by_points)):
                raise ValueError("by_points 须按分值从小到大排列且不重复")
            if any(not self.min <= step.months <= self.max for step in self.by_points):
                raise ValueError(f"by_points 的月数须在{self.min}–{self.max}个月内")
        return self

    def for_total(self, total: int) -> int:
        """The months the ``points`` rule gives for ``total`` (the last step at or below it)."""
        return max((s for s in self.by_points if s.from_points <= total), key=lambda s: s.from_points).months


class SingleEvent(_Frozen):
    """One event alone giving at least ``points`` lengthens the wait (医保发〔2024〕23号: 一次记满12分)."""

    points: int = Field(ge=1)
    reregister_after_years: int = Field(ge=1)


class Threshold(_Frozen):
    """Reaching ``at`` points counted against the practitioner in one scoring year."""

    at: int = Field(ge=1)
    consequence: Literal["suspended", "terminated"]
    months: SuspensionMonths | None = None  # suspended only
    reregister_after_years: int | None = Field(default=None, ge=1)  # terminated only
    single_event: SingleEvent | None = None  # terminated only

    @model_validator(mode="after")
    def _fits_consequence(self) -> Threshold:
        if self.consequence == "suspended":
            if self.months is None or self.reregister_after_years is not None or self.single_event:
                raise ValueError(f"{self.at}分暂停：须给出 months，且不应给出重新登记年限")
            if self.months.chosen_by == "points" and self.months.by_points[0].from_points != self.at:
                raise ValueError(f"{self.at}分暂停：by_points 须从{self.at}分起")
        elif self.reregister_after_years is None or self.months is not None:
            raise ValueError(f"{self.at}分终止：须给出 reregister_after_years，且不应给出 months")
        return self


class PointsScheme(_Frozen):
    name: str = Field(pattern=_NAME.pattern)
    title: str = Field(min_length=1)
    source: str = Field(min_length=1)
    qualification: str = Field(min_length=1)  # what is suspended or terminated, as the practitioner calls it
    # accumulate: points counted up from 0 (national); deduct: shown as what is left of ``start`` (seed 000).
    # Either way the thresholds are on the points counted against the practitioner this year.
    mode: Literal["accumulate", "deduct"]
    start: int = Field(ge=0)
    # calendar: points clear every 1 January; from_first_event: a scoring year is the 12 months from the
    # first event that opens it, and the next one opens with the first event after that.
    scoring_year: Literal["calendar", "from_first_event"]
    bands: list[Band] = Field(min_length=1)
    thresholds: list[Threshold] = Field(min_length=1)
    still_settled: str | None = None  # care still paid while suspended or terminated, said in explanations
    # Days from notice within which a practitioner may ask for a human review; None: POLICY gives no limit.
    review_window_days: int | None = Field(default=None, ge=1)
    provisional: list[str] = []  # readings not confirmed by a source; each explanation repeats them
    notes: list[str] = []

    @model_validator(mode="after")
    def _coherent(self) -> PointsScheme:
        kinds = [b.kind for b in self.bands]
        if len(set(kinds)) != len(kinds):
            raise ValueError("记分事项重复")
        ats = [t.at for t in self.thresholds]
        if any(a >= b for a, b in pairwise(ats)):
            raise ValueError("门槛须按分值从小到大排列且不重复")
        if [t.consequence for t in self.thresholds].count("terminated") > 1:
            raise ValueError("终止门槛只能有一个")
        if "terminated" in [t.consequence for t in self.thresholds[:-1]]:
            raise ValueError("终止门槛须是最高的门槛")
        if self.mode == "deduct" and (self.start < 1 or ats[-1] > self.start):
            raise ValueError("扣分制的门槛不能超过初始分值")
        if self.mode == "accumulate" and self.start != 0:
            raise ValueError("累计制从0分起算")
        return self

    def band(self, kind: str) -> Band | None:
        return next((b for b in self.bands if b.kind == kind), None)


def points_scheme_names() -> list[str]:
    return list(packaged_names("points", "data/schemes"))


@cache
def load_points_scheme(name: str) -> PointsScheme:
    """The built-in scheme ``name`` (``national-12``, ``deduction-15``), validated."""
    if not _NAME.fullmatch(name) or name not in points_scheme_names():
        known = "、".join(points_scheme_names())
        raise PointsError("unknown_scheme", f"没有名为“{name}”的记分办法（现有：{known}）。")
    text = packaged_text("points", f"data/schemes/{name}.json")
    try:
        scheme = PointsScheme.model_validate_json(text)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise PointsError("bad_scheme", f"记分办法“{name}”有误：{where} {first['msg']}") from None
    if scheme.name != name:
        raise PointsError("bad_scheme", f"记分办法文件“{name}”的 name 写成了“{scheme.name}”。")
    return scheme
