"""Inspection tasks stored (both backends): the sampling draw over a grid's placed institutions with
imported payments, creating a 夜查 task, a check-in too far away refused, a failed item becoming a
finding of the task, and overdue tasks for the grid staff's home page."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pytest
from tortoise.transactions import in_transaction

from grid import service, tasks
from grid.errors import GridError
from grid.models import Finding, TaskVisit
from grid.tasks import TaskIn, VisitIn
from registry.rows import InstitutionRow
from registry.service import upsert_institutions
from reports.rules import ReportRules, load_rules
from tests.integration.test_credit_cli import fundguard
from tests.integration.test_grid_findings import CIPHER, HEAD, NOW, appointed

PHARMACIST = "营业时间内有执业药师在岗"


@pytest.fixture
def rules() -> ReportRules:
    return load_rules(receipt_key=b"r" * 32)


async def many_in_g1(count: int) -> list[str]:
    rows = [
        InstitutionRow(
            code=f"P{i:07d}",
            name=f"惠民药店{i}号",
            kind="retail_pharmacy",
            address="示范市某路",
            latitude=28.001 + (i % 80) * 0.0001,
            longitude=113.001 + (i // 80) * 0.0001,
            agreement_start=date(2020, 1, 1),
        )
        for i in range(10, 10 + count)
    ]
    async with in_transaction() as conn:
        await upsert_institutions(conn, region="demo", rows=rows, now=NOW)
    return [r.code for r in rows]


async def test_the_sampling_draw_over_a_grid_includes_the_top_30_and_a_tenth(database: str) -> None:
    await appointed()  # G1: P0001; G2: P0002
    codes = await many_in_g1(400)
    async with in_transaction() as conn:
        await service.place_institutions(conn, region="demo", locator=await service.locator("demo", conn))
        paid = [(c, (i * 7919) % 100_000 * 100) for i, c in enumerate(codes)]
        assert await tasks.import_payments(conn, region="demo", period="2026", rows=paid) == 400
    drawn = await tasks.draw_sample("demo", period="2026", grid_code="G1", rng=random.Random(1))
    assert drawn["population"] == 401  # P0001 too (no payments: ranks last)
    top = sorted(paid, key=lambda p: (-p[1], p[0]))[:30]
    assert {c for c, _ in top} <= set(drawn["institutions"]) and set(drawn["top"]) == {c for c, _ in top}
    assert len(drawn["institutions"]) == 41  # ceil(10% of 401)
    assert "P0002" not in drawn["institutions"]  # another grid's


async def test_a_visit_too_far_away_is_refused_and_a_failed_item_becomes_a_finding(
    database: str, rules: ReportRules
) -> None:
    sid = await appointed()
    draft = TaskIn(
        kind="night_check", title="十一月夜查", checklist=[PHARMACIST, "无医保卡购买生活用品"],
        institutions=["P0001", "P0002"], assignees=[sid], due_on=date(2026, 11, 6), grid="G1",
    )  # fmt: skip
    async with in_transaction() as conn:
        task = await tasks.create_task(conn, draft, region="demo", actor=HEAD, now=NOW)
    for bad, why in (
        ({"assignees": [sid + 100]}, "unknown_supervisor"),
        ({"institutions": ["P9999"]}, "unknown_institution"),
        ({"checklist": ["同一项", "同一项"]}, "bad_task"),
    ):
        with pytest.raises(GridError) as err:
            async with in_transaction() as conn:
                await tasks.create_task(
                    conn, draft.model_copy(update=bad), region="demo", actor=HEAD, now=NOW
                )
        assert err.value.code == why

    answers = {PHARMACIST: False, "无医保卡购买生活用品": True}

    async def visit(lat: float, lng: float, openid: str = "o-sup", **changes: object) -> TaskVisit:
        body = VisitIn.model_validate(
            {
                "institution_code": "P0001",
                "lat": lat,
                "lng": lng,
                "answers": answers,
                "note": "21:30到店，仅有营业员",
            }
            | changes
        )
        async with in_transaction() as conn:
            return await tasks.check_in(
                conn, task.id, body, openid=openid, rules=rules, cipher=CIPHER, now=NOW
            )

    with pytest.raises(GridError) as err:
        await visit(28.0095, 113.005)  # ~500 m north of P0001 (28.005, 113.005); the radius is 300 m
    assert err.value.code == "too_far" and "须在300米内" in err.value.message
    with pytest.raises(GridError) as err:
        await visit(28.0051, 113.0051, answers={PHARMACIST: True})
    assert err.value.code == "bad_answers"
    with pytest.raises(GridError) as err:
        await visit(28.0051, 113.0051, openid="o-stranger")
    assert err.value.code == "not_supervisor"
    assert await TaskVisit.all().count() == 0 and await Finding.all().count() == 0

    done = await visit(28.0051, 113.0051)
    assert done.distance_m < 20 and done.finding_id is not None
    finding = await Finding.get(id=done.finding_id)
    assert (finding.task_id, finding.institution_code, finding.category) == (task.id, "P0001", "other")
    assert "未通过：营业时间内有执业药师在岗" in finding.description and "仅有营业员" in finding.description
    with pytest.raises(GridError) as err:
        await visit(28.0051, 113.0051)
    assert err.value.code == "bad_state"

    # P0002 is never visited: the task is overdue after its due date, not before.
    assert await tasks.tasks_json("demo", today=date(2026, 11, 6), overdue_only=True) == []
    late = await tasks.tasks_json("demo", today=date(2026, 11, 6) + timedelta(days=1), overdue_only=True)
    assert [(t["id"], t["visited"], t["institutions"], t["with_findings"]) for t in late] == [
        (task.id, 1, 2, 1)
    ]


def test_a_payments_file_names_every_bad_line() -> None:
    from grid.cli import parse_payments

    assert parse_payments("机构编码,金额\nP0001,1200.5\np0002, 30\n") == [("P0001", 120050), ("P0002", 3000)]
    with pytest.raises(GridError) as err:
        parse_payments("P0001,12\nP0001,13\nP0003\nP0004,-1\n")
    assert [p[:3] for p in err.value.problems] == ["第2行", "第3行", "第4行"]


async def test_the_payments_and_sample_commands(database: str, tmp_path: Path) -> None:
    await appointed()
    path = tmp_path / "paid.csv"
    path.write_text("机构编码,金额\nP0001,1200\nP0002,900\n", encoding="utf-8")
    code, out, err = await fundguard(database, tmp_path, "grid", "payments", "--region", "demo",
                                     "--period", "2026", str(path))  # fmt: skip
    assert code == 0, err
    assert out == {"region": "demo", "period": "2026", "institutions": 2}
    code, out, err = await fundguard(
        database, tmp_path, "grid", "sample", "--region", "demo", "--period", "2026"
    )
    assert code == 0, err
    assert out["institutions"] == ["P0001", "P0002"] and out["population"] == 2
