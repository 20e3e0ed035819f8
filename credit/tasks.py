"""Credit work started from the console as tasks (storage.tasks), never inside the request:
evaluations, and CSV imports of credit events with every bad row kept on the task.

The evaluation job grades with the same ``evaluation.evaluate`` as the CLI; the run's id is recorded
in the transaction that stores the run, so a job retried after a crash publishes (if asked) the run
it already stored instead of grading again. An import is all or nothing and skips rows already
imported, so running it again stores nothing twice.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from credit import evaluation, events
from credit.access import require
from credit.errors import CreditError
from credit.models import CreditRun
from credit.regions import region_credit, scheme_for
from kernel.actors import Actor
from kernel.clock import china_day
from registry import tasks as registry_tasks
from storage import tasks
from storage.blobs import BlobStore
from storage.jobs import JobHandler
from storage.models import Task

EVALUATE = "credit.evaluate"
IMPORT_EVENTS = "credit.import_events"


async def start_evaluation(
    conn: BaseDBAsyncClient, *, actor: Actor, region: str, period: str, publish: bool, now: datetime
) -> Task:
    """Check what can be checked now (role, region's scheme, period), then queue the evaluation."""
    require(actor, region)
    scheme_for(region)
    evaluation.as_of_for(period, china_day(now))
    params = {"period": period, "publish": publish}
    return await tasks.start(conn, EVALUATE, region=region, requested_by=actor.label, params=params, now=now)


async def start_event_import(
    conn: BaseDBAsyncClient, *, actor: Actor, region: str, blob: str, size: int, now: datetime
) -> Task:
    """Queue the import of an event file already in the blob store (``blob`` is its key)."""
    require(actor, region)
    region_credit(region)
    params = {"blob": blob, "bytes": size}
    return await tasks.start(
        conn, IMPORT_EVENTS, region=region, requested_by=actor.label, params=params, now=now
    )


def refusal(exc: Exception) -> tuple[str, list[dict[str, Any]]] | None:
    """What the officer reads on a refused task: the message and every bad row of a refused file."""
    if isinstance(exc, CreditError):
        return exc.message, []
    return registry_tasks.refusal(exc)


def job_handlers(*, clock: Callable[[], datetime], blobs: BlobStore) -> dict[str, JobHandler]:
    async def evaluate(task: Task, bar: tasks.TaskProgress) -> dict[str, Any]:
        period, who = str(task.params["period"]), task.requested_by
        run_id = task.result.get("run_id")
        if run_id is None:

            async def record(conn: BaseDBAsyncClient, stored: CreditRun) -> None:
                await Task.filter(id=task.id).using_db(conn).update(result={"run_id": stored.id})

            stored = await evaluation.evaluate(
                task.region, period, actor=who, now=clock(), progress=bar, then=record
            )
            run_id = stored.id
        run = await CreditRun.get(id=run_id)
        if task.params.get("publish") and run.status == "draft":
            run = await evaluation.publish(run.id, actor=who, now=clock())
        return {"run_id": run.id, "status": run.status, "summary": run.summary}

    async def import_events(task: Task, bar: tasks.TaskProgress) -> dict[str, Any]:
        data = await blobs.get(str(task.params["blob"]))
        async with in_transaction() as conn:
            summary = await events.import_events(
                conn, region=task.region, data=data, actor=task.requested_by, now=clock(), progress=bar
            )
        return summary.as_dict()

    def job(work: tasks.Work) -> JobHandler:
        async def handle(payload: dict[str, Any]) -> None:
            await tasks.run(int(payload["task_id"]), clock=clock, work=work, refusal=refusal)

        return handle

    return {EVALUATE: job(evaluate), IMPORT_EVENTS: job(import_events)}
