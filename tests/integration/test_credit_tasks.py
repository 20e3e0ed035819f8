"""Evaluations as tasks on both backends: run by a job with progress on the task row, never graded
twice when the job runs again, refusals stored for the officer to read; and the diff of two runs."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from tortoise.transactions import in_transaction

from credit import run_diff
from credit import tasks as credit_tasks
from credit.errors import CreditError
from credit.evaluation import evaluate
from credit.models import CreditRun
from storage import tasks
from storage.blobs import LocalBlobStore
from storage.jobs import JobRunner
from storage.models import AuditEntry, Job, Task
from tests.integration.credit_kit import NOW, OFFICER, OUTSIDER, event
from tests.integration.test_credit_evaluation import zhenjiang_region


def runner() -> JobRunner:
    blobs = LocalBlobStore(Path("/nonexistent"))  # evaluations read no file
    return JobRunner(credit_tasks.job_handlers(clock=lambda: NOW, blobs=blobs), clock=lambda: NOW)


async def start(period: str = "2025", *, publish: bool = False) -> Task:
    async with in_transaction() as conn:
        return await credit_tasks.start_evaluation(
            conn, actor=OFFICER, region="demo", period=period, publish=publish, now=NOW
        )


async def test_an_evaluation_task_grades_in_a_job_and_keeps_its_progress(database: str) -> None:
    await zhenjiang_region()
    task = await start(publish=True)
    assert (task.status, task.kind, task.requested_by) == ("pending", "credit.evaluate", OFFICER.label)
    assert await CreditRun.all().count() == 0  # nothing graded by starting it
    assert await runner().run_until_idle() == 1
    done = await Task.get(id=task.id)
    run = await CreditRun.get()
    assert done.status == "done" and done.result["run_id"] == run.id and done.result["status"] == "published"
    assert (done.stage, done.done, done.total) == (
        "保存",
        run.summary["institutions"],
        run.summary["institutions"],
    )
    assert tasks.task_json(done)["percent"] == 100
    evaluated = await AuditEntry.get(action="credit.evaluate")
    assert evaluated.actor == OFFICER.label  # the officer who asked, not the worker


async def test_a_job_run_again_never_grades_a_second_time(database: str) -> None:
    await zhenjiang_region()
    task = await start()
    await runner().run_until_idle()
    # The worker died after storing the run (the task says running, its heartbeat long silent) and
    # its job is taken again: the stored run is found, not graded anew.
    stale = NOW - tasks.STALE - timedelta(seconds=1)
    await Task.filter(id=task.id).update(status="running", heartbeat_at=stale)
    await Job.filter(kind="credit.evaluate").update(status="pending", attempts=0)
    await runner().run_until_idle()
    assert await CreditRun.all().count() == 1 and (await Task.get(id=task.id)).status == "done"
    # A runner whose heartbeat is fresh keeps the task: a second claim does nothing.
    await Task.filter(id=task.id).update(status="running", heartbeat_at=NOW)
    assert await tasks.claim(task.id, now=NOW) is None


async def test_refusals_are_immediate_or_stored_on_the_task(database: str) -> None:
    for actor, period, code in ((OUTSIDER, "2025", "forbidden"), (OFFICER, "2025-13", "bad_period")):
        with pytest.raises(CreditError) as refused:
            async with in_transaction() as conn:
                await credit_tasks.start_evaluation(
                    conn, actor=actor, region="demo", period=period, publish=False, now=NOW
                )
        assert refused.value.code == code
    assert await Task.all().count() == 0 and await Job.all().count() == 0
    # A period that has not begun by the time the job runs: the task fails with the reason, once.
    async with in_transaction() as conn:
        task = await tasks.start(
            conn, "credit.evaluate", region="demo", requested_by=OFFICER.label,
            params={"period": "2099", "publish": False}, now=NOW,
        )  # fmt: skip
    await runner().run_until_idle()
    failed = await Task.get(id=task.id)
    assert failed.status == "failed" and "尚未开始" in failed.error
    assert (await Job.get(kind="credit.evaluate")).status == "done"


async def test_progress_is_on_the_row_while_the_work_runs(database: str) -> None:
    async with in_transaction() as conn:
        task = await tasks.start(conn, "x", region="demo", requested_by="t", params={}, now=NOW)
    async with tasks.progress_of(task.id, clock=lambda: NOW, flush_seconds=3600) as bar:
        bar.start("评价", 10)
        bar.advance(3)
        await bar.flush()
        mid = await Task.get(id=task.id)  # what another process reads meanwhile
        assert (mid.stage, mid.done, mid.total) == ("评价", 3, 10)
        assert tasks.task_json(mid)["percent"] == 30
        bar.advance(7)
    after = await Task.get(id=task.id)
    assert after.done == 10  # the last count is written when the block ends


async def test_the_diff_of_two_runs_names_who_changed_grade_and_why(database: str) -> None:
    await zhenjiang_region()
    before = await evaluate("demo", "2025", actor=OFFICER, now=NOW)
    await event("P0000001", "violation", "2025-09-09")
    await event("P0000002", "violation", "2025-10-10")
    after = await evaluate("demo", "2025", actor=OFFICER, now=NOW)
    diff = await run_diff.diff_runs(before.id, after.id, actor=OFFICER)
    rows = {r["code"]: r for r in diff["institutions"]}
    assert set(rows) == {"P0000001", "P0000002"} and diff["changed"] == 2
    assert (rows["P0000001"]["before"], rows["P0000001"]["after"]) == ("★★★", "★★")
    assert rows["P0000002"]["after"] == "★" and diff["directions"] == {"down": 2}
    assert rows["P0000001"]["added"] and rows["P0000001"]["name"] == "测试机构P0000001"
    assert (diff["unchanged"], diff["only_in_base"], diff["only_in_other"]) == (6, 0, 0)  # of 8 places
    with pytest.raises(CreditError):
        await run_diff.diff_runs(before.id, after.id, actor=OUTSIDER)
