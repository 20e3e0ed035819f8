"""Which scheme, windows and disclosure periods each region uses (``data/regions.json``), validated.

A region may change: its scheme, its practitioner points scheme (``points_scheme``), the objection
window (working days from the notice), the answer window (working days from receiving the objection),
the blacklist periods per severity, and the measures shown with each grade. The code never asks which
region it is.
"""

from __future__ import annotations

import functools
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from credit.engine.schemes import Scheme, builtin_names, load_scheme
from credit.errors import CreditError
from kernel.data import packaged_model

Severity = Literal["minor", "ordinary", "serious"]
_Frozen = ConfigDict(frozen=True, extra="forbid")


class Disclosure(BaseModel):
    """A severity's publication: repair may be asked after ``min_months``; it stops at ``max_months``."""

    model_config = _Frozen

    label: str
    min_months: int = Field(ge=0)
    max_months: int = Field(ge=1)

    @model_validator(mode="after")
    def _ordered(self) -> Disclosure:
        if self.min_months > self.max_months:
            raise ValueError("min_months 不能大于 max_months")
        return self


class Defaults(BaseModel):
    model_config = _Frozen

    objection_working_days: int = Field(gt=0)
    answer_working_days: int = Field(gt=0)
    blacklist: dict[Severity, Disclosure]
    blacklist_source: str


class RegionEntry(BaseModel):
    model_config = _Frozen

    name: str
    scheme: str
    points_scheme: str | None = None  # points/data/schemes/<name>.json; None: the region keeps no points
    source: str = ""
    measures: dict[str, str] = {}
    objection_working_days: int | None = Field(default=None, gt=0)
    answer_working_days: int | None = Field(default=None, gt=0)
    blacklist: dict[Severity, Disclosure] = {}


class RegionsFile(BaseModel):
    model_config = _Frozen

    note: str = ""
    defaults: Defaults
    regions: dict[str, RegionEntry]

    @model_validator(mode="after")
    def _known_schemes(self) -> RegionsFile:
        unknown = {r.scheme for r in self.regions.values()} - set(builtin_names())
        if unknown:
            raise ValueError(f"unknown schemes: {sorted(unknown)}")
        return self


class RegionCredit(BaseModel):
    """Everything credit needs about one region, defaults applied."""

    model_config = _Frozen

    code: str
    name: str
    scheme_name: str
    points_scheme_name: str | None
    measures: dict[str, str]
    objection_working_days: int
    answer_working_days: int
    blacklist: dict[Severity, Disclosure]
    blacklist_source: str


def load_regions() -> RegionsFile:
    return packaged_model("credit", "data/regions.json", RegionsFile)


def region_credit(region: str, *, data: RegionsFile | None = None) -> RegionCredit:
    table = data or load_regions()
    entry = table.regions.get(region)
    if entry is None:
        raise CreditError("unknown_region", [f"地区“{region}”不在 credit/data/regions.json 中"])
    d = table.defaults
    return RegionCredit(
        code=region,
        name=entry.name,
        scheme_name=entry.scheme,
        points_scheme_name=entry.points_scheme,
        measures=entry.measures,
        objection_working_days=entry.objection_working_days or d.objection_working_days,
        answer_working_days=entry.answer_working_days or d.answer_working_days,
        blacklist={**d.blacklist, **entry.blacklist},
        blacklist_source=d.blacklist_source,
    )


@functools.cache
def scheme_for(region: str) -> Scheme:
    """The grading scheme ``region`` uses (``CreditError("unknown_region")`` if it has none)."""
    return load_scheme(region_credit(region).scheme_name)


def region_codes() -> list[str]:
    return sorted(load_regions().regions)
