"""Benchmark: what the staff console asks of the service, over a region with 100,000 reports.

Data: PostgreSQL database ``fundguard_bench_console`` (created and migrated once; seeded with COPY when it
does not hold this run's data yet): 100,000 reports in region ``demo`` spread over a year, every status,
category and channel, 20 investigators; 10 events each (1,000,000); 2,000 rewards with their shares and
5 published credit runs, so the home page has every section to count.

The service runs production-like, as a subprocess ``fundguard serve`` on that database and a Redis db
(12, flushed). A head signs in through ``/admin/api/login`` and each suite runs at concurrency 1 and 10:

- **healthz**: ``/healthz``, the floor of one request through the stack, measured in the same run;
- **queue**: ``/admin/api/reports`` filtered (status + channel, category, deadline overdue, search by name
  prefix), 50 rows a page;
- **queue_deep**: a page deep into the keyset (cursors 10,000 to 30,000 rows into the open reports, newest
  first and by deadline), 50 rows;
- **case**: ``/admin/api/reports/{id}`` of random reports (the row, 10 events, evidence, messages, moves);
- **home**: ``/admin/api/dashboard`` (queues, deadline counts, 12 weeks by category and channel, outcomes,
  rewards, grade distributions).

For each: the web process's CPU per request (``/proc/<pid>/stat`` before and after), the database
backends' CPU per request beside it, p50/p99 latency and rate. Every answer must be 200 with the expected
shape; any error sets exit status 1. When the code under test has the console's HTML pages (branch
``console``), the same four are measured as pages too (``page_*``), signed in with the session cookie:

    git archive console | tar -x -C /tmp/fg-console
    PYTHONPATH=/tmp/fg-console .venv/bin/python bench/console.py

    .venv/bin/python bench/console.py            # full run
    .venv/bin/python bench/console.py --quick    # smoke run (10,000 reports)

The last line of stdout is one JSON object with every figure; progress goes to stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import importlib.util
import json
import os
import platform
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
from measure import cpu_seconds, free_port, log, percentile, proc_cpu_seconds, start_serve, wait_ready

DEFAULT_PG = "postgres://postgres@127.0.0.1:5432"
DB_NAME = "fundguard_bench_console"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/12"
FIELD_KEY = base64.b64encode(b"k" * 32).decode()
REGION = "demo"
PASSWORD = "bench console password"
STATUS_MIX = (
    ("informed", 55),
    ("not_accepted", 10),
    ("submitted", 6),
    ("accepted", 4),
    ("assigned", 5),
    ("investigating", 14),
    ("concluded", 6),
)
CHANNELS = ("wechat", "wechat", "wechat", "miniprogram", "phone", "walk_in", "mail")
OPEN = ("submitted", "accepted", "assigned", "investigating", "concluded")
NAMES = ("益丰大药房", "老百姓大药房", "仁和药房", "示范市第一人民医院", "东风社区卫生服务中心", "康泰诊所")
STREETS = ("人民路", "解放路", "东风路", "建设路", "中山路", "五一路", "芙蓉路", "韶山路")
SUITES = ("healthz", "queue", "queue_deep", "case", "home")
# The console's HTML pages over the same services, when the code under test has them (branch console):
# the session cookie is the API session's token.
PAGE_SUITES = ("page_queue", "page_queue_deep", "page_case", "page_home")


# -- data ----------------------------------------------------------------------------------------------


def china_noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 4, 0, tzinfo=UTC)  # 12:00 in China


async def seed(url: str, *, reports: int, today: date, rng: random.Random) -> dict[str, Any]:
    """Fill the report, event, reward and credit tables with COPY (unless this size is there already)."""
    import asyncpg
    from tortoise.transactions import in_transaction

    from reports.rules import load_rules
    from staff.service import StaffPolicy, create_staff
    from storage import db

    conn = await asyncpg.connect(url)
    try:
        marker = f"bench:{reports}:{today.isoformat()}"
        have = await conn.fetchval("SELECT count(*) FROM report WHERE region = $1", REGION)
        kept = await conn.fetchval(
            "SELECT count(*) FROM region WHERE code = $1 AND bureau = $2", REGION, marker
        )
        staff_ids = [r["id"] for r in await conn.fetch("SELECT id FROM staff_account ORDER BY id")]
        if have == reports and kept and staff_ids:
            log(f"database holds {reports} reports of {today}: kept")
            return {"seeded": False, "investigators": staff_ids[1:]}
        log(f"seeding {reports:,} reports, {reports * 10:,} events")
        tables = "report, report_event, report_message, report_evidence, reward, reward_share, reward_ledger"
        await conn.execute(
            f"TRUNCATE {tables}, credit_run, staff_account, staff_session, region RESTART IDENTITY"
        )
    finally:
        await conn.close()

    await db.init_db(url)
    try:
        policy, now = StaffPolicy(), datetime.now(UTC)
        async with in_transaction() as tx:
            head = await create_staff(
                tx,
                username="head1",
                display_name="王科长",
                password=PASSWORD,
                roles=["head", "intake"],
                regions=[REGION],
                by="cli:bench",
                policy=policy,
                now=now,
            )
            investigators = [
                (
                    await create_staff(
                        tx,
                        username=f"inv{i:02d}",
                        display_name=f"调查员{i:02d}",
                        password=PASSWORD,
                        roles=["investigator"],
                        regions=[REGION],
                        by="cli:bench",
                        policy=policy,
                        now=now,
                    )
                ).id
                for i in range(20)
            ]
        categories = [c.code for c in load_rules(receipt_key=b"k" * 32).taxonomy(REGION).categories]
    finally:
        await db.close_db()

    statuses = [s for s, w in STATUS_MIX for _ in range(w)]
    report_rows, event_rows, concluded = [], [], []
    for rid in range(1, reports + 1):
        received_day = today - timedelta(days=rng.randrange(365))
        received = china_noon(received_day) + timedelta(minutes=rng.randrange(-600, 600))
        status = rng.choice(statuses)
        anonymous = rng.random() < 0.6
        accept_by = received_day + timedelta(days=21)
        decided = received + timedelta(days=5) if status != "submitted" else None
        handle_by = received_day + timedelta(days=90) if status not in ("submitted", "not_accepted") else None
        assignee = (
            rng.choice(investigators)
            if status in ("assigned", "investigating", "concluded", "informed")
            else None
        )
        conclusion = (
            rng.choice(("substantiated", "partly", "not_substantiated"))
            if status in ("concluded", "informed")
            else None
        )
        concluded_at = received + timedelta(days=40) if conclusion else None
        amount = (
            rng.randrange(0, 5_000_000)
            if conclusion in ("substantiated", "partly")
            else (0 if conclusion else None)
        )
        inform_by = (concluded_at.date() + timedelta(days=10)) if concluded_at else None
        name = f"{rng.choice(NAMES)}（{rng.choice(STREETS)}{rng.randrange(1, 40)}号店）"
        report_rows.append(
            (
                rid,
                REGION,
                f"bench{rid:08d}",
                rng.choice(categories),
                "retail_pharmacy",
                f"P43{rid % 3000:09d}",
                name,
                "药店允许用医保卡购买生活用品，收银时按药品结算。",
                rng.choice(CHANNELS),
                anonymous,
                status,
                received,
                accept_by,
                decided,
                decided.date() + timedelta(days=5) if decided else None,
                "out_of_scope" if status == "not_accepted" else None,
                decided if handle_by else None,
                assignee,
                handle_by,
                0,
                concluded_at,
                conclusion,
                amount,
                inform_by,
                concluded_at + timedelta(days=3) if status == "informed" and concluded_at else None,
                3,
                received,
                received,
            )
        )
        if conclusion in ("substantiated", "partly"):
            concluded.append((rid, amount or 0, concluded_at))
        for k in range(10):
            at = received + timedelta(hours=k * 7)
            event_rows.append(
                (
                    rid * 10 + k,
                    rid,
                    at,
                    f"staff:{assignee or head.id}",
                    ("submitted", "accepted", "assigned", "note")[min(k, 3)],
                    status,
                    f"第{k + 1}步",
                    k % 3 != 2,
                )
            )
    conn = await asyncpg.connect(url)
    try:
        await conn.copy_records_to_table(
            "report",
            records=report_rows,
            columns=[
                "id",
                "region",
                "receipt_hash",
                "category",
                "target_party",
                "target_code",
                "target_name",
                "description",
                "channel",
                "anonymous",
                "status",
                "received_at",
                "accept_by",
                "decided_at",
                "decision_inform_by",
                "not_accepted_reason",
                "accepted_at",
                "assignee_id",
                "handle_by",
                "extensions",
                "concluded_at",
                "conclusion",
                "verified_amount_fen",
                "inform_by",
                "informed_at",
                "version",
                "created_at",
                "updated_at",
            ],
        )
        log(f"{len(report_rows):,} reports copied")
        await conn.copy_records_to_table(
            "report_event",
            records=event_rows,
            columns=["id", "report_id", "at", "actor", "kind", "status", "note", "public"],
        )
        log(f"{len(event_rows):,} events copied")
        rewards = concluded[:2000]
        await conn.copy_records_to_table(
            "reward",
            records=[
                (
                    i + 1,
                    rid,
                    REGION,
                    "national",
                    "paid" if i % 3 else "offered",
                    fen,
                    max(20_000, fen // 50),
                    head.id,
                    at,
                    investigators[0],
                    at,
                    0,
                    "[]",
                )
                for i, (rid, fen, at) in enumerate(rewards)
            ],
            columns=[
                "id",
                "report_id",
                "region",
                "policy",
                "status",
                "case_value_fen",
                "amount_fen",
                "proposed_by",
                "proposed_at",
                "approved_by",
                "approved_at",
                "version",
                "explanation",
            ],
        )
        await conn.copy_records_to_table(
            "reward_share",
            records=[
                (
                    i + 1,
                    i + 1,
                    1,
                    max(20_000, fen // 50),
                    "paid" if i % 3 else "offered",
                    at if i % 3 else None,
                    0,
                )
                for i, (_, fen, at) in enumerate(rewards)
            ],
            columns=["id", "reward_id", "seq", "amount_fen", "status", "paid_at", "version"],
        )
        for n in range(5):
            await conn.execute(
                "INSERT INTO credit_run (region, period, scheme, scheme_snapshot, as_of, status, summary, "
                "created_by, created_at, published_by, published_at) VALUES ($1, $2, 'zhenjiang', '{}', $3, "
                "$4, $5, 'cli:bench', now(), 'cli:bench', now() - make_interval(days => $6))",
                REGION,
                str(2021 + n),
                date(2021 + n, 12, 31),
                "published" if n == 4 else "superseded",
                json.dumps({"grades": {"★★★": 800 + n, "★★": 150, "★": 40 - n}, "not_rated": 10}),
                365 * (4 - n),
            )
        for table in ("report", "report_event", "reward", "reward_share"):
            await conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
            )
        await conn.execute("ANALYZE")
        # Written last: a seed cut short is done again by the next run.
        await conn.execute(
            "INSERT INTO region (code, name, bureau, created_at) VALUES ($1, '示范市', $2, now())",
            REGION,
            marker,
        )
    finally:
        await conn.close()
    return {"seeded": True, "investigators": investigators}


async def deep_cursors(url: str, depths: Sequence[int]) -> list[str]:
    """Cursors of pages ``depths`` rows into the open reports, in both orders (the queue's own encoding)."""
    import asyncpg

    from reports.queue import _encode

    conn = await asyncpg.connect(url)
    out = []
    try:
        for depth in depths:
            row = await conn.fetchrow(
                "SELECT received_at, id FROM report WHERE region = $1 AND status = ANY($2) "
                "ORDER BY received_at DESC, id DESC OFFSET $3 LIMIT 1",
                REGION,
                list(OPEN),
                depth,
            )
            out.append(
                f"order=received&cursor={_encode('received', row['received_at'].isoformat(), row['id'])}"
            )
            row = await conn.fetchrow(
                "SELECT accept_by, id FROM report WHERE region = $1 AND status = ANY($2) "
                "ORDER BY accept_by, id OFFSET $3 LIMIT 1",
                REGION,
                list(OPEN),
                depth,
            )
            out.append(
                f"order=deadline&cursor={_encode('deadline', row['accept_by'].isoformat(), row['id'])}"
            )
    finally:
        await conn.close()
    return out


# -- driving -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Call:
    path: str
    check: Callable[[Any], str | None]  # None when the body is what it should be
    html: bool = False  # a console page: checked to be a whole HTML page


def page_check(raw: bytes) -> str | None:
    return None if b"<html" in raw[:400].lower() and b"</html>" in raw[-200:].lower() else "not a whole page"


def rows_check(body: Any) -> str | None:
    if not isinstance(body, dict) or not isinstance(body.get("reports"), list):
        return "not a queue"
    return None if all("deadline_state" in r for r in body["reports"]) else "rows lack deadline_state"


def full_page(body: Any) -> str | None:
    problem = rows_check(body)
    return problem or (None if len(body["reports"]) == 50 and body["next_cursor"] else "deep page not full")


def case_check(body: Any) -> str | None:
    return (
        None
        if isinstance(body, dict) and len(body.get("timeline", [])) == 10
        else "case without its 10 events"
    )


def home_check(body: Any) -> str | None:
    ok = (
        isinstance(body, dict) and body.get("reports_per_week") and body.get("grades") and body.get("rewards")
    )
    return None if ok else "home lacks a section"


def calls(
    suite: str, n: int, *, rng: random.Random, reports: int, cursors: Sequence[str], categories: Sequence[str]
) -> list[Call]:
    base = f"/admin/api/reports?region={REGION}&limit=50&"
    filters = (
        "status=investigating&channel=phone",
        "category={cat}",
        "deadline=overdue",
        "q=益丰",
        "status=submitted&order=received",
        "assignee_id=0&status=accepted",
    )
    out = []
    page_filters = [f for f in filters if "{cat}" not in f]
    for _ in range(n):
        if suite == "page_queue":
            out.append(
                Call(f"/admin/reports?region={REGION}&" + rng.choice(page_filters), page_check, html=True)
            )
        elif suite == "page_queue_deep":
            out.append(Call(f"/admin/reports?region={REGION}&" + rng.choice(cursors), page_check, html=True))
        elif suite == "page_case":
            out.append(Call(f"/admin/reports/{rng.randrange(1, reports + 1)}", page_check, html=True))
        elif suite == "page_home":
            out.append(Call(f"/admin/?region={REGION}", page_check, html=True))
        elif suite == "healthz":
            out.append(Call("/healthz", lambda b: None))
        elif suite == "queue":
            f = rng.choice(filters).format(cat=rng.choice(categories))
            out.append(Call(base + f, rows_check))
        elif suite == "queue_deep":
            out.append(Call(base + rng.choice(cursors), full_page))
        elif suite == "case":
            out.append(Call(f"/admin/api/reports/{rng.randrange(1, reports + 1)}", case_check))
        else:
            out.append(Call(f"/admin/api/dashboard?region={REGION}", home_check))
    return out


def pg_backends_cpu(pids: Sequence[int]) -> float:
    total = 0.0
    for pid in pids:
        try:
            total += cpu_seconds(f"/proc/{pid}/stat")
        except OSError:
            pass  # a backend that just left
    return total


async def drive(
    http: aiohttp.ClientSession,
    base: str,
    todo: Sequence[Call],
    *,
    concurrency: int,
    pid: int,
    token: str,
    pg_pids: Callable[[], Any],
) -> dict[str, Any]:
    latencies: list[float] = []
    errors: Counter[str] = Counter()
    samples: dict[str, str] = {}
    queue = iter(todo)
    headers = {"Authorization": f"Bearer {token}", "Cookie": f"fg_console={token}"}

    async def worker() -> None:
        for call in queue:
            t0 = time.perf_counter()
            async with http.get(base + call.path, headers=headers) as resp:
                raw = await resp.read()
                status = resp.status
            latencies.append((time.perf_counter() - t0) * 1000)
            problem = f"HTTP {status}" if status != 200 else None
            if problem is None and call.html:
                problem = call.check(raw)
            elif problem is None and raw[:1] == b"{":
                problem = call.check(json.loads(raw))
            if problem:
                errors[problem] += 1
                samples.setdefault(problem, f"{call.path} → {raw[:300]!r}")

    pids = await pg_pids()
    cpu0, pg0, t0 = proc_cpu_seconds(pid), pg_backends_cpu(pids), time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    wall, cpu = time.perf_counter() - t0, proc_cpu_seconds(pid) - cpu0
    pg = pg_backends_cpu(pids) - pg0
    latencies.sort()
    return {
        "requests": len(todo),
        "rps": round(len(todo) / wall, 1),
        "p50_ms": round(percentile(latencies, 0.5), 2),
        "p99_ms": round(percentile(latencies, 0.99), 2),
        "server_cpu_ms": round(cpu / len(todo) * 1000, 3),
        "pg_cpu_ms": round(pg / len(todo) * 1000, 3),
        "errors": sum(errors.values()),
        "error_samples": samples,
    }


async def bench(args: argparse.Namespace, url: str, workdir: Path, info: dict[str, Any]) -> dict[str, Any]:
    import asyncpg

    from reports.rules import load_rules
    from storage import kv

    r = kv.connect(args.redis_url)
    await r.flushdb()
    await r.aclose()
    cursors = await deep_cursors(url, args.depths)
    categories = [c.code for c in load_rules(receipt_key=b"k" * 32).taxonomy(REGION).categories]
    port = free_port()
    env = dict(os.environ)
    env.update(
        DATABASE_URL=url,
        REDIS_URL=args.redis_url,
        FIELD_ENCRYPTION_KEY=FIELD_KEY,
        VAR_DIR=str(workdir / "var"),
        REGION=REGION,
        TRUSTED_PROXIES="127.0.0.1",
        PYTHONUNBUFFERED="1",
    )
    log_path = workdir / "serve.log"
    proc = start_serve(port, env, log_path)
    base = f"http://127.0.0.1:{port}"
    meter = await asyncpg.connect(url)

    async def pg_pids() -> list[int]:
        rows = await meter.fetch(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        return [int(row["pid"]) for row in rows]

    phases: dict[str, dict[str, Any]] = {}
    rng = random.Random(7)
    try:
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=20)) as http:
            await wait_ready(http, base, proc, log_path)
            async with http.post(
                base + "/admin/api/login", json={"username": "head1", "password": PASSWORD}
            ) as resp:
                assert resp.status == 200, await resp.text()
                token = (await resp.json())["token"]
            async with http.get(base + "/admin/", headers={"Cookie": f"fg_console={token}"}) as resp:
                pages = resp.status == 200 and "html" in resp.content_type
            suites = SUITES + (PAGE_SUITES if pages else ())
            for suite in suites:  # warm-up: every code path once, caches and plans filled
                todo = calls(suite, 30, rng=rng, reports=args.reports, cursors=cursors, categories=categories)
                await drive(http, base, todo, concurrency=5, pid=proc.pid, token=token, pg_pids=pg_pids)
            for c in (1, 10):
                for suite in suites:
                    n = args.requests if c > 1 else args.requests // 2
                    todo = calls(
                        suite, n, rng=rng, reports=args.reports, cursors=cursors, categories=categories
                    )
                    got = await drive(
                        http, base, todo, concurrency=c, pid=proc.pid, token=token, pg_pids=pg_pids
                    )
                    phases[f"{suite}_c{c}"] = got
                    log(
                        f"c{c} {suite}: {got['rps']:.0f}/s p50 {got['p50_ms']:.1f} ms "
                        f"p99 {got['p99_ms']:.1f} ms, {got['server_cpu_ms']:.2f} ms server CPU/req, "
                        f"{got['pg_cpu_ms']:.2f} ms PostgreSQL, {got['errors']} errors"
                    )
    finally:
        await meter.close()
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
    return {
        "phases": phases,
        "html_pages": "measured" if pages else "absent on this branch (/admin/ is not 200)",
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="a smoke run: 10,000 reports, few requests")
    parser.add_argument("--pg", default=DEFAULT_PG, help="PostgreSQL server URL (trust), without a database")
    parser.add_argument("--redis-url", default=DEFAULT_REDIS_URL, help="a Redis db this run may flush")
    args = parser.parse_args()
    args.reports = 10_000 if args.quick else 100_000
    args.requests = 100 if args.quick else 600
    args.depths = (1_000, 2_000) if args.quick else (10_000, 20_000, 30_000)
    name = DB_NAME + ("_quick" if args.quick else "")
    if importlib.util.find_spec("handlers.console") is not None:
        name += "_pages"  # another branch's code, with its own migrations: its own database

    async def prepare() -> tuple[str, dict[str, Any]]:
        import asyncpg

        from storage import db

        admin = await asyncpg.connect(f"{args.pg}/postgres")
        try:
            if not await admin.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name):
                await admin.execute(f'CREATE DATABASE "{name}"')
        finally:
            await admin.close()
        url = f"{args.pg}/{name}"
        await db.migrate(url)
        t0 = time.perf_counter()
        info = await seed(url, reports=args.reports, today=datetime.now(UTC).date(), rng=random.Random(11))
        # As autovacuum would have by now on a live system: the visibility map lets the home figures'
        # counts be index-only scans, and the planner knows the new indexes.
        conn = await asyncpg.connect(url)
        try:
            await conn.execute("VACUUM ANALYZE report")
        finally:
            await conn.close()
        info["seed_s"] = round(time.perf_counter() - t0, 1)
        return url, info

    url, info = asyncio.run(prepare())
    with tempfile.TemporaryDirectory(prefix="fg-bench-console-") as tmp:
        result = asyncio.run(bench(args, url, Path(tmp), info))
    phases = result["phases"]
    floor = {c: phases[f"healthz_c{c}"] for c in (1, 10)}
    out = {
        "bench": "console",
        "quick": args.quick,
        "reports": args.reports,
        "events": args.reports * 10,
        "seeded": info["seeded"],
        "seed_s": info["seed_s"],
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "phases": phases,
        "cpu_over_healthz_ms": {
            f"{s}_c{c}": round(phases[f"{s}_c{c}"]["server_cpu_ms"] - floor[c]["server_cpu_ms"], 3)
            for c in (1, 10)
            for s in (*SUITES[1:], *(PAGE_SUITES if result["html_pages"] == "measured" else ()))
        },
        "html_pages": result["html_pages"],
        "errors": sum(p["errors"] for p in phases.values()),
    }
    print(json.dumps(out, ensure_ascii=False, separators=(",", ":")))
    return 1 if out["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
