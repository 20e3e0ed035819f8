"""Typical cases (曝光典型案例; seeds 000, 001, 004, POLICY §2–3): staff write a summary (afresh or from a
concluded, substantiated report), natural persons' names masked and the institution named, and publish
it; citizens read the published ones, latest first or by category, in chat and on an H5 page.

Masking happens when the summary is stored, so no unmasked text is ever published: the names staff list
become 张某某, and ID and mobile numbers anywhere in the text are masked whatever staff wrote.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from kernel.actors import Actor
from kernel.clock import china_day
from reports.models import Report
from reports.taxonomy import Taxonomy
from storage import audit
from typical_cases.errors import TypicalCaseError
from typical_cases.models import TypicalCase

WRITERS = ("investigator", "head")
PUBLISHERS = ("head",)
LATEST = 5
_ID = re.compile(r"(?<![0-9])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])\d{2}\d{3}[0-9Xx](?![0-9])")
_MOBILE = re.compile(r"(?<![0-9])1[3-9]\d{9}(?![0-9])")


def mask_person(name: str) -> str:
    """张三 → 张某, 欧阳小明 → 欧某某: the surname stays, as bureaus' published cases write it."""
    return name[:1] + "某" * max(1, min(len(name) - 1, 2))


def masked(text: str, persons: list[str]) -> str:
    """``text`` with every listed person's name, and any ID or mobile number, masked."""
    for name in sorted({p.strip() for p in persons if len(p.strip()) >= 2}, key=len, reverse=True):
        text = text.replace(name, mask_person(name))
    text = _ID.sub(lambda m: m.group(0)[:6] + "********" + m.group(0)[-4:], text)
    return _MOBILE.sub(lambda m: m.group(0)[:3] + "****" + m.group(0)[-4:], text)


def _checked(title: str, summary: str, institution: str) -> tuple[str, str, str]:
    title, summary, institution = title.strip(), summary.strip(), institution.strip()
    if not 4 <= len(title) <= 80:
        raise TypicalCaseError("bad_case", detail="标题须为4–80字。")
    if not 20 <= len(summary) <= 3000:
        raise TypicalCaseError("bad_case", detail="案情和处理结果须为20–3000字。")
    if not 2 <= len(institution) <= 128:
        raise TypicalCaseError("bad_case", detail="请写明涉事机构名称。")
    return title, summary, institution


async def draft_case(
    conn: BaseDBAsyncClient,
    *,
    region: str,
    title: str,
    summary: str,
    decided_on: date,
    taxonomy: Taxonomy,
    category: str | None = None,
    institution_name: str | None = None,
    institution_code: str | None = None,
    persons: list[str] | None = None,
    source_report_id: int | None = None,
    actor: Actor,
    now: datetime,
) -> TypicalCase:
    """A draft summary; from a report, its category and institution are the report's unless given."""
    if not actor.has_any(WRITERS, region):
        raise TypicalCaseError("forbidden")
    if source_report_id is not None:
        report = await Report.filter(id=source_report_id, region=region).using_db(conn).first()
        if report is None:
            raise TypicalCaseError("not_found", detail="来源举报不存在。")
        if report.status not in ("concluded", "informed") or report.conclusion not in (
            "substantiated",
            "partly",
        ):
            raise TypicalCaseError("not_concluded")
        category = category or report.category
        institution_name = institution_name or report.target_name
        institution_code = institution_code or report.target_code
    if category is None or category not in {c.code for c in taxonomy.categories}:
        raise TypicalCaseError("bad_case", detail="请从举报类别中选择案例类别。")
    if decided_on > china_day(now):
        raise TypicalCaseError("bad_case", detail="处理日期不能晚于今天。")
    title, summary, institution = _checked(title, summary, institution_name or "")
    names = persons or []
    made = await TypicalCase.create(
        using_db=conn,
        region=region,
        title=masked(title, names),
        category=category,
        institution_name=institution,
        institution_code=institution_code,
        summary=masked(summary, names),
        decided_on=decided_on,
        source_report_id=source_report_id,
        created_by=actor.label,
    )
    await audit.append(
        conn, actor=actor.label, action="typical_case.drafted", subject=f"typical_case:{made.id}",
        detail={"source_report_id": source_report_id, "masked_names": len(names)}, now=now,
    )  # fmt: skip
    return made


async def _move(
    conn: BaseDBAsyncClient, case_id: int, *, actor: Actor, frm: str, to: str, now: datetime
) -> TypicalCase:
    case = await TypicalCase.filter(id=case_id).using_db(conn).select_for_update().first()
    if case is None:
        raise TypicalCaseError("not_found")
    if not actor.has_any(PUBLISHERS, case.region):
        raise TypicalCaseError("forbidden")
    if case.status != frm:
        raise TypicalCaseError("bad_transition")
    case.status = to
    if to == "published":
        case.published_on, case.published_by = china_day(now), actor.label
    await case.save(using_db=conn)
    await audit.append(
        conn,
        actor=actor.label,
        action=f"typical_case.{to}",
        subject=f"typical_case:{case.id}",
        detail={},
        now=now,
    )
    return case


async def publish(conn: BaseDBAsyncClient, case_id: int, *, actor: Actor, now: datetime) -> TypicalCase:
    return await _move(conn, case_id, actor=actor, frm="draft", to="published", now=now)


async def withdraw(conn: BaseDBAsyncClient, case_id: int, *, actor: Actor, now: datetime) -> TypicalCase:
    return await _move(conn, case_id, actor=actor, frm="published", to="withdrawn", now=now)


async def staff_cases(actor: Actor, *, region: str, status: str | None = None) -> list[TypicalCase]:
    if not actor.has_any(WRITERS, region):
        raise TypicalCaseError("forbidden")
    query = TypicalCase.filter(region=region)
    return await (query.filter(status=status) if status else query).order_by("-id").limit(200)


async def published(*, region: str, category: str | None = None, limit: int = LATEST) -> list[TypicalCase]:
    """The published cases, latest first (by publication, then handling date)."""
    query = TypicalCase.filter(region=region, status="published")
    if category:
        query = query.filter(category=category)
    return await query.order_by("-published_on", "-decided_on", "-id").limit(limit)


async def published_one(*, region: str, case_id: int) -> TypicalCase:
    case = await TypicalCase.filter(id=case_id, region=region, status="published").first()
    if case is None:
        raise TypicalCaseError("not_found")
    return case


def case_json(case: TypicalCase, taxonomy: Taxonomy) -> dict[str, Any]:
    """A case as citizens see it (and staff, with the workflow fields)."""
    return {
        "id": case.id,
        "title": case.title,
        "category": case.category,
        "category_title": taxonomy.by_code(case.category).title,
        "institution_name": case.institution_name,
        "institution_code": case.institution_code,
        "summary": case.summary,
        "decided_on": case.decided_on.isoformat(),
        "published_on": case.published_on.isoformat() if case.published_on else None,
        "status": case.status,
        "source_report_id": case.source_report_id,
    }
