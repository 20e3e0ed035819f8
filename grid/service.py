"""Grids: importing a region's boundaries, locating a point, placing institutions in grids and
assigning staff to them. Functions taking ``conn`` run in the caller's transaction."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from grid.errors import GridError
from grid.geometry import Located, Locator, as_polygonal, parse_feature_collection
from grid.models import Grid, GridImport, GridInstitution, GridStaff
from registry.models import Institution
from staff.models import StaffAccount
from storage import audit

# region → (import token, locator): rebuilt only when a new import replaced the boundaries.
_LOCATORS: dict[str, tuple[str, Locator]] = {}


@dataclass(frozen=True)
class ImportSummary:
    region: str
    counties: int
    grids: int
    placed: int  # institutions placed in a grid
    unassigned_staff: int  # assignments dropped because their grid is gone

    def as_json(self) -> dict[str, Any]:
        return {
            "region": self.region,
            "counties": self.counties,
            "grids": self.grids,
            "institutions_placed": self.placed,
            "staff_assignments_dropped": self.unassigned_staff,
        }


async def import_boundaries(
    conn: BaseDBAsyncClient, *, region: str, text: str, by: str, now: datetime
) -> ImportSummary:
    """Replace ``region``'s counties and grids with a GeoJSON file's; all or nothing (a bad feature
    raises before anything is written; the caller's transaction holds the rest). Institutions are
    placed again, and staff assignments to grids that no longer exist are dropped."""
    features = parse_feature_collection(text)
    await Grid.filter(region=region).using_db(conn).delete()
    await Grid.bulk_create(
        [
            Grid(
                region=region,
                code=f.code,
                name=f.name,
                level=f.level,
                parent=f.parent,
                geometry=f.geojson(),
            )
            for f in features
        ],
        using_db=conn,
    )
    counties = sum(1 for f in features if f.level == "county")
    token = secrets.token_hex(16)
    values = {
        "token": token,
        "counties": counties,
        "grids": len(features) - counties,
        "imported_at": now,
        "imported_by": by,
    }
    if await GridImport.filter(region=region).using_db(conn).update(**values) == 0:
        await GridImport.create(using_db=conn, region=region, **values)
    codes = [f.code for f in features]
    dropped = await GridStaff.filter(region=region).exclude(grid_code__in=codes).using_db(conn).delete()
    locator = _build(await Grid.filter(region=region).using_db(conn))
    placed = await place_institutions(conn, region=region, locator=locator)
    await audit.append(
        conn,
        actor=by,
        action="grid.imported",
        subject=f"grid_import:{region}",
        detail={"counties": counties, "grids": len(features) - counties},
        now=now,
    )
    return ImportSummary(region, counties, len(features) - counties, placed, dropped)


def _build(rows: list[Grid]) -> Locator:
    grids = [(g.code, g.parent or "", as_polygonal(g.geometry)) for g in rows if g.level == "grid"]
    counties = {g.code: as_polygonal(g.geometry) for g in rows if g.level == "county"}
    return Locator(grids, counties)


async def locator(region: str, conn: BaseDBAsyncClient | None = None) -> Locator:
    """The region's locator, rebuilt when another import replaced the boundaries; ``no_grids``
    before the first import."""
    current = await GridImport.filter(region=region).using_db(conn).values_list("token", flat=True)
    if not current:
        raise GridError("no_grids")
    token = str(current[0])
    cached = _LOCATORS.get(region)
    if cached and cached[0] == token:
        return cached[1]
    built = _build(await Grid.filter(region=region).using_db(conn))
    _LOCATORS[region] = (token, built)
    return built


async def locate(region: str, *, lat: float, lng: float, conn: BaseDBAsyncClient | None = None) -> Located:
    return (await locator(region, conn)).locate(lat, lng)


async def place_institutions(conn: BaseDBAsyncClient, *, region: str, locator: Locator) -> int:
    """Place every institution of ``region`` in its grid: by its location, or by the registry file's
    grid code when it has no location (or lies outside every grid) and that code is a grid of ours.
    Returns how many were placed."""
    grid_codes = set(
        await Grid.filter(region=region, level="grid").using_db(conn).values_list("code", flat=True)
    )
    rows = (
        await Institution.filter(region=region)
        .using_db(conn)
        .values_list("code", "latitude", "longitude", "grid")
    )
    placements: list[GridInstitution] = []
    for code, lat, lng, listed in rows:
        where = locator.locate(lat, lng).grid if lat is not None and lng is not None else None
        how = "location"
        if where is None and listed in grid_codes:
            where, how = listed, "registry"
        if where is not None:
            placements.append(
                GridInstitution(region=region, institution_code=code, grid_code=where, placed_by=how)
            )
    await GridInstitution.filter(region=region).using_db(conn).delete()
    await GridInstitution.bulk_create(placements, using_db=conn, batch_size=500)
    return len(placements)


async def grid_of(region: str, code: str, conn: BaseDBAsyncClient | None = None) -> Grid:
    row = await Grid.filter(region=region, code=code).using_db(conn).first()
    if row is None:
        raise GridError("unknown_grid")
    return row


async def assign_staff(
    conn: BaseDBAsyncClient, *, region: str, grid_code: str, staff_id: int, by: str, now: datetime
) -> GridStaff:
    """Assign a staff member of ``region`` to a grid (again: no second row)."""
    await grid_of(region, grid_code, conn)
    account = await StaffAccount.filter(id=staff_id, active=True).using_db(conn).first()
    if account is None or region not in account.regions:
        raise GridError("unknown_staff")
    row = await GridStaff.filter(region=region, grid_code=grid_code, staff_id=staff_id).using_db(conn).first()
    if row is not None:
        return row
    row = await GridStaff.create(
        using_db=conn, region=region, grid_code=grid_code, staff_id=staff_id, assigned_at=now, assigned_by=by
    )
    await audit.append(
        conn,
        actor=by,
        action="grid.staff_assigned",
        subject=f"grid:{region}:{grid_code}",
        detail={"staff_id": staff_id},
        now=now,
    )
    return row


async def unassign_staff(
    conn: BaseDBAsyncClient, *, region: str, grid_code: str, staff_id: int, by: str, now: datetime
) -> bool:
    query = GridStaff.filter(region=region, grid_code=grid_code, staff_id=staff_id)
    gone = await query.using_db(conn).delete()
    if gone:
        await audit.append(
            conn,
            actor=by,
            action="grid.staff_unassigned",
            subject=f"grid:{region}:{grid_code}",
            detail={"staff_id": staff_id},
            now=now,
        )
    return bool(gone)


async def grids_json(region: str) -> list[dict[str, Any]]:
    """The region's tree for the console: each county and grid with its counts (no geometry)."""
    rows = await Grid.filter(region=region).order_by("level", "code")
    placed: dict[str, int] = {}
    for code in await GridInstitution.filter(region=region).values_list("grid_code", flat=True):
        placed[str(code)] = placed.get(str(code), 0) + 1
    staff: dict[str, list[int]] = {}
    for code, staff_id in await GridStaff.filter(region=region).values_list("grid_code", "staff_id"):
        staff.setdefault(str(code), []).append(int(staff_id))
    return [
        {
            "code": g.code,
            "name": g.name,
            "level": g.level,
            "parent": g.parent,
            "institutions": placed.get(g.code, 0),
            "staff": sorted(staff.get(g.code, [])),
        }
        for g in rows
    ]


async def grid_json(region: str, code: str) -> dict[str, Any]:
    """One grid with its boundary (GeoJSON), institutions and staff."""
    g = await grid_of(region, code)
    institutions = await GridInstitution.filter(region=region, grid_code=code).order_by("institution_code")
    staff = await GridStaff.filter(region=region, grid_code=code).order_by("staff_id")
    return {
        "code": g.code,
        "name": g.name,
        "level": g.level,
        "parent": g.parent,
        "geometry": g.geometry,
        "institutions": [{"code": i.institution_code, "placed_by": i.placed_by} for i in institutions],
        "staff": [s.staff_id for s in staff],
    }


async def staff_grids(region: str, staff_id: int) -> list[str]:
    return [
        str(c)
        for c in await GridStaff.filter(region=region, staff_id=staff_id).values_list("grid_code", flat=True)
    ]
