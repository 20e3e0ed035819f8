"""The demo's credit data: a second region (示范县, Shizuishan-style points) beside 示范市 (Zhenjiang-style
stars), credit events for both, so the officer has something to evaluate, and practitioner points.
Idempotent and seeded.

示范县's registry is a smaller copy of the demo generator's, under its own codes and name.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from tortoise.backends.base.client import BaseDBAsyncClient

from credit.models import CreditEventRecord
from kernel.clock import china_day
from points.models import PointRecord
from points.service import record_points
from registry.data.demo import CITY, DEMO_SEED, DIVISION, demo_institutions
from registry.models import Institution, Practitioner
from registry.rows import InstitutionRow
from registry.service import upsert_institutions

COUNTY = {"code": "demo2", "name": "示范县", "bureau": "示范县医疗保障局"}
COUNTY_DIVISION = "649902"
COUNTY_SIZE = 120
DEMO_ACTOR = "cli:demo-seed"
SOURCES = ("飞行检查", "日常稽核", "智能监控", "专项检查", "举报核查")


def county_institutions() -> list[InstitutionRow]:
    """The demo generator's first institutions, renamed into 示范县 with codes of their own."""
    rows = demo_institutions(random.Random(DEMO_SEED + 1))[:COUNTY_SIZE]
    return [
        r.model_copy(
            update={
                "code": r.code.replace(DIVISION, COUNTY_DIVISION, 1),
                "chain_parent": r.chain_parent.replace(DIVISION[:4], COUNTY_DIVISION[:4], 1)
                if r.chain_parent
                else None,
                "name": r.name.replace(CITY, COUNTY["name"]),
                "address": r.address.replace(CITY, COUNTY["name"]),
            }
        )
        for r in rows
    ]


def _events(region: str, codes: list[str], *, now: datetime, rng: random.Random) -> list[CreditEventRecord]:
    """A realistic spread over the past year: most institutions clean, some with one or two findings."""
    out: list[CreditEventRecord] = []
    today = china_day(now)
    for code in codes:
        roll = rng.random()
        kinds: list[str] = []
        if roll < 0.10:
            kinds = ["violation"]
        elif roll < 0.14:
            kinds = ["violation", "violation"]
        elif roll < 0.18:
            kinds = ["price_interview"]
        elif roll < 0.20:
            kinds = ["refused_payment"]
        elif roll < 0.21:
            kinds = ["fraud"]
        elif roll < 0.26:
            kinds = ["commendation"]
        for n, kind in enumerate(kinds):
            day = today - timedelta(days=rng.randrange(1, 300))
            amount = Decimal(rng.randrange(2_000, 400_000)) if kind == "refused_payment" else None
            out.append(
                CreditEventRecord(
                    region=region,
                    institution_code=code,
                    kind=kind,
                    occurred_on=day,
                    amount_fen=None if amount is None else int(amount * 100),
                    source=rng.choice(SOURCES),
                    evidence="",
                    origin="demo",
                    origin_ref=f"demo:{region}:{code}:{n}",
                    recorded_by="cli:demo-seed",
                    recorded_at=now,
                )
            )
    return out


async def seed_credit_demo(conn: BaseDBAsyncClient, *, regions: list[str], now: datetime) -> int:
    """示范县's institutions, and demo credit events for ``regions`` (once: a second seed adds none)."""
    await upsert_institutions(conn, region=COUNTY["code"], rows=county_institutions(), now=now)
    made = 0
    for index, region in enumerate(regions):
        codes = sorted(
            str(c)
            for c in await Institution.filter(region=region).using_db(conn).values_list("code", flat=True)
        )
        fresh = _events(region, codes, now=now, rng=random.Random(DEMO_SEED + 10 + index))
        refs = await (
            CreditEventRecord.filter(region=region, origin="demo")
            .using_db(conn)
            .values_list("origin_ref", flat=True)
        )
        known = {str(r) for r in refs}
        todo = [e for e in fresh if e.origin_ref not in known]
        await CreditEventRecord.bulk_create(todo, batch_size=500, using_db=conn)
        made += len(todo)
    return made


async def seed_points_demo(conn: BaseDBAsyncClient, *, region: str, now: datetime) -> str | None:
    """Points for two of ``region``'s practitioners (once): the first suspended by reaching 9 points this
    year, the second with a minor deduction. Returns the first one's code, for the demo's banner."""
    codes = sorted(
        str(c) for c in await Practitioner.filter(region=region).using_db(conn).values_list("code", flat=True)
    )[:2]
    if len(codes) < 2:
        return None
    if not await PointRecord.filter(recorded_by=DEMO_ACTOR).using_db(conn).exists():
        today = china_day(now)
        new_year = date(today.year, 1, 1)

        def day(days_ago: int) -> date:
            return max(new_year, today - timedelta(days=days_ago))

        given = [
            (codes[0], "moderate", 6, day(70), None, "超量开药，未按规定留存处方"),
            (codes[0], "minor", 3, day(12), 3, "串换药品，将非医保药品记为医保药品"),
            (codes[1], "minor", 2, day(40), None, "未核验参保人身份即刷卡结算"),
        ]
        for code, kind, pts, on, months, summary in given:
            await record_points(
                conn,
                region=region,
                practitioner_code=code,
                kind=kind,
                points_given=pts,
                decided_on=on,
                notified_on=on,
                summary=summary,
                suspension_months=months,
                source="日常稽核",
                actor=DEMO_ACTOR,
                now=now,
            )
    return codes[0]
