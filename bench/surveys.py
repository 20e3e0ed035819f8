"""Benchmark: survey answers through the service function patients' taps call, aggregation of a region's
period, and posters.

A fresh PostgreSQL database (created, migrated, dropped at the end; ``--sqlite`` uses a temporary SQLite
file instead) holds ``--institutions`` pharmacies of region ``demo``:

- **answer**: ``--answers`` one-tap answers by distinct people through ``surveys.service.answer`` (the
  function the chat flow and ``POST /api/v1/…/survey/responses`` call, each in its own transaction), at
  concurrency ``--concurrency``; CPU of this process per answer, and p50/p99 latency. This is the domain
  path without HTTP or WeChat's XML (``bench/wechat_callback.py`` measures that edge and its floor).
- **aggregate**: ``--responses`` stored responses (bulk inserted, spread over the institutions and the
  month) aggregated by ``surveys.aggregate.aggregate`` (one read, one event), timed.
- **posters**: ``--posters`` A4 PDFs written by ``surveys.posters.write_posters``, time per poster.

    .venv/bin/python bench/surveys.py --quick
    .venv/bin/python bench/surveys.py          # 20,000 answers, 1,000,000 responses, 1,000 posters

The last line of stdout is one JSON object with every figure; progress goes to stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import tempfile
import time
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import asyncpg
from measure import log, percentile  # first: takes bench/ off sys.path (bench/surveys.py shadows surveys/)
from tortoise.transactions import in_transaction

from registry.rows import InstitutionRow
from registry.service import upsert_institutions
from storage import db
from storage.crypto import FieldCipher
from surveys import posters, service
from surveys.aggregate import aggregate
from surveys.models import SurveyResponse

NOW = datetime(2026, 3, 28, 2, 0, tzinfo=UTC)
CIPHER = FieldCipher(b"b" * 32)


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def seed(n: int) -> list[str]:
    codes = [f"B{i:011d}" for i in range(n)]
    rows = [
        InstitutionRow.model_validate(
            {"code": c, "name": f"示范市测试药房{i}号店", "kind": "retail_pharmacy",
             "address": "示范市人民路1号", "agreement_start": date(2020, 1, 1)}
        )
        for i, c in enumerate(codes)
    ]  # fmt: skip
    async with in_transaction() as conn:
        await upsert_institutions(conn, region="demo", rows=rows, now=NOW)
    return codes


async def answers(codes: list[str], n: int, concurrency: int) -> dict[str, Any]:
    targets = {}
    async with in_transaction() as conn:
        for code in codes[: max(1, n // 15)]:  # under the burst floor per institution and day
            targets[code] = await service.institution_target(conn, code=code, region="demo")
    order = list(targets.values())
    latencies: list[float] = []
    queue = asyncio.Queue[int]()
    for i in range(n):
        queue.put_nowait(i)

    async def worker() -> None:
        while not queue.empty():
            i = queue.get_nowait()
            start = time.perf_counter()
            async with in_transaction() as conn:
                await service.answer(
                    conn, order[i % len(order)], person=f"o-bench-{i}", answers={"overall": 1 + i % 5},
                    channel="chat", cipher=CIPHER, now=NOW,
                )  # fmt: skip
            latencies.append(time.perf_counter() - start)

    cpu0, wall0 = cpu(), time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    wall, used = time.perf_counter() - wall0, cpu() - cpu0
    latencies.sort()
    return {
        "answers": n,
        "concurrency": concurrency,
        "cpu_ms_per_answer": round(used / n * 1000, 3),
        "p50_ms": round(percentile(latencies, 0.5) * 1000, 2),
        "p99_ms": round(percentile(latencies, 0.99) * 1000, 2),
        "answers_per_s": round(n / wall, 1),
    }


async def aggregation(codes: list[str], n: int) -> dict[str, Any]:
    batch = []
    for i in range(n):
        batch.append(
            SurveyResponse(
                region="demo", subject_kind="institution", subject=codes[i % len(codes)],
                questionnaire="pharmacy", version="2026.1", period="2026-04",
                answers={"overall": 1 + i % 5}, score=Decimal(25 * (i % 5)),
                answered_on=date(2026, 4, 1 + i % 28), channel="chat", person_hash=uuid.uuid4().hex,
            )
        )  # fmt: skip
        if len(batch) == 5000:
            await SurveyResponse.bulk_create(batch)
            batch = []
    if batch:
        await SurveyResponse.bulk_create(batch)
    start = time.perf_counter()
    async with in_transaction() as conn:
        result = await aggregate(conn, region="demo", period="2026-04", now=NOW)
    took = time.perf_counter() - start
    assert sum(s["responses"] for s in result["institutions"].values()) == n
    return {"responses": n, "institutions": len(result["institutions"]), "seconds": round(took, 2)}


def poster_times(n: int, out: Path) -> dict[str, Any]:
    specs = [
        posters.PosterSpec(f"B{i:011d}", f"示范市测试药房{i}号店", f"http://weixin.qq.com/q/{i:020d}")
        for i in range(n)
    ]
    start = time.perf_counter()
    posters.write_posters(specs, out, line="您的评价计入本机构医保信用评价。", font=posters.cjk_font())
    took = time.perf_counter() - start
    return {"posters": n, "ms_per_poster": round(took / n * 1000, 1)}


async def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--quick", action="store_true")
    p.add_argument("--sqlite", action="store_true")
    args = p.parse_args()
    sizes = (2000, 200, 100_000, 2000, 50) if args.quick else (20_000, 2000, 1_000_000, 20_000, 1000)
    n_answers, n_answer_places, n_responses, n_places, n_posters = sizes
    work = Path(tempfile.mkdtemp(prefix="fg-bench-surveys-"))
    name = f"fg_bench_surveys_{uuid.uuid4().hex[:8]}"
    if args.sqlite:
        url = f"sqlite://{work / 'bench.sqlite3'}"
    else:
        admin = await asyncpg.connect("postgres://postgres@127.0.0.1:5432/postgres")
        await admin.execute(f'CREATE DATABASE "{name}"')
        await admin.close()
        url = f"postgres://postgres@127.0.0.1:5432/{name}"
    try:
        await db.migrate(url)
        await db.init_db(url)
        log("seeding institutions")
        codes = await seed(max(n_places, n_answer_places))
        log("answers")
        figures: dict[str, Any] = {"backend": "sqlite" if args.sqlite else "postgres"}
        figures["answer"] = await answers(codes[:n_answer_places], n_answers, 50)
        log("aggregation")
        figures["aggregate"] = await aggregation(codes[:n_places], n_responses)
        await db.close_db()
        log("posters")
        figures["posters"] = poster_times(n_posters, work / "posters")
    finally:
        if not args.sqlite:
            admin = await asyncpg.connect("postgres://postgres@127.0.0.1:5432/postgres")
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            await admin.close()
    print(json.dumps(figures, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
