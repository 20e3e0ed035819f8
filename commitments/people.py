"""Who can be asked to sign: pharma enterprises (with their legal representative) and the identity of
registry practitioners and principals, imported from CSV all or nothing, every bad row named."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar, cast

from tortoise.backends.base.client import BaseDBAsyncClient

from commitments.access import Who, label_of, require
from commitments.models import Enterprise, PractitionerIdentity
from commitments.rows import (
    ENTERPRISE_HEADERS,
    ENTERPRISE_LABELS,
    IDENTITY_HEADERS,
    IDENTITY_LABELS,
    EnterpriseRow,
    IdentityRow,
)
from kernel.progress import NoProgress
from registry.importer import Parsed, decode, parse_rows
from registry.models import Institution, Practitioner
from storage import audit
from storage.crypto import FieldCipher

ID_CONTEXT = "commitments.id_number"
PHONE_CONTEXT = "commitments.phone"
RowT = TypeVar("RowT")


@dataclass(frozen=True)
class Imported:
    rows: int
    created: int
    updated: int

    def as_dict(self) -> dict[str, int]:
        return {"rows": self.rows, "created": self.created, "updated": self.updated}


def parse(
    data: bytes, *, model: type[RowT], aliases: dict[str, tuple[str, ...]], labels: dict[str, str]
) -> Parsed[Any]:
    """Decode and validate a whole file (the registry's reader: UTF-8 or GBK, aliases, line numbers)."""
    text, _ = decode(data)
    # parse_rows is typed for the registry's row models; it only validates and collects.
    return parse_rows(text, model=cast(Any, model), aliases=aliases, labels=labels, progress=NoProgress())


def duplicates(parsed: Parsed[Any], key: str) -> None:
    first: dict[str, int] = {}
    for n, row in parsed.rows:
        value = getattr(row, key)
        if value in first:
            parsed.problems.setdefault(n, []).append(f"与第{first[value]}行重复")
        else:
            first[value] = n


async def import_enterprises(
    conn: BaseDBAsyncClient, *, region: str, data: bytes, cipher: FieldCipher, actor: Who, now: datetime
) -> Imported:
    require(actor, region)
    parsed = parse(data, model=EnterpriseRow, aliases=ENTERPRISE_HEADERS, labels=ENTERPRISE_LABELS)
    duplicates(parsed, "uscc")
    codes = [r.uscc for _, r in parsed.rows]
    elsewhere = {
        e.uscc: e.region
        for e in await Enterprise.filter(uscc__in=codes).exclude(region=region).using_db(conn)
    }
    for n, row in parsed.rows:
        if row.uscc in elsewhere:
            parsed.problems.setdefault(n, []).append(f"已登记在「{elsewhere[row.uscc]}」地区")
    parsed.reject_if_bad()
    existing = {e.uscc: e for e in await Enterprise.filter(uscc__in=codes).using_db(conn)}
    for _, row in parsed.rows:
        values: dict[str, Any] = {
            "name": row.name,
            "kind": row.kind,
            "region": region,
            "legal_rep": row.legal_rep,
            "updated_at": now,
        }
        if row.id_number:
            values |= {
                "id_number_enc": cipher.encrypt(row.id_number, context=ID_CONTEXT),
                "id_index": cipher.blind_index(row.id_number),
            }
        if row.uscc in existing:
            await Enterprise.filter(uscc=row.uscc).using_db(conn).update(**values)
        else:
            await Enterprise.create(using_db=conn, uscc=row.uscc, **values)
    await audit.append(
        conn,
        actor=label_of(actor),
        action="commitments.enterprises_imported",
        subject=f"region:{region}",
        detail={"rows": len(parsed.rows)},
        now=now,
    )
    return Imported(len(parsed.rows), len(parsed.rows) - len(existing), len(existing))


async def import_identities(
    conn: BaseDBAsyncClient, *, region: str, data: bytes, cipher: FieldCipher, actor: Who, now: datetime
) -> Imported:
    """Practitioners' (code = practitioner code) and principals' (code = institution code) ID numbers;
    each must name a registry entry of the region, with the same name for a practitioner."""
    require(actor, region)
    parsed = parse(data, model=IdentityRow, aliases=IDENTITY_HEADERS, labels=IDENTITY_LABELS)
    first: dict[str, int] = {}
    for n, row in parsed.rows:
        subject = f"{row.role}:{row.code}"
        if subject in first:
            parsed.problems.setdefault(n, []).append(f"与第{first[subject]}行重复")
        first.setdefault(subject, n)
    people = {
        p.code: p.name
        for p in await Practitioner.filter(
            region=region, code__in=[r.code for _, r in parsed.rows if r.role == "practitioner"]
        ).using_db(conn)
    }
    places = {
        str(c)
        for c in await Institution.filter(
            region=region, code__in=[r.code for _, r in parsed.rows if r.role == "principal"]
        )
        .using_db(conn)
        .values_list("code", flat=True)
    }
    for n, row in parsed.rows:
        if row.role == "practitioner" and people.get(row.code) != row.name:
            why = "不在本地区的医务人员名单中" if row.code not in people else "姓名与登记的不一致"
            parsed.problems.setdefault(n, []).append(f"人员编码「{row.code}」{why}")
        if row.role == "principal" and row.code not in places:
            parsed.problems.setdefault(n, []).append(f"机构编码「{row.code}」不在本地区的定点机构名单中")
    parsed.reject_if_bad()
    subjects = list(first)
    existing = {
        str(s)
        for s in await PractitionerIdentity.filter(subject__in=subjects)
        .using_db(conn)
        .values_list("subject", flat=True)
    }
    for _, row in parsed.rows:
        subject = f"{row.role}:{row.code}"
        values: dict[str, Any] = {
            "region": region,
            "name": row.name,
            "id_number_enc": cipher.encrypt(row.id_number, context=ID_CONTEXT),
            "id_index": cipher.blind_index(row.id_number),
            "phone_enc": cipher.encrypt(row.phone, context=PHONE_CONTEXT) if row.phone else None,
            "updated_at": now,
        }
        if subject in existing:
            await PractitionerIdentity.filter(subject=subject).using_db(conn).update(**values)
        else:
            await PractitionerIdentity.create(using_db=conn, subject=subject, **values)
    await audit.append(
        conn,
        actor=label_of(actor),
        action="commitments.identities_imported",
        subject=f"region:{region}",
        detail={"rows": len(parsed.rows)},
        now=now,
    )
    return Imported(len(parsed.rows), len(parsed.rows) - len(existing), len(existing))
