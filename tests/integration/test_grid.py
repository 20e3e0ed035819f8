"""Grids stored (both backends): ``fundguard grid import|locate`` as the issue specifies, all or
nothing, re-import replacing the region's grids; institutions placed; staff assigned."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from tortoise.transactions import in_transaction

from grid import service
from grid.errors import GridError
from grid.models import Grid, GridImport, GridInstitution, GridStaff
from registry.rows import InstitutionRow
from registry.service import upsert_institutions
from staff.models import StaffAccount
from storage.models import AuditEntry
from tests.grid_kit import collection, feature, features, polygon, rect
from tests.integration.test_credit_cli import fundguard

NOW = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)


def place(code: str, lat: float | None, lng: float | None, grid: str | None = None) -> InstitutionRow:
    return InstitutionRow(
        code=code, name=f"机构{code}", kind="retail_pharmacy", address="示范市某路1号", grid=grid,
        latitude=lat, longitude=lng, agreement_start=date(2020, 1, 1),
    )  # fmt: skip


async def seed_institutions() -> None:
    rows = [
        place("P0001", 28.005, 113.005),  # G1
        place("P0002", 28.001, 113.019),  # G2
        place("P0003", 28.005, 113.015),  # the hole of G2: no grid, no listed code
        place("P0004", None, None, grid="G3"),  # no location: the registry file's grid code
        place("P0005", None, None, grid="XX"),  # a code that is not one of our grids
        place("P0006", 28.005, 113.015, grid="G1"),  # in a hole, listed in G1
    ]
    async with in_transaction() as conn:
        await upsert_institutions(conn, region="demo", rows=rows, now=NOW)


async def test_the_import_command_stores_the_tree_and_locate_prints_one_json_object(
    database: str, tmp_path: Path
) -> None:
    await seed_institutions()
    path = tmp_path / "grids.geojson"
    path.write_text(collection(), encoding="utf-8")
    code, summary, err = await fundguard(database, tmp_path, "grid", "import", "--region", "demo", str(path))
    assert code == 0, err
    assert summary == {
        "region": "demo", "counties": 2, "grids": 3, "institutions_placed": 4, "staff_assignments_dropped": 0,
    }  # fmt: skip
    rows = {g.code: g for g in await Grid.filter(region="demo")}
    assert (rows["G2"].parent, rows["G2"].level, rows["C1"].parent) == ("C1", "grid", None)
    assert len(rows["G2"].geometry["coordinates"]) == 2  # the hole is kept
    placed = {p.institution_code: (p.grid_code, p.placed_by) for p in await GridInstitution.all()}
    assert placed == {
        "P0001": ("G1", "location"),
        "P0002": ("G2", "location"),
        "P0004": ("G3", "registry"),
        "P0006": ("G1", "registry"),
    }
    assert await AuditEntry.filter(action="grid.imported").count() == 1

    locate = ("grid", "locate", "--region", "demo")
    assert (await fundguard(database, tmp_path, *locate, "--lat", "28.005", "--lng", "113.01"))[1] == {
        "grid": "G1",
        "county": "C1",
    }
    assert (await fundguard(database, tmp_path, *locate, "--lat", "28.005", "--lng", "113.015"))[1] == {
        "grid": None,
        "county": "C1",
    }
    assert (await fundguard(database, tmp_path, *locate, "--lat", "30", "--lng", "113"))[1] == {
        "grid": None,
        "county": None,
    }
    code, out, err = await fundguard(database, tmp_path, "grid", "locate", "--region", "elsewhere",
                                     "--lat", "28", "--lng", "113")  # fmt: skip
    assert (code, out) == (1, None) and "本地区尚未导入网格" in err


async def test_a_bad_file_stores_nothing_and_names_every_bad_feature(database: str, tmp_path: Path) -> None:
    good = tmp_path / "good.geojson"
    good.write_text(collection(), encoding="utf-8")
    assert (await fundguard(database, tmp_path, "grid", "import", "--region", "demo", str(good)))[0] == 0
    before = await GridImport.get(region="demo")

    items = features()
    items[1] = feature("G1", "grid", polygon([[113.0, 28.0], [113.01, 28.01], [113.01, 28.0], [113.0, 28.01],
                                              [113.0, 28.0]]), "C1")  # fmt: skip
    items.append(feature("G9", "grid", polygon(rect(113.0, 28.0, 113.001, 28.001))))
    bad = tmp_path / "bad.geojson"
    bad.write_text(json.dumps({"type": "FeatureCollection", "features": items}), encoding="utf-8")
    code, out, err = await fundguard(database, tmp_path, "grid", "import", "--region", "demo", str(bad))
    assert (code, out) == (1, None)
    assert "未导入任何网格" in err and "（code=G1）" in err and "（code=G9）：网格须有 parent" in err
    # The previous import is untouched.
    assert sorted(await Grid.filter(region="demo").values_list("code", flat=True)) == [
        "C1",
        "C2",
        "G1",
        "G2",
        "G3",
    ]
    assert (await GridImport.get(region="demo")).token == before.token


async def test_re_import_replaces_the_regions_grids_and_drops_assignments_to_gone_grids(
    database: str,
) -> None:
    async with in_transaction() as conn:
        await service.import_boundaries(conn, region="demo", text=collection(), by="test", now=NOW)
        await service.import_boundaries(conn, region="other", text=collection(), by="test", now=NOW)
        staff = await StaffAccount.create(
            using_db=conn, username="wang", display_name="王网格", password_hash="x", roles=["intake"],
            regions=["demo"],
        )  # fmt: skip
        await service.assign_staff(conn, region="demo", grid_code="G1", staff_id=staff.id, by="test", now=NOW)
        await service.assign_staff(conn, region="demo", grid_code="G3", staff_id=staff.id, by="test", now=NOW)
        again = await service.assign_staff(
            conn, region="demo", grid_code="G3", staff_id=staff.id, by="test", now=NOW
        )
    assert await GridStaff.filter(staff_id=staff.id).count() == 2 and again.grid_code == "G3"
    assert (await service.locate("demo", lat=28.005, lng=113.025)).grid == "G3"

    # The second file: C1 alone, one grid covering it.
    smaller = [feature("C1", "county", polygon(rect(113.00, 28.00, 113.02, 28.01))),
               feature("H1", "grid", polygon(rect(113.00, 28.00, 113.02, 28.01)), "C1")]  # fmt: skip
    async with in_transaction() as conn:
        summary = await service.import_boundaries(
            conn, region="demo", text=collection(smaller), by="t", now=NOW
        )
    assert (summary.grids, summary.unassigned_staff) == (1, 2)
    assert sorted(await Grid.filter(region="demo").values_list("code", flat=True)) == ["C1", "H1"]
    assert await Grid.filter(region="other").count() == 5  # another region's grids stay
    # This process had the old boundaries cached: it sees the new ones (the import token changed).
    assert (await service.locate("demo", lat=28.005, lng=113.015)).grid == "H1"
    assert (await service.locate("demo", lat=28.005, lng=113.025)).county is None


async def test_staff_assignment_refuses_unknown_grids_and_staff_of_other_regions(database: str) -> None:
    async with in_transaction() as conn:
        await service.import_boundaries(conn, region="demo", text=collection(), by="test", now=NOW)
        elsewhere = await StaffAccount.create(
            using_db=conn,
            username="li",
            display_name="李",
            password_hash="x",
            roles=["intake"],
            regions=["x"],
        )
    for grid_code, staff_id, why in (
        ("G9", elsewhere.id, "unknown_grid"),
        ("G1", elsewhere.id, "unknown_staff"),
    ):
        with pytest.raises(GridError) as err:
            async with in_transaction() as conn:
                await service.assign_staff(
                    conn, region="demo", grid_code=grid_code, staff_id=staff_id, by="t", now=NOW
                )
        assert err.value.code == why
    assert await GridStaff.all().count() == 0


async def test_the_demo_region_has_seed_004s_shape_and_its_institutions_are_placed(database: str) -> None:
    from grid.demo import seed_grids
    from registry.data.demo import seed_registry
    from registry.models import Institution

    async with in_transaction() as conn:
        await seed_registry(conn, region="demo", now=NOW)
        clerk = await StaffAccount.create(
            using_db=conn, username="xiao", display_name="小王", password_hash="x", roles=["intake"],
            regions=["demo"],
        )  # fmt: skip
        summary = await seed_grids(conn, region="demo", staff_ids=[clerk.id], now=NOW)
    assert (summary.counties, summary.grids) == (5, 79)
    located = await Institution.filter(region="demo", latitude__isnull=False).count()
    # Every located institution lands in a grid: by its place, or (outside the map) by its listed code.
    assert summary.placed == await GridInstitution.filter(region="demo").count() >= located * 0.95
    assert await GridStaff.filter(staff_id=clerk.id).count() == 79
    found = await service.locate("demo", lat=28.2282, lng=112.9388)
    assert found.grid is not None and found.county is not None and found.grid.startswith(found.county)

    from grid.demo import seed_supervisors
    from grid.models import Supervisor
    from kernel.actors import Actor
    from storage.crypto import FieldCipher

    head = Actor(clerk.id, "x", frozenset({"head"}), frozenset({"demo"}))
    async with in_transaction() as conn:
        made = await seed_supervisors(
            conn, region="demo", cipher=FieldCipher(b"d" * 32), approver=head, now=NOW
        )
        again = await seed_supervisors(
            conn, region="demo", cipher=FieldCipher(b"d" * 32), approver=head, now=NOW
        )
    appointed = await Supervisor.filter(region="demo", status="active")
    assert (made, again, len(appointed)) == (29, 0, 29)
    assert len({s.pool for s in appointed}) == 7 and all(1 <= len(s.grids) <= 2 for s in appointed)
