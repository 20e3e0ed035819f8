"""Who may manage commitments: credit officers and heads of the region (as for credit). Service functions take
a staff ``Actor`` (checked here) or a plain label (``"cli:…"``, ``"job:…"``): a trusted caller."""

from __future__ import annotations

from commitments.errors import CommitmentError
from kernel.actors import Actor

STAFF_ROLES = ("credit_officer", "head")
Who = Actor | str


def label_of(actor: Who) -> str:
    return actor.label if isinstance(actor, Actor) else actor


def require(actor: Who, region: str) -> None:
    if isinstance(actor, Actor) and not actor.has_any(STAFF_ROLES, region):
        raise CommitmentError("forbidden")
