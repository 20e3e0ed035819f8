"""Report categories (POLICY §1) as region data: a region's list, lookup by number or code."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from kernel.data import packaged_model
from reports.errors import ReportError

Group = Literal["fraud", "violation", "insured", "other"]
# Who a report is about. POLICY §1 names institution, practitioner and insured person; pharmacies are
# split from institutions because the registry, the credit schemes (000: 5 dimensions for pharmacies) and
# the categories (000: goods bought on the card) treat them apart.
Party = Literal["institution", "pharmacy", "practitioner", "insured_person", "other"]

GROUP_TITLES: dict[Group, str] = {
    "fraud": "欺诈骗保",
    "violation": "违规违约",
    "insured": "参保人违法违规",
    "other": "其他",
}
PARTY_TITLES: dict[Party, str] = {
    "institution": "定点医疗机构",
    "pharmacy": "定点零售药店",
    "practitioner": "医务人员、药师等从业人员",
    "insured_person": "参保人",
    "other": "其他",
}
NATIONAL = "national"


class Category(BaseModel):
    """One category: ``number`` is what the citizen replies in chat, ``code`` what the database stores."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    number: int = Field(ge=1, le=99)
    code: str = Field(pattern=r"^[a-z][a-z0-9_]{1,39}$")
    group: Group
    title: str = Field(min_length=1, max_length=40)
    description: str = Field(min_length=1, max_length=200)
    examples: list[str] = []
    targets: list[Party] = Field(min_length=1)
    source: str


def _check_unique(categories: list[Category]) -> None:
    for attr in ("number", "code"):
        values = [getattr(c, attr) for c in categories]
        duplicates = sorted({v for v in values if values.count(v) > 1})
        if duplicates:
            raise ValueError(f"duplicate category {attr}s: {duplicates}")


class RegionTaxonomy(BaseModel):
    """A region's changes: ``categories`` replace (same code) or add; ``retired`` codes are removed."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    categories: list[Category] = []
    retired: list[str] = []


class TaxonomyFile(BaseModel):
    """``data/taxonomy.json``: the national list and per-region changes."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    note: str = ""
    national: list[Category]
    regions: dict[str, RegionTaxonomy] = {}

    @model_validator(mode="after")
    def _valid_lists(self) -> TaxonomyFile:
        _check_unique(self.national)
        for code in self.regions:  # every region's merged list must be valid too, at load time
            _merge(self, code)
        return self


class Taxonomy(BaseModel):
    """The categories in force in one region, in display order (by number)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    region: str
    categories: list[Category]

    def by_number(self, number: int) -> Category:
        """The category with this chat number, or ``ReportError('unknown_category')``."""
        for category in self.categories:
            if category.number == number:
                return category
        raise ReportError("unknown_category")

    def by_code(self, code: str) -> Category:
        """The category with this code, or ``ReportError('unknown_category')``."""
        for category in self.categories:
            if category.code == code:
                return category
        raise ReportError("unknown_category")

    def targeting(self, party: Party) -> list[Category]:
        """Categories that may be reported against ``party`` (to offer after the target is chosen)."""
        return [c for c in self.categories if party in c.targets]


def _merge(data: TaxonomyFile, region: str) -> list[Category]:
    change = data.regions.get(region) if region != NATIONAL else None
    if change is None:
        return sorted(data.national, key=lambda c: c.number)
    known = {c.code for c in data.national} | {c.code for c in change.categories}
    unknown = sorted(set(change.retired) - known)
    if unknown:
        raise ValueError(f"region {region} retires unknown categories {unknown}")
    merged = {c.code: c for c in data.national}
    merged.update({c.code: c for c in change.categories})
    for code in change.retired:
        merged.pop(code, None)
    categories = sorted(merged.values(), key=lambda c: c.number)
    _check_unique(categories)
    return categories


def load_taxonomy_file(path: Path | None = None) -> TaxonomyFile:
    """Read and validate ``data/taxonomy.json`` (or ``path``)."""
    if path is None:
        return packaged_model("reports", "data/taxonomy.json", TaxonomyFile)
    return TaxonomyFile.model_validate_json(path.read_text("utf-8"))


def region_taxonomy(region: str = NATIONAL, *, data: TaxonomyFile) -> Taxonomy:
    """The categories of ``region``: the national list with the region's changes (none: the national list)."""
    return Taxonomy(region=region, categories=_merge(data, region))


def load_taxonomy(region: str = NATIONAL, *, path: Path | None = None) -> Taxonomy:
    """``region_taxonomy(region, data=load_taxonomy_file(path))``."""
    return region_taxonomy(region, data=load_taxonomy_file(path))


def find_category(taxonomy: Taxonomy, choice: str | int) -> Category:
    """Resolve what a person typed or an API sent: a number (``"3"``, ``"３"``, ``3``) or a code.

    Raises ``ReportError('unknown_category')`` for anything else.
    """
    if isinstance(choice, int):
        return taxonomy.by_number(choice)
    text = unicodedata.normalize("NFKC", choice).strip()
    if text.isascii() and text.isdigit():
        return taxonomy.by_number(int(text))
    return taxonomy.by_code(text.lower())
