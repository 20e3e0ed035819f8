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
