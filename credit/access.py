"""Who may act on a region's credit work: credit officers and heads of that region.

Service functions take ``Actor`` (a staff member, checked here) or a plain label (``"cli:…"``,
``"job:…"``, a benchmark): a trusted caller that already decided it may act.
"""

from __future__ import annotations

from credit.errors import CreditError
from kernel.actors import Actor

CREDIT_ROLES = ("credit_officer", "head")
Who = Actor | str


def label_of(actor: Who) -> str:
    return actor.label if isinstance(actor, Actor) else actor


def require(actor: Who, region: str) -> None:
    """Refuse a staff member who is not a credit officer or head of ``region``."""
    if isinstance(actor, Actor) and not actor.has_any(CREDIT_ROLES, region):
        raise CreditError("forbidden")


def region_of(actor: Actor, region: str | None) -> str:
    """The region asked for, or the actor's only region; refused outside the actor's regions."""
    if region is None:
        if len(actor.regions) != 1:
            raise CreditError("forbidden", ["请指定统筹地区（region）"])
        region = next(iter(actor.regions))
    require(actor, region)
    return region
