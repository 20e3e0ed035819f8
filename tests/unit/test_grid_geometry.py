"""Grid boundaries: the GeoJSON checks (every bad feature named) and locating on borders and holes."""

from __future__ import annotations

import json

import pytest

from grid.errors import GridError
from grid.geometry import Locator, parse_feature_collection
from tests.grid_kit import collection, feature, features, polygon, rect


def locator(text: str | None = None) -> Locator:
    parsed = parse_feature_collection(text or collection())
    grids = [(f.code, f.parent or "", f.geometry) for f in parsed if f.level == "grid"]
    return Locator(grids, {f.code: f.geometry for f in parsed if f.level == "county"})


def test_a_point_is_located_in_its_grid_and_county() -> None:
    loc = locator()
    assert (loc.locate(28.005, 113.005).grid, loc.locate(28.005, 113.005).county) == ("G1", "C1")
    assert loc.locate(28.001, 113.019).grid == "G2"
    # Both parts of a MultiPolygon grid, and the gap between them (in the county, in no grid).
    assert loc.locate(28.005, 113.025).grid == "G3"
    assert loc.locate(28.005, 113.038).grid == "G3"
    gap = loc.locate(28.005, 113.032)
    assert (gap.grid, gap.county) == (None, "C2")


def test_a_point_on_a_shared_border_belongs_to_exactly_one_grid_the_first_by_code() -> None:
    loc = locator()
    assert loc.locate(28.005, 113.01).grid == "G1"  # the G1/G2 border
    assert loc.locate(28.0, 113.005).grid == "G1"  # the region's outer edge is inside
    assert loc.locate(28.005, 113.02).grid == "G2"  # the county border: G2 sorts before G3
    assert loc.locate(28.005, 113.02).county == "C1"


def test_a_point_in_a_hole_is_in_no_grid_but_in_its_county() -> None:
    loc = locator()
    inside_hole = loc.locate(28.005, 113.015)
    assert (inside_hole.grid, inside_hole.county) == (None, "C1")
    assert loc.locate(28.003, 113.015).grid == "G2"  # the hole's edge is the grid's boundary


def test_outside_every_county_is_null_and_nonsense_coordinates_are_refused() -> None:
    loc = locator()
    outside = loc.locate(28.02, 113.005)
    assert (outside.grid, outside.county) == (None, None)
    with pytest.raises(GridError) as err:
        loc.locate(128.0, 113.0)
    assert err.value.code == "bad_location"


def test_every_bad_feature_is_named_in_one_refusal() -> None:
    items = features()
    bowtie = [[113.0, 28.0], [113.01, 28.01], [113.01, 28.0], [113.0, 28.01], [113.0, 28.0]]
    items[1] = feature("G1", "grid", polygon(bowtie), "C1")
    items.append(feature("G4", "grid", {"type": "Point", "coordinates": [113.0, 28.0]}, "C1"))
    items.append(feature("G5", "grid", polygon(rect(113.001, 28.001, 113.002, 28.002))))
    items.append(feature("G2", "grid", polygon(rect(113.001, 28.001, 113.002, 28.002)), "C1"))
    items.append(feature("G6", "street", polygon(rect(28.0, 113.0, 28.01, 113.01)), "C1"))
    with pytest.raises(GridError) as err:
        parse_feature_collection(collection(items))
    problems = "\n".join(err.value.problems)
    assert err.value.code == "bad_geojson"
    assert "第2个要素（code=G1）" in problems and "Self-intersection" in problems
    assert "（code=G4）：几何类型须为 Polygon 或 MultiPolygon" in problems
    assert "（code=G5）：网格须有 parent" in problems
    assert "code 与第3个要素重复" in problems
    assert "（code=G6）：level 须为 county 或 grid；坐标超出经纬度范围" in problems
    assert len(err.value.problems) == 5
    assert err.value.report().startswith("网格边界文件有误，未导入任何网格。")


def test_grids_that_overlap_or_leave_their_county_or_name_no_county_are_refused() -> None:
    items = features()
    items[2] = feature("G2", "grid", polygon(rect(113.008, 28.00, 113.02, 28.01)), "C1")  # over G1
    items.append(feature("G7", "grid", polygon(rect(113.00, 28.01, 113.01, 28.02)), "C1"))  # north of C1
    items.append(feature("G8", "grid", polygon(rect(113.02, 28.00, 113.021, 28.001)), "C9"))
    with pytest.raises(GridError) as err:
        parse_feature_collection(collection(items))
    problems = err.value.problems
    assert "网格 G1 与 G2 重叠" in problems
    assert "网格 G7：超出所属县区 C1 的边界" in problems
    assert "网格 G8：parent=C9 不是文件中的县区" in problems


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("{not json", "不是有效的 JSON"),
        (json.dumps({"type": "Feature"}), "FeatureCollection"),
        (json.dumps({"type": "FeatureCollection", "features": []}), "没有要素"),
        (
            json.dumps({"type": "FeatureCollection", "features": [1]}),
            "第1个要素：须为带 properties 的 Feature",
        ),
    ],
)
def test_a_file_that_is_not_a_feature_collection_is_refused(text: str, why: str) -> None:
    with pytest.raises(GridError) as err:
        parse_feature_collection(text)
    assert why in err.value.report()


def test_the_shipped_demo_map_is_the_generators_output_and_has_seed_004s_shape() -> None:
    from grid.demo import demo_features, demo_geojson

    shipped = json.loads(demo_geojson())
    assert shipped == json.loads(json.dumps(demo_features()))  # `python -m grid.demo` rewrites it
    parsed = parse_feature_collection(demo_geojson())
    assert sum(f.level == "county" for f in parsed) == 5 and sum(f.level == "grid" for f in parsed) == 79
