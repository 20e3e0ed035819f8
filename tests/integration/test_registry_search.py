"""Finding institutions in the seeded demo registry by name, pinyin, typo, code and location; the CLI."""

from __future__ import annotations

import asyncio
import json
import os
import random
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from tortoise.transactions import in_transaction

from registry.data.demo import CENTRE, seed_registry
from registry.models import Institution, Practitioner
from registry.rows import InstitutionRow
from registry.search import Match, haversine_m, nearest, search_institutions
from registry.service import upsert_institutions
from tests.conftest import TEST_FIELD_KEY

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
FUNDGUARD = str(Path(sys.executable).with_name("fundguard"))


@pytest.fixture
async def demo(database: str) -> str:
    async with in_transaction() as conn:
        await seed_registry(conn, region="demo", now=T0)
    return database


async def find(
    query: str, *, limit: int = 5, kind: str | None = None, active_only: bool = False
) -> list[Match]:
    return await search_institutions(
        region="demo", query=query, limit=limit, kind=kind, active_only=active_only
    )


async def test_a_chinese_substring_finds_the_institution_first(demo: str) -> None:
    found = await find("第一人民")
    assert found[0].name == "示范市第一人民医院" and found[0].reason == "名称包含"
    assert found[0].kind == "inpatient_hospital" and found[0].level == "3"
    assert all("仁和堂" in m.name for m in await find("仁和堂"))


async def test_pinyin_initials_yfdyf_find_the_益丰大药房_branches(demo: str) -> None:
    branches = await Institution.filter(region="demo", name__startswith="益丰大药房").count()
    found = await find("yfdyf", limit=100)
    assert len(found) == branches >= 20
    assert all(m.name.startswith("益丰大药房（") and m.reason == "拼音首字母" for m in found)
    assert [m.score for m in found] == sorted((m.score for m in found), reverse=True)
    # 参 in 大参林 is read shen or can: both initials work.
    assert (
        {m.name[:3] for m in await find("dsl", limit=50)}
        == {"大参林"}
        == {m.name[:3] for m in await find("dcl")}
    )


async def test_full_pinyin_and_several_words_narrow_the_search(demo: str) -> None:
    assert {m.name[:6] for m in await find("laobaixing", limit=20)} == {"老百姓大药房"}
    branch = await Institution.filter(name__startswith="老百姓大药房（").order_by("code").first()
    assert branch is not None
    place = branch.name.removeprefix("老百姓大药房（").removesuffix("店）")
    found = await find(f"老百姓 {place}")
    assert found[0].code == branch.code


async def test_typos_still_find_the_institution(demo: str) -> None:
    found = await find("示范市第一人民医阮")  # 阮 for 院: a wrong character
    assert found[0].name == "示范市第一人民医院" and found[0].reason == "名称相近"
    found = await find("益峰大药房")  # a homophone, as a pinyin keyboard produces
    assert found and all(m.name.startswith("益丰大药房") for m in found) and found[0].reason == "同音字"
    found = await find("yifengdayaofnag")  # letters swapped in full pinyin
    assert found and all(m.name.startswith("益丰大药房") for m in found)
    found = await find("一医院")  # an in-order abbreviation
    assert found[0].name == "示范市第一人民医院"


async def test_search_by_code_kind_and_status(demo: str) -> None:
    hospital = await Institution.get(name="示范市中医院")
    found = await find(hospital.code.lower())
    assert (found[0].code, found[0].score, found[0].reason) == (hospital.code, 100.0, "编码")
    outpatient = await find("示范", kind="outpatient_hospital", limit=50)
    assert len(outpatient) == 8 and {m.kind for m in outpatient} == {"outpatient_hospital"}
    closed = await Institution.filter(region="demo").exclude(status="active").first()
    assert closed is not None
    assert closed.code in {m.code for m in await find(closed.name, limit=10)}
    assert closed.code not in {m.code for m in await find(closed.name, limit=10, active_only=True)}
    assert await find("   ") == [] and await search_institutions(region="elsewhere", query="益丰") == []


async def test_nearest_orders_by_distance_within_the_radius(database: str) -> None:
    lat, lng = CENTRE
    north = 1 / 111_195  # degrees per metre, north
    east = north / 0.8811  # cos(28.23°)

    def place(code: str, kind: str, dn: float, de: float, *, located: bool = True) -> InstitutionRow:
        return InstitutionRow(
            code=code,
            name=f"测试机构{code}",
            kind=kind,
            address="示范市",
            latitude=lat + dn * north if located else None,
            longitude=lng + de * east if located else None,
            agreement_start=date(2020, 1, 1),
        )

    rows = [
        place("P0001", "retail_pharmacy", 100, 0),
        place("P0002", "retail_pharmacy", 0, 500),
        place("P0003", "retail_pharmacy", 2000, 0),
        place("P0004", "retail_pharmacy", 5000, 0),
        place("P0005", "retail_pharmacy", 0, 0, located=False),
        place("P0006", "retail_pharmacy", -700, -700),
        place("H0001", "inpatient_hospital", 50, 0),
    ]
    async with in_transaction() as conn:
        await upsert_institutions(conn, region="demo", rows=rows, now=T0)
    found = await nearest(region="demo", lat=lat, lng=lng, kind="retail_pharmacy", radius_m=3000, limit=10)
    assert [m.code for m in found] == ["P0001", "P0002", "P0006", "P0003"]
    expected = [100, 500, 990, 2000]
    assert all(abs((m.distance_m or 0) - d) < d * 0.01 for m, d in zip(found, expected, strict=True))
    assert found[0].reason == "距离约100米" and found[3].reason == "距离约2.0公里"
    anything = await nearest(region="demo", lat=lat, lng=lng, limit=2)
    assert [m.code for m in anything] == ["H0001", "P0001"]


async def test_nearest_pharmacies_in_the_demo_city(demo: str) -> None:
    found = await nearest(region="demo", lat=CENTRE[0], lng=CENTRE[1], kind="retail_pharmacy", radius_m=2000)
    assert len(found) == 5 and all(m.kind == "retail_pharmacy" for m in found)
    distances = [m.distance_m or 0.0 for m in found]
    assert distances == sorted(distances) and distances[-1] <= 2000


async def run_cli(*args: str, database: str, cwd: Path) -> tuple[int, str, str]:
    env = {
        **os.environ,
        "DATABASE_URL": database,
        "FIELD_ENCRYPTION_KEY": TEST_FIELD_KEY,
        "VAR_DIR": str(cwd),
    }
    proc = await asyncio.create_subprocess_exec(
        FUNDGUARD, *args, env=env, cwd=cwd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    out, err = await asyncio.wait_for(proc.communicate(), timeout=60)
    return proc.returncode or 0, out.decode(), err.decode()


async def test_the_import_command_reports_bad_rows_or_stores_the_whole_file(
    database: str, tmp_path: Path
) -> None:
    places = tmp_path / "机构.csv"
    places.write_bytes(
        "定点编码,机构名称,机构类型,等级,地址,协议开始日期\r\n"
        "H43990100001,示范市第一人民医院,住院医院,三级,示范市解放路1号,2015-01-01\r\n"
        "P43990100001,一心堂（人民路店）,零售药店,,示范市人民路2号,2020-01-01\r\n".encode("gbk")
    )
    bad = tmp_path / "bad.csv"
    bad.write_bytes(places.read_bytes() + "X,,诊所,,,2020-02-30\r\n".encode("gbk"))
    code, out, err = await run_cli(
        "import", "institutions", str(bad), "--region", "demo", database=database, cwd=tmp_path
    )
    assert code == 1 and out == ""
    assert "未导入任何数据" in err and "第4行：编码「X」格式不正确" in err and "名称不能为空" in err
    assert await Institution.all().count() == 0

    code, out, err = await run_cli(
        "import", "institutions", str(places), "--region", "demo", database=database, cwd=tmp_path
    )
    assert code == 0, err
    summary = json.loads(out.strip().splitlines()[-1])
    assert (summary["encoding"], summary["created"], summary["region"]) == ("gbk", 2, "demo")
    assert "校验" in err and "写入" in err  # the progress bars
    people = tmp_path / "people.csv"
    people.write_text(
        "code,name,role,institution_code\nY439901000001,陈静,pharmacist,P43990100001\n", "utf-8"
    )
    code, out, err = await run_cli(
        "import", "practitioners", str(people), "--region", "demo", database=database, cwd=tmp_path
    )
    assert code == 0, err
    assert json.loads(out)["created"] == 1 and await Practitioner.all().count() == 1
    code, _, err = await run_cli(
        "import", "institutions", "missing.csv", "--region", "demo", database=database, cwd=tmp_path
    )
    assert code == 1 and "无法读取文件" in err


async def test_nearest_reads_cells_ring_by_ring_and_finds_what_a_full_scan_finds(database: str) -> None:
    """The ring-by-ring read stops early; on random clustered places, points and radii it must give
    exactly the nearest ``limit`` by haversine (ties: lower code) that reading every place gives."""
    rng = random.Random(7)
    lat0, lng0 = CENTRE
    centres = [(lat0 + rng.uniform(-0.05, 0.05), lng0 + rng.uniform(-0.05, 0.05)) for _ in range(6)]
    rows = []
    for n in range(600):
        clat, clng = rng.choice(centres)
        rows.append(
            InstitutionRow(
                code=f"P{n:05d}",
                name=f"测试药店{n}",
                kind="retail_pharmacy" if n % 5 else "clinic",
                address="示范市",
                latitude=round(clat + rng.gauss(0, 0.004), 6),
                longitude=round(clng + rng.gauss(0, 0.004), 6),
                agreement_start=date(2020, 1, 1),
            )
        )
    async with in_transaction() as conn:
        await upsert_institutions(conn, region="demo", rows=rows, now=T0)
    for _ in range(300):
        clat, clng = rng.choice(centres)
        lat, lng = clat + rng.gauss(0, 0.01), clng + rng.gauss(0, 0.01)
        limit, radius = rng.choice([1, 3, 10, 40]), rng.choice([150.0, 600.0, 2500.0, 8000.0])
        kind = rng.choice([None, "retail_pharmacy", "clinic"])
        everyone = sorted(
            (haversine_m(lat, lng, float(r.latitude or 0), float(r.longitude or 0)), r.code)
            for r in rows
            if kind is None or r.kind == kind
        )
        expected = [code for d, code in everyone if d <= radius][:limit]
        found = await nearest(region="demo", lat=lat, lng=lng, kind=kind, limit=limit, radius_m=radius)
        assert [m.code for m in found] == expected, (lat, lng, limit, radius, kind)
