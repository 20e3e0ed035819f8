"""Grid boundaries as geometry: parsing and checking a GeoJSON FeatureCollection, and locating a point.

Pure (no database): the importer checks a whole file before anything is stored, and the locator is
built once per region from the stored boundaries. Coordinates are GeoJSON's ``[longitude, latitude]``
(WGS 84 / GCJ-02 as the bureau's files give them; the same datum as the registry's locations).

Locating uses shapely's STRtree over the grids' bounding boxes, then an exact point-in-polygon test on
the few candidates (prepared geometries), so it stays a few microseconds at thousands of grids. A point
on a border shared by two grids belongs to the one whose code sorts first (deterministic, and every
point of the region's area is in exactly one grid); a point in a hole is in no grid.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import shapely
from shapely import STRtree
from shapely.geometry import MultiPolygon, Polygon, shape
from shapely.geometry.base import BaseGeometry
from shapely.validation import explain_validity

from grid.errors import GridError

Level = Literal["county", "grid"]
CODE = re.compile(r"[A-Za-z0-9_-]{1,32}")
# A grid may stick out of its county or overlap a neighbour by digitising noise, not by more.
OVERLAP_TOLERANCE = 0.01  # share of the smaller polygon's area
MAX_PROBLEMS = 50  # a broken file names its first 50 problems, not ten thousand


@dataclass(frozen=True)
class Feature:
    code: str
    name: str
    level: Level
    parent: str | None
    geometry: BaseGeometry  # a valid Polygon or MultiPolygon

    def geojson(self) -> dict[str, Any]:
        return dict(shapely.geometry.mapping(self.geometry))


def _label(index: int, props: Mapping[str, Any]) -> str:
    code = props.get("code") if isinstance(props, Mapping) else None
    return f"第{index + 1}个要素" + (f"（code={code}）" if isinstance(code, str) and code else "")


def _geometry(raw: Any) -> tuple[BaseGeometry | None, str | None]:
    if not isinstance(raw, Mapping) or raw.get("type") not in ("Polygon", "MultiPolygon"):
        return None, "几何类型须为 Polygon 或 MultiPolygon"
    try:
        geom = shape(raw)
    except (ValueError, TypeError, AttributeError, IndexError, shapely.errors.GEOSException) as exc:
        return None, f"坐标格式有误（{type(exc).__name__}）"
    if geom.is_empty:
        return None, "几何为空"
    minx, miny, maxx, maxy = geom.bounds
    if not (-180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90):
        return None, "坐标超出经纬度范围（应为[经度, 纬度]）"
    if not geom.is_valid:
        return None, f"几何无效：{explain_validity(geom)}"
    if geom.area <= 0:
        return None, "面积为零"
    return geom, None


def parse_feature_collection(text: str) -> list[Feature]:
    """Every county and grid of a GeoJSON FeatureCollection, or ``GridError('bad_geojson')`` naming
    every bad feature (up to ``MAX_PROBLEMS``). Checks each feature's geometry and properties, unique
    codes, each grid's parent county, and that grids neither overlap nor leave their county."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GridError("bad_geojson", problems=[f"不是有效的 JSON（第{exc.lineno}行）"]) from None
    if not isinstance(doc, Mapping) or doc.get("type") != "FeatureCollection":
        raise GridError("bad_geojson", problems=["文件须为 GeoJSON FeatureCollection"])
    raw_features = doc.get("features")
    if not isinstance(raw_features, list) or not raw_features:
        raise GridError("bad_geojson", problems=["FeatureCollection 中没有要素"])

    problems: list[str] = []
    features: list[Feature] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(raw_features):
        props = raw.get("properties") if isinstance(raw, Mapping) else None
        if not isinstance(raw, Mapping) or raw.get("type") != "Feature" or not isinstance(props, Mapping):
            problems.append(f"第{i + 1}个要素：须为带 properties 的 Feature")
            continue
        label = _label(i, props)
        bad: list[str] = []
        code, name, level, parent = (props.get(k) for k in ("code", "name", "level", "parent"))
        if not isinstance(code, str) or not CODE.fullmatch(code):
            bad.append("code 须为1–32位字母、数字、下划线或连字符")
        elif code in seen:
            bad.append(f"code 与第{seen[code] + 1}个要素重复")
        if not isinstance(name, str) or not 1 <= len(name.strip()) <= 64:
            bad.append("name 须为1–64个字")
        if level not in ("county", "grid"):
            bad.append("level 须为 county 或 grid")
        if level == "grid" and not (isinstance(parent, str) and parent):
            bad.append("网格须有 parent（所属县区的 code）")
        if level == "county" and parent not in (None, ""):
            bad.append("县区不应有 parent")
        geom, why = _geometry(raw.get("geometry"))
        if why:
            bad.append(why)
        if isinstance(code, str) and code not in seen:
            seen[code] = i
        if bad:
            problems.append(f"{label}：{'；'.join(bad)}")
            continue
        assert geom is not None and isinstance(code, str) and isinstance(name, str)
        features.append(
            Feature(
                code=code,
                name=name.strip(),
                level="county" if level == "county" else "grid",
                parent=parent if level == "grid" and isinstance(parent, str) else None,
                geometry=geom,
            )
        )
    if not problems:
        problems.extend(_tree_problems(features))
    if problems:
        extra = len(problems) - MAX_PROBLEMS
        shown = problems[:MAX_PROBLEMS] + ([f"……另有{extra}处问题"] if extra > 0 else [])
        raise GridError("bad_geojson", problems=shown)
    return features


def _tree_problems(features: Sequence[Feature]) -> list[str]:
    counties = {f.code: f for f in features if f.level == "county"}
    grids = [f for f in features if f.level == "grid"]
    problems: list[str] = []
    if not counties:
        problems.append("文件中没有县区（level=county）")
    for g in grids:
        county = counties.get(g.parent or "")
        if county is None:
            problems.append(f"网格 {g.code}：parent={g.parent} 不是文件中的县区")
        elif g.geometry.difference(county.geometry).area > OVERLAP_TOLERANCE * g.geometry.area:
            problems.append(f"网格 {g.code}：超出所属县区 {county.code} 的边界")
    for level, group in (("网格", grids), ("县区", list(counties.values()))):
        tree = STRtree([f.geometry for f in group])
        for i, f in enumerate(group):
            for j in tree.query(f.geometry, predicate="intersects"):
                if j <= i:
                    continue
                other = group[int(j)]
                shared = f.geometry.intersection(other.geometry).area
                if shared > OVERLAP_TOLERANCE * min(f.geometry.area, other.geometry.area):
                    problems.append(f"{level} {f.code} 与 {other.code} 重叠")
    return problems


@dataclass(frozen=True)
class Located:
    grid: str | None
    county: str | None


class Locator:
    """Point → (grid, county) over one region's boundaries (see the module's note on borders)."""

    def __init__(self, grids: Sequence[tuple[str, str, BaseGeometry]], counties: Mapping[str, BaseGeometry]):
        """``grids``: (code, parent county code, geometry); ``counties``: code → geometry."""
        order = sorted(grids, key=lambda g: g[0])  # the first candidate wins a shared border
        self._grid_codes = [code for code, _, _ in order]
        self._grid_parent = [parent for _, parent, _ in order]
        self._grid_geoms = [geom for _, _, geom in order]
        for geom in self._grid_geoms:
            shapely.prepare(geom)
        self._grid_tree = STRtree(self._grid_geoms)
        self._county_codes = sorted(counties)
        self._county_geoms = [counties[c] for c in self._county_codes]
        for geom in self._county_geoms:
            shapely.prepare(geom)
        self._county_tree = STRtree(self._county_geoms)

    def __len__(self) -> int:
        return len(self._grid_codes)

    @staticmethod
    def _first(tree: STRtree, geoms: Sequence[BaseGeometry], lng: float, lat: float) -> int | None:
        point = shapely.Point(lng, lat)
        hits = tree.query(point)  # bounding boxes: a handful of candidates
        if len(hits) == 0:
            return None
        best: int | None = None
        for i in hits:
            k = int(i)
            if (best is None or k < best) and geoms[k].covers(point):
                best = k
        return best

    def locate(self, lat: float, lng: float) -> Located:
        if not (-90 <= lat <= 90 and -180 <= lng <= 180):
            raise GridError("bad_location")
        k = self._first(self._grid_tree, self._grid_geoms, lng, lat)
        if k is not None:
            return Located(self._grid_codes[k], self._grid_parent[k])
        c = self._first(self._county_tree, self._county_geoms, lng, lat)
        return Located(None, self._county_codes[c] if c is not None else None)

    def grid_geometry(self, code: str) -> BaseGeometry | None:
        try:
            return self._grid_geoms[self._grid_codes.index(code)]
        except ValueError:
            return None


def as_polygonal(geometry: Mapping[str, Any]) -> Polygon | MultiPolygon:
    """A stored (already checked) GeoJSON geometry as shapely's."""
    geom = shape(geometry)
    assert isinstance(geom, Polygon | MultiPolygon)
    return geom
