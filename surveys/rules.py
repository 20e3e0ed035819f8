"""The survey rules as data: questionnaires per institution kind (``data/questionnaires.json``) and each
region's period, minimum sample and anti-stuffing limits (``data/regions.json``), validated.

A region may change its period, its minimum sample, its limits per account and per address, its burst
rule and the poster's line; a questionnaire changes by a new version in the file. The code never asks
which region it is.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from kernel.data import packaged_model
from surveys.errors import SurveyError

_Frozen = ConfigDict(frozen=True, extra="forbid")
OVERALL = "overall"
HANDLING = "handling"


class Item(BaseModel):
    model_config = _Frozen

    id: str = Field(pattern=r"^[a-z][a-z0-9_]{0,23}$")
    label: str
    question: str
    weight: Decimal = Field(gt=0)


class Questionnaire(BaseModel):
    model_config = _Frozen

    version: str
    title: str
    items: tuple[Item, ...] = Field(min_length=3, max_length=5)
    comment: bool = True

    @model_validator(mode="after")
    def _overall_first(self) -> Questionnaire:
        if self.items[0].id != OVERALL:
            raise ValueError("the first item is the overall question (id overall): the one tap answers it")
        if len({i.id for i in self.items}) != len(self.items):
            raise ValueError("item ids repeat")
        return self

    def item(self, item_id: str) -> Item | None:
        return next((i for i in self.items if i.id == item_id), None)


class Questionnaires(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    note: str = ""
    scale: tuple[str, str, str, str, str]
    questionnaires: dict[str, Questionnaire]
    institution_kinds: dict[str, str]

    @model_validator(mode="after")
    def _kinds_known(self) -> Questionnaires:
        missing = {k for k in self.institution_kinds.values() if k not in self.questionnaires}
        if missing or HANDLING not in self.questionnaires:
            raise ValueError(f"questionnaires missing: {sorted(missing | {HANDLING})}")
        return self


class Limits(BaseModel):
    model_config = _Frozen

    period: Literal["month", "year"] = "month"
    min_sample: int = Field(default=30, ge=1)
    per_account_per_day: int = Field(default=5, ge=1)
    per_address_per_day: int = Field(default=20, ge=1)
    burst_floor: int = Field(default=20, ge=1)
    burst_factor: Decimal = Field(default=Decimal(5), gt=1)
    baseline_days: int = Field(default=28, ge=1)
    poster_line: str = ""


class RegionEntry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    period: Literal["month", "year"] | None = None
    min_sample: int | None = Field(default=None, ge=1)
    per_account_per_day: int | None = Field(default=None, ge=1)
    per_address_per_day: int | None = Field(default=None, ge=1)
    burst_floor: int | None = Field(default=None, ge=1)
    burst_factor: Decimal | None = Field(default=None, gt=1)
    baseline_days: int | None = Field(default=None, ge=1)
    poster_line: str | None = None


class Regions(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    note: str = ""
    defaults: Limits
    regions: dict[str, RegionEntry]


def questionnaires() -> Questionnaires:
    return packaged_model("surveys", "data/questionnaires.json", Questionnaires)


def questionnaire_for_kind(institution_kind: str) -> tuple[str, Questionnaire]:
    """The questionnaire's name and content for a registry kind (retail_pharmacy → pharmacy…)."""
    q = questionnaires()
    name = q.institution_kinds.get(institution_kind)
    if name is None:
        raise SurveyError("no_questionnaire")
    return name, q.questionnaires[name]


def handling_questionnaire() -> Questionnaire:
    return questionnaires().questionnaires[HANDLING]


def region_names() -> tuple[str, ...]:
    return tuple(packaged_model("surveys", "data/regions.json", Regions).regions)


def limits(region: str) -> Limits:
    table = packaged_model("surveys", "data/regions.json", Regions)
    entry = table.regions.get(region)
    if entry is None:
        raise SurveyError("unknown_region")
    override = entry.model_dump(exclude_none=True, exclude={"name"})
    return table.defaults.model_copy(update=override)


def period_of(day: date, kind: Literal["month", "year"]) -> str:
    """The survey period ``day`` falls in, written as credit writes periods (YYYY or YYYY-MM)."""
    return f"{day.year:04d}" if kind == "year" else f"{day.year:04d}-{day.month:02d}"


def score(q: Questionnaire, answers: dict[str, int]) -> Decimal:
    """One response's satisfaction 0–100: the weighted mean of its answered items (1 → 0, 5 → 100),
    weights re-normalised over what was answered, so a one-tap answer is its overall rating."""
    total = weight = Decimal(0)
    for item in q.items:
        value = answers.get(item.id)
        if value is not None:
            total += item.weight * Decimal(value - 1) * 25
            weight += item.weight
    return (total / weight).quantize(Decimal("0.01"))
