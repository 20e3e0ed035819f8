"""Evaluations started from the console: a task row and a job (storage.tasks), never the request.

The job grades the region with the same ``evaluation.evaluate`` as the CLI, its progress written to
the task row as it goes; the run's id is recorded in the transaction that stores the run, so a job
retried after a crash publishes (if asked) the run it already stored instead of grading again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from credit import evaluation
from credit.access import require
from credit.errors import CreditError
from credit.models import CreditRun
from credit.regions import scheme_for
from reports.rules import china_day
from storage import tasks
from storage.actors import Actor
from storage.jobs import JobHandler
from storage.models import Task

EVALUATE = "credit.evaluate"


async def start_evaluation(
    conn: BaseDBAsyncClient, *, actor: Actor, region: str, period: str, publish: bool, now: datetime
) -> Task:
    """Check what can be checked now (role, region's scheme, period), then queue the evaluation."""
    require(actor, region)
    scheme_for(region)
    evaluation.as_of_for(period, china_day(now))
    params = {"period": period, "publish": publish}
    return await tasks.start(conn, EVALUATE, region=region, requested_by=actor.label, params=params, now=now)


def job_handlers(*, clock: Callable[[], datetime]) -> dict[str, JobHandler]:
    async def run(payload: dict[str, Any]) -> None:
        task = await tasks.claim(int(payload["task_id"]), now=clock())
        if task is None:
            return  # finished already, or another runner is on it
        period, who = str(task.params["period"]), task.requested_by
        try:
            run_id = task.result.get("run_id")
            if run_id is None:

                async def record(conn: BaseDBAsyncClient, stored: CreditRun) -> None:
                    await Task.filter(id=task.id).using_db(conn).update(result={"run_id": stored.id})

                async with tasks.progress_of(task.id, clock=clock) as bar:
                    stored = await evaluation.evaluate(
                        task.region, period, actor=who, now=clock(), progress=bar, then=record
                    )
                run_id = stored.id
            run = await CreditRun.get(id=run_id)
            if task.params.get("publish") and run.status == "draft":
                run = await evaluation.publish(run.id, actor=who, now=clock())
        except CreditError as err:
            await tasks.fail(task.id, error=err.message, now=clock())
            return
        except Exception as exc:
            await tasks.release(task.id, error=repr(exc))
            raise  # the job retries (and ends failed, with the error, after its last attempt)
        await tasks.finish(
            task.id, result={"run_id": run.id, "status": run.status, "summary": run.summary}, now=clock()
        )

    return {EVALUATE: run}
