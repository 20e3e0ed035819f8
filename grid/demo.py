"""The demo region's boundaries (seed 004's shape: 5 counties split into 79 grids) and their seeding.

The counties are the demo registry's five districts (``registry.data.demo.DISTRICTS``): a Voronoi
split of a box around the city by the districts' centres; each county is split again into grids by
points drawn inside it. 梅溪湖 (a lake) is cut out of the grids around it: in its
county, in no grid. Deterministic,
so ``python -m grid.demo > grid/data/demo.geojson`` rewrites the shipped file byte for byte.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

import shapely
from shapely.geometry import MultiPoint, Point, box, mapping
from shapely.geometry.base import BaseGeometry
from tortoise.backends.base.client import BaseDBAsyncClient

from grid.models import Grid, Supervisor
from grid.service import ImportSummary, assign_staff, import_boundaries
from kernel.actors import Actor
from kernel.data import packaged_text
from registry.data.demo import CENTRE, DISTRICTS
from reports.identity import id_check_char
from storage.crypto import FieldCipher

GRIDS_PER_COUNTY = (16, 16, 16, 16, 15)  # 79 in all (seed 004)
KM_LAT, KM_LNG = 111.0, 98.0  # km per degree at 28°N, as the registry demo places institutions
LAKE = (28.2282 + 0.3 / KM_LAT, 112.9388 - 7.0 / KM_LNG, 0.9)  # centre lat, lng, radius km


def _at(north_km: float, east_km: float) -> tuple[float, float]:
    return CENTRE[1] + east_km / KM_LNG, CENTRE[0] + north_km / KM_LAT


def _rounded(geom: BaseGeometry) -> BaseGeometry:
    # 6 decimals (~0.1 m) keep the file small; the snap keeps shared borders shared.
    return shapely.make_valid(shapely.set_precision(geom, 1e-6))


def demo_features() -> dict[str, Any]:
    rng = random.Random(4)  # seed 004
    west, south = _at(-12.0, -16.0)
    east, north = _at(12.0, 12.0)
    area = box(west, south, east, north)
    lake = Point(LAKE[1], LAKE[0]).buffer(LAKE[2] / KM_LNG, quad_segs=8)
    centres = {name: _at(*spec[1]) for name, spec in DISTRICTS.items()}
    cells = shapely.voronoi_polygons(MultiPoint(list(centres.values())), extend_to=area)
    features: list[dict[str, Any]] = []
    for (name, spec), count in zip(DISTRICTS.items(), GRIDS_PER_COUNTY, strict=True):
        abbr, centre = spec[0], Point(centres[name])
        cell = next(c for c in cells.geoms if c.covers(centre))
        county = _rounded(cell.intersection(area))
        features.append(
            {
                "type": "Feature",
                "properties": {"code": abbr, "name": name, "level": "county"},
                "geometry": mapping(county),
            }
        )
        minx, miny, maxx, maxy = county.bounds
        seeds: list[Point] = []
        while len(seeds) < count:
            p = Point(rng.uniform(minx, maxx), rng.uniform(miny, maxy))
            if county.contains(p):
                seeds.append(p)
        parts = sorted(
            (shapely.voronoi_polygons(MultiPoint(seeds), extend_to=county.envelope).geoms),
            key=lambda g: (-round(g.centroid.y, 4), round(g.centroid.x, 4)),  # numbered north to south
        )
        for i, part in enumerate(parts, 1):
            piece = _rounded(part.intersection(county).difference(lake))
            if piece.geom_type == "GeometryCollection":  # keep the areas of a clipped sliver
                piece = shapely.union_all([g for g in piece.geoms if g.area > 0])
            features.append(
                {
                    "type": "Feature",
                    "properties": {
                        "code": f"{abbr}{i:02d}",
                        "name": f"{name}第{i}网格",
                        "level": "grid",
                        "parent": abbr,
                    },
                    "geometry": mapping(piece),
                }
            )
    return {"type": "FeatureCollection", "features": features}


def demo_geojson() -> str:
    """The shipped file (``grid/data/demo.geojson``)."""
    return packaged_text("grid", "data/demo.geojson")


async def seed_grids(
    conn: BaseDBAsyncClient, *, region: str, staff_ids: Sequence[int], now: datetime
) -> ImportSummary:
    """Import the demo boundaries into ``region`` (again: replaced by the same) and assign the given
    staff to every grid, so a finding anywhere reaches a demo clerk."""
    summary = await import_boundaries(conn, region=region, text=demo_geojson(), by="demo", now=now)
    codes = await Grid.filter(region=region, level="grid").using_db(conn).values_list("code", flat=True)
    for code in codes:
        for staff_id in staff_ids:
            await assign_staff(
                conn, region=region, grid_code=str(code), staff_id=staff_id, by="demo", now=now
            )
    return summary


if __name__ == "__main__":
    print(json.dumps(demo_features(), ensure_ascii=False, separators=(",", ":")))


SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
GIVEN = ("建国", "秀英", "志强", "丽华", "海燕", "卫东", "红梅", "晓明", "春兰", "国庆", "文静", "立新")
DEMO_SUPERVISORS = 29  # seed 004's social supervisors


async def seed_supervisors(
    conn: BaseDBAsyncClient, *, region: str, cipher: FieldCipher, approver: Actor, now: datetime
) -> int:
    """Appoint the demo's social supervisors (once: none are added while the region has any), each to
    one or two neighbouring grids, from every pool. Their openids are made up: nobody chats as them."""
    from grid import supervisors

    if await Supervisor.filter(region=region).using_db(conn).exists():
        return 0
    rng = random.Random(29)
    codes = sorted(
        str(c)
        for c in await Grid.filter(region=region, level="grid").using_db(conn).values_list("code", flat=True)
    )
    pools = list(supervisors.POOLS)
    for n in range(DEMO_SUPERVISORS):
        born = date(1962, 1, 1) + timedelta(days=rng.randrange(38 * 365))
        first17 = f"430102{born:%Y%m%d}{n:03d}"
        row = await supervisors.apply(
            conn, region=region, openid=f"demo-supervisor-{n:02d}",
            name=rng.choice(SURNAMES) + rng.choice(GIVEN), id_number=first17 + id_check_char(first17),
            phone=f"139{n:08d}", pool=pools[n % len(pools)], preferred_grid=None,
            practitioner_code=f"D{n:07d}" if pools[n % len(pools)] == "institution" else None,
            declaration=True, cipher=cipher, now=now,
        )  # fmt: skip
        home = n * len(codes) // DEMO_SUPERVISORS
        await supervisors.approve(conn, row.id, grids=codes[home : home + 1 + n % 2], actor=approver, now=now)
    return DEMO_SUPERVISORS
