"""Referral of a case to another body (移送; seed 001 四(一), seed 000's cases): the receiving body, the
date and the letter's reference go on the case's timeline, in the audit log and in the 台账. It is a move
on the case, not its end: the fund case keeps its status and deadlines (the bureau still decides on the
money, the other body on crime, discipline or licences)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from kernel.actors import Actor
from reports.errors import ReportError
from reports.lifecycle import _load_for, _record
from reports.models import Report, ReportReferral

# The bodies seed 000's cases and seed 001 四(一) hand cases to.
BODIES = {
    "police": "公安机关",
    "discipline": "纪检监察机关",
    "health": "卫生健康部门",
    "market": "市场监管部门",
    "other": "其他部门",
}


def referral_line(r: ReportReferral) -> str:
    """One referral as the timeline and the 台账 show it."""
    return f"移送{BODIES.get(r.body, r.body)}（{r.body_name}，{r.referred_on.isoformat()}，{r.reference}）"


async def refer(
    conn: BaseDBAsyncClient,
    report_id: int,
    *,
    body: str,
    body_name: str,
    referred_on: date,
    reference: str,
    note: str = "",
    actor: Actor,
    now: datetime,
) -> tuple[Report, ReportReferral]:
    if body not in BODIES:
        raise ReportError("bad_referral", detail="接收单位类别须为：" + "、".join(BODIES.values()) + "。")
    name, ref = body_name.strip(), reference.strip()
    if not 2 <= len(name) <= 64 or not 1 <= len(ref) <= 64:
        raise ReportError("bad_referral", detail="请填写接收单位名称和移送文号。")
    if referred_on > now.date():
        raise ReportError("bad_referral", detail="移送日期不能晚于今天。")
    report = await _load_for(conn, report_id, "refer", actor)
    made = await ReportReferral.create(
        using_db=conn,
        report_id=report.id,
        body=body,
        body_name=name,
        referred_on=referred_on,
        reference=ref,
        note=note.strip()[:1000],
        actor=actor.label,
    )
    # Internal: the reporter is not told which bodies a case went to (it may alert the reported party).
    await _record(conn, report, actor=actor, kind="referred", note=referral_line(made), now=now, public=False)
    return report, made


async def referrals_of(report_ids: list[int]) -> dict[int, list[ReportReferral]]:
    out: dict[int, list[ReportReferral]] = {}
    for r in await ReportReferral.filter(report_id__in=report_ids).order_by("referred_on", "id"):
        out.setdefault(r.report_id, []).append(r)
    return out


def referral_json(r: ReportReferral) -> dict[str, Any]:
    return {
        "id": r.id,
        "body": r.body,
        "body_title": BODIES.get(r.body, r.body),
        "body_name": r.body_name,
        "referred_on": r.referred_on.isoformat(),
        "reference": r.reference,
        "note": r.note,
        "actor": r.actor,
    }
