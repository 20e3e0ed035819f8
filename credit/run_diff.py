"""Two evaluation runs of a region side by side: which institutions changed grade, in which direction,
and why (the explanation lines the newer run has and the older had not, and those it dropped)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from credit.access import Who
from credit.engine.schemes import scheme_from_snapshot
from credit.errors import CreditError
from credit.evaluation import get_run
from credit.models import CreditGrade
from registry.models import Institution


def _direction(before: str | None, after: str | None, order: list[str]) -> str:
    """up / down (by the newer run's scheme, best first), rated, unrated, or changed (another scale)."""
    if before is None:
        return "rated"
    if after is None:
        return "unrated"
    if before in order and after in order:
        return "up" if order.index(after) < order.index(before) else "down"
    return "changed"


async def diff_runs(
    base_id: int, other_id: int, *, actor: Who, offset: int = 0, limit: int = 100
) -> dict[str, Any]:
    """Institutions whose grade differs between run ``base_id`` (before) and ``other_id`` (after), by
    code, a page of them with the reasons, and counts of every direction over the whole diff."""
    base, other = await get_run(base_id, actor=actor), await get_run(other_id, actor=actor)
    if base.region != other.region:
        raise CreditError("bad_diff", ["只能比较同一地区的两次评价"])
    before = dict(await CreditGrade.filter(run_id=base.id).values_list("institution_code", "grade"))
    after = dict(await CreditGrade.filter(run_id=other.id).values_list("institution_code", "grade"))
    order = list(scheme_from_snapshot(other.scheme_snapshot).grades)
    changed = sorted(code for code in before.keys() & after.keys() if before[code] != after[code])
    directions = {code: _direction(before[code], after[code], order) for code in changed}
    page = changed[offset : offset + limit]
    rows = await CreditGrade.filter(run_id__in=(base.id, other.id), institution_code__in=page)
    lines = {(r.run_id, r.institution_code): (list(r.explanation), r.not_rated_reason) for r in rows}
    names = dict(await Institution.filter(code__in=page).values_list("code", "name")) if page else {}
    out = []
    for code in page:
        old_lines, old_reason = lines.get((base.id, code), ([], None))
        new_lines, new_reason = lines.get((other.id, code), ([], None))
        out.append(
            {
                "code": code,
                "name": names.get(code),
                "before": before[code],
                "after": after[code],
                "direction": directions[code],
                "not_rated_reason": new_reason if after[code] is None else None,
                "was_not_rated_reason": old_reason if before[code] is None else None,
                "added": [line for line in new_lines if line not in old_lines],
                "dropped": [line for line in old_lines if line not in new_lines],
            }
        )
    return {
        "base_run_id": base.id,
        "other_run_id": other.id,
        "region": base.region,
        "periods": [base.period, other.period],
        "changed": len(changed),
        "unchanged": len(before.keys() & after.keys()) - len(changed),
        "only_in_base": len(before.keys() - after.keys()),
        "only_in_other": len(after.keys() - before.keys()),
        "directions": dict(Counter(directions.values())),
        "offset": offset,
        "institutions": out,
    }
