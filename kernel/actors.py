"""Who is acting: a staff member's id, roles and the regions those roles apply in."""

from __future__ import annotations

from dataclasses import dataclass

ROLES = ("intake", "investigator", "head", "finance", "credit_officer", "admin")


@dataclass(frozen=True, slots=True)
class Actor:
    id: int
    name: str
    roles: frozenset[str]
    regions: frozenset[str]

    def has(self, role: str, region: str) -> bool:
        return role in self.roles and region in self.regions

    def has_any(self, roles: tuple[str, ...], region: str) -> bool:
        return region in self.regions and any(r in self.roles for r in roles)

    @property
    def label(self) -> str:
        return f"staff:{self.id}"


class RegionRequired(Exception):
    """The actor works in several regions and the request named none: ask which (not a refusal).

    ``regions`` are the ones the actor may choose; the edges turn this into a question for the person."""

    def __init__(self, regions: frozenset[str] | list[str]) -> None:
        self.regions = sorted(regions)
        super().__init__("region_required")


def one_region(actor: Actor, region: str | None) -> str | None:
    """The region asked for, or the actor's only one; None when asked for one outside the actor's
    regions (each domain refuses that in its own words). Raises ``RegionRequired`` when it must ask."""
    if region is None:
        if len(actor.regions) != 1:
            raise RegionRequired(actor.regions)
        return next(iter(actor.regions))
    return region if region in actor.regions else None
