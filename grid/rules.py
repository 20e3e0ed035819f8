"""Region rules of grid supervision, as data (``grid/data/regions.json``): the applicant's age range,
the term, the check-in radius and the sampling draw's share and top count."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from kernel.data import packaged_model


class GridRules(BaseModel):
    model_config = ConfigDict(frozen=True)
    min_age: int = Field(ge=16, le=100)
    max_age: int = Field(ge=16, le=100)
    term_months: int = Field(ge=1, le=120)
    checkin_radius_m: int = Field(ge=10, le=10_000)
    sample_share: float = Field(gt=0, le=1)
    sample_top: int = Field(ge=0)
    source: str = ""


class GridRegions(BaseModel):
    model_config = ConfigDict(frozen=True)
    default: GridRules
    regions: dict[str, dict[str, object]] = {}


def grid_rules(region: str) -> GridRules:
    """``region``'s rules: the default with the region's own entries over it."""
    table = packaged_model("grid", "data/regions.json", GridRegions)
    own = table.regions.get(region)
    return table.default if not own else GridRules.model_validate(table.default.model_dump() | own)
