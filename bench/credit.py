"""Benchmark: credit evaluation and publication of a region, and the public lookup by name and by location.

One fresh PostgreSQL database, created and migrated (``storage.db.migrate``) by this script and dropped at
the end (``--keep`` leaves it), holds both parts:

- **evaluation**: 20,000 institutions of every kind (pharmacies in chains and alone, clinics, hospitals) in
  region ``demo2`` (the Shizuishan score bands) with about 500,000 credit events over one year (most
  institutions have none, a heavy tail has hundreds; refused payments carry amounts), loaded with COPY;
  ``credit.evaluation.evaluate`` and ``publish`` are timed in this process, a new run each round, and the
  published rows checked: one per institution, each a grade of the scheme or a reason.
- **lookup**: 100,000 pharmacies in region ``demo`` with coordinates over a city-sized area (clustered
  around district centres) and names from a generator of common words (30 brands, 1,440 streets,
  大药房/药店…), so names collide as in a real city; a third carry a published grade (a tenth of those
  not rated, with the reason). A ``fundguard serve`` subprocess (PostgreSQL, Redis db 12 flushed first)
  answers, at fixed concurrencies (1, 10, 50), suites of ``GET /api/v1/pharmacies``: **name** (in turn the
  full name, brand + street, full pinyin initials, full pinyin), **typo** (the name with one character
  replaced), **location** (``lat``, ``lng``, ``radius_m=3000``, points spread like the pharmacies), and
  **healthz**, the same server's floor in the same run. Every answer is verified: status 200, well-formed
  items, each with a grade of the scheme or a reason; name: the generated pharmacy among the items;
  location: within the radius, sorted by distance; typo: the generated pharmacy's presence is reported
  as recall, not as an error.

Rate limits: the service trusts 127.0.0.1 as its proxy (TRUSTED_PROXIES) and each request carries its own
X-Forwarded-For address, as behind nginx, so the per-IP lookup limit never binds (its Redis round trip is
still paid, as in production).

    .venv/bin/python bench/credit.py            # full run (about ten minutes)
    .venv/bin/python bench/credit.py --quick    # smoke run

Figures are medians over rounds; p50/p99 are over every request of a round. On 2 cores the load generator
and the server share the machine: one web process saturates a core, and latency at c≥10 is mostly
queueing (≈ concurrency × CPU per request). The last line of stdout is one JSON object with every figure;
progress goes to stderr. Exit status 1 on any error.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import math
import os
import platform
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import aiohttp
from measure import free_port, log, percentile, proc_cpu_seconds, start_serve, wait_ready

# bench/ is taken off sys.path by ``measure`` (imported above): see there.

DEFAULT_PG = "postgres://postgres@127.0.0.1:5432"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/12"
REGION = "benchcity"
CENTRE = (30.2741, 120.1551)  # GCJ-02, an ordinary large Chinese city
FIELD_KEY = base64.b64encode(b"c" * 32).decode()
SEED = 20260401
KM_LAT = 1 / 111.0
KM_LNG = 1 / (111.0 * math.cos(math.radians(CENTRE[0])))

BRANDS = (
    "益丰大药房", "老百姓大药房", "大参林", "一心堂", "养天和大药房", "千金大药房", "国大药房", "海王星辰",
    "漱玉平民大药房", "健之佳", "九州通大药房", "华润堂", "同仁堂药店", "百草堂大药房", "仁济大药房",
    "康佰家大药房", "达嘉维康", "湘雅大药房", "采芝林", "金象大药房", "柏康大药房", "瑞天大药房",
    "天天好大药房", "张仲景大药房", "德生堂", "众友健康", "万民大药房", "开心人大药房", "国药控股大药房",
    "中联大药房",
)  # fmt: skip
STREET_WORDS = (
    "人民", "解放", "中山", "建设", "胜利", "和平", "新华", "文化", "长江", "黄河", "东风", "朝阳", "光明",
    "幸福", "学府", "青年", "民主", "五一", "八一", "建国", "复兴", "滨江", "湘江", "芙蓉", "韶山", "雨花",
    "金星", "银杏", "桂花", "枫林", "凤凰", "龙华", "振兴", "迎宾", "工农", "红旗", "团结", "友谊", "新民",
    "体育", "劳动", "育才", "春华", "秋实", "江南", "湖滨", "钱江", "西湖", "莫干山", "天目山", "文一",
    "文二", "文三", "庆春", "延安", "环城", "凤起", "秋涛", "望江", "之江",
)  # fmt: skip
STREET_SUFFIXES = ("路", "街", "大道", "巷")
DIRECTIONS = ("", "东", "西", "南", "北", "中")
SINGLE_CHARS = "仁和康源百姓缘同济德健民福寿万家惠生恒安春保天众永回泰益广顺长宝华瑞祥荣兴隆昌盛鑫"
SINGLE_SUFFIXES = ("大药房", "药店", "药房", "医药超市", "堂大药房", "堂药店", "参茸药店")
# Districts: (name, offset of the centre in km north, east, spread in km, share of the pharmacies).
DISTRICTS = (
    ("上城区", 0.0, 2.0, 3.0, 0.16),
    ("拱墅区", 5.0, 0.0, 4.0, 0.16),
    ("西湖区", 1.0, -7.0, 5.0, 0.16),
    ("滨江区", -6.0, 3.0, 3.5, 0.12),
    ("萧山区", -14.0, 12.0, 7.0, 0.14),
    ("余杭区", 14.0, -10.0, 8.0, 0.14),
    ("临平区", 20.0, 12.0, 6.0, 0.12),
)


# -- generated registry --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pharmacy:
    code: str
    name: str
    brand: str  # the chain, or the single pharmacy's name without its street
    street: str  # "" for a single pharmacy without a street in its name
    chain_parent: str | None
    lat: float
    lng: float
    district: str
    status: str


def _streets(rng: random.Random) -> list[str]:
    streets = [f"{w}{d}{s}" for w in STREET_WORDS for s in STREET_SUFFIXES for d in DIRECTIONS]
    rng.shuffle(streets)
    return streets


def _status(rng: random.Random) -> str:
    roll = rng.random()
    return "suspended" if roll < 0.03 else "revoked" if roll < 0.04 else "active"


def _place(rng: random.Random) -> tuple[str, float, float]:
    name, north, east, spread, _ = _pick(rng, DISTRICTS)
    lat = CENTRE[0] + (north + rng.gauss(0, spread)) * KM_LAT
    lng = CENTRE[1] + (east + rng.gauss(0, spread)) * KM_LNG
    return name, round(lat, 6), round(lng, 6)


def generate_pharmacies(count: int, *, seed: int = SEED, prefix: str = "P3301") -> list[Pharmacy]:
    """``count`` pharmacies with unique names: 70% branches of the chains (brand + street, then a
    numbered branch when the street has one already), 30% single pharmacies (two common characters and a
    common suffix, with a street when the short name is taken)."""
    rng = random.Random(seed)
    streets = _streets(rng)
    names: set[str] = set()
    out: list[Pharmacy] = []
    numerals = "一二三四五六七八九十"
    while len(out) < count:
        district, lat, lng = _place(rng)
        street = rng.choice(streets)
        if rng.random() < 0.7:
            b = rng.randrange(len(BRANDS))
            brand = BRANDS[b]
            name = f"{brand}（{street}店）"
            n = 0
            while name in names and n < len(numerals) - 1:
                n += 1
                name = f"{brand}（{street}{numerals[n]}店）"
            parent: str | None = f"{prefix}HQ{b:04d}"
        else:
            brand = "".join(rng.sample(SINGLE_CHARS, 2)) + rng.choice(SINGLE_SUFFIXES)
            name, parent = brand, None
            if name in names:
                name = f"{brand}（{street}店）"
        if name in names:
            continue
        names.add(name)
        code = f"{prefix}{len(out) + 1:08d}"
        out.append(
            Pharmacy(
                code, name, brand, street if name != brand else "", parent, lat, lng, district, _status(rng)
            )
        )
    return out


INSTITUTION_COLUMNS = [
    "code", "name", "kind", "level", "chain_parent", "region", "grid", "address", "latitude", "longitude",
    "agreement_start", "status", "name_pinyin", "name_initials", "created_at", "updated_at",
]  # fmt: skip


def initials_of(text: str) -> str:
    from registry.search import name_keys

    return name_keys(text)[1].split("|", 1)[0]


async def load_pharmacies(pg_url: str, pharmacies: Sequence[Pharmacy], *, region: str, now: datetime) -> None:
    """COPY the rows with their search keys (computed as ``registry.service`` does) and a version token."""
    import asyncpg

    from registry.search import name_keys

    records = []
    for p in pharmacies:
        pinyin, initials = name_keys(p.name)
        records.append(
            (
                p.code, p.name, "retail_pharmacy", "none", p.chain_parent, region, None,
                f"{p.district}{p.street or '某路'}{zlib.crc32(p.code.encode()) % 400 + 1}号", p.lat, p.lng,
                date(2015, 1, 1), p.status, pinyin, initials, now, now,
            )
        )  # fmt: skip
    conn = await asyncpg.connect(pg_url)
    try:
        async with conn.transaction():
            await conn.copy_records_to_table("institution", records=records, columns=INSTITUTION_COLUMNS)
            await conn.execute(
                "INSERT INTO registry_version (region, token, changed_at) VALUES ($1, $2, $3) "
                "ON CONFLICT (region) DO UPDATE SET token = EXCLUDED.token, changed_at = EXCLUDED.changed_at",
                region,
                os.urandom(16).hex(),
                now,
            )
        await conn.execute("ANALYZE institution")
    finally:
        await conn.close()


# -- evaluation part -----------------------------------------------------------------------------------

EVAL_REGION = "demo2"  # credit/data/regions.json: the Shizuishan score bands, with refused-payment amounts
EVENT_KINDS = (
    ("violation", 0.30),
    ("complaint_substantiated", 0.20),
    ("price_interview", 0.14),
    ("refused_payment", 0.25),
    ("agreement_breach", 0.04),
    ("fraud", 0.01),
    ("commendation", 0.06),
)
INSTITUTION_KINDS = (
    ("retail_pharmacy", "none", 0.62),
    ("clinic", "none", 0.20),
    ("outpatient_hospital", "1", 0.08),
    ("inpatient_hospital", "2", 0.07),
    ("inpatient_hospital", "3", 0.03),
)


def _pick(rng: random.Random, table: Sequence[tuple[Any, ...]]) -> tuple[Any, ...]:
    roll, acc = rng.random(), 0.0
    for row in table:
        acc += row[-1]
        if roll < acc:
            return row
    return table[-1]


async def load_evaluation_region(
    pg_url: str, *, institutions: int, events: int, year: int, now: datetime
) -> int:
    """``institutions`` of every kind in EVAL_REGION and about ``events`` credit events over ``year``
    (a heavy tail: most institutions have a few, some have hundreds); returns the events written."""
    import asyncpg

    from registry.search import name_keys

    rng = random.Random(SEED + 1)
    names = generate_pharmacies(institutions, seed=SEED + 1, prefix="E6402")
    rows, codes = [], []
    for p in names:
        kind, level, _ = _pick(rng, INSTITUTION_KINDS)
        name = (
            p.name if kind == "retail_pharmacy" else p.brand.replace("药房", "诊所").replace("药店", "医院")
        )
        code = p.code if kind == "retail_pharmacy" else "H" + p.code[1:]
        pinyin, initials = name_keys(name)
        start = date(2010, 1, 1) + timedelta(days=rng.randrange(15 * 365))
        rows.append(
            (code, name, kind, level, p.chain_parent if kind == "retail_pharmacy" else None, EVAL_REGION,
             None, f"{p.district}{p.street or '某路'}1号", p.lat, p.lng, start, p.status, pinyin, initials,
             now, now)
        )  # fmt: skip
        codes.append(code)
    # Most institutions have no event in a year; among the rest a heavy tail carries most of them.
    weights = [0.0 if rng.random() < 0.55 else rng.paretovariate(1.2) for _ in codes]
    scale = events / sum(weights)
    first = date(year, 1, 1)
    records = []
    for code, weight in zip(codes, weights, strict=True):
        for _ in range(round(weight * scale)):
            kind = _pick(rng, EVENT_KINDS)[0]
            # Refused amounts: mostly a few hundred yuan, now and then tens of thousands.
            fen = (
                min(int(rng.lognormvariate(math.log(40_000), 1.2)), 50_000_000)
                if kind == "refused_payment"
                else None
            )
            day = first + timedelta(days=rng.randrange(365))
            records.append(
                (EVAL_REGION, code, kind, day, fen, "稽核检查", "", "import", None, "bench", now, None)
            )  # fmt: skip
    conn = await asyncpg.connect(pg_url)
    try:
        async with conn.transaction():
            await conn.copy_records_to_table("institution", records=rows, columns=INSTITUTION_COLUMNS)
            await conn.copy_records_to_table(
                "credit_event",
                records=records,
                columns=[
                    "region", "institution_code", "kind", "occurred_on", "amount_fen", "source", "evidence",
                    "origin", "origin_ref", "recorded_by", "recorded_at", "withdrawn_at",
                ],
            )  # fmt: skip
        await conn.execute("ANALYZE institution; ANALYZE credit_event")
    finally:
        await conn.close()
    return len(records)


async def bench_evaluation(pg_url: str, *, rounds: int, year: int) -> dict[str, Any]:
    """Time ``evaluate`` and ``publish`` of EVAL_REGION (in this process, on PostgreSQL), each round a new
    run; check the published rows after each."""
    from credit.evaluation import evaluate, publish
    from credit.models import PublishedGrade
    from credit.regions import scheme_for
    from storage import db

    now = datetime(year + 1, 1, 10, 2, 0, tzinfo=UTC)
    grades = set(scheme_for(EVAL_REGION).grades)
    out: dict[str, list[float]] = {"evaluate_s": [], "publish_s": []}
    summary: dict[str, Any] = {}
    await db.init_db(pg_url)
    try:
        institutions = await _count(pg_url, "SELECT count(*) FROM institution WHERE region = $1", EVAL_REGION)
        for r in range(rounds):
            t0 = time.perf_counter()
            run = await evaluate(EVAL_REGION, str(year), actor="bench", now=now)
            t1 = time.perf_counter()
            await publish(run.id, actor="bench", now=now)
            t2 = time.perf_counter()
            out["evaluate_s"].append(t1 - t0)
            out["publish_s"].append(t2 - t1)
            rows = await PublishedGrade.filter(region=EVAL_REGION, run_id=run.id).values_list(
                "grade", "not_rated_reason"
            )
            bad = [g for g, why in rows if (g is None and not why) or (g is not None and g not in grades)]
            if len(rows) != institutions or bad:
                raise SystemExit(
                    f"publication of run {run.id}: {len(rows)} rows for {institutions}, bad {bad[:5]}"
                )
            summary = dict(run.summary)
            log(f"evaluation round {r + 1}: evaluate {t1 - t0:.1f} s, publish {t2 - t1:.1f} s")
    finally:
        await db.close_db()
    counts = Counter(g or "未评级" for g, _ in rows)
    return {
        "institutions": institutions,
        "evaluate_s": round(statistics.median(out["evaluate_s"]), 2),
        "publish_s": round(statistics.median(out["publish_s"]), 2),
        "evaluate_s_by_round": [round(x, 2) for x in out["evaluate_s"]],
        "publish_s_by_round": [round(x, 2) for x in out["publish_s"]],
        "published_grades": dict(counts.most_common()),
        "run_summary_events": summary.get("events"),
    }


async def _count(pg_url: str, sql: str, *args: Any) -> int:
    import asyncpg

    conn = await asyncpg.connect(pg_url)
    try:
        return int(await conn.fetchval(sql, *args))
    finally:
        await conn.close()


# -- lookup part ---------------------------------------------------------------------------------------

LOOKUP_REGION = "demo"  # zhenjiang's ★ grades
LOOKUP_GRADES = (("★★★", "信用优秀", 0.7), ("★★", "信用一般", 0.22), ("★", "失信", 0.08))


async def publish_some(pg_url: str, pharmacies: Sequence[Pharmacy], *, share: float, now: datetime) -> int:
    """A published grade (COPY) for ``share`` of the pharmacies, a tenth of them not rated with a reason."""
    import asyncpg

    rng = random.Random(SEED + 2)
    rows = []
    for p in pharmacies:
        if rng.random() >= share:
            continue
        if rng.random() < 0.1:
            grade, reason, meaning = None, "签订医保服务协议不满1年的，不参与评测", ""
        else:
            grade, label, _ = _pick(rng, LOOKUP_GRADES)
            reason, meaning = None, f"{label}（按镇江市信用分级规则）"
        rows.append(
            (p.code, LOOKUP_REGION, 1, "2025", "zhenjiang", grade, reason, meaning, date(2026, 1, 15))
        )
    conn = await asyncpg.connect(pg_url)
    try:
        await conn.copy_records_to_table(
            "credit_published",
            records=rows,
            columns=[
                "institution_code", "region", "run_id", "period", "scheme", "grade", "not_rated_reason",
                "meaning", "published_on",
            ],
        )  # fmt: skip
        await conn.execute("ANALYZE credit_published")
    finally:
        await conn.close()
    return len(rows)


@dataclass(frozen=True)
class Lookup:
    kind: str  # healthz | name:<class> | location
    path: str
    check: Callable[[int, Any], str | None]  # a problem, or None


def _answer_ok(body: Any, by: str) -> str | None:
    if not isinstance(body, dict) or body.get("by") != by or not isinstance(body.get("items"), list):
        return "shape"
    for item in body["items"]:
        c = item.get("credit") or {}
        if c.get("rated") and c.get("grade") not in {g for g, _, _ in LOOKUP_GRADES}:
            return "grade"
        if not c.get("rated") and not c.get("not_rated_reason"):
            return "no reason"
    return None


EXACT = ("name", "brand_street", "initials", "pinyin")
TYPO = ("typo",)


def name_lookups(
    pharmacies: Sequence[Pharmacy], count: int, *, limit: int, kinds: Sequence[str] = EXACT, seed: int = 0
) -> list[Lookup]:
    """What people type, in turn: the full name, brand + street, full pinyin initials, full pinyin (EXACT),
    or the name with one character replaced (TYPO). Every answer must be 200 with well-formed items and
    the generated pharmacy among them (for typos that is a recall figure: a short name with a typo may
    be another pharmacy's name)."""
    from registry.search import name_keys

    rng = random.Random(SEED + 3 + seed)
    typo_chars = "阮峰要芳仁和店"
    out = []
    for n in range(count):
        p = rng.choice(pharmacies)
        kind = kinds[n % len(kinds)]
        pinyin, initials = (k.split("|", 1)[0] for k in name_keys(p.name))
        if kind == "name":
            q = p.name
        elif kind == "brand_street":
            q = f"{p.brand} {p.street}".strip()
        elif kind == "initials":
            q = initials
        elif kind == "pinyin":
            q = pinyin
        else:
            chars = list(p.name)
            k = rng.randrange(len(chars))
            chars[k] = rng.choice([c for c in typo_chars if c != chars[k]])
            q = "".join(chars)

        def check(status: int, body: Any, p: Pharmacy = p, kind: str = kind, q: str = q) -> str | None:
            if status != 200:
                return f"status {status}"
            problem = _answer_ok(body, "name")
            if problem:
                return problem
            codes = [i["code"] for i in body["items"]]
            if kind == "typo":  # a recall figure, not an error: a short name with a typo may be another's
                return None if p.code in codes else "~miss"
            if kind == "initials":  # names sharing the initials may fill the page: each must share them
                ok = p.code in codes or (
                    len(codes) == limit and all(q in name_keys(i["name"])[1] for i in body["items"])
                )
                return None if ok else "miss"
            return None if p.code in codes else "miss"

        out.append(Lookup(f"name:{kind}", "/api/v1/pharmacies?" + urlencode({"q": q, "limit": limit}), check))
    return out


def location_lookups(count: int, *, radius_m: int, limit: int) -> list[Lookup]:
    """Points spread like the pharmacies (people look where they live); answers must be sorted by
    distance, within the radius, with grades or reasons."""
    rng = random.Random(SEED + 4)
    out = []
    for _ in range(count):
        _, lat, lng = _place(rng)

        def check(status: int, body: Any) -> str | None:
            if status != 200:
                return f"status {status}"
            problem = _answer_ok(body, "location")
            if problem:
                return problem
            d = [i["distance_m"] for i in body["items"]]
            if d != sorted(d) or any(x > radius_m for x in d) or len(d) > limit:
                return "order"
            return None

        query = {"lat": lat, "lng": lng, "radius_m": radius_m, "limit": limit}
        out.append(Lookup("location", "/api/v1/pharmacies?" + urlencode(query), check))
    return out


SUITES = ("healthz", "name", "typo", "location")


def healthz_lookups(count: int) -> list[Lookup]:
    def check(status: int, body: Any) -> str | None:
        return None if status == 200 else f"status {status}"

    return [Lookup("healthz", "/healthz", check) for _ in range(count)]


async def drive(
    http: aiohttp.ClientSession, base: str, lookups: Sequence[Lookup], *, concurrency: int, pid: int
) -> dict[str, Any]:
    """Every lookup at ``concurrency``; latency per request, errors by kind, the server's CPU per request."""
    latencies: dict[str, list[float]] = {}
    errors: Counter[str] = Counter()
    misses: Counter[str] = Counter()
    samples: dict[str, str] = {}
    queue = iter(enumerate(lookups))

    async def worker() -> None:
        for n, lk in queue:
            headers = {"X-Forwarded-For": f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}"}
            t0 = time.perf_counter()
            async with http.get(base + lk.path, headers=headers) as resp:
                raw = await resp.read()
                status = resp.status
            latencies.setdefault(lk.kind, []).append((time.perf_counter() - t0) * 1000)
            try:
                body = json.loads(raw) if raw[:1] == b"{" else raw.decode()
            except ValueError:
                body = None
            problem = lk.check(status, body)
            if problem and problem.startswith("~"):
                misses[lk.kind] += 1
            elif problem:
                errors[f"{lk.kind}: {problem}"] += 1
                samples.setdefault(f"{lk.kind}: {problem}", f"{lk.path} → {raw[:300]!r}")

    cpu0, t0 = proc_cpu_seconds(pid), time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    wall, cpu = time.perf_counter() - t0, proc_cpu_seconds(pid) - cpu0
    every = sorted(x for v in latencies.values() for x in v)
    return {
        "requests": len(lookups),
        "wall_s": round(wall, 3),
        "rps": round(len(lookups) / wall, 1),
        "p50_ms": round(percentile(every, 0.5), 2),
        "p99_ms": round(percentile(every, 0.99), 2),
        "server_cpu_us": round(cpu / len(lookups) * 1e6, 1),
        "by_kind": {
            k: {
                "n": len(v),
                "p50_ms": round(percentile(sorted(v), 0.5), 2),
                "p99_ms": round(percentile(sorted(v), 0.99), 2),
            }
            for k, v in sorted(latencies.items())
        },
        "errors": sum(errors.values()),
        "misses": dict(misses),
        "error_kinds": dict(errors),
        "error_samples": samples,
    }


def median_phase(rounds: list[dict[str, Any]]) -> dict[str, Any]:
    keys = ("wall_s", "rps", "p50_ms", "p99_ms", "server_cpu_us")
    out: dict[str, Any] = {k: round(statistics.median(r[k] for r in rounds), 2) for k in keys}
    out["requests"] = rounds[0]["requests"]
    out["p99_ms_by_round"] = [r["p99_ms"] for r in rounds]
    out["by_kind"] = {
        kind: {
            q: round(statistics.median(r["by_kind"][kind][q] for r in rounds), 2)
            for q in ("p50_ms", "p99_ms")
        }
        for kind in rounds[0]["by_kind"]
    }
    out["errors"] = sum(r["errors"] for r in rounds)
    out["recall"] = {
        kind: round(
            1 - sum(r["misses"].get(kind, 0) for r in rounds) / sum(r["by_kind"][kind]["n"] for r in rounds),
            3,
        )
        for kind in rounds[0]["by_kind"]
        if kind.startswith("name:")
    }
    out["error_kinds"] = dict(sum((Counter(r["error_kinds"]) for r in rounds), Counter()))
    out["error_samples"] = {k: v for r in rounds for k, v in r["error_samples"].items()}
    return out


async def bench_lookup(
    args: argparse.Namespace, pg_url: str, pharmacies: Sequence[Pharmacy], workdir: Path
) -> dict[str, Any]:
    from storage import kv

    r = kv.connect(args.redis_url)
    await r.flushdb()
    await r.aclose()
    port = free_port()
    env = dict(os.environ)
    env.update(
        DATABASE_URL=pg_url,
        REDIS_URL=args.redis_url,
        FIELD_ENCRYPTION_KEY=FIELD_KEY,
        VAR_DIR=str(workdir / "var"),
        REGION=LOOKUP_REGION,
        TRUSTED_PROXIES="127.0.0.1",  # as behind nginx: each request's address comes in X-Forwarded-For
        PYTHONUNBUFFERED="1",
    )
    log_path = workdir / "serve.log"
    proc = start_serve(port, env, log_path)
    base = f"http://127.0.0.1:{port}"
    phases: dict[str, dict[str, Any]] = {}
    limit, radius = 10, 3000
    try:
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=max(args.concurrency))) as http:
            await wait_ready(http, base, proc, log_path)
            # The first search of the region builds the process's index: timed alone, then warm up.
            t0 = time.perf_counter()
            async with http.get(base + "/api/v1/pharmacies?" + urlencode({"q": "益丰"})) as resp:
                assert resp.status == 200, await resp.text()
            index_build_s = time.perf_counter() - t0
            log(f"first search (builds the index of {len(pharmacies)} pharmacies): {index_build_s:.2f} s")
            warm = name_lookups(pharmacies, 200, limit=limit, kinds=(*EXACT, *TYPO), seed=99)
            await drive(http, base, warm, concurrency=10, pid=proc.pid)
            await drive(
                http, base, location_lookups(200, radius_m=radius, limit=limit), concurrency=10, pid=proc.pid
            )
            for c in args.concurrency:
                for suite in SUITES:
                    rounds = []
                    for rnd in range(args.rounds):
                        n = args.requests if c > 1 else args.requests // 2
                        lookups = (
                            healthz_lookups(n)
                            if suite == "healthz"
                            else name_lookups(pharmacies, n, limit=limit, kinds=EXACT, seed=rnd)
                            if suite == "name"
                            else name_lookups(pharmacies, n, limit=limit, kinds=TYPO, seed=rnd)
                            if suite == "typo"
                            else location_lookups(n, radius_m=radius, limit=limit)
                        )
                        got = await drive(http, base, lookups, concurrency=c, pid=proc.pid)
                        rounds.append(got)
                        log(
                            f"c{c} {suite} round {rnd + 1}: {got['rps']:.0f}/s p50 {got['p50_ms']:.1f} ms "
                            f"p99 {got['p99_ms']:.1f} ms, {got['server_cpu_us']:.0f} µs CPU/req, "
                            f"{got['errors']} errors"
                        )
                    phases[f"{suite}_c{c}"] = median_phase(rounds)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
    ratios = {
        f"c{c}": {
            f"{s}_p99_vs_healthz": round(
                phases[f"{s}_c{c}"]["p99_ms"] / max(phases[f"healthz_c{c}"]["p99_ms"], 1e-9), 2
            )
            for s in SUITES[1:]
        }
        | {
            f"{s}_cpu_vs_healthz": round(
                phases[f"{s}_c{c}"]["server_cpu_us"] / max(phases[f"healthz_c{c}"]["server_cpu_us"], 1e-9), 2
            )
            for s in SUITES[1:]
        }
        for c in args.concurrency
    }
    return {
        "pharmacies": len(pharmacies),
        "limit": limit,
        "radius_m": radius,
        "first_search_s": round(index_build_s, 2),
        "phases": phases,
        "ratios": ratios,
    }


# -- main ----------------------------------------------------------------------------------------------


async def create_database(base: str, name: str) -> str:
    import asyncpg

    from storage import db

    admin = await asyncpg.connect(f"{base}/postgres")
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    url = f"{base}/{name}"
    await db.migrate(url)
    return url


async def drop_database(base: str, name: str) -> None:
    import asyncpg

    admin = await asyncpg.connect(f"{base}/postgres")
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await admin.close()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="a smoke run: small data, few requests")
    parser.add_argument("--pg", default=DEFAULT_PG, help="PostgreSQL server URL (trust), without a database")
    parser.add_argument("--redis-url", default=DEFAULT_REDIS_URL, help="a Redis db this run may flush")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--skip-evaluation", action="store_true")
    args = parser.parse_args()
    q = args.quick
    args.concurrency = (10,) if q else (1, 10, 50)
    args.rounds = 1 if q else 3
    args.requests = 200 if q else 2000
    sizes = {
        "institutions": 2_000 if q else 20_000,
        "events": 50_000 if q else 500_000,
        "pharmacies": 10_000 if q else 100_000,
    }
    year = 2025
    name = f"fundguard_bench_credit_{os.getpid()}"
    now = datetime.now(UTC)
    result: dict[str, Any] = {
        "bench": "credit",
        "quick": q,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "sizes": sizes,
        "concurrency": list(args.concurrency),
        "rounds": args.rounds,
        "requests_per_phase": args.requests,
    }

    async def run() -> None:
        url = await create_database(args.pg, name)
        log(f"database {name} created and migrated")
        try:
            with tempfile.TemporaryDirectory(prefix="bench-credit-") as tmp:
                if not args.skip_evaluation:
                    t0 = time.perf_counter()
                    events = await load_evaluation_region(
                        url, institutions=sizes["institutions"], events=sizes["events"], year=year, now=now
                    )
                    log(
                        f"evaluation data: {sizes['institutions']} institutions, {events} events "
                        f"({time.perf_counter() - t0:.0f} s)"
                    )
                    result["evaluation"] = {"events": events} | await bench_evaluation(
                        url, rounds=args.rounds, year=year
                    )
                t0 = time.perf_counter()
                pharmacies = generate_pharmacies(sizes["pharmacies"])
                await load_pharmacies(url, pharmacies, region=LOOKUP_REGION, now=now)
                published = await publish_some(url, pharmacies, share=1 / 3, now=now)
                log(
                    f"lookup data: {len(pharmacies)} pharmacies, {published} published grades "
                    f"({time.perf_counter() - t0:.0f} s)"
                )
                result["lookup"] = {"published_grades": published} | await bench_lookup(
                    args, url, pharmacies, Path(tmp)
                )
        finally:
            if not args.keep:
                await drop_database(args.pg, name)

    asyncio.run(run())
    errors = sum(p["errors"] for p in result["lookup"]["phases"].values())
    result["errors"] = errors
    print(json.dumps(result, ensure_ascii=False))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
