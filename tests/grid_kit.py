"""Small GeoJSON files for the grid tests: county C1 (113.00–113.02 E, 28.00–28.01 N) split at
113.01 into grid G1 (west) and G2 (east, with a hole: 113.013–113.017 E, 28.003–28.007 N), and a
county C2 east of it with one MultiPolygon grid G3."""

from __future__ import annotations

import json
from typing import Any

Ring = list[list[float]]


def rect(w: float, s: float, e: float, n: float) -> Ring:
    return [[w, s], [e, s], [e, n], [w, n], [w, s]]


def feature(code: str, level: str, geometry: dict[str, Any], parent: str | None = None) -> dict[str, Any]:
    props: dict[str, Any] = {"code": code, "name": f"{code}名", "level": level}
    if parent is not None:
        props["parent"] = parent
    return {"type": "Feature", "properties": props, "geometry": geometry}


def polygon(*rings: Ring) -> dict[str, Any]:
    return {"type": "Polygon", "coordinates": list(rings)}


HOLE = rect(113.013, 28.003, 113.017, 28.007)


def features() -> list[dict[str, Any]]:
    return [
        feature("C1", "county", polygon(rect(113.00, 28.00, 113.02, 28.01))),
        feature("G1", "grid", polygon(rect(113.00, 28.00, 113.01, 28.01)), "C1"),
        feature("G2", "grid", polygon(rect(113.01, 28.00, 113.02, 28.01), HOLE), "C1"),
        feature("C2", "county", polygon(rect(113.02, 28.00, 113.04, 28.01))),
        feature(
            "G3",
            "grid",
            {
                "type": "MultiPolygon",
                "coordinates": [
                    [rect(113.02, 28.00, 113.03, 28.01)],
                    [rect(113.035, 28.00, 113.04, 28.01)],
                ],
            },
            "C2",
        ),
    ]


def collection(items: list[dict[str, Any]] | None = None) -> str:
    return json.dumps({"type": "FeatureCollection", "features": features() if items is None else items})


def id_number(born: str, seq: str = "123", prefix: str = "110105") -> str:
    """A valid GB 11643 number for a birth date ``YYYYMMDD``."""
    from reports.identity import id_check_char

    first17 = f"{prefix}{born}{seq}"
    return first17 + id_check_char(first17)
