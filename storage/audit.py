"""Append-only audit log: each entry carries the hash of the previous one (a hash chain).

Appends are serialised (a PostgreSQL advisory lock inside the caller's transaction; one writer in
embedded mode) so the chain never forks. ``verify`` recomputes every link.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from storage.models import AuditEntry

GENESIS = "0" * 64
_ADVISORY_KEY = 0x46474155  # "FGAU"
_local_lock = asyncio.Lock()


def _canonical(at: datetime, actor: str, action: str, subject: str, detail: dict[str, Any]) -> str:
    stamp = at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return json.dumps(
        {"at": stamp, "actor": actor, "action": action, "subject": subject, "detail": detail},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )


def link_hash(prev_hash: str, canonical: str) -> str:
    return hashlib.sha256((prev_hash + canonical).encode()).hexdigest()


async def append(
    conn: BaseDBAsyncClient,
    *,
    actor: str,
    action: str,
    subject: str = "",
    detail: dict[str, Any] | None = None,
    now: datetime,
) -> AuditEntry:
    """Append one entry inside the caller's transaction ``conn``."""
    detail = detail or {}
    now = now.astimezone(UTC).replace(microsecond=now.microsecond)
    async with _local_lock:
        if conn.schema_generator.DIALECT == "postgres":
            await conn.execute_query("SELECT pg_advisory_xact_lock($1)", [_ADVISORY_KEY])
        last = await AuditEntry.all().using_db(conn).order_by("-id").first()
        prev = last.hash if last else GENESIS
        digest = link_hash(prev, _canonical(now, actor, action, subject, detail))
        return await AuditEntry.create(
            using_db=conn,
            at=now,
            actor=actor,
            action=action,
            subject=subject,
            detail=detail,
            prev_hash=prev,
            hash=digest,
        )


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    first_bad_id: int | None = None
    reason: str = ""


async def verify(batch: int = 1000) -> ChainReport:
    prev = GENESIS
    checked = 0
    last_id = 0
    while True:
        rows = await AuditEntry.filter(id__gt=last_id).order_by("id").limit(batch)
        if not rows:
            return ChainReport(ok=True, checked=checked)
        for row in rows:
            if row.prev_hash != prev:
                return ChainReport(False, checked, row.id, "prev_hash does not match the entry before")
            expected = link_hash(prev, _canonical(row.at, row.actor, row.action, row.subject, row.detail))
            if expected != row.hash:
                return ChainReport(False, checked, row.id, "entry content does not match its hash")
            prev = row.hash
            checked += 1
            last_id = row.id
