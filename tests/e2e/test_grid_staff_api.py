"""The grid staff JSON API over real HTTP: the tree, one grid with its boundary, locate, staff
assignment (heads only), a sampling draw and a 夜查 task with its progress."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta

import aiohttp
import pytest
from tortoise.transactions import in_transaction

from grid import service, supervisors, tasks
from handlers import keys
from kernel.actors import Actor
from registry.rows import InstitutionRow
from registry.service import upsert_institutions
from tests.conftest import Stack
from tests.e2e.admin_client import console, make_staff
from tests.grid_kit import collection, id_number


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


async def test_grids_staff_tasks_and_sampling_over_the_staff_api(
    stack: Stack, http: aiohttp.ClientSession
) -> None:
    now = datetime.now(UTC)
    clerk = await make_staff("clerk3", ["intake"])
    head = await make_staff("head3", ["head"])
    async with in_transaction() as conn:
        await upsert_institutions(conn, region="demo", now=now, rows=[
            InstitutionRow(code="P4399010007", name="仁和药房", kind="retail_pharmacy", address="某路7号",
                           latitude=28.005, longitude=113.005, agreement_start=date(2020, 1, 1)),
        ])  # fmt: skip
        await service.import_boundaries(conn, region="demo", text=collection(), by="t", now=now)
        await tasks.import_payments(conn, region="demo", period="2026", rows=[("P4399010007", 500_000_00)])
        sup = await supervisors.apply(
            conn, region="demo", openid="o-api", name="郑监督", id_number=id_number("19900909"),
            phone="13500135000", pool="1", preferred_grid=None, practitioner_code=None, declaration=True,
            cipher=stack.app[keys.CIPHER], now=now,
        )  # fmt: skip
        actor = Actor(head.id, "h", frozenset({"head"}), frozenset({"demo"}))
        await supervisors.approve(conn, sup.id, grids=["G1"], actor=actor, now=now)

    desk, boss = await console(stack, http, "clerk3"), await console(stack, http, "head3")
    tree = (await desk.ok("GET", "/admin/api/grids"))["grids"]
    assert [(g["code"], g["level"], g["institutions"]) for g in tree] == [
        ("C1", "county", 0), ("C2", "county", 0), ("G1", "grid", 1), ("G2", "grid", 0), ("G3", "grid", 0),
    ]  # fmt: skip
    g1 = await desk.ok("GET", "/admin/api/grids/G1")
    assert g1["geometry"]["type"] == "Polygon" and g1["institutions"] == [
        {"code": "P4399010007", "placed_by": "location"}
    ]
    assert await desk.ok("GET", "/admin/api/grids/locate?lat=28.005&lng=113.015") == {
        "grid": None,
        "county": "C1",
    }
    got, body = await desk.call("POST", "/admin/api/grids/G1/staff", {"staff_id": clerk.id})
    assert got == 403
    await boss.ok("POST", "/admin/api/grids/G1/staff", {"staff_id": clerk.id}, status=201)
    assert (await desk.ok("GET", "/admin/api/grids/G1"))["staff"] == [clerk.id]
    got, body = await boss.call("POST", "/admin/api/grids/G9/staff", {"staff_id": clerk.id})
    assert got == 404 and body["code"] == "unknown_grid"

    drawn = await boss.ok("POST", "/admin/api/grid-tasks/sample", {"period": "2026", "grid": "G1"})
    assert drawn["institutions"] == ["P4399010007"] and drawn["top"] == ["P4399010007"]
    due = (now + timedelta(days=3)).date().isoformat()
    made = await boss.ok("POST", "/admin/api/grid-tasks", {
        "kind": "night_check", "title": "夜查", "checklist": ["执业药师在岗"],
        "institutions": drawn["institutions"], "assignees": [sup.id], "due_on": due, "grid": "G1",
    }, status=201)  # fmt: skip
    listed = (await desk.ok("GET", "/admin/api/grid-tasks"))["tasks"]
    assert [(t["id"], t["kind_title"], t["visited"], t["overdue"]) for t in listed] == [
        (made["id"], "夜查", 0, False)
    ]
    assert (await desk.ok("GET", "/admin/api/grid-tasks?overdue=true"))["tasks"] == []
    got, body = await boss.call("POST", "/admin/api/grid-tasks", {"kind": "party"})
    assert got == 422
