"""Reward policies as data (POLICY §3): the national frame and the local formula a region picks.

The code knows formula *types* (marginal bands, a rate by evidence grade, tiers by target party, one
proportion); each policy file picks a type and gives every number. Rates are basis points (1% = 100)
and money is integer fen, so nothing is ever a float.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from kernel.data import packaged_model, packaged_names, packaged_text

Party = Literal["institution", "insured"]
Grade = Literal["1", "2", "3"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Band(_Frozen):
    upto_fen: int | None = Field(default=None, gt=0)  # None: the band has no upper end
    rate_bp: int = Field(ge=0, le=10000)


class MarginalBands(_Frozen):
    """Each part of the case value pays its own band's rate (like income-tax brackets)."""

    type: Literal["marginal_bands"]
    bands: list[Band] = Field(min_length=1)

    @model_validator(mode="after")
    def _ordered(self) -> MarginalBands:
        ends = [b.upto_fen for b in self.bands]
        if any(e is None for e in ends[:-1]) or ends[:-1] != sorted(e for e in ends[:-1] if e is not None):
            raise ValueError("bands must rise, and only the last may be open-ended")
        return self


class GradeRule(_Frozen):
    rate_bp: int = Field(ge=0, le=10000)
    min_fen: int = Field(default=0, ge=0)
    title: str


class ByEvidenceGrade(_Frozen):
    """One rate of the whole case value per evidence grade, each with its own minimum."""

    type: Literal["by_evidence_grade"]
    grades: dict[Grade, GradeRule]


class Tier(_Frozen):
    upto_fen: int | None = Field(default=None, gt=0)
    rate_bp: int = Field(ge=0, le=10000)
    plus_fen: int = Field(default=0, ge=0)


class ByTargetParty(_Frozen):
    """Tiers on the whole case value, chosen by whom the report was against."""

    type: Literal["by_target_party"]
    parties: dict[Party, list[Tier]]


class Proportion(_Frozen):
    type: Literal["proportion"]
    rate_bp: int = Field(ge=0, le=10000)


Formula = Annotated[MarginalBands | ByEvidenceGrade | ByTargetParty | Proportion, Field(discriminator="type")]


class Policy(_Frozen):
    name: str = Field(pattern=r"^[a-z][a-z0-9-]{1,31}$")
    title: str
    source: str
    formula: Formula
    floor_fen: int = Field(ge=0)
    cap_fen: int = Field(gt=0)
    # A fixed reward for a substantiated report that cost the fund nothing; None pays nothing then
    # (the national frame requires a fund loss).
    no_loss_fen: int | None = None
    notes: list[str] = []


NATIONAL_FLOOR_FEN = 200_00  # 医保办发〔2022〕22号: at least 200 yuan …
NATIONAL_CAP_FEN = 200_000_00  # … and at most 200,000 yuan per reward.


def load_policy(name_or_path: str) -> Policy:
    """A built-in policy by name (``national``, ``sichuan``, …) or a policy file by path."""
    if name_or_path.endswith(".json"):
        return Policy.model_validate_json(Path(name_or_path).read_text("utf-8"))
    return packaged_model("reward", f"data/policies/{name_or_path}.json", Policy)


def builtin_names() -> list[str]:
    return list(packaged_names("reward", "data/policies"))


def region_policy(region: str) -> Policy:
    """The policy ``region`` applies (``reward/data/regions.json``), or the default for unlisted regions."""
    table = json.loads(packaged_text("reward", "data/regions.json"))
    return load_policy(str(table["regions"].get(region, table["default"])))
