"""Long operations started from the console, run as jobs with their progress in the database.

``start`` writes the task row and its job in the caller's transaction. The job handler ``claim``s the
task (only one runner at a time: a second claim of a task whose heartbeat is fresh does nothing, so a
job re-run after its lease expired never runs the work twice), runs the work with a ``TaskProgress``,
and ``finish``es or ``fail``s it. Progress is counted in memory, where the work may call it from a
thread, and written to the row by a flusher task every ``flush_seconds``: readers never wait on the
work and the work never waits on the database for a progress tick.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import Q

from kernel.actors import Actor
from storage import jobs
from storage.models import Task

STALE = timedelta(seconds=60)  # a running task silent this long has lost its runner: another may take it
TASK_STATUSES = ("pending", "running", "done", "failed")


async def start(
    conn: BaseDBAsyncClient,
    kind: str,
    *,
    region: str,
    requested_by: str,
    params: dict[str, Any],
    now: datetime,
) -> Task:
    """A pending task and the job (of the same ``kind``) that will run it, in the caller's transaction."""
    task = await Task.create(
        using_db=conn, kind=kind, region=region, requested_by=requested_by, params=params, created_at=now
    )
    await jobs.enqueue(conn, kind, {"task_id": task.id}, now=now, dedup_key=f"task:{task.id}", max_attempts=3)
    return task


async def claim(task_id: int, *, now: datetime) -> Task | None:
    """Take the task to run it; None when it is finished or another runner holds it (fresh heartbeat)."""
    takeable = Q(status="pending") | Q(status="running", heartbeat_at__lt=now - STALE)
    taken = await Task.filter(Q(id=task_id), takeable).update(status="running", heartbeat_at=now)
    return await Task.get(id=task_id) if taken else None


async def finish(
    task_id: int, *, result: dict[str, Any], now: datetime, problems: list[dict[str, Any]] | None = None
) -> None:
    await Task.filter(id=task_id).update(
        status="done", result=result, problems=problems or [], finished_at=now, heartbeat_at=now
    )


async def fail(
    task_id: int, *, error: str, now: datetime, problems: list[dict[str, Any]] | None = None
) -> None:
    """A failure a person must read (a refused file, a bad period): final, not retried."""
    await Task.filter(id=task_id).update(
        status="failed", error=error[:2000], problems=problems or [], finished_at=now, heartbeat_at=now
    )


async def release(task_id: int, *, error: str) -> None:
    """An unexpected failure: hand the task back so the job's retry runs it again (the error shows)."""
    await Task.filter(id=task_id, status="running").update(status="pending", error=error[:2000])


async def readable(task_id: int, *, actor: Actor, roles: dict[str, tuple[str, ...]]) -> Task | None:
    """The task if ``actor`` may follow it: whoever started it, or anyone holding one of the roles its
    kind is worked by (``roles``: kind → roles) in its region; None otherwise (and when there is none)."""
    task = await Task.get_or_none(id=task_id)
    if task is None or task.region not in actor.regions:
        return None
    if task.requested_by == actor.label or actor.has_any(roles.get(task.kind, ()), task.region):
        return task
    return None


class TaskProgress:
    """``registry.importer.Progress`` kept on a task row: stage, done and total (None: not known)."""

    def __init__(self, task_id: int, *, clock: Callable[[], datetime]) -> None:
        self.task_id, self.clock = task_id, clock
        self.stage, self.done = "", 0
        self.total: int | None = None
        self._written: tuple[str, int, int | None] | None = None

    def start(self, stage: str, total: int | None) -> None:
        self.stage, self.done, self.total = stage, 0, total

    def advance(self, n: int) -> None:
        self.done += n  # may run in the work's thread: one int add, flushed by the event loop

    async def flush(self) -> None:
        state = (self.stage, self.done, self.total)
        if state != self._written:
            await Task.filter(id=self.task_id).update(
                stage=state[0], done=state[1], total=state[2], heartbeat_at=self.clock()
            )
            self._written = state
        else:
            await Task.filter(id=self.task_id).update(heartbeat_at=self.clock())


@contextlib.asynccontextmanager
async def progress_of(
    task_id: int, *, clock: Callable[[], datetime], flush_seconds: float = 0.5
) -> AsyncIterator[TaskProgress]:
    """A ``TaskProgress`` written to the row every ``flush_seconds`` while the block runs, and once at
    the end (so the last stage's count is never lost)."""
    bar = TaskProgress(task_id, clock=clock)

    async def keep_writing() -> None:
        while True:
            await asyncio.sleep(flush_seconds)
            await bar.flush()

    writer = asyncio.create_task(keep_writing())
    try:
        yield bar
    finally:
        writer.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await writer
        await bar.flush()


Work = Callable[[Task, "TaskProgress"], Awaitable[dict[str, Any]]]
# Turns a refusal the person must read into (message, problems); None for an unexpected error.
Refusal = Callable[[Exception], "tuple[str, list[dict[str, Any]]] | None"]


async def run(task_id: int, *, clock: Callable[[], datetime], work: Work, refusal: Refusal) -> None:
    """The body of every task job: claim, run ``work`` with progress, then finish with its result,
    fail with a refusal (final: retrying cannot fix a bad file), or hand back an unexpected error to
    the job's retries."""
    task = await claim(task_id, now=clock())
    if task is None:
        return  # finished already, or another runner is on it
    try:
        async with progress_of(task.id, clock=clock) as bar:
            result = await work(task, bar)
    except Exception as exc:
        refused = refusal(exc)
        if refused is None:
            await release(task.id, error=repr(exc))
            raise  # the job retries (and ends failed, with the error, after its last attempt)
        await fail(task.id, error=refused[0], problems=refused[1], now=clock())
        return
    await finish(task.id, result=result, now=clock())


def task_json(task: Task) -> dict[str, Any]:
    """A task as the staff API shows it (what it is, how far it got, and how it ended)."""
    percent = None
    if task.total:
        percent = min(100, int(task.done * 100 / task.total))
    return {
        "id": task.id,
        "kind": task.kind,
        "region": task.region,
        "requested_by": task.requested_by,
        "params": task.params,
        "status": task.status,
        "stage": task.stage,
        "done": task.done,
        "total": task.total,
        "percent": 100 if task.status == "done" else percent,
        "result": task.result,
        "problems": task.problems,
        "error": task.error,
        "created_at": task.created_at.isoformat(),
        "finished_at": task.finished_at.isoformat() if task.finished_at else None,
    }
