"""Demo survey data: 示范区 (``demo3``, graded on the Shenzhen scheme, where patient satisfaction weighs
20%) with four pharmacies, and answers for three of them spread over the year so far — two reach the
minimum sample, one does not (its grade says why), one has none. Idempotent: the same people answer
again and replace their answers."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from tortoise.backends.base.client import BaseDBAsyncClient

from kernel.clock import CHINA, china_day
from registry.rows import InstitutionRow
from registry.service import upsert_institutions
from storage.crypto import FieldCipher
from surveys import rules, service
from surveys.aggregate import aggregate

DISTRICT = {"code": "demo3", "name": "示范区", "bureau": "示范区医疗保障局"}
PHARMACIES = {
    "Z339903000001": ("示范区人民路大药房", 46, (0.55, 0.35, 0.07, 0.03, 0.0)),
    "Z339903000002": ("示范区健康药店（解放路店）", 38, (0.15, 0.35, 0.3, 0.15, 0.05)),
    "Z339903000003": ("示范区百姓平价药房", 12, (0.4, 0.4, 0.2, 0.0, 0.0)),
    "Z339903000004": ("示范区新开药房", 0, (1.0, 0.0, 0.0, 0.0, 0.0)),
}


def _rows() -> list[InstitutionRow]:
    return [
        InstitutionRow.model_validate(
            {
                "code": code,
                "name": name,
                "kind": "retail_pharmacy",
                "address": f"{DISTRICT['name']}人民路{i + 1}号",
                "agreement_start": date(2020, 1, 1),
            }
        )
        for i, (code, (name, _, _)) in enumerate(PHARMACIES.items())
    ]


async def seed_survey_demo(conn: BaseDBAsyncClient, *, now: datetime, cipher: FieldCipher) -> str:
    """Seed and aggregate 示范区's year; returns the period aggregated (its event is in ``conn``)."""
    region = str(DISTRICT["code"])
    await upsert_institutions(conn, region=region, rows=_rows(), now=now)
    rng = random.Random(20260313)
    today = china_day(now)
    first = date(today.year, 1, 1)
    days = (today - first).days + 1
    for code, (_, count, shares) in PHARMACIES.items():
        target = await service.institution_target(conn, code=code, region=region)
        for n in range(count):
            day = first + timedelta(days=n * days // max(count, 1))
            at = datetime.combine(day, time(10), tzinfo=CHINA)
            overall = 5 - rng.choices(range(5), weights=shares)[0]
            answers = {"overall": overall}
            if n % 3 == 0:  # a third go on past the one tap
                answers |= {
                    i.id: max(1, min(5, overall + rng.choice((-1, 0, 0, 1))))
                    for i in target.questionnaire.items[1:]
                }
            await service.answer(
                conn,
                target,
                person=f"demo:{code}:{n}",
                answers=answers,
                channel="chat",
                cipher=cipher,
                now=at,
            )
    period = rules.period_of(today, rules.limits(region).period)
    await aggregate(conn, region=region, period=period, now=now)
    return period
