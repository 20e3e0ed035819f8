"""Grading schemes as data: one JSON file per scheme in ``data/schemes``, validated here.

The code knows three scheme *types*; a file picks one and gives its numbers, bands and rules:

- ``score_bands``: a points total (start, deductions per event, refused-payment amounts) cut into bands
  (Shizuishan AAA–B, Inner Mongolia A–D, Shaoxing A–E).
- ``count_rules``: ordered rules on event counts in the window, first match wins (Zhenjiang ★★★–★,
  Suzhou AA/A/无等级/B).
- ``weighted_composite``: weighted components (a points total, indicators) on one scale, cut into bands
  (Shenzhen: 80% standard score + 20% satisfaction).

Every scheme also has a window (which events count), exclusions (who is not rated and why), an optional
chain-store rule, and ``notes`` recording each reading chosen where the sources are silent or ambiguous.
"""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise
from pathlib import Path
from typing import Annotated, Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, model_validator

from credit.engine.facts import EventKind, Kind, Level, Status
from credit.engine.jsonfile import parse_json, validation_error
from credit.errors import CreditError
from kernel.data import packaged_names, packaged_text

Window = Literal["rolling_year", "calendar_year"]
Rounding = Literal["whole_units", "started_units", "proportional"]
ALL_KINDS: list[Kind] = list(get_args(Kind))
ALL_LEVELS: tuple[Level, ...] = get_args(Level)
_Frozen = ConfigDict(frozen=True, extra="forbid")


class Exclusions(BaseModel):
    """Who is not rated: kinds outside the scheme, statuses with their reason, too young an agreement."""

    model_config = _Frozen

    rated_kinds: list[Kind] = Field(default_factory=lambda: list(ALL_KINDS), min_length=1)
    statuses: dict[Status, str] = {}
    min_agreement_months: int = Field(default=0, ge=0)
    min_agreement_reason: str = "签订医保服务协议时间不足"


class RefusedPayment(BaseModel):
    """``points`` off per ``per_yuan[level]`` yuan refused in the window (the amounts are summed first)."""

    model_config = _Frozen

    points: Decimal = Field(gt=0)
    per_yuan: dict[Level, Annotated[Decimal, Field(gt=0)]]
    # whole_units: only each full unit counts (299,999.99 of 300,000 costs nothing); started_units: any
    # started unit counts; proportional: points × amount / unit, to the hundredth.
    rounding: Rounding
    source: str

    @model_validator(mode="after")
    def _every_level(self) -> RefusedPayment:
        missing = [level for level in ALL_LEVELS if level not in self.per_yuan]
        if missing:
            raise ValueError(f"per_yuan 缺少等级 {missing}")
        return self


class Points(BaseModel):
    """A points total: ``base`` plus ``per_event`` points per event (negative: a deduction), bounded."""

    model_config = _Frozen

    base: Decimal
    floor: Decimal = Decimal(0)
    ceiling: Decimal
    per_event: dict[EventKind, Decimal] = {}
    refused_payment: RefusedPayment | None = None
    source: str

    @model_validator(mode="after")
    def _consistent(self) -> Points:
        if not self.floor <= self.base <= self.ceiling:
            raise ValueError("应满足 floor ≤ base ≤ ceiling")
        if "refused_payment" in self.per_event:
            raise ValueError("拒付按金额扣分，请写在 refused_payment 中，而不是 per_event")
        return self


class Band(BaseModel):
    """A grade for scores ≥ ``min``; the last band has no ``min`` and takes every lower score."""

    model_config = _Frozen

    grade: str
    min: Decimal | None


class CountCondition(BaseModel):
    model_config = _Frozen

    event: EventKind
    at_least: int | None = Field(default=None, ge=1)
    at_most: int | None = Field(default=None, ge=0)

    @model_validator(mode="after")
    def _one_bound(self) -> CountCondition:
        if (self.at_least is None) == (self.at_most is None):
            raise ValueError("条件须有且只有 at_least 或 at_most 之一")
        return self

    def holds(self, count: int) -> bool:
        return count >= self.at_least if self.at_least is not None else count <= (self.at_most or 0)


class CountRule(BaseModel):
    """``grade`` when ``any`` (or ``all``) of the conditions hold; ``source`` cites the rule."""

    model_config = _Frozen

    grade: str
    match: Literal["any", "all"]
    conditions: list[CountCondition] = Field(min_length=1)
    source: str


class Otherwise(BaseModel):
    model_config = _Frozen

    grade: str
    source: str


class ChainStep(BaseModel):
    model_config = _Frozen

    branches_at_least: int = Field(ge=1)
    grade_at_most: str
    # "原则上": the cap is the default the bureau may depart from; the explanation says so.
    discretionary: bool = False


class ChainRule(BaseModel):
    """A chain headquarters is capped by how many of its branches got ``branch_grade``."""

    model_config = _Frozen

    kinds: list[Kind] = Field(min_length=1)
    branch_grade: str
    steps: list[ChainStep] = Field(min_length=1)
    source: str

    @model_validator(mode="after")
    def _steps_increase(self) -> ChainRule:
        counts = [s.branches_at_least for s in self.steps]
        if counts != sorted(set(counts)):
            raise ValueError("steps 的 branches_at_least 须严格递增")
        return self


class _SchemeBase(BaseModel):
    model_config = _Frozen

    name: str = Field(pattern=r"^[a-z0-9-]{1,32}$")
    title: str
    region: str
    source: str
    grades: list[str] = Field(min_length=2)  # best first
    grade_meanings: dict[str, str] = {}  # "AA": "守信": shown next to the grade
    window: Window
    exclusions: Exclusions
    chain_rule: ChainRule | None = None
    notes: list[str] = []

    def rank(self, grade: str) -> int:
        """0 for the best grade; a larger number is a worse grade."""
        return self.grades.index(grade)

    def shown(self, grade: str) -> str:
        meaning = self.grade_meanings.get(grade)
        return f"“{grade}”（{meaning}）" if meaning else f"“{grade}”"

    def _check_grades(self, used: list[str]) -> None:
        if len(set(self.grades)) != len(self.grades):
            raise ValueError("grades 有重复")
        unknown = [g for g in [*used, *self.grade_meanings] if g not in self.grades]
        if self.chain_rule:
            rule = self.chain_rule
            unknown += [
                g for g in [rule.branch_grade, *(s.grade_at_most for s in rule.steps)] if g not in self.grades
            ]
            caps = [self.rank(s.grade_at_most) for s in rule.steps if s.grade_at_most in self.grades]
            if caps != sorted(caps):
                raise ValueError("chain_rule：★级门店越多，上限等级不能反而越高")
        if unknown:
            raise ValueError(f"等级 {sorted(set(unknown))} 不在 grades 中")


def _check_bands(scheme: _SchemeBase, bands: list[Band]) -> None:
    scheme._check_grades([b.grade for b in bands])
    if [b.grade for b in bands] != scheme.grades:
        raise ValueError("bands 须按 grades 的顺序、每个等级一档")
    mins = [b.min for b in bands]
    if mins[-1] is not None or any(m is None for m in mins[:-1]):
        raise ValueError("只有最后一档不写 min（其余各档都要写）")
    edges = [m for m in mins if m is not None]
    if any(a <= b for a, b in pairwise(edges)):
        raise ValueError("bands 的 min 须严格递减")


class ScoreBandsScheme(_SchemeBase):
    type: Literal["score_bands"]
    points: Points
    bands: list[Band]
    score_places: int = Field(default=2, ge=0, le=4)

    @model_validator(mode="after")
    def _valid(self) -> ScoreBandsScheme:
        _check_bands(self, self.bands)
        return self


class CountRulesScheme(_SchemeBase):
    type: Literal["count_rules"]
    rules: list[CountRule] = Field(min_length=1)
    otherwise: Otherwise

    @model_validator(mode="after")
    def _valid(self) -> CountRulesScheme:
        self._check_grades([r.grade for r in self.rules] + [self.otherwise.grade])
        return self


class Component(BaseModel):
    """One weighted part: a points total or an indicator, taken as a share of its ``max``."""

    model_config = _Frozen

    label: str
    weight: Decimal = Field(gt=0, le=1)
    points: Points | None = None
    indicator: str | None = None
    max: Decimal | None = Field(default=None, gt=0)  # an indicator's full value; points use their ceiling
    source: str

    @model_validator(mode="after")
    def _one_source(self) -> Component:
        if (self.points is None) == (self.indicator is None):
            raise ValueError("每个组成部分须有且只有 points 或 indicator 之一")
        if self.indicator is not None and self.max is None:
            raise ValueError("指标组成部分须写 max（满分值）")
        return self

    @property
    def full(self) -> Decimal:
        if self.points is not None:
            return self.points.ceiling
        assert self.max is not None  # checked above
        return self.max


class CompositeScheme(_SchemeBase):
    type: Literal["weighted_composite"]
    scale: Decimal = Field(gt=0)
    components: list[Component] = Field(min_length=1)
    bands: list[Band]
    score_places: int = Field(default=2, ge=0, le=4)

    @model_validator(mode="after")
    def _valid(self) -> CompositeScheme:
        _check_bands(self, self.bands)
        if sum(c.weight for c in self.components) != 1:
            raise ValueError("components 的 weight 之和须等于 1")
        return self


Scheme = Annotated[ScoreBandsScheme | CountRulesScheme | CompositeScheme, Field(discriminator="type")]
_ADAPTER: TypeAdapter[Scheme] = TypeAdapter(Scheme)


def builtin_names() -> list[str]:
    return list(packaged_names("credit", "data/schemes"))


def parse_scheme(text: str, *, what: str = "评价方案文件") -> Scheme:
    raw: Any = parse_json(text, code="bad_scheme", what=what)
    try:
        return _ADAPTER.validate_python(raw)
    except ValidationError as exc:
        raise validation_error(exc, raw, code="bad_scheme") from None


def scheme_from_snapshot(data: dict[str, Any]) -> Scheme:
    """A scheme as a run stored it (``model_dump(mode="json")``), so old runs explain with their rules."""
    return _ADAPTER.validate_python(data)


def load_scheme(name: str) -> Scheme:
    """A built-in scheme by name (``zhenjiang``), or a scheme file by path (an officer's variant)."""
    if name in builtin_names():
        text = packaged_text("credit", f"data/schemes/{name}.json")
        return parse_scheme(text, what=f"内置方案 {name}")
    path = Path(name)
    if path.suffix == ".json" and path.is_file():
        try:
            return parse_scheme(path.read_text("utf-8"), what=f"方案文件 {name}")
        except (OSError, UnicodeDecodeError) as exc:
            raise CreditError("bad_scheme", [f"无法读取方案文件 {name}：{exc}"]) from None
    raise CreditError(
        "unknown_scheme", [f"“{name}”不是内置方案（{'、'.join(builtin_names())}），也不是方案文件"]
    )
