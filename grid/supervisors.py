"""Social supervisors (社会监督员, POLICY §8): application, approval with grids and a certificate, term
expiry, suspension and exit. Functions taking ``conn`` run in the caller's transaction.

Who may serve is region data (``grid.rules``): the age range, read from the ID number (GB 11643,
checked by ``reports.identity``), and the term. A person on the credit dishonesty list (a public
practitioner listing: an applicant from a designated institution gives their practitioner code) is
refused with the listing's date and reason. One person (by ID number) and one WeChat user apply once
while an application or appointment is open.
"""

from __future__ import annotations

import json
import secrets
from datetime import date, datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from credit.blacklist import is_public
from credit.models import BlacklistEntry
from grid.errors import GridError
from grid.models import Grid, Supervisor
from grid.rules import grid_rules
from kernel.actors import Actor
from kernel.clock import add_months, china_day
from reports.identity import CitizenId, parse_id_number, parse_mobile
from storage import audit
from storage.crypto import FieldCipher

POOLS: dict[str, str] = {
    "deputy": "人大代表",
    "cppcc": "政协委员",
    "media": "新闻媒体",
    "institution": "定点医药机构",
    "expert": "专家学者",
    "insured": "参保群众",
    "volunteer": "志愿者",
}
STATUSES: dict[str, str] = {
    "applied": "审核中",
    "active": "在任",
    "suspended": "暂停",
    "exited": "已退出",
    "expired": "任期届满",
    "rejected": "未通过",
}
OPEN = ("applied", "active", "suspended")  # one open record per person and per WeChat user


def age_on(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def check_id_number(raw: str, *, region: str, today: date) -> CitizenId:
    """A valid ID number of someone of the region's supervisor age, or a refusal saying the range."""
    citizen = parse_id_number(raw, today=today)
    rules = grid_rules(region)
    age = age_on(citizen.birth_date, today)
    span = f"（本地区要求{rules.min_age}–{rules.max_age}周岁）"
    if age < rules.min_age:
        raise GridError("too_young", detail=span)
    if age > rules.max_age:
        raise GridError("too_old", detail=span)
    return citizen


def check_pool(raw: str) -> str:
    text = raw.strip()
    if text.isdigit() and 1 <= int(text) <= len(POOLS):
        return list(POOLS)[int(text) - 1]
    for code, label in POOLS.items():
        if text in (code, label):
            return code
    raise GridError("bad_pool")


def check_name(raw: str) -> str:
    name = "".join(raw.split())
    if not 2 <= len(name) <= 32:
        raise GridError("bad_name")
    return name


async def check_grid(region: str, raw: str, conn: BaseDBAsyncClient | None = None) -> str:
    """A grid of the region, by code or by name."""
    text = raw.strip()
    row = (
        await Grid.filter(region=region, level="grid", code=text.upper()).using_db(conn).first()
        or await Grid.filter(region=region, level="grid", code=text).using_db(conn).first()
        or await Grid.filter(region=region, level="grid", name=text).using_db(conn).first()
    )
    if row is None:
        raise GridError("unknown_grid", detail="请回复网格编号（如 DC01）或名称。")
    return row.code


async def check_not_listed(
    region: str, practitioner_code: str | None, *, today: date, conn: BaseDBAsyncClient | None = None
) -> None:
    """Refuse a practitioner on the region's public dishonesty list, with the listing's reason."""
    if not practitioner_code:
        return
    entries = await BlacklistEntry.filter(
        region=region, subject_kind="practitioner", subject_code=practitioner_code.strip().upper()
    ).using_db(conn)
    for entry in entries:
        if is_public(entry, today):
            raise GridError(
                "blacklisted", detail=f"（{entry.listed_on.isoformat()}列入，原因：{entry.reason}）"
            )


async def apply(
    conn: BaseDBAsyncClient,
    *,
    region: str,
    openid: str,
    name: str,
    id_number: str,
    phone: str,
    pool: str,
    preferred_grid: str | None,
    practitioner_code: str | None,
    declaration: bool,
    cipher: FieldCipher,
    now: datetime,
) -> Supervisor:
    """Check and store an application (status ``applied``); every check again, whatever a form did."""
    today = china_day(now)
    clean_name = check_name(name)
    citizen = check_id_number(id_number, region=region, today=today)
    mobile = parse_mobile(phone)
    pool_code = check_pool(pool)
    grid_code = await check_grid(region, preferred_grid, conn) if preferred_grid else None
    if not declaration:
        raise GridError("declaration_required")
    if pool_code == "institution" and not practitioner_code:
        raise GridError("bad_pool", detail="来自定点医药机构的申请人请填写本人医保人员编码。")
    await check_not_listed(region, practitioner_code, today=today, conn=conn)
    id_index, openid_index = cipher.blind_index(citizen.number), cipher.blind_index(openid)
    if await Supervisor.filter(status__in=OPEN, id_index=id_index).using_db(conn).exists() or (
        await Supervisor.filter(status__in=OPEN, openid_index=openid_index).using_db(conn).exists()
    ):
        raise GridError("already_applied")
    identity = {"name": clean_name, "id_number": citizen.number, "phone": mobile}
    if practitioner_code:
        identity["practitioner_code"] = practitioner_code.strip().upper()
    row = await Supervisor.create(
        using_db=conn,
        region=region,
        name=clean_name,
        identity_enc=cipher.encrypt(json.dumps(identity, ensure_ascii=False), context="grid.supervisor"),
        id_index=id_index,
        openid_index=openid_index,
        openid_enc=cipher.encrypt(openid, context="grid.openid"),
        pool=pool_code,
        preferred_grid=grid_code,
        grids=[],
        status="applied",
        declared_at=now,
        applied_at=now,
    )
    await audit.append(
        conn, actor="applicant", action="grid.supervisor_applied", subject=f"grid_supervisor:{row.id}",
        detail={"pool": pool_code}, now=now,
    )  # fmt: skip
    return row


async def of_user(
    openid: str, *, cipher: FieldCipher, conn: BaseDBAsyncClient | None = None
) -> Supervisor | None:
    """The user's latest supervisor record (open or not)."""
    return (
        await Supervisor.filter(openid_index=cipher.blind_index(openid))
        .using_db(conn)
        .order_by("-applied_at", "-id")
        .first()
    )


async def _load(conn: BaseDBAsyncClient, supervisor_id: int, actor: Actor) -> Supervisor:
    row = await Supervisor.filter(id=supervisor_id).using_db(conn).select_for_update().first()
    if row is None or row.region not in actor.regions:
        raise GridError("unknown_supervisor")
    return row


def _reason(text: str) -> str:
    reason = text.strip()
    if not 2 <= len(reason) <= 500:
        raise GridError("bad_reason")
    return reason


async def _grids(conn: BaseDBAsyncClient, region: str, codes: list[str]) -> list[str]:
    wanted = sorted({c.strip() for c in codes if c.strip()})
    found = await Grid.filter(region=region, level="grid", code__in=wanted).using_db(conn).count()
    if not wanted or found != len(wanted):
        raise GridError("unknown_grid", detail="请至少指定一个本地区的网格。")
    return wanted


async def _record(conn: BaseDBAsyncClient, row: Supervisor, action: str, actor: Actor, now: datetime,
                  **detail: Any) -> None:  # fmt: skip
    row.decided_at, row.decided_by = now, actor.label
    await row.save(using_db=conn)
    await audit.append(
        conn, actor=actor.label, action=f"grid.supervisor_{action}", subject=f"grid_supervisor:{row.id}",
        detail={"status": row.status, **detail}, now=now,
    )  # fmt: skip


async def approve(
    conn: BaseDBAsyncClient, supervisor_id: int, *, grids: list[str], actor: Actor, now: datetime
) -> Supervisor:
    """Appoint an applicant: grids, the term from today (region data) and a certificate."""
    row = await _load(conn, supervisor_id, actor)
    if row.status != "applied":
        raise GridError("bad_state")
    today = china_day(now)
    row.grids = await _grids(conn, row.region, grids)
    row.status, row.status_reason = "active", ""
    row.term_start, row.term_end = today, add_months(today, grid_rules(row.region).term_months)
    row.certificate_no = f"JD{today:%Y}{row.id:06d}"
    row.certificate_token = secrets.token_urlsafe(24)
    await _record(conn, row, "approved", actor, now, grids=row.grids)
    return row


async def _move(
    conn: BaseDBAsyncClient, supervisor_id: int, *, allowed: tuple[str, ...], to: str, reason: str,
    actor: Actor, now: datetime,
) -> Supervisor:  # fmt: skip
    """A status change with the reason the supervisor (and the console) sees; audited."""
    row = await _load(conn, supervisor_id, actor)
    if row.status not in allowed:
        raise GridError("bad_state")
    row.status, row.status_reason = to, _reason(reason)
    await _record(conn, row, to, actor, now)
    return row


async def reject(
    conn: BaseDBAsyncClient, supervisor_id: int, *, reason: str, actor: Actor, now: datetime
) -> Supervisor:
    return await _move(
        conn, supervisor_id, allowed=("applied",), to="rejected", reason=reason, actor=actor, now=now
    )


async def assign_grids(
    conn: BaseDBAsyncClient, supervisor_id: int, *, grids: list[str], actor: Actor, now: datetime
) -> Supervisor:
    row = await _load(conn, supervisor_id, actor)
    if row.status not in ("active", "suspended"):
        raise GridError("bad_state")
    row.grids = await _grids(conn, row.region, grids)
    await _record(conn, row, "grids", actor, now, grids=row.grids)
    return row


async def suspend(
    conn: BaseDBAsyncClient, supervisor_id: int, *, reason: str, actor: Actor, now: datetime
) -> Supervisor:
    return await _move(
        conn, supervisor_id, allowed=("active",), to="suspended", reason=reason, actor=actor, now=now
    )


async def reinstate(
    conn: BaseDBAsyncClient, supervisor_id: int, *, actor: Actor, now: datetime
) -> Supervisor:
    row = await _load(conn, supervisor_id, actor)
    if row.status != "suspended" or (row.term_end and row.term_end <= china_day(now)):
        raise GridError("bad_state")
    row.status, row.status_reason = "active", ""
    await _record(conn, row, "reinstated", actor, now)
    return row


async def exit_(
    conn: BaseDBAsyncClient, supervisor_id: int, *, reason: str, actor: Actor, now: datetime
) -> Supervisor:
    """End an appointment early (退出), with the reason; the certificate stops being current."""
    return await _move(
        conn, supervisor_id, allowed=("active", "suspended"), to="exited", reason=reason, actor=actor, now=now
    )


async def expire_terms(conn: BaseDBAsyncClient, *, now: datetime) -> int:
    """End every appointment whose term is over (the daily job); returns how many ended."""
    today = china_day(now)
    ended = (
        await Supervisor.filter(status__in=("active", "suspended"), term_end__lte=today)
        .using_db(conn)
        .update(status="expired", status_reason="任期届满", decided_at=now, decided_by="system")
    )
    if ended:
        await audit.append(
            conn, actor="system", action="grid.terms_expired", subject="grid_supervisor:*",
            detail={"count": ended, "on": today.isoformat()}, now=now,
        )  # fmt: skip
    return ended


def is_current(row: Supervisor, today: date) -> bool:
    return row.status == "active" and row.term_end is not None and today < row.term_end


def supervisor_json(row: Supervisor) -> dict[str, Any]:
    """A supervisor for the console (no ID number or phone: those are read through ``identity``)."""
    return {
        "id": row.id,
        "region": row.region,
        "name": row.name,
        "pool": row.pool,
        "pool_title": POOLS.get(row.pool, row.pool),
        "preferred_grid": row.preferred_grid,
        "grids": row.grids,
        "status": row.status,
        "status_title": STATUSES.get(row.status, row.status),
        "status_reason": row.status_reason,
        "term_start": row.term_start.isoformat() if row.term_start else None,
        "term_end": row.term_end.isoformat() if row.term_end else None,
        "certificate_no": row.certificate_no,
        "applied_at": row.applied_at.isoformat(),
    }


async def list_json(region: str, *, status: str | None, actor: Actor) -> list[dict[str, Any]]:
    if region not in actor.regions:
        raise GridError("unknown_supervisor")
    query = Supervisor.filter(region=region)
    if status:
        query = query.filter(status=status)
    return [supervisor_json(r) for r in await query.order_by("-applied_at", "-id")]


async def identity(
    conn: BaseDBAsyncClient, supervisor_id: int, *, actor: Actor, cipher: FieldCipher, now: datetime
) -> dict[str, str]:
    """The applicant's name, ID number and phone for the approving staff; every view is audited."""
    row = await _load(conn, supervisor_id, actor)
    await audit.append(
        conn, actor=actor.label, action="grid.supervisor_identity_viewed",
        subject=f"grid_supervisor:{row.id}", detail={}, now=now,
    )  # fmt: skip
    data: dict[str, str] = json.loads(cipher.decrypt(row.identity_enc, context="grid.supervisor"))
    return data


async def certificate(token: str, *, today: date) -> dict[str, Any] | None:
    """What the public card shows for a certificate link (None: no such certificate)."""
    row = await Supervisor.filter(certificate_token=token).first()
    if row is None:
        return None
    names = dict(await Grid.filter(region=row.region, code__in=row.grids).values_list("code", "name"))
    return {
        "name": row.name,
        "certificate_no": row.certificate_no,
        "grids": [names.get(c, c) for c in row.grids],
        "term_start": row.term_start.isoformat() if row.term_start else None,
        "term_end": row.term_end.isoformat() if row.term_end else None,
        "current": is_current(row, today),
        "status_title": STATUSES.get(row.status, row.status),
    }
