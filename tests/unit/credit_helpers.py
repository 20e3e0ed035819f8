"""Keyword-default factories for credit facts, shared by the ``test_credit_*`` modules."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from credit.engine.facts import Facts
from credit.engine.grading import Outcome, grade_institutions
from credit.engine.schemes import Scheme, load_scheme

AS_OF = "2025-06-30"
IN_WINDOW = "2025-03-01"  # inside both the rolling year and the calendar year of AS_OF


def event(
    kind: str, *, on: str = IN_WINDOW, amount: str | None = None, source: str | None = None
) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": kind, "date": on}
    if amount is not None:
        out["amount_yuan"] = Decimal(amount)
    if source is not None:
        out["source"] = source
    return out


def inst(
    code: str = "P1",
    *,
    kind: str = "retail_pharmacy",
    level: str = "none",
    chain_parent: str | None = None,
    agreement_start: str = "2020-01-01",
    status: str = "active",
    events: Sequence[dict[str, Any]] = (),
    indicators: dict[str, Decimal] | None = None,
) -> dict[str, Any]:
    return {
        "code": code,
        "kind": kind,
        "level": level,
        "chain_parent": chain_parent,
        "agreement_start": agreement_start,
        "status": status,
        "events": list(events),
        "indicators": indicators or {},
    }


def facts(*institutions: dict[str, Any], as_of: str = AS_OF) -> Facts:
    return Facts.model_validate({"as_of": as_of, "institutions": list(institutions)})


def grade(scheme: str | Scheme, *institutions: dict[str, Any], as_of: str = AS_OF) -> dict[str, Outcome]:
    chosen = load_scheme(scheme) if isinstance(scheme, str) else scheme
    return grade_institutions(chosen, facts(*institutions, as_of=as_of))


def grade_of(scheme: str | Scheme, institution: dict[str, Any], *, as_of: str = AS_OF) -> str | None:
    return grade(scheme, institution, as_of=as_of)[institution["code"]].grade


def violations(n: int, kind: str = "violation") -> list[dict[str, Any]]:
    return [event(kind, on=f"2025-0{1 + i % 6}-1{i % 9}") for i in range(n)]
