"""Benchmark: locating a point among a region's grids (``grid.geometry.Locator``) against a linear scan.

Irregular grids (a Voronoi split of a 60 × 60 km box by random seeds, clipped, so each polygon has a
few to a dozen vertices like a digitised boundary), grouped into counties of about 16 grids, at 1,000
and 5,000 grids; 100,000 random points over the box and a margin (about 10% fall outside every grid).
The locator (STRtree over bounding boxes, then prepared point-in-polygon on the candidates) is timed as
process CPU per locate over every point; the linear scan (each prepared grid in turn, as a lookup with
no index would) over the first 2,000 points, and both must give the same grid for each of those.

    .venv/bin/python bench/grid.py            # 1,000 and 5,000 grids, 100,000 points
    .venv/bin/python bench/grid.py --quick    # smoke run

The last line of stdout is one JSON object with every figure; exit status 1 when the two disagree.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import shapely
from shapely.geometry import MultiPoint, box
from shapely.geometry.base import BaseGeometry

# Run as a script, this file's folder comes first on sys.path and its name would hide the grid package.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
from grid.geometry import Locator  # noqa: E402

KM = 1 / 100.0  # degrees per km, near enough for a synthetic map
LINEAR_POINTS = 2_000


def grids(
    count: int, rng: random.Random
) -> tuple[list[tuple[str, str, BaseGeometry]], dict[str, BaseGeometry]]:
    area = box(113.0, 28.0, 113.0 + 60 * KM, 28.0 + 60 * KM)
    seeds = MultiPoint([(rng.uniform(113.0, 113.6), rng.uniform(28.0, 28.6)) for _ in range(count)])
    cells = [c.intersection(area) for c in shapely.voronoi_polygons(seeds, extend_to=area).geoms]
    cells.sort(key=lambda c: (round(c.centroid.y, 2), c.centroid.x))  # neighbours share a county
    out: list[tuple[str, str, BaseGeometry]] = []
    members: dict[str, list[BaseGeometry]] = {}
    for i, cell in enumerate(cells):
        county = f"C{i // 16:04d}"
        out.append((f"G{i:05d}", county, cell))
        members.setdefault(county, []).append(cell)
    return out, {code: shapely.union_all(parts) for code, parts in members.items()}


def linear(grid_list: list[tuple[str, str, BaseGeometry]], lat: float, lng: float) -> str | None:
    point = shapely.Point(lng, lat)
    for code, _, geom in grid_list:  # sorted by code: the same border rule as the locator
        if geom.covers(point):
            return code
    return None


def run(count: int, points: int, rng: random.Random) -> dict[str, float | int]:
    grid_list, counties = grids(count, rng)
    grid_list.sort(key=lambda g: g[0])
    for _, _, geom in grid_list:
        shapely.prepare(geom)
    started = time.perf_counter()
    locator = Locator(grid_list, counties)
    build_s = time.perf_counter() - started
    pts = [(rng.uniform(27.97, 28.63), rng.uniform(112.97, 113.63)) for _ in range(points)]
    cpu = time.process_time()
    found = [locator.locate(lat, lng).grid for lat, lng in pts]
    locate_us = (time.process_time() - cpu) / points * 1e6
    sample = pts[:LINEAR_POINTS]
    cpu = time.process_time()
    expected = [linear(grid_list, lat, lng) for lat, lng in sample]
    linear_us = (time.process_time() - cpu) / len(sample) * 1e6
    disagree = sum(1 for a, b in zip(found, expected, strict=False) if a != b)
    return {
        "grids": count,
        "points": points,
        "outside_share": round(sum(1 for f in found if f is None) / points, 3),
        "build_ms": round(build_s * 1000, 1),
        "locate_us": round(locate_us, 2),
        "linear_us": round(linear_us, 1),
        "speedup": round(linear_us / locate_us, 1),
        "disagreements": disagree,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    rng = random.Random(14)
    points = 5_000 if args.quick else 100_000
    results = {}
    for count in (1_000,) if args.quick else (1_000, 5_000):
        figures = run(count, points, rng)
        print(json.dumps(figures), file=sys.stderr)
        results[f"grids_{count}"] = figures
    print(json.dumps(results))
    return 1 if any(r["disagreements"] for r in results.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
