"""The public credit lookup service: pharmacies by name (initials, typos) and by location, one institution by
code, only published grades (a draft run's never), 未评级 with the reason, and publication seen at once."""

from __future__ import annotations

from datetime import UTC, date, datetime

from tortoise.transactions import in_transaction

from credit.lookup import NOT_PUBLISHED, credit_of, find_pharmacies, nearest_pharmacies, published_grades
from credit.models import BlacklistEntry, CreditGrade, CreditRun, PublishedGrade
from registry.data.demo import CENTRE
from registry.rows import InstitutionRow
from registry.search import index_token
from registry.service import upsert_institutions

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
NORTH = 1 / 111_195  # degrees of latitude per metre
EAST = NORTH / 0.8811  # degrees of longitude per metre at the demo centre (cos 28.23°)
PUBLISHED_ON = date(2026, 1, 15)
STAR_MEANING = "信用优秀（三(一)1：1年之内未发现违法违规、无举报投诉、无协议违约）；监管措施：减少检查频次"
YOUNG = "签订医保服务协议不满1年的，不参与评测（三(一)5(1)）"


def _row(code: str, name: str, north_m: float, east_m: float, **extra: object) -> InstitutionRow:
    return InstitutionRow.model_validate(
        {
            "code": code,
            "name": name,
            "kind": "retail_pharmacy",
            "address": f"示范市东城区{name}旁",
            "agreement_start": date(2020, 1, 1),
            "latitude": round(CENTRE[0] + north_m * NORTH, 7),
            "longitude": round(CENTRE[1] + east_m * EAST, 7),
            **extra,
        }
    )


ROWS = [
    _row("P439901000001", "益丰大药房（人民路店）", 100, 0),
    _row("P439901000002", "益丰大药房（解放路店）", 0, 400),
    _row("P439901000003", "老百姓大药房（五一路店）", -800, 0, status="suspended"),
    _row("P439901000004", "仁和药店", 0, -1500),
    _row("P439901000005", "同济堂大药房", 50_000, 0),
    _row("H439901000001", "示范市第一人民医院", 10, 10, kind="inpatient_hospital", level="3"),
]


async def seed_lookup(region: str = "demo") -> None:
    """The rows above; published: ★★★ (P1), not rated (P2), ★ (P3, suspended), ★★ (the hospital); P4 has
    none. A later draft run grades everyone ★ and must never be seen."""
    async with in_transaction() as conn:
        await upsert_institutions(conn, region=region, rows=ROWS, now=T0)
    published = await CreditRun.create(
        region=region, period="2025", scheme="zhenjiang", as_of=date(2025, 12, 31), status="published",
        created_by="test", created_at=T0, published_by="test", published_at=T0,
    )  # fmt: skip
    for code, grade, reason, meaning in (
        ("P439901000001", "★★★", None, STAR_MEANING),
        ("P439901000002", None, YOUNG, ""),
        ("P439901000003", "★", None, "失信（…）；监管措施：约谈法定代表人"),
        ("H439901000001", "★★", None, "信用一般（…）"),
    ):
        await PublishedGrade.create(
            institution_code=code, region=region, run_id=published.id, period="2025", scheme="zhenjiang",
            grade=grade, not_rated_reason=reason, meaning=meaning, published_on=PUBLISHED_ON,
        )  # fmt: skip
    draft = await CreditRun.create(
        region=region, period="2026-02", scheme="zhenjiang", as_of=date(2026, 2, 28), status="draft",
        created_by="test", created_at=T0,
    )  # fmt: skip
    await CreditGrade.bulk_create(
        [CreditGrade(run_id=draft.id, institution_code=r.code, grade="★") for r in ROWS]
    )


async def test_pinyin_initials_find_the_branches_with_their_published_grades(database: str) -> None:
    await seed_lookup()
    found = await find_pharmacies(region="demo", query="yfdyf")
    assert [f.code for f in found] == ["P439901000001", "P439901000002"]
    rated, young = found
    assert (rated.credit.grade, rated.credit.label, rated.credit.period_label) == (
        "★★★",
        "信用优秀",
        "2025年度",
    )
    assert rated.credit.published_on == PUBLISHED_ON and rated.credit.meaning == STAR_MEANING
    assert rated.credit.scheme_title and "镇江" in rated.credit.scheme_title
    assert (
        not young.credit.rated and young.credit.shown == "未评级" and young.credit.not_rated_reason == YOUNG
    )
    assert young.credit.published_on == PUBLISHED_ON  # not rated, in the published run of that day


async def test_the_draft_run_is_never_shown(database: str) -> None:
    await seed_lookup()
    everyone = [
        *await find_pharmacies(region="demo", query="药"),
        *await nearest_pharmacies(region="demo", lat=CENTRE[0], lng=CENTRE[1], radius_m=20_000, limit=20),
    ]
    assert {f.code for f in everyone} >= {r.code for r in ROWS if r.kind == "retail_pharmacy"} - {
        "P439901000005"
    }
    shown = {f.code: f.credit.grade for f in everyone}
    assert shown["P439901000001"] == "★★★" and shown["P439901000004"] is None  # the draft says ★ for both
    unpublished = next(f for f in everyone if f.code == "P439901000004")
    assert unpublished.credit.not_rated_reason == NOT_PUBLISHED and unpublished.credit.period is None
    assert set((await published_grades([r.code for r in ROWS])).keys()) == {
        "P439901000001", "P439901000002", "P439901000003", "H439901000001",
    }  # fmt: skip


async def test_typos_and_homophones_still_find_the_pharmacy(database: str) -> None:
    await seed_lookup()
    assert (await find_pharmacies(region="demo", query="老百娃大药房"))[
        0
    ].code == "P439901000003"  # 娃 for 姓
    assert (await find_pharmacies(region="demo", query="益峰 人民"))[0].code == "P439901000001"  # homophone
    suspended = (await find_pharmacies(region="demo", query="laobaixing"))[0]
    assert (suspended.status_label, suspended.in_service, suspended.credit.grade) == ("暂停", False, "★")
    assert await find_pharmacies(region="demo", query="第一人民医院") == []  # pharmacies only


async def test_nearest_pharmacies_are_sorted_by_distance_within_the_radius(database: str) -> None:
    await seed_lookup()
    near = await nearest_pharmacies(region="demo", lat=CENTRE[0], lng=CENTRE[1], radius_m=2000, limit=5)
    assert [n.code for n in near] == ["P439901000001", "P439901000002", "P439901000003", "P439901000004"]
    distances = [n.distance_m for n in near]
    assert all(d is not None for d in distances) and distances == sorted(distances)  # type: ignore[type-var]
    assert abs((distances[0] or 0) - 100) < 2 and abs((distances[3] or 0) - 1500) < 15
    two = await nearest_pharmacies(region="demo", lat=CENTRE[0], lng=CENTRE[1], radius_m=2000, limit=2)
    assert [n.code for n in two] == ["P439901000001", "P439901000002"]
    assert len(await nearest_pharmacies(region="demo", lat=CENTRE[0], lng=CENTRE[1], radius_m=1000)) == 3
    assert await nearest_pharmacies(region="demo", lat=39.9, lng=116.4) == []


async def test_a_publication_is_seen_by_the_next_lookup(database: str) -> None:
    await seed_lookup()
    before = await find_pharmacies(region="demo", query="仁和药店")
    assert before[0].credit.grade is None
    await PublishedGrade.create(
        institution_code="P439901000004", region="demo", run_id=99, period="2026-02", scheme="zhenjiang",
        grade="★★", meaning="信用一般（…）", published_on=date(2026, 3, 2),
    )  # fmt: skip
    after = (await find_pharmacies(region="demo", query="仁和药店"))[0].credit
    assert (after.grade, after.period_label, after.published_on) == ("★★", "2026年2月", date(2026, 3, 2))


async def test_credit_of_one_institution_by_code_with_its_public_listing(database: str) -> None:
    await seed_lookup()
    hospital = await credit_of(region="demo", code=" h439901000001 ", today=date(2026, 3, 2))
    assert hospital is not None and hospital.kind_label == "住院医院" and hospital.credit.grade == "★★"
    assert hospital.listings == ()
    assert await credit_of(region="demo", code="P000000000000", today=date(2026, 3, 2)) is None
    assert await credit_of(region="elsewhere", code="H439901000001", today=date(2026, 3, 2)) is None
    for listed_on, until, repaired in (
        (date(2026, 1, 1), date(2026, 12, 31), None),  # public
        (date(2025, 1, 1), date(2025, 12, 31), None),  # publication over
        (date(2026, 1, 1), date(2026, 12, 31), date(2026, 2, 1)),  # repaired
    ):
        await BlacklistEntry.create(
            region="demo", subject_kind="institution", subject_code="P439901000003", severity="ordinary",
            reason="串换药品", listed_on=listed_on, repair_from=listed_on, publish_until=until,
            repaired_on=repaired, created_by="test", created_at=T0,
        )  # fmt: skip
    listed = await credit_of(region="demo", code="P439901000003", today=date(2026, 3, 2))
    assert listed is not None and [(x.severity, x.reason) for x in listed.listings] == [
        ("一般失信", "串换药品")
    ]


async def test_a_registry_change_is_seen_by_the_next_lookup_of_a_process_that_holds_an_index(
    database: str,
) -> None:
    """Lookups search the index the process holds and check the registry's version in the grades
    query: a change (here through the registry service, as another process's import would) is seen
    by the very next lookup, by name and by location, and an unchanged registry is searched once."""
    await seed_lookup()
    first = await find_pharmacies(region="demo", query="仁和", limit=3)
    assert [p.code for p in first] == ["P439901000004"]
    before = index_token("demo")
    renamed = [
        _row("P439901000004", "康宁大药房", 0, -1500),
        _row("P439901000006", "仁和药店（新店）", 30, 0),
    ]
    async with in_transaction() as conn:
        await upsert_institutions(conn, region="demo", rows=renamed, now=T0)
    again = await find_pharmacies(region="demo", query="仁和", limit=3)
    assert [(p.code, p.name) for p in again] == [("P439901000006", "仁和药店（新店）")]
    assert again[0].credit.grade is None and again[0].credit.not_rated_reason == NOT_PUBLISHED
    assert index_token("demo") != before
    near = await nearest_pharmacies(region="demo", lat=CENTRE[0], lng=CENTRE[1], radius_m=2000, limit=2)
    assert [p.code for p in near] == ["P439901000006", "P439901000001"]
    async with in_transaction() as conn:
        ended = _row("P439901000006", "仁和药店（新店）", 30, 0, status="ended_by_institution")
        await upsert_institutions(conn, region="demo", rows=[ended], now=T0)
    moved = await nearest_pharmacies(region="demo", lat=CENTRE[0], lng=CENTRE[1], radius_m=2000, limit=1)
    assert [(p.code, p.status) for p in moved] == [("P439901000006", "ended_by_institution")]
