"""Registry use cases as plain async functions; the caller owns the transaction.

Every write to the registry goes through here: it keeps the pinyin search keys in step with the
names and replaces the region's version token, so every process rebuilds its search index.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from pydantic import ValidationError
from tortoise.backends.base.client import BaseDBAsyncClient

from kernel.actors import Actor
from registry.errors import RegistryError
from registry.models import Institution, Practitioner, RegistryVersion
from registry.rows import INSTITUTION_LABELS, InstitutionRow, PractitionerRow, reasons_of
from registry.search import name_keys
from storage import audit

REGISTRY_ROLES = ("credit_officer", "head")  # who keeps a region's registry up to date

BATCH = 500  # rows per statement: well under SQLite's and asyncpg's parameter limits

Advance = Callable[[int], None]


@dataclass(frozen=True)
class UpsertSummary:
    rows: int
    created: int
    updated: int
    unchanged: int

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def _chunks(items: Sequence[Any], size: int = BATCH) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


async def _existing(
    conn: BaseDBAsyncClient,
    model: type[Institution] | type[Practitioner],
    codes: Sequence[str],
    fields: Sequence[str],
) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(codes):
        for row in await model.filter(code__in=list(chunk)).using_db(conn).values("code", "region", *fields):
            found[row["code"]] = row
    return found


async def codes_in_other_regions(
    conn: BaseDBAsyncClient,
    *,
    model: type[Institution] | type[Practitioner],
    region: str,
    codes: Sequence[str],
) -> dict[str, str]:
    """Codes (unique nationwide) that already belong to another region: code → that region."""
    rows = await _existing(conn, model, codes, ())
    return {code: r["region"] for code, r in rows.items() if r["region"] != region}


async def institution_codes_in(conn: BaseDBAsyncClient, *, region: str, codes: Sequence[str]) -> set[str]:
    rows = await _existing(conn, Institution, codes, ())
    return {code for code, r in rows.items() if r["region"] == region}


async def touch_region(conn: BaseDBAsyncClient, *, region: str, now: datetime) -> None:
    """Mark the region's registry as changed (search indexes everywhere rebuild on next use)."""
    await RegistryVersion.bulk_create(
        [RegistryVersion(region=region, token=uuid.uuid4().hex, changed_at=now)],
        on_conflict=["region"],
        update_fields=["token", "changed_at"],
        using_db=conn,
    )


async def _upsert(
    conn: BaseDBAsyncClient,
    *,
    model: type[Institution] | type[Practitioner],
    region: str,
    values: list[dict[str, Any]],
    now: datetime,
    advance: Advance | None,
) -> UpsertSummary:
    fields = [f for f in values[0] if f != "code"] if values else []
    existing = await _existing(conn, model, [v["code"] for v in values], fields)
    elsewhere = sorted(code for code, r in existing.items() if r["region"] != region)
    if elsewhere:  # codes are unique nationwide; moving one between regions is not an upsert
        raise RegistryError("other_region", "、".join(elsewhere[:10]))
    changed: list[Any] = []
    created = 0
    for v in values:
        old = existing.get(v["code"])
        if old is None:
            created += 1
        elif all(old[f] == v[f] for f in fields):
            continue
        changed.append(model(**v, region=region, updated_at=now))
    if advance:
        advance(len(values) - len(changed))  # unchanged rows are done already
    for chunk in _chunks(changed):
        # An upsert, not read-then-write: a concurrent import of the same codes cannot fail on the
        # unique constraint half-way; the last writer wins, field by field.
        await model.bulk_create(
            chunk, on_conflict=["code"], update_fields=[*fields, "updated_at"], using_db=conn
        )
        if advance:
            advance(len(chunk))
    if changed:
        await touch_region(conn, region=region, now=now)
    return UpsertSummary(
        rows=len(values),
        created=created,
        updated=len(changed) - created,
        unchanged=len(values) - len(changed),
    )


async def upsert_institutions(
    conn: BaseDBAsyncClient,
    *,
    region: str,
    rows: Sequence[InstitutionRow],
    now: datetime,
    advance: Advance | None = None,
) -> UpsertSummary:
    """Create or update institutions by code; rows not in ``rows`` are left as they are."""
    values = []
    for row in rows:
        pinyin, initials = name_keys(row.name)
        values.append({**row.model_dump(), "name_pinyin": pinyin, "name_initials": initials})
    return await _upsert(conn, model=Institution, region=region, values=values, now=now, advance=advance)


async def upsert_practitioners(
    conn: BaseDBAsyncClient,
    *,
    region: str,
    rows: Sequence[PractitionerRow],
    now: datetime,
    advance: Advance | None = None,
) -> UpsertSummary:
    values = [row.model_dump() for row in rows]
    return await _upsert(conn, model=Practitioner, region=region, values=values, now=now, advance=advance)


async def get_institution(conn: BaseDBAsyncClient, *, code: str, region: str | None = None) -> Institution:
    qs = Institution.filter(code=code.strip().upper())
    if region is not None:
        qs = qs.filter(region=region)
    found = await qs.using_db(conn).first()
    if found is None:
        raise RegistryError("not_found")
    return found


async def chain_branches(conn: BaseDBAsyncClient, *, chain_parent: str) -> list[Institution]:
    """The branches of a chain (连锁门店), for the chain-store rule of credit grades."""
    return await Institution.filter(chain_parent=chain_parent).using_db(conn).order_by("code")


async def get_practitioner(conn: BaseDBAsyncClient, *, code: str) -> Practitioner:
    found = await Practitioner.filter(code=code.strip().upper()).using_db(conn).first()
    if found is None:
        raise RegistryError("not_found")
    return found


async def edit_institution(
    conn: BaseDBAsyncClient,
    *,
    region: str,
    code: str,
    changes: dict[str, Any],
    actor: Actor,
    now: datetime,
) -> Institution:
    """Change one institution of ``region`` by hand (staff keeping the registry): the same checks as
    a CSV row; audited with the fields changed. ``bad_rows`` with one reason per bad field."""
    if not actor.has_any(REGISTRY_ROLES, region):
        raise RegistryError("forbidden")
    current = await get_institution(conn, code=code, region=region)
    fields = set(InstitutionRow.model_fields) - {"code"}
    merged = {f: getattr(current, f) for f in fields} | {k: v for k, v in changes.items() if k in fields}
    try:
        row = InstitutionRow.model_validate({**merged, "code": current.code})
    except ValidationError as exc:
        raise RegistryError("bad_rows", "；".join(reasons_of(exc, INSTITUTION_LABELS))) from None
    changed = sorted(f for f in fields if getattr(row, f) != getattr(current, f))
    if changed:
        await upsert_institutions(conn, region=region, rows=[row], now=now)
        await audit.append(
            conn, actor=actor.label, action="registry.edited", subject=f"institution:{current.code}",
            detail={"fields": changed}, now=now,
        )  # fmt: skip
    return await get_institution(conn, code=code, region=region)
