"""Supervisors' findings (监督发现): intake from chat, routing to the institution's grid, and triage by
grid staff — open a report case (channel ``grid``, the supervisor as the named reporter, so the same
lifecycle, deadlines and reward rules as any report follow), merge into an existing case, or close
with a reason the supervisor sees. Functions taking ``conn`` run in the caller's transaction.

A finding is routed by the institution's grid (``GridInstitution``), not by where it was sent from;
the sender's location is checked against the supervisor's own grids and a finding from outside them
is flagged (``outside_grid``), never refused: a supervisor may pass an institution on the way home.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from tortoise.backends.base.client import BaseDBAsyncClient

from grid import service
from grid.errors import GridError
from grid.models import Finding, FindingPhoto, GridInstitution, Supervisor
from grid.supervisors import is_current
from kernel.actors import Actor
from kernel.clock import china_day
from registry.models import Institution
from reports.intake import EvidenceRef, Identity, ReportDraft, submit_report
from reports.models import Report
from reports.rules import ReportRules
from storage import audit
from storage.crypto import FieldCipher

STATUSES = {"new": "待处理", "opened": "已转为举报案件", "merged": "已并入举报案件", "closed": "已办结"}
TRIAGE_ROLES = ("intake", "investigator", "head")


class Media(BaseModel):
    model_config = ConfigDict(frozen=True)
    kind: str = Field(pattern="^(image|voice)$")
    ref: str = Field(min_length=1, max_length=128)


class FindingDraft(BaseModel):
    """What a supervisor sends from chat (or an inspection's failed item)."""

    institution_code: str
    category: str  # a report taxonomy code
    description: str
    media: list[Media] = []
    location: dict[str, float | str] | None = None  # {"lat", "lng", "label"}
    task_id: int | None = None


async def current_supervisor(
    openid: str, *, cipher: FieldCipher, now: datetime, conn: BaseDBAsyncClient | None = None
) -> Supervisor:
    row = (
        await Supervisor.filter(openid_index=cipher.blind_index(openid), status="active")
        .using_db(conn)
        .order_by("-id")
        .first()
    )
    if row is None or not is_current(row, china_day(now)):
        raise GridError("not_supervisor")
    return row


async def submit(
    conn: BaseDBAsyncClient,
    draft: FindingDraft,
    *,
    openid: str,
    rules: ReportRules,
    cipher: FieldCipher,
    now: datetime,
) -> Finding:
    supervisor = await current_supervisor(openid, cipher=cipher, now=now, conn=conn)
    region = supervisor.region
    institution = await Institution.filter(region=region, code=draft.institution_code).using_db(conn).first()
    if institution is None:
        raise GridError("unknown_institution")
    category = rules.taxonomy(region).by_code(draft.category)
    description = draft.description.strip()
    if not 10 <= len(description) <= 2000:
        raise GridError("bad_description")
    if len(draft.media) > 10:  # nine photos and a voice note
        raise GridError("too_many_photos")
    placed = (
        await GridInstitution.filter(region=region, institution_code=institution.code).using_db(conn).first()
    )
    grid_code = placed.grid_code if placed else None
    if draft.location is not None:
        sent_from = await service.locate(
            region, lat=float(draft.location["lat"]), lng=float(draft.location["lng"]), conn=conn
        )
        outside = sent_from.grid not in supervisor.grids
    else:
        outside = grid_code not in supervisor.grids
    finding = await Finding.create(
        using_db=conn,
        region=region,
        supervisor_id=supervisor.id,
        institution_code=institution.code,
        institution_name=institution.name,
        category=category.code,
        description=description,
        location=draft.location,
        grid_code=grid_code,
        outside_grid=outside,
        task_id=draft.task_id,
        created_at=now,
    )
    for m in draft.media:
        await FindingPhoto.create(using_db=conn, finding_id=finding.id, kind=m.kind, ref=m.ref)
    return finding


async def attach(conn: BaseDBAsyncClient, *, finding_id: int, ref: str, attachment_id: str) -> None:
    """A finding's photo has been fetched into the blob store."""
    await (
        FindingPhoto.filter(finding_id=finding_id, ref=ref).using_db(conn).update(attachment_id=attachment_id)
    )


async def _for_triage(conn: BaseDBAsyncClient, finding_id: int, actor: Actor) -> Finding:
    row = await Finding.filter(id=finding_id).using_db(conn).select_for_update().first()
    if row is None or not actor.has_any(TRIAGE_ROLES, row.region):
        raise GridError("unknown_finding")
    if row.status != "new":
        raise GridError("bad_state")
    return row


async def _triaged(conn: BaseDBAsyncClient, row: Finding, actor: Actor, now: datetime, **detail: Any) -> None:
    row.triaged_at, row.triaged_by = now, actor.label
    await row.save(using_db=conn)
    await audit.append(
        conn, actor=actor.label, action=f"grid.finding_{row.status}", subject=f"grid_finding:{row.id}",
        detail=detail, now=now,
    )  # fmt: skip


async def open_case(
    conn: BaseDBAsyncClient,
    finding_id: int,
    *,
    actor: Actor,
    rules: ReportRules,
    cipher: FieldCipher,
    now: datetime,
) -> Finding:
    """Open a report from a finding: channel ``grid``, the supervisor as the named reporter (their
    identity from the application, their openid, so 举报进度 and the reward claim find it)."""
    row = await _for_triage(conn, finding_id, actor)
    supervisor = await Supervisor.filter(id=row.supervisor_id).using_db(conn).get()
    who = json.loads(cipher.decrypt(supervisor.identity_enc, context="grid.supervisor"))
    photos = await FindingPhoto.filter(finding_id=row.id).using_db(conn).order_by("id")
    evidence = [
        EvidenceRef(kind="voice" if p.kind == "voice" else "image", source="upload", ref=p.attachment_id)
        if p.attachment_id
        else EvidenceRef(kind="voice" if p.kind == "voice" else "image", source="wechat_media", ref=p.ref)
        for p in photos
    ][:9]
    submitted = await submit_report(
        conn,
        ReportDraft(
            region=row.region,
            category=row.category,
            target_code=row.institution_code,
            target_name=row.institution_name,
            description=f"【网格监督员发现 {row.id}】{row.description}",
            evidence=evidence,
            location=row.location,
            anonymous=False,
            identity=Identity(name=who["name"], id_number=who["id_number"], phone=who["phone"]),
            sensitive_consent=True,  # given with the application: findings are reported under the name
            channel="grid",
        ),
        reporter=cipher.decrypt(supervisor.openid_enc, context="grid.openid"),
        rules=rules,
        cipher=cipher,
        now=now,
        actor=actor.label,
    )
    row.status, row.report_id = "opened", submitted.report_id
    await _triaged(conn, row, actor, now, report_id=submitted.report_id)
    return row


async def merge(
    conn: BaseDBAsyncClient, finding_id: int, *, report_id: int, actor: Actor, now: datetime
) -> Finding:
    """Fold a finding into an existing case of the same region (a second sighting of one matter)."""
    row = await _for_triage(conn, finding_id, actor)
    if not await Report.filter(id=report_id, region=row.region).using_db(conn).exists():
        raise GridError("unknown_case")
    row.status, row.report_id = "merged", report_id
    await _triaged(conn, row, actor, now, report_id=report_id)
    return row


async def close(
    conn: BaseDBAsyncClient, finding_id: int, *, reason: str, actor: Actor, now: datetime
) -> Finding:
    row = await _for_triage(conn, finding_id, actor)
    text = reason.strip()
    if not 2 <= len(text) <= 500:
        raise GridError("bad_reason")
    row.status, row.close_reason = "closed", text
    await _triaged(conn, row, actor, now)
    return row


def finding_json(row: Finding) -> dict[str, Any]:
    return {
        "id": row.id,
        "region": row.region,
        "supervisor_id": row.supervisor_id,
        "institution_code": row.institution_code,
        "institution_name": row.institution_name,
        "category": row.category,
        "description": row.description,
        "location": row.location,
        "grid": row.grid_code,
        "outside_grid": row.outside_grid,
        "task_id": row.task_id,
        "status": row.status,
        "status_title": STATUSES[row.status],
        "report_id": row.report_id,
        "close_reason": row.close_reason,
        "created_at": row.created_at.isoformat(),
    }


async def queue_json(region: str, *, actor: Actor, status: str | None, mine: bool) -> list[dict[str, Any]]:
    """The region's findings for triage, newest first; ``mine``: those of the actor's grids."""
    if not actor.has_any(TRIAGE_ROLES, region):
        raise GridError("unknown_finding")
    query = Finding.filter(region=region)
    if status:
        query = query.filter(status=status)
    if mine:
        query = query.filter(grid_code__in=await service.staff_grids(region, actor.id))
    return [finding_json(r) for r in await query.order_by("-created_at", "-id").limit(500)]


async def mine_text(openid: str, *, cipher: FieldCipher) -> str:
    """A supervisor's own findings for chat: what became of each (the close reason included)."""
    ids = await Supervisor.filter(openid_index=cipher.blind_index(openid)).values_list("id", flat=True)
    rows = await Finding.filter(supervisor_id__in=list(ids)).order_by("-created_at", "-id").limit(10)
    if not rows:
        return "您还没有提交过监督发现。回复“提交发现”上报。"
    lines = ["您最近的监督发现："]
    for r in rows:
        line = f"{r.id}. {china_day(r.created_at)} {r.institution_name}：{STATUSES[r.status]}"
        if r.status in ("opened", "merged"):
            line += f"（案件编号 {r.report_id}，可在“举报进度”查看）"
        if r.status == "closed":
            line += f"（{r.close_reason}）"
        if r.outside_grid:
            line += "〔不在您的网格内〕"
        lines.append(line)
    return "\n".join(lines)
