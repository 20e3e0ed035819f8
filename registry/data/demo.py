"""The demo region's registry (示范市): hospitals, clinics, chain and single pharmacies, practitioners.

Generated from a seeded RNG, so every run yields the same rows; seeding twice writes nothing the
second time. The city is fictional; its centre sits at an ordinary mid-size Chinese city's
coordinates (GCJ-02) so that maps and distances look real.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from tortoise.backends.base.client import BaseDBAsyncClient

from registry.rows import InstitutionRow, PractitionerRow
from registry.service import UpsertSummary, upsert_institutions, upsert_practitioners

DEMO_SEED = 12393  # the national medical-insurance hotline, as good a seed as any
CITY = "示范市"
CENTRE = (28.2282, 112.9388)
DIVISION = "439901"  # a made-up administrative division code, used inside the demo codes

# District → (abbreviation for grid codes, offset of its centre from the city centre in km (north, east),
# streets, towns).
DISTRICTS: dict[str, tuple[str, tuple[float, float], tuple[str, ...], tuple[str, ...]]] = {
    "东城区": (
        "DC",
        (0.5, 4.0),
        ("人民东路", "解放东路", "东风路", "车站路", "朝阳路", "长庆街", "八一路"),
        ("黄花",),
    ),
    "西湖区": (
        "XH",
        (0.0, -4.5),
        ("西湖路", "桐梓坡路", "枫林路", "麓山路", "咸嘉湖路", "望城坡路"),
        ("雨敞",),
    ),
    "南湖区": (
        "NH",
        (-4.5, 0.5),
        ("芙蓉南路", "劳动路", "湘府路", "书院路", "南湖路", "新开铺路"),
        ("暮云", "跳马"),
    ),
    "北山区": (
        "BS",
        (4.5, 0.0),
        ("北山路", "湘江北路", "开福路", "新河路", "营盘路", "蔡锷路"),
        ("捞刀河", "青竹湖"),
    ),
    "高新区": ("GX", (1.5, -8.5), ("麓谷大道", "文轩路", "岳麓西大道", "东方红路", "谷苑路"), ("雷锋",)),
}
LANDMARKS = (
    "万达广场",
    "火车站",
    "五一广场",
    "梅溪湖",
    "月湖公园",
    "步行街",
    "市政府",
    "大学城",
    "体育中心",
    "汽车南站",
    "会展中心",
    "滨江新城",
    "金色家园",
    "阳光花园",
    "锦绣华庭",
    "幸福里",
    "东方名苑",
    "翠湖湾",
)
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万严覃戴莫向汤"
)
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉文辉鹏飞宇浩然欣怡涵萱诺晨曦远桐俊嘉慧琳斌婷"

# Name, level, kind. Levels follow what such hospitals usually are.
CITY_HOSPITALS = (
    ("第一人民医院", "3", "inpatient_hospital"),
    ("第二人民医院", "3", "inpatient_hospital"),
    ("第三人民医院", "2", "inpatient_hospital"),
    ("中心医院", "3", "inpatient_hospital"),
    ("中医院", "3", "inpatient_hospital"),
    ("中西医结合医院", "2", "inpatient_hospital"),
    ("妇幼保健院", "3", "inpatient_hospital"),
    ("儿童医院", "3", "inpatient_hospital"),
    ("肿瘤医院", "3", "inpatient_hospital"),
    ("传染病医院", "2", "inpatient_hospital"),
    ("精神卫生中心", "2", "inpatient_hospital"),
    ("口腔医院", "2", "inpatient_hospital"),
    ("骨伤科医院", "2", "inpatient_hospital"),
    ("康复医院", "1", "inpatient_hospital"),
)
PRIVATE_HOSPITALS = (
    ("示范仁爱医院", "1"),
    ("示范康华医院", "1"),
    ("示范博爱医院", "none"),
    ("示范爱尔眼科医院", "2"),
    ("示范华厦眼科医院", "1"),
    ("示范美中妇儿医院", "1"),
    ("示范协和医院", "none"),
    ("示范长康医院", "none"),
)
OUTPATIENT = (
    "示范瑞尔齿科门诊部",
    "示范同仁堂中医门诊部",
    "示范美年大健康体检门诊部",
    "示范博济中医门诊部",
    "示范拜博口腔门诊部",
    "示范固生堂中医门诊部",
    "示范康宁门诊部",
    "示范国医堂中医门诊部",
)
# Chain name, headquarters code suffix, number of branches.
CHAINS = (
    ("益丰大药房", 1, 40),
    ("老百姓大药房", 2, 36),
    ("大参林", 3, 28),
    ("一心堂", 4, 18),
    ("养天和大药房", 5, 16),
    ("千金大药房", 6, 14),
    ("国大药房", 7, 12),
    ("海王星辰", 8, 10),
)
SINGLE_PREFIXES = (
    "仁和堂",
    "康源",
    "百姓缘",
    "同济堂",
    "德仁堂",
    "健民",
    "福寿康",
    "万家康",
    "惠民",
    "济生堂",
    "恒康",
    "安康",
    "寿春堂",
    "保和堂",
    "天济",
    "众康",
    "永安",
    "回春堂",
    "康泰",
    "益寿",
    "广济",
    "顺天",
    "民生",
    "长寿",
)
SINGLE_SUFFIXES = ("大药房", "药店", "药房", "医药超市")
# Roles per institution size: (doctors, nurses, pharmacists, technicians, reviewers).
STAFFING = {"3": (10, 5, 3, 2, 1), "2": (6, 3, 2, 1, 1), "1": (3, 2, 1, 1, 0), "none": (2, 1, 1, 0, 0)}
ROLE_PREFIX = {
    "doctor": "D",
    "nurse": "N",
    "pharmacist": "Y",
    "technician": "J",
    "reviewer": "S",
    "principal": "F",
}


class _Builder:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.rows: list[InstitutionRow] = []
        self.seq = {"H": 0, "P": 0}
        self.names: set[str] = set()

    def district(self, prefer: str | None = None) -> str:
        return prefer or self.rng.choice(list(DISTRICTS))

    def place(self, district: str, spread_km: float) -> tuple[float, float, str, str]:
        abbr, (north, east), streets, _ = DISTRICTS[district]
        lat = CENTRE[0] + (north + self.rng.gauss(0, spread_km)) / 111.0
        lng = CENTRE[1] + (east + self.rng.gauss(0, spread_km)) / 98.0  # km per degree at 28°N
        street = self.rng.choice(streets)
        address = f"{CITY}{district}{street}{self.rng.randint(1, 480)}号"
        grid = f"{abbr}{self.rng.randint(1, 6):02d}"
        return round(lat, 6), round(lng, 6), address, grid

    def status(self) -> str:
        roll = self.rng.random()
        for status, share in (("suspended", 0.03), ("revoked", 0.01), ("not_renewed", 0.01)):
            if roll < share:
                return status
            roll -= share
        return "ended_by_institution" if roll < 0.005 else "active"

    def add(
        self,
        name: str,
        *,
        kind: str,
        level: str = "none",
        district: str | None = None,
        chain_parent: str | None = None,
        spread_km: float = 2.0,
        address: str | None = None,
    ) -> None:
        if name in self.names:
            return
        self.names.add(name)
        letter = "P" if kind == "retail_pharmacy" else "H"
        self.seq[letter] += 1
        lat, lng, where, grid = self.place(self.district(district), spread_km)
        start = date(2012, 1, 1) + timedelta(days=self.rng.randrange(14 * 365))
        self.rows.append(
            InstitutionRow(
                code=f"{letter}{DIVISION}{self.seq[letter]:05d}",
                name=name,
                kind=kind,
                level=level,
                chain_parent=chain_parent,
                grid=grid,
                address=address or where,
                latitude=lat,
                longitude=lng,
                agreement_start=start,
                status=self.status(),
            )
        )


def demo_institutions(rng: random.Random) -> list[InstitutionRow]:
    b = _Builder(rng)
    for name, level, kind in CITY_HOSPITALS:
        b.add(f"{CITY}{name}", kind=kind, level=level, spread_km=1.5)
    for name, level in PRIVATE_HOSPITALS:
        b.add(name, kind="inpatient_hospital", level=level)
    for district in DISTRICTS:
        b.add(
            f"{CITY}{district}人民医院",
            kind="inpatient_hospital",
            level="2",
            district=district,
            spread_km=1.0,
        )
        b.add(
            f"{CITY}{district}中医医院",
            kind="inpatient_hospital",
            level="1",
            district=district,
            spread_km=1.0,
        )
    for name in OUTPATIENT:
        b.add(name, kind="outpatient_hospital")
    for district, (_, _, streets, towns) in DISTRICTS.items():
        for street in streets[:4]:
            b.add(
                f"{district}{street.removesuffix('路')}街道社区卫生服务中心",
                kind="clinic",
                level="1",
                district=district,
            )
        for town in towns:
            b.add(
                f"{CITY}{district}{town}镇卫生院", kind="clinic", level="1", district=district, spread_km=4.0
            )
    for _ in range(30):
        person = rng.choice(SURNAMES) + rng.choice(GIVEN)
        kind_of = rng.choice(("诊所", "中医诊所", "口腔诊所", "中西医结合诊所", "内科诊所"))
        b.add(f"{CITY}{person}{kind_of}", kind="clinic")
    places = [s for _, _, streets, _ in DISTRICTS.values() for s in streets] + list(LANDMARKS)
    for chain, number, branches in CHAINS:
        parent = f"P{DIVISION[:4]}00{number:05d}"  # the chain's headquarters (连锁总部)
        for where in rng.sample(places, min(branches, len(places))):
            home = next((d for d, v in DISTRICTS.items() if where in v[2]), None)
            b.add(f"{chain}（{where}店）", kind="retail_pharmacy", chain_parent=parent, district=home)
    singles = [p + s for p in SINGLE_PREFIXES for s in SINGLE_SUFFIXES]
    for name in rng.sample(singles, 60):
        b.add(name, kind="retail_pharmacy")
    return b.rows


def _person(rng: random.Random) -> str:
    given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
    return rng.choice(SURNAMES) + given


def demo_practitioners(rng: random.Random, institutions: list[InstitutionRow]) -> list[PractitionerRow]:
    rows: list[PractitionerRow] = []
    seq = 0

    def add(role: str, place: InstitutionRow) -> None:
        nonlocal seq
        seq += 1
        status = "suspended" if rng.random() < 0.01 else "active"
        code = f"{ROLE_PREFIX[role]}{DIVISION}{seq:06d}"
        rows.append(
            PractitionerRow(
                code=code, name=_person(rng), role=role, institution_code=place.code, status=status
            )
        )

    for place in institutions:
        if place.kind == "retail_pharmacy":
            add("pharmacist", place)
            if place.chain_parent is None:
                add("principal", place)
            continue
        counts = STAFFING[place.level] if place.kind == "inpatient_hospital" else (2, 1, 1, 0, 0)
        for role, count in zip(
            ("doctor", "nurse", "pharmacist", "technician", "reviewer"), counts, strict=True
        ):
            for _ in range(count):
                add(role, place)
    return rows


async def seed_registry(
    conn: BaseDBAsyncClient, *, region: str, now: datetime, seed: int = DEMO_SEED
) -> tuple[UpsertSummary, UpsertSummary]:
    """Create or refresh the demo registry of ``region`` (idempotent: an unchanged row is not written)."""
    rng = random.Random(seed)
    places = demo_institutions(rng)
    people = demo_practitioners(rng, places)
    return (
        await upsert_institutions(conn, region=region, rows=places, now=now),
        await upsert_practitioners(conn, region=region, rows=people, now=now),
    )
