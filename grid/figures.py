"""Read-side figures of grid supervision: per grid (findings, cases opened, substantiated, rewards)
and a supervisor's yearly assessment (考核) from their record. The outcomes are read from the cases a
finding became (``report_id``) and those cases' rewards, so they follow the reports as they move."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from typing import Any

from grid.errors import GridError
from grid.models import Finding, Grid, Supervisor, TaskVisit
from kernel.actors import Actor
from reports.models import Report
from reward.models import Reward

NOT_GRANTED = ("proposed", "expired", "declined")  # counted once offered (approved), until it lapses


async def _outcomes(report_ids: set[int]) -> tuple[set[int], dict[int, int]]:
    cases = await Report.filter(id__in=list(report_ids), conclusion="substantiated").only("id")
    substantiated = {r.id for r in cases}
    rewards = {
        int(rid): int(fen)
        for rid, fen, status in await Reward.filter(report_id__in=list(report_ids)).values_list(
            "report_id", "amount_fen", "status"
        )
        if status not in NOT_GRANTED
    }
    return substantiated, rewards


async def grid_figures(region: str, *, actor: Actor) -> list[dict[str, Any]]:
    if region not in actor.regions:
        raise GridError("unknown_grid")
    rows = await Finding.filter(region=region).values_list("grid_code", "status", "report_id", "outside_grid")
    cases = {int(r) for _, _, r, _ in rows if r is not None}
    substantiated, rewards = await _outcomes(cases)
    per: dict[str, Counter[str]] = {}
    reward_fen: Counter[str] = Counter()
    seen: dict[str, set[int]] = {}
    for grid, status, report_id, outside in rows:
        c = per.setdefault(str(grid), Counter())
        c["findings"] += 1
        c["outside_grid"] += 1 if outside else 0
        c[status] += 1
        if report_id is not None and int(report_id) not in seen.setdefault(str(grid), set()):
            seen[str(grid)].add(int(report_id))
            c["substantiated"] += 1 if int(report_id) in substantiated else 0
            reward_fen[str(grid)] += rewards.get(int(report_id), 0)
    names = dict(await Grid.filter(region=region, level="grid").values_list("code", "name"))
    return [
        {
            "grid": code,
            "name": names.get(code, code),
            "findings": per.get(code, Counter())["findings"],
            "cases_opened": per.get(code, Counter())["opened"],
            "merged": per.get(code, Counter())["merged"],
            "closed": per.get(code, Counter())["closed"],
            "outside_grid": per.get(code, Counter())["outside_grid"],
            "substantiated": per.get(code, Counter())["substantiated"],
            "rewards_fen": reward_fen[code],
        }
        for code in sorted(set(names) | {g for g in per if g != "None"})
    ]


async def assessment(supervisor_id: int, *, year: int, actor: Actor) -> dict[str, Any]:
    """A supervisor's year from their record: findings and what became of them, inspection visits."""
    row = await Supervisor.filter(id=supervisor_id).first()
    if row is None or row.region not in actor.regions:
        raise GridError("unknown_supervisor")
    start, end = datetime(year, 1, 1, tzinfo=UTC), datetime(year + 1, 1, 1, tzinfo=UTC)
    found = await Finding.filter(supervisor_id=row.id, created_at__gte=start, created_at__lt=end)
    substantiated, rewards = await _outcomes({f.report_id for f in found if f.report_id is not None})
    visits = await TaskVisit.filter(supervisor_id=row.id, visited_at__gte=start, visited_at__lt=end).count()
    by_status = Counter(f.status for f in found)
    return {
        "supervisor_id": row.id,
        "name": row.name,
        "year": year,
        "status": row.status,
        "findings": len(found),
        "cases_opened": by_status["opened"],
        "merged": by_status["merged"],
        "closed_without_case": by_status["closed"],
        "substantiated": sum(1 for f in found if f.report_id in substantiated),
        "rewarded_fen": sum(rewards.values()),
        "inspection_visits": visits,
    }
