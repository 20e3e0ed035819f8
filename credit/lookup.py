"""The public credit lookup (POLICY §4): pharmacies by name or near a place, one institution by code, each
with its *published* grade, the period, the day it was published and what the grade means — or 未评级
and why.

Only ``PublishedGrade`` rows are read: a draft run's grades never reach the public. The registry search
index (``registry.search``) finds the institutions; the grades are joined here with one indexed query
for the matched codes, never cached, so a publication is visible to the very next lookup in every
process.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient

from credit.blacklist import is_public
from credit.engine.schemes import load_scheme
from credit.errors import CreditError
from credit.models import BlacklistEntry, PublishedGrade
from credit.regions import region_credit
from registry.models import INSTITUTION_STATUSES, KINDS, Institution, RegistryVersion
from registry.search import Match, index_token, nearest, search_institutions

PHARMACY = "retail_pharmacy"
NOT_RATED = "未评级"
NOT_PUBLISHED = "尚未公布信用评价结果"
MAX_LIMIT = 20
# Nearest: the search widens from the first radius (×4 each time) up to the caller's, so a dense
# city answers from a small box and a sparse county still finds its pharmacies.
FIRST_RADIUS_M = 500.0
WIDEN = 4.0
_FIELDS = ("institution_code", "grade", "not_rated_reason", "meaning", "period", "scheme", "published_on")


@dataclass(frozen=True)
class PublicGrade:
    """What the public may see of an institution's credit: the published grade, or why there is none."""

    grade: str | None  # None: not rated (no publication yet, or the published run did not rate it)
    label: str  # what the grade means in a word or two ("信用优秀"); empty when not rated
    meaning: str  # the published meaning: the label, the rule, the measures it brings
    not_rated_reason: str | None
    period: str | None  # the evaluation period as stored ("2025", "2025-06")
    published_on: date | None
    scheme: str | None
    scheme_title: str | None

    @property
    def rated(self) -> bool:
        return self.grade is not None

    @property
    def shown(self) -> str:
        return self.grade if self.grade is not None else NOT_RATED

    @property
    def period_label(self) -> str | None:
        return period_label(self.period) if self.period else None


UNPUBLISHED = PublicGrade(
    grade=None,
    label="",
    meaning="",
    not_rated_reason=NOT_PUBLISHED,
    period=None,
    published_on=None,
    scheme=None,
    scheme_title=None,
)


@dataclass(frozen=True)
class Listing:
    """A public dishonesty listing (失信名单) of the institution."""

    severity: str
    reason: str
    listed_on: date
    publish_until: date


@dataclass(frozen=True)
class InstitutionCredit:
    """One institution as the lookup shows it; ``distance_m`` only for a search by location."""

    code: str
    name: str
    kind: str
    status: str
    address: str
    latitude: float | None
    longitude: float | None
    distance_m: float | None
    credit: PublicGrade
    listings: tuple[Listing, ...] = ()  # only ``credit_of`` looks them up

    @property
    def kind_label(self) -> str:
        return KINDS.get(self.kind, self.kind)

    @property
    def status_label(self) -> str:
        return INSTITUTION_STATUSES.get(self.status, self.status)

    @property
    def in_service(self) -> bool:
        return self.status == "active"


def period_label(period: str) -> str:
    """``2025`` → 2025年度, ``2025-06`` → 2025年6月, ``2025Q2`` → 2025年第2季度; anything else as stored."""
    if m := re.fullmatch(r"(\d{4})", period):
        return f"{m[1]}年度"
    if m := re.fullmatch(r"(\d{4})-?(\d{2})", period):
        return f"{m[1]}年{int(m[2])}月"
    if m := re.fullmatch(r"(\d{4})-?[Qq]([1-4])", period):
        return f"{m[1]}年第{m[2]}季度"
    if m := re.fullmatch(r"(\d{4})-?[Hh]([12])", period):
        return f"{m[1]}年{'上' if m[2] == '1' else '下'}半年"
    return period


@functools.lru_cache(maxsize=32)
def _scheme_facts(name: str) -> tuple[str | None, dict[str, str]]:
    """A built-in scheme's title and grade meanings; nothing for a name that is not (or no longer) one."""
    try:
        scheme = load_scheme(name)
    except CreditError:
        return None, {}
    return scheme.title, dict(scheme.grade_meanings)


def _day(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)  # SQLite gives text


def _public(row: dict[str, Any]) -> PublicGrade:
    title, meanings = _scheme_facts(row["scheme"])
    grade = row["grade"]
    reason = None if grade is not None else (row["not_rated_reason"] or "本期未参与信用评价")
    label = meanings.get(grade) or re.split("[（；(;]", row["meaning"] or "", maxsplit=1)[0]
    return PublicGrade(
        grade=grade,
        label=label if grade is not None else "",
        meaning=(row["meaning"] or label) if grade is not None else "",
        not_rated_reason=reason,
        period=row["period"],
        published_on=_day(row["published_on"]),
        scheme=row["scheme"],
        scheme_title=title,
    )


async def published_grades(
    codes: Sequence[str], *, conn: BaseDBAsyncClient | None = None
) -> dict[str, PublicGrade]:
    """The published grade of each code (one query on the unique code index); codes without one are
    absent."""
    if not codes:
        return {}
    grades, _ = await _grades_and_version(codes, None, conn)
    return grades


async def _grades_and_version(
    codes: Sequence[str], region: str | None, conn: BaseDBAsyncClient | None
) -> tuple[dict[str, PublicGrade], str | None]:
    """The published grades of ``codes`` and, with ``region``, the registry's version token of it, in
    one round trip (None: the region has no version row)."""
    db = conn or connections.get("default")
    unique = list(dict.fromkeys(codes))
    postgres = db.schema_generator.DIALECT == "postgres"
    # Raw SQL: on a lookup the ORM's query building and row conversion cost more than the query.
    if postgres:
        where = "p.institution_code = ANY($1)"
        params: list[Any] = [unique]
    else:
        where, params = f"p.institution_code IN ({', '.join('?' * len(unique)) or 'NULL'})", [*unique]
    columns = ", ".join(f"p.{f}" for f in _FIELDS)
    grades = f"{PublishedGrade._meta.db_table} p"
    if region is None:
        sql = f"SELECT {columns} FROM {grades} WHERE {where}"
    else:
        # The version row left-joined to the grades: one row even when no code has a grade.
        params.append(region)
        mark = f"${len(params)}" if postgres else "?"
        sql = (
            f"SELECT v.token AS registry_token, {columns} FROM {RegistryVersion._meta.db_table} v "
            f"LEFT JOIN {grades} ON {where} WHERE v.region = {mark}"
        )
    rows = await db.execute_query_dict(sql, params)
    token = str(rows[0]["registry_token"]) if region is not None and rows else None
    return {r["institution_code"]: _public(r) for r in rows if r["institution_code"] is not None}, token


async def _searched_with_grades(
    region: str, search: Callable[..., Awaitable[list[Match]]], conn: BaseDBAsyncClient | None
) -> list[InstitutionCredit]:
    """Search the index the process holds as it stands, then read the grades and the registry's version
    in one round trip; only when the registry changed since that index was built, search again with the
    version read first (``registry.search``'s usual order, one round trip more)."""
    found = await search(verify=False)
    # The index the search just read: nothing else ran since (no await suspended after it was taken).
    used = index_token(region)
    grades, current = await _grades_and_version([m.code for m in found], region, conn)
    if used is None or current != used:
        found = await search(verify=True)
        grades = await published_grades([m.code for m in found], conn=conn)
    return _combined(found, grades)


def _combined(matches: list[Match], grades: dict[str, PublicGrade]) -> list[InstitutionCredit]:
    return [
        InstitutionCredit(
            code=m.code,
            name=m.name,
            kind=m.kind,
            status=m.status,
            address=m.address,
            latitude=m.latitude,
            longitude=m.longitude,
            distance_m=m.distance_m,
            credit=grades.get(m.code, UNPUBLISHED),
        )
        for m in matches
    ]


async def find_pharmacies(
    *, region: str, query: str, limit: int = 5, conn: BaseDBAsyncClient | None = None
) -> list[InstitutionCredit]:
    """The best ``limit`` pharmacies of a region for what a person typed (Chinese, pinyin, initials,
    typos: ``registry.search``), with their published grades. Pharmacies out of service are included:
    the public should see that an agreement is suspended or ended."""
    limit = max(0, min(limit, MAX_LIMIT))
    search = functools.partial(
        search_institutions,
        region=region,
        query=query,
        kind=PHARMACY,
        limit=limit,
        fill_with_typos=False,
        conn=conn,
    )
    return await _searched_with_grades(region, search, conn)


async def nearest_pharmacies(
    *,
    region: str,
    lat: float,
    lng: float,
    radius_m: float = 3000.0,
    limit: int = 5,
    conn: BaseDBAsyncClient | None = None,
) -> list[InstitutionCredit]:
    """The ``limit`` pharmacies nearest to a point within ``radius_m``, nearest first, with grades."""
    limit = max(0, min(limit, MAX_LIMIT))
    if limit == 0 or radius_m <= 0:
        return []
    search = functools.partial(
        nearest,
        region=region,
        lat=lat,
        lng=lng,
        kind=PHARMACY,
        limit=limit,
        radius_m=radius_m,
        first_radius_m=FIRST_RADIUS_M,
        widen=WIDEN,
        conn=conn,
    )
    return await _searched_with_grades(region, search, conn)


async def _listings(region: str, code: str, today: date, conn: BaseDBAsyncClient) -> tuple[Listing, ...]:
    rows = await BlacklistEntry.filter(
        region=region,
        subject_kind="institution",
        subject_code=code,
        repaired_on__isnull=True,
        listed_on__lte=today,
        publish_until__gt=today,
    ).using_db(conn)
    if not rows:
        return ()
    labels = region_credit(region).blacklist
    return tuple(
        Listing(
            severity=labels[r.severity].label if r.severity in labels else r.severity,
            reason=r.reason,
            listed_on=r.listed_on,
            publish_until=r.publish_until,
        )
        for r in rows
        if is_public(r, today)
    )


async def credit_of(
    *, region: str, code: str, today: date, conn: BaseDBAsyncClient | None = None
) -> InstitutionCredit | None:
    """One institution of the region by its code (any kind), with its published grade and the
    dishonesty listings public ``today``; None if unknown."""
    code = code.strip().upper()
    if not code or len(code) > 32:
        return None
    db = conn or connections.get("default")
    row = await Institution.filter(code=code, region=region).using_db(db).first()
    if row is None:
        return None
    grade = (await published_grades([row.code], conn=db)).get(row.code, UNPUBLISHED)
    listings = await _listings(region, row.code, today, db)
    return InstitutionCredit(
        code=row.code,
        name=row.name,
        kind=row.kind,
        status=row.status,
        address=row.address,
        latitude=row.latitude,
        longitude=row.longitude,
        distance_m=None,
        credit=grade,
        listings=listings,
    )
