"""``fundguard credit evaluate|publish|runs|explain|facts|notices|import-events`` as an officer runs them,
against the test database (PostgreSQL and SQLite), and ``credit simulate`` on the exported facts."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tortoise.transactions import in_transaction

from credit.demo import COUNTY, seed_credit_demo
from credit.models import CreditEventRecord, CreditGrade, PublishedGrade
from registry.data.demo import seed_registry
from tests.conftest import TEST_FIELD_KEY
from tests.integration.credit_kit import event, places

FUNDGUARD = str(Path(sys.executable).with_name("fundguard"))


async def fundguard(database: str, tmp_path: Path, *args: str) -> tuple[int, Any, str]:
    """Exit code, the last stdout line as JSON (or None), and stderr."""
    env = {
        **os.environ,
        "DATABASE_URL": database,
        "FIELD_ENCRYPTION_KEY": TEST_FIELD_KEY,
        "VAR_DIR": str(tmp_path),
    }
    proc = await asyncio.create_subprocess_exec(
        FUNDGUARD,
        *args,
        env=env,
        cwd=tmp_path,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await proc.communicate()
    lines = out.decode().strip().splitlines()
    return proc.returncode or 0, json.loads(lines[-1]) if lines else None, err.decode()


async def test_an_officer_evaluates_explains_publishes_and_simulates_from_the_command_line(
    database: str, tmp_path: Path
) -> None:
    await places("P0000001", "P0000002", "P0000003")
    await event("P0000002", "violation", "2025-03-01")
    await event("P0000003", "violation", "2025-03-01")
    await event("P0000003", "price_interview", "2025-04-01")
    await event("P0000003", "price_interview", "2025-05-01")

    code, run, err = await fundguard(
        database, tmp_path, "credit", "evaluate", "--region", "demo", "--period", "2025"
    )
    assert code == 0, err
    assert (run["status"], run["institutions"], run["not_rated"]) == ("draft", 3, 0)
    assert run["grades"] == {"★★★": 1, "★★": 1, "★": 1}
    assert "评价" in err and "3/3" in err  # the progress bar, on stderr
    assert await PublishedGrade.all().count() == 0

    code, why, _ = await fundguard(
        database, tmp_path, "credit", "explain", "--run", str(run["run_id"]), "--code", "P0000003"
    )
    assert (
        code == 0
        and why["grade"] == "★"
        and any("药品价格异常约谈 2 次" in line for line in why["explanation"])
    )
    code, done, _ = await fundguard(database, tmp_path, "credit", "publish", "--run", str(run["run_id"]))
    assert code == 0 and done["status"] == "published"
    assert (await PublishedGrade.get(institution_code="P0000003")).grade == "★"
    code, again, err = await fundguard(database, tmp_path, "credit", "publish", "--run", str(run["run_id"]))
    assert code == 1 and again is None and "草稿" in err
    code, history, _ = await fundguard(database, tmp_path, "credit", "runs", "--region", "demo")
    assert [(r["id"], r["status"]) for r in history["runs"]] == [(run["run_id"], "published")]
    code, notices, _ = await fundguard(database, tmp_path, "credit", "notices", "--run", str(run["run_id"]))
    assert code == 0 and len([n for n in notices["notices"] if n["objection_code"]]) == 3

    code, facts, _ = await fundguard(
        database, tmp_path, "credit", "facts", "--region", "demo", "--period", "2025"
    )
    facts_file = tmp_path / "facts.json"
    facts_file.write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")
    code, simulated, err = await fundguard(
        database, tmp_path, "credit", "simulate", "--scheme", "zhenjiang", "--facts", str(facts_file)
    )
    assert code == 0, err
    stored = {g.institution_code: g.grade for g in await CreditGrade.filter(run_id=run["run_id"])}
    assert {c: g["grade"] for c, g in simulated["grades"].items()} == stored


async def test_event_files_are_imported_all_or_nothing_from_the_command_line(
    database: str, tmp_path: Path
) -> None:
    await places("P0000001")
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "机构编码,事件类型,日期\nP0000001,违规,2025-03-01\nP0000001,贿赂,2025-03-01\n", encoding="utf-8"
    )
    code, _, err = await fundguard(
        database, tmp_path, "credit", "import-events", "--region", "demo", str(bad)
    )
    assert code == 1 and "第3行" in err and "无法识别" in err
    assert await CreditEventRecord.all().count() == 0
    good = tmp_path / "good.csv"
    good.write_text("机构编码,事件类型,日期\nP0000001,违规,2025-03-01\n", encoding="gbk")
    for created in (1, 0):
        code, summary, err = await fundguard(
            database, tmp_path, "credit", "import-events", "--region", "demo", str(good)
        )
        assert code == 0 and (summary["encoding"], summary["created"]) == ("gbk", created), err


async def test_the_demo_seeds_two_regions_graded_by_two_schemes(database: str, tmp_path: Path) -> None:
    now = datetime(2026, 6, 30, 2, 0, tzinfo=UTC)
    async with in_transaction() as conn:
        await seed_registry(conn, region="demo", now=now)
        first = await seed_credit_demo(conn, regions=["demo", COUNTY["code"]], now=now)
    async with in_transaction() as conn:
        assert await seed_credit_demo(conn, regions=["demo", COUNTY["code"]], now=now) == 0  # idempotent
    assert first == await CreditEventRecord.all().count() > 20
    schemes = {}
    for region in ("demo", "demo2"):
        code, run, err = await fundguard(
            database, tmp_path, "credit", "evaluate", "--region", region, "--period", "2026", "--publish"
        )
        assert code == 0 and run["status"] == "published", err
        schemes[region] = set(run["grades"])  # PostgreSQL (jsonb) keeps no key order
        assert sum(run["grades"].values()) + run["not_rated"] == run["institutions"] > 100
    assert schemes == {"demo": {"★★★", "★★", "★"}, "demo2": {"AAA", "AA", "A", "B"}}
