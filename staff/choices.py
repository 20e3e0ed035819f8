"""What a staff form may offer, as data from the domain: the values each move and filter accepts
(conclusions, listed not-accept reasons, categories, channels, moves) and the staff picker for
assignment (active staff of the region who may take a case)."""

from __future__ import annotations

from typing import Any

from tortoise.functions import Count

from kernel.actors import Actor
from reports.casework import CASE_ROLES
from reports.errors import ReportError
from reports.intake import CHANNEL_NAMES
from reports.lifecycle import MOVES, STATUS_TITLES
from reports.models import Report
from reports.queries import OPEN_STATUSES
from reports.queue import DEADLINE_STATES, ORDERS
from reports.rules import CONCLUSIONS, NOT_ACCEPTED_REASONS, ReportRules
from staff.models import StaffAccount

# Who may be assigned a case: the roles that may start and conclude it (reports.lifecycle.assign).
ASSIGNABLE_ROLES = ("investigator", "head")
MOVE_TITLES = {
    "accept": "受理",
    "not_accept": "不予受理",
    "assign": "交办",
    "start": "开始调查",
    "extend": "延期",
    "conclude": "办结",
    "inform": "已反馈举报人",
    "refer": "移送其他部门",
}


def _listed(titles: dict[str, str]) -> list[dict[str, str]]:
    return [{"code": code, "title": title} for code, title in titles.items()]


def report_choices(region: str, *, rules: ReportRules) -> dict[str, Any]:
    """Every list a report form or queue filter offers in ``region``, with Chinese titles."""
    categories = rules.taxonomy(region).categories
    return {
        "region": region,
        "statuses": _listed(STATUS_TITLES),
        "open_statuses": list(OPEN_STATUSES),
        "categories": [{"code": c.code, "title": c.title} for c in categories],
        "channels": _listed(CHANNEL_NAMES),
        "conclusions": _listed(CONCLUSIONS),
        "not_accepted_reasons": _listed(NOT_ACCEPTED_REASONS),
        "deadline_states": _listed(DEADLINE_STATES),
        "orders": _listed(ORDERS),
        "moves": [
            {
                "code": name,
                "title": MOVE_TITLES[name],
                "from_statuses": sorted(move.from_statuses),
                "roles": list(move.roles),
                "assignee_only": move.assignee_only,
            }
            for name, move in MOVES.items()
        ],
    }


async def assignable_staff(actor: Actor, *, region: str, with_load: bool = True) -> list[dict[str, Any]]:
    """Active staff of ``region`` who may take a case, with how many open cases each holds now (so a
    head can spread the work; None without ``with_load``, for a filter list that only names them).
    Accounts are few; their roles are JSON, filtered here."""
    if not actor.has_any(CASE_ROLES, region):
        raise ReportError("forbidden")
    accounts = await StaffAccount.filter(active=True)
    fit = [a for a in accounts if region in a.regions and set(a.roles) & set(ASSIGNABLE_ROLES)]
    # Investigators first (they do the casework), then heads; by name within each, the same everywhere.
    fit.sort(key=lambda a: ("investigator" not in a.roles, a.display_name, a.id))
    ids = [a.id for a in fit]
    held: dict[int, int] = {}
    # The counts read every open case of the region: a filter list that only names people skips them.
    if ids and with_load:
        open_cases = Report.filter(region=region, assignee_id__in=ids, status__in=OPEN_STATUSES)
        rows = (
            await open_cases.annotate(n=Count("id")).group_by("assignee_id").values_list("assignee_id", "n")
        )
        held = {int(i): int(n) for i, n in rows}
    return [
        {
            "id": a.id,
            "name": a.display_name,
            "roles": sorted(set(a.roles) & set(ASSIGNABLE_ROLES)),
            "open_cases": held.get(a.id, 0) if with_load else None,
        }
        for a in fit
    ]
