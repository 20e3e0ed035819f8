"""Inspection tasks (检查任务: 夜查 night checks, sampling rounds…) assigned to supervisors, their visits,
and the sampling draw of seed 001: at least a share of a grid's institutions (10%), the largest by
fund payments (30) always included, the rest drawn at random. Functions taking ``conn`` run in the
caller's transaction.

A visit is a check-in at the institution (within the region's radius of its registered location,
else refused), the checklist answered item by item, photos; a failed item becomes a finding of the
task, so it enters the same triage as any finding.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, Field
from tortoise.backends.base.client import BaseDBAsyncClient

from grid import findings
from grid.errors import GridError
from grid.findings import FindingDraft, Media
from grid.models import FundPayment, GridInstitution, InspectionTask, Supervisor, TaskVisit
from grid.rules import grid_rules
from grid.supervisors import is_current
from kernel.actors import Actor
from kernel.clock import china_day
from registry.models import Institution
from registry.search import haversine_m
from reports.rules import ReportRules
from storage import audit
from storage.crypto import FieldCipher

KINDS = {"night_check": "夜查", "sampling": "抽查", "special": "专项检查"}
CATEGORY_OF_FAILED_ITEM = "other"  # staff re-categorise at triage; the checklist says what failed


async def import_payments(
    conn: BaseDBAsyncClient, *, region: str, period: str, rows: Sequence[tuple[str, int]]
) -> int:
    """Replace a period's fund payments per institution (amounts in fen)."""
    await FundPayment.filter(region=region, period=period).using_db(conn).delete()
    await FundPayment.bulk_create(
        [FundPayment(region=region, period=period, institution_code=c, amount_fen=a) for c, a in rows],
        using_db=conn,
        batch_size=500,
    )
    return len(rows)


def sample(
    codes: Sequence[str], payments: dict[str, int], *, share: float, top: int, rng: random.Random
) -> list[str]:
    """The seed 001 draw over ``codes``: the ``top`` largest by payments always, and at random from
    the rest until at least ``share`` of all are drawn (rounded up). Sorted by code."""
    everyone = sorted(set(codes))
    if not everyone:
        return []
    ranked = sorted(everyone, key=lambda c: (-payments.get(c, 0), c))
    chosen = set(ranked[:top])
    wanted = max(math.ceil(share * len(everyone)), len(chosen))
    rest = [c for c in everyone if c not in chosen]
    chosen.update(rng.sample(rest, min(len(rest), wanted - len(chosen))))
    return sorted(chosen)


async def draw_sample(
    region: str, *, period: str, grid_code: str | None = None, rng: random.Random | None = None
) -> dict[str, Any]:
    """The sampling draw for a grid (or the whole region) with the period's payments."""
    rules = grid_rules(region)
    query = GridInstitution.filter(region=region)
    if grid_code:
        query = query.filter(grid_code=grid_code)
    codes = [str(c) for c in await query.values_list("institution_code", flat=True)]
    paid = dict(
        await FundPayment.filter(region=region, period=period, institution_code__in=codes).values_list(
            "institution_code", "amount_fen"
        )
    )
    drawn = sample(
        codes, paid, share=rules.sample_share, top=rules.sample_top, rng=rng or random.SystemRandom()
    )
    return {
        "region": region,
        "grid": grid_code,
        "period": period,
        "population": len(codes),
        "top": sorted(sorted(codes, key=lambda c: (-paid.get(c, 0), c))[: rules.sample_top]),
        "institutions": drawn,
    }


class TaskIn(BaseModel):
    kind: str = Field(pattern="^(night_check|sampling|special)$")
    title: str = Field(min_length=2, max_length=64)
    checklist: list[str] = Field(min_length=1, max_length=30)
    institutions: list[str] = Field(min_length=1, max_length=500)
    assignees: list[int] = Field(min_length=1, max_length=50)
    due_on: date
    grid: str | None = None


async def create_task(
    conn: BaseDBAsyncClient, draft: TaskIn, *, region: str, actor: Actor, now: datetime
) -> InspectionTask:
    items = [i.strip() for i in draft.checklist]
    if any(not 2 <= len(i) <= 100 for i in items) or len(set(items)) != len(items):
        raise GridError("bad_task", detail="检查项须为2–100字且不重复。")
    if draft.due_on < china_day(now):
        raise GridError("bad_task", detail="完成日期不能早于今天。")
    codes = sorted(set(draft.institutions))
    known = await Institution.filter(region=region, code__in=codes).using_db(conn).count()
    if known != len(codes):
        raise GridError("unknown_institution")
    people = await Supervisor.filter(region=region, id__in=draft.assignees).using_db(conn)
    today = china_day(now)
    if len(people) != len(set(draft.assignees)) or not all(is_current(p, today) for p in people):
        raise GridError("unknown_supervisor", detail="检查人员须为本地区在任的社会监督员。")
    task = await InspectionTask.create(
        using_db=conn, region=region, grid_code=draft.grid, kind=draft.kind, title=draft.title.strip(),
        checklist=items, institutions=codes, assignees=sorted(set(draft.assignees)), due_on=draft.due_on,
        created_at=now, created_by=actor.label,
    )  # fmt: skip
    await audit.append(
        conn, actor=actor.label, action="grid.task_created", subject=f"grid_task:{task.id}",
        detail={"kind": draft.kind, "institutions": len(codes)}, now=now,
    )  # fmt: skip
    return task


class VisitIn(BaseModel):
    institution_code: str
    lat: float = Field(ge=-90, le=90)
    lng: float = Field(ge=-180, le=180)
    answers: dict[str, bool]  # checklist item → passed
    note: str = Field(default="", max_length=2000)
    photos: list[str] = Field(default=[], max_length=9)  # WeChat media ids


async def check_in(
    conn: BaseDBAsyncClient,
    task_id: int,
    visit: VisitIn,
    *,
    openid: str,
    rules: ReportRules,
    cipher: FieldCipher,
    now: datetime,
) -> TaskVisit:
    """Record an assignee's visit; too far from the institution is refused (nothing stored); failed
    items become one finding of the task."""
    supervisor = await findings.current_supervisor(openid, cipher=cipher, now=now, conn=conn)
    task = await InspectionTask.filter(id=task_id, region=supervisor.region).using_db(conn).first()
    if task is None:
        raise GridError("unknown_task")
    if supervisor.id not in task.assignees:
        raise GridError("not_assignee")
    if visit.institution_code not in task.institutions:
        raise GridError("unknown_institution", detail="这家机构不在本次任务中。")
    place = await Institution.filter(region=task.region, code=visit.institution_code).using_db(conn).first()
    if place is None or place.latitude is None or place.longitude is None:
        raise GridError("unknown_institution", detail="这家机构没有登记位置，无法核对签到。")
    distance = haversine_m(visit.lat, visit.lng, place.latitude, place.longitude)
    radius = grid_rules(task.region).checkin_radius_m
    if distance > radius:
        raise GridError("too_far", detail=f"（距机构约{round(distance)}米，须在{radius}米内）")
    if set(visit.answers) != set(task.checklist):
        raise GridError("bad_answers", detail="请逐项回答检查表。")
    if await TaskVisit.filter(task_id=task.id, institution_code=place.code).using_db(conn).exists():
        raise GridError("bad_state", detail="这家机构已检查过。")
    failed = [item for item in task.checklist if not visit.answers[item]]
    finding_id = None
    if failed:
        lines = "；".join(failed)
        finding = await findings.submit(
            conn,
            FindingDraft(
                institution_code=place.code,
                category=CATEGORY_OF_FAILED_ITEM,
                description=f"【{KINDS[task.kind]}：{task.title}】未通过：{lines}。{visit.note}".strip(),
                media=[Media(kind="image", ref=p) for p in visit.photos],
                location={"lat": visit.lat, "lng": visit.lng, "label": ""},
                task_id=task.id,
            ),
            openid=openid,
            rules=rules,
            cipher=cipher,
            now=now,
        )
        finding_id = finding.id
    return await TaskVisit.create(
        using_db=conn, task_id=task.id, institution_code=place.code, supervisor_id=supervisor.id,
        location={"lat": visit.lat, "lng": visit.lng}, distance_m=round(distance), answers=visit.answers,
        note=visit.note, finding_id=finding_id, visited_at=now,
    )  # fmt: skip


async def tasks_json(region: str, *, today: date, overdue_only: bool = False) -> list[dict[str, Any]]:
    """Tasks with their progress; ``overdue_only``: past due with institutions not yet visited (the
    grid staff's home page)."""
    tasks = await InspectionTask.filter(region=region).order_by("due_on", "id")
    visits: dict[int, set[str]] = {}
    failed: dict[int, int] = {}
    for v in await TaskVisit.filter(task_id__in=[t.id for t in tasks]):
        visits.setdefault(v.task_id, set()).add(v.institution_code)
        failed[v.task_id] = failed.get(v.task_id, 0) + (1 if v.finding_id else 0)
    out = []
    for t in tasks:
        done = len(visits.get(t.id, set()))
        overdue = t.due_on < today and done < len(t.institutions)
        if overdue_only and not overdue:
            continue
        out.append(
            {
                "id": t.id,
                "kind": t.kind,
                "kind_title": KINDS[t.kind],
                "title": t.title,
                "grid": t.grid_code,
                "due_on": t.due_on.isoformat(),
                "institutions": len(t.institutions),
                "visited": done,
                "with_findings": failed.get(t.id, 0),
                "assignees": t.assignees,
                "overdue": overdue,
                "checklist": t.checklist,
            }
        )
    return out


async def open_visits(
    openid: str, *, cipher: FieldCipher, now: datetime, limit: int = 9
) -> list[dict[str, Any]]:
    """What a supervisor still has to check: (task, institution) pairs not yet visited, due first."""
    supervisor = await findings.current_supervisor(openid, cipher=cipher, now=now)
    candidates = [
        t
        for t in await InspectionTask.filter(region=supervisor.region).order_by("due_on", "id")
        if supervisor.id in t.assignees
    ]
    visited = {
        (v.task_id, v.institution_code)
        for v in await TaskVisit.filter(task_id__in=[t.id for t in candidates])
    }
    codes = {c for t in candidates for c in t.institutions}
    names = dict(
        await Institution.filter(region=supervisor.region, code__in=codes).values_list("code", "name")
    )
    todo = [
        {
            "task_id": t.id,
            "title": f"{KINDS[t.kind]}·{t.title}",
            "due_on": t.due_on.isoformat(),
            "code": c,
            "name": names.get(c, c),
            "checklist": t.checklist,
        }
        for t in candidates
        for c in t.institutions
        if (t.id, c) not in visited
    ]
    return todo[:limit]


async def distance_to(region: str, institution_code: str, *, lat: float, lng: float) -> tuple[int, int]:
    """(metres from the institution, the region's check-in radius), for a check-in before it is sent."""
    place = await Institution.filter(region=region, code=institution_code).first()
    if place is None or place.latitude is None or place.longitude is None:
        raise GridError("unknown_institution", detail="这家机构没有登记位置，无法核对签到。")
    return round(haversine_m(lat, lng, place.latitude, place.longitude)), grid_rules(region).checkin_radius_m
