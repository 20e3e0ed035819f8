"""The registry on real PostgreSQL and on embedded SQLite: imports all or nothing, upserts, the demo seed."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from tortoise.transactions import in_transaction

from registry import search
from registry.data.demo import seed_registry
from registry.errors import ImportRejected
from registry.importer import ImportSummary, What, import_file
from registry.models import Institution, Practitioner, RegistryVersion

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
HEADER = "机构编码,机构名称,机构类型,等级,连锁总部编码,网格,地址,纬度,经度,协议开始日期,状态,统一社会信用代码"
GOOD = [
    "P43990100001,益丰大药房（人民路店）,定点零售药店,无等级,P43990000001,DC01,示范市东城区人民路18号,"
    "28.2301,112.9402,2021-03-01,正常,91430100MA4L0001",
    "P43990100002,益丰大药房（解放路店）,零售药店,,P43990000001,DC02,示范市东城区解放路6号,28.2260,112.9500,2022/7/15,,",
    "H43990100001,示范市第一人民医院,住院,三级甲等,,DC01,示范市东城区解放路1号,28.2250,112.9450,2015年1月1日,正常,",
    "H43990100002,东风街道社区卫生服务中心,社区卫生服务中心,一级,,,示范市东城区东风路9号,,,20190301,暂停,",
]


def csv_bytes(*lines: str, header: str = HEADER, encoding: str = "utf-8-sig") -> bytes:
    return ("\r\n".join([header, *lines]) + "\r\n").encode(encoding)


async def run_import(data: bytes, *, what: What = "institutions", region: str = "demo") -> ImportSummary:
    async with in_transaction() as conn:
        return await import_file(conn, what=what, region=region, data=data, now=T0)


async def test_a_utf8_file_with_a_bom_and_chinese_headers_is_imported(database: str) -> None:
    summary = await run_import(csv_bytes(*GOOD))
    assert (summary.encoding, summary.rows, summary.created, summary.updated) == ("utf-8-sig", 4, 4, 0)
    assert summary.ignored_columns == ["统一社会信用代码"]
    shop = await Institution.get(code="P43990100001")
    assert (shop.name, shop.kind, shop.level, shop.chain_parent) == (
        "益丰大药房（人民路店）",
        "retail_pharmacy",
        "none",
        "P43990000001",
    )
    assert (shop.region, shop.grid, shop.latitude, shop.longitude) == ("demo", "DC01", 28.2301, 112.9402)
    assert shop.agreement_start == date(2021, 3, 1) and shop.status == "active"
    assert shop.name_initials == "yfdyfrmld" and shop.name_pinyin.startswith("yifengdayaofang")
    hospital = await Institution.get(code="H43990100001")
    assert (hospital.kind, hospital.level, hospital.agreement_start) == (
        "inpatient_hospital",
        "3",
        date(2015, 1, 1),
    )
    clinic = await Institution.get(code="H43990100002")
    assert (clinic.kind, clinic.status, clinic.latitude, clinic.grid) == ("clinic", "suspended", None, None)


async def test_a_gbk_file_with_english_headers_is_imported(database: str) -> None:
    header = "code,name,kind,level,chain_parent,grid,address,latitude,longitude,agreement_start,status"
    data = csv_bytes(
        "P43990100007,老百姓大药房（五一广场店）,retail_pharmacy,none,,,示范市五一大道1号,,,2020-05-01,active",
        header=header,
        encoding="gbk",
    )
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    summary = await run_import(data)
    assert (summary.encoding, summary.created) == ("gbk", 1)
    assert (await Institution.get(code="P43990100007")).name == "老百姓大药房（五一广场店）"


async def test_a_file_with_bad_rows_stores_nothing_and_reports_every_bad_row(database: str) -> None:
    data = csv_bytes(
        GOOD[0],
        "P1,益丰,药店,,,,x,112.9,28.2,2021-13-01,关门,",  # line 3: five reasons
        GOOD[2],
        "H43990100003,示范市第二人民医院,医馆,,,,示范市,28.2,,2021-01-01,,",  # line 5: kind, half a point
        GOOD[0].replace("人民路店", "重复店"),  # line 6: a code already used on line 2
        ",,,,,,,,,,,",  # a blank line from a spreadsheet: skipped, not an error
        "P43990100009,海王星辰（北山路店）,零售药店,三级,,,示范市北山路2号,,,2020-01-01,,",  # line 8
        "H43990100004,,住院,,,,示范市,,,2020-01-01,,",  # line 9: no name
        encoding="gbk",
    )
    with pytest.raises(ImportRejected) as caught:
        await run_import(data)
    rejected = caught.value
    by_line = {p.line: p.reasons for p in rejected.problems}
    assert sorted(by_line) == [3, 5, 6, 8, 9] and rejected.total == 7
    assert len(by_line[3]) == 5
    assert any("编码「P1」格式不正确" in r for r in by_line[3])
    assert any("纬度「112.9」不在中国境内" in r and "填反" in r for r in by_line[3])
    assert any("协议开始日期「2021-13-01」不是有效日期" in r for r in by_line[3])
    assert any("状态「关门」无法识别" in r for r in by_line[3])
    assert by_line[5] == (
        "机构类型「医馆」无法识别，可填：住院医院、门诊医院、诊所、零售药店",
        "纬度和经度要么都填，要么都不填",
    )
    assert by_line[6] == ("编码「P43990100001」与第2行重复",)
    assert by_line[8] == ("零售药店没有医院等级，等级请填“无等级”或留空",)
    assert by_line[9] == ("名称不能为空",)
    report = rejected.report()
    assert (
        report.startswith("导入失败：")
        and "共 7 行数据，其中 5 行有误" in report
        and "第9行：名称不能为空" in report
    )
    assert await Institution.all().count() == 0 and await RegistryVersion.all().count() == 0


async def test_reimporting_upserts_changed_rows_and_leaves_the_rest(database: str) -> None:
    await run_import(csv_bytes(*GOOD))
    renamed = (
        GOOD[1]
        .replace("益丰大药房（解放路店）", "大参林（解放路店）")
        .replace("P43990000001", "P43990000003")
    )
    summary = await run_import(
        csv_bytes(
            GOOD[0], renamed, GOOD[2], GOOD[3].replace("暂停", "正常"), GOOD[0].replace("00001,", "00005,", 1)
        )
    )
    assert (summary.rows, summary.created, summary.updated, summary.unchanged) == (5, 1, 2, 2)
    shop = await Institution.get(code="P43990100002")
    assert (shop.name, shop.chain_parent) == ("大参林（解放路店）", "P43990000003")
    assert {"dsljfld", "dcljfld"} <= set(shop.name_initials.split("|"))  # 参: shen or can
    assert (await Institution.get(code="H43990100002")).status == "active"
    assert await Institution.all().count() == 5
    again = await run_import(csv_bytes(*GOOD[:3]))
    assert (again.updated, again.unchanged) == (1, 2)


async def test_a_code_registered_in_another_region_is_refused(database: str) -> None:
    await run_import(csv_bytes(GOOD[0]), region="other")
    with pytest.raises(ImportRejected) as caught:
        await run_import(csv_bytes(*GOOD))
    assert [str(p) for p in caught.value.problems] == ["第2行：编码「P43990100001」已登记在「other」地区"]
    assert await Institution.filter(region="demo").count() == 0


async def test_practitioners_are_imported_only_for_institutions_of_the_region(database: str) -> None:
    await run_import(csv_bytes(*GOOD))
    header = "医保医师编码,姓名,人员类别,所属机构编码,状态"
    good = ["D439901000001,王建国,执业医师,H43990100001,正常", "Y439901000002,李芳,执业药师,P43990100001,"]
    bad = csv_bytes(
        *good,
        "N439901000003,张敏,护士,H99999999999,正常",
        "J439901000004,刘,厨师,H43990100001,",
        header=header,
    )
    with pytest.raises(ImportRejected) as caught:
        await run_import(bad, what="practitioners")
    assert [str(p) for p in caught.value.problems] == [
        "第4行：机构编码「H99999999999」不在本地区的定点机构名单中，请先导入机构",
        "第5行：姓名太短了，至少2个字；人员类别「厨师」无法识别，可填：医师、药师、护士、技师、医保审核人员、药店主要负责人",
    ]
    assert await Practitioner.all().count() == 0
    summary = await run_import(csv_bytes(*good, header=header), what="practitioners")
    assert (summary.what, summary.created) == ("practitioners", 2)
    doctor = await Practitioner.get(code="D439901000001")
    assert (doctor.role, doctor.institution_code, doctor.region, doctor.status) == (
        "doctor",
        "H43990100001",
        "demo",
        "active",
    )


async def test_the_demo_seed_is_realistic_and_idempotent(database: str) -> None:
    async with in_transaction() as conn:
        places, people = await seed_registry(conn, region="demo", now=T0)
    assert places.created >= 300 and people.created >= 500
    kinds = {str(k) for k in await Institution.all().values_list("kind", flat=True)}
    assert kinds == {"inpatient_hospital", "outpatient_hospital", "clinic", "retail_pharmacy"}
    branches = await Institution.filter(name__startswith="益丰大药房（").values_list(
        "chain_parent", flat=True
    )
    assert len(branches) >= 20 and len(set(branches)) == 1
    first = await Institution.get(name="示范市第一人民医院")
    assert first.level == "3" and first.latitude is not None
    token = await RegistryVersion.get(region="demo")
    async with in_transaction() as conn:
        places, people = await seed_registry(conn, region="demo", now=T0)
    assert (places.created, places.updated, people.created, people.updated) == (0, 0, 0, 0)
    assert (await RegistryVersion.get(region="demo")).token == token.token  # nothing written, no rebuild


async def test_search_sees_a_change_made_after_the_index_was_built(database: str) -> None:
    await run_import(csv_bytes(*GOOD))
    assert [m.code for m in await search.search_institutions(region="demo", query="yfdyf")] == [
        "P43990100001",
        "P43990100002",
    ]
    renamed = GOOD[1].replace("益丰大药房（解放路店）", "大参林（解放路店）")
    await run_import(csv_bytes(renamed))
    assert [m.code for m in await search.search_institutions(region="demo", query="yfdyf")] == [
        "P43990100001"
    ]
    assert [m.code for m in await search.search_institutions(region="demo", query="dsl")] == ["P43990100002"]
