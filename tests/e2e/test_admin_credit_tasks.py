"""Evaluations started over HTTP as tasks (202 at once, progress read from another request until the
job is done), the synchronous contract kept, and the diff of two runs."""

from __future__ import annotations

import asyncio

import aiohttp

from credit.models import CreditRun
from tests.conftest import Stack
from tests.e2e.admin_client import Console, console
from tests.e2e.test_admin_credit import bureau, clock, http, post_csv  # noqa: F401  (fixtures)
from tests.integration.test_registry import GOOD, HEADER


async def until_finished(officer: Console, task_id: int) -> dict[str, object]:
    """Read the task as the console's progress bar does, until the job has finished it."""
    for _ in range(400):
        task = await officer.ok("GET", f"/admin/api/tasks/{task_id}")
        if task["status"] in ("done", "failed"):
            return task
        await asyncio.sleep(0.05)
    raise AssertionError("the evaluation task never finished")


async def test_an_evaluation_started_as_a_task_answers_at_once_and_shows_its_progress(
    bureau: Stack,  # noqa: F811
    http: aiohttp.ClientSession,  # noqa: F811
) -> None:
    officer = await console(bureau, http, "credit1")
    before = await officer.ok(
        "POST", "/admin/api/credit/runs", {"region": "demo", "period": "2025"}, status=201
    )
    body = {"region": "demo", "period": "2025", "background": True}
    started = await officer.ok("POST", "/admin/api/credit/runs", body, status=202)
    assert started["status"] == "pending" and started["kind"] == "credit.evaluate"
    task = await until_finished(officer, started["id"])
    assert task["status"] == "done" and task["percent"] == 100 and task["stage"] == "保存"
    after_id = task["result"]["run_id"]  # type: ignore[index]
    assert (await CreditRun.get(id=after_id)).status == "draft"
    diff = await officer.ok("GET", f"/admin/api/credit/runs/{before['id']}/diff?against={after_id}")
    assert diff["changed"] == 0 and diff["unchanged"] == 3 and diff["institutions"] == []

    intake, north = await console(bureau, http, "intake1"), await console(bureau, http, "north1")
    assert (await intake.call("GET", f"/admin/api/tasks/{started['id']}"))[0] == 404  # not theirs to follow
    assert (await north.call("GET", f"/admin/api/tasks/{started['id']}"))[0] == 404
    status, refused = await officer.call("POST", "/admin/api/credit/runs", {**body, "period": "2031"})
    assert status == 422 and refused["code"] == "bad_period"
    status, refused = await officer.call(
        "POST", "/admin/api/credit/runs", {"period": "2025", "background": True}
    )
    assert status == 422 and refused["code"] == "region_required"
    assert refused["allowed"] == {"region": ["demo", "demo2"]}


async def test_csv_imports_run_as_tasks_and_list_every_bad_row(
    bureau: Stack,  # noqa: F811
    http: aiohttp.ClientSession,  # noqa: F811
) -> None:
    officer = await console(bureau, http, "credit1")
    header = "机构编码,事件类型,日期,金额,来源\n"
    bad = header + "P0000002,违规,2025-04-01,,巡查\nP9,违规,x,,\nP0000003,飞,2025-01-01,,\n"
    status, started = await post_csv(
        officer, "/admin/api/credit/events/import?region=demo&background=true", bad
    )
    assert status == 202 and started["kind"] == "credit.import_events"
    task = await until_finished(officer, started["id"])
    assert task["status"] == "failed" and [p["line"] for p in task["problems"]] == [3, 4]  # type: ignore[union-attr, index]
    good = header + "P0000002,违规,2025-04-01,,巡查\n"
    status, started = await post_csv(
        officer, "/admin/api/credit/events/import?region=demo&background=true", good
    )
    task = await until_finished(officer, started["id"])
    assert task["status"] == "done" and task["result"]["created"] == 1  # type: ignore[index]

    rows = "\r\n".join([HEADER, *GOOD]) + "\r\n"
    status, started = await post_csv(officer, "/admin/api/registry/institutions/import?region=demo", rows)
    assert status == 202 and started["kind"] == "registry.import_institutions"
    task = await until_finished(officer, started["id"])
    assert task["status"] == "done" and task["result"]["created"] == 4  # type: ignore[index]
    intake = await console(bureau, http, "intake1")
    status, body = await post_csv(intake, "/admin/api/registry/practitioners/import?region=demo", rows)
    assert status == 403 and body["code"] == "forbidden"
