"""The job outbox: side effects written as rows in the use case's transaction, run by workers.

A job is claimed with a short lease (``locked_until``) that the worker renews while it works through its
batch (a heartbeat); a worker that dies stops renewing, so its jobs are taken over within one lease.
Failures retry with exponential backoff up to ``max_attempts`` and then end in status ``failed`` with the
last error: never silently gone.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from kernel.context import request_id
from storage.models import Job

log = logging.getLogger(__name__)

JobHandler = Callable[[dict[str, Any]], Awaitable[None]]
LEASE = timedelta(seconds=30)
HEARTBEAT_SECONDS = 10.0  # renew the batch's leases this often: three chances per lease


class PermanentJobError(Exception):
    """Raised by a handler when retrying cannot help (e.g. the media id no longer exists)."""


async def enqueue(
    conn: BaseDBAsyncClient,
    kind: str,
    payload: dict[str, Any],
    *,
    now: datetime,
    dedup_key: str | None = None,
    delay: timedelta = timedelta(0),
    max_attempts: int = 8,
) -> Job | None:
    """Write a job row in the caller's transaction; a repeated ``dedup_key`` is a no-op (None)."""
    if dedup_key is not None and await Job.filter(dedup_key=dedup_key).using_db(conn).exists():
        return None
    try:
        return await Job.create(
            using_db=conn,
            kind=kind,
            payload=payload,
            dedup_key=dedup_key,
            run_after=now + delay,
            max_attempts=max_attempts,
        )
    except IntegrityError:
        if dedup_key is None:
            raise
        return None


def backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(600, 2 ** max(0, attempts - 1)))


class JobRunner:
    """Claims due jobs and runs the handler registered for their kind."""

    def __init__(
        self,
        handlers: dict[str, JobHandler],
        *,
        clock: Callable[[], datetime],
        schedule: dict[str, int] | None = None,
    ) -> None:
        self.handlers = handlers
        self.clock = clock
        # kind → period in seconds: one job per period, however many workers run (dedup key).
        self.schedule = schedule or {}
        self._last_scheduled: dict[str, int] = {}
        self._wake = asyncio.Event()
        self._claim_lock = asyncio.Lock()
        self._stopping = False
        self._stopped = asyncio.Event()

    def wake(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        """Finish the job in hand, then leave ``serve`` (graceful shutdown)."""
        self._stopping = True
        self._stopped.set()
        self._wake.set()

    async def claim(self, limit: int = 10) -> list[Job]:
        # Raw SQL bypasses the ORM's conversion: pass UTC, the zone every row is stored in.
        now = self.clock().astimezone(UTC)
        conn = connections.get("default")
        due = "(status = 'pending' AND run_after <= {p1}) OR (status = 'running' AND locked_until < {p1})"
        if conn.schema_generator.DIALECT == "postgres":
            sql = (
                "UPDATE job SET status='running', attempts=attempts+1, locked_until=$2 "
                "WHERE id IN (SELECT id FROM job WHERE "
                + due.format(p1="$1")
                + " ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED) RETURNING id"
            )
            rows = await conn.execute_query_dict(sql, [now, now + LEASE, limit])
        else:
            # Embedded mode has a single process; the asyncio lock makes claim atomic within it.
            async with self._claim_lock:
                sql = (
                    "UPDATE job SET status='running', attempts=attempts+1, locked_until=? "
                    "WHERE id IN (SELECT id FROM job WHERE "
                    + due.format(p1="?")
                    + " ORDER BY id LIMIT ?) RETURNING id"
                )
                rows = await conn.execute_query_dict(sql, [now + LEASE, now, now, limit])
        ids = [r["id"] for r in rows]
        return await Job.filter(id__in=ids).order_by("id") if ids else []

    async def run_one(self, job: Job) -> None:
        handler = self.handlers.get(job.kind)
        token = request_id.set(f"job:{job.id}")  # the job's log lines say which job wrote them
        try:
            await self._run(job, handler)
        finally:
            request_id.reset(token)

    async def _run(self, job: Job, handler: JobHandler | None) -> None:
        try:
            if handler is None:
                raise PermanentJobError(f"no handler for job kind {job.kind!r}")
            await handler(job.payload)
        except Exception as exc:  # the job row records every failure; nothing is dropped
            permanent = isinstance(exc, PermanentJobError) or job.attempts >= job.max_attempts
            log.warning("job %s (%s) attempt %s failed: %r", job.id, job.kind, job.attempts, exc)
            await Job.filter(id=job.id).update(
                status="failed" if permanent else "pending",
                run_after=self.clock() + backoff(job.attempts),
                locked_until=None,
                last_error=repr(exc)[:2000],
            )
            return
        await Job.filter(id=job.id).update(status="done", locked_until=None, last_error="")

    async def run_due(self, limit: int = 10) -> int:
        """Run the jobs due now; return how many ran. Tests call this directly."""
        jobs = await self.claim(limit)
        if not jobs:
            return 0
        held = {job.id for job in jobs}
        beat = asyncio.create_task(self._heartbeat(held))
        try:
            for job in jobs:
                await self.run_one(job)
                held.discard(job.id)
        finally:
            beat.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await beat
        return len(jobs)

    async def renew(self, held: set[int]) -> int:
        """Extend the lease of the claimed jobs still in hand; returns how many rows were renewed."""
        if not held:
            return 0
        return await Job.filter(id__in=list(held), status="running").update(locked_until=self.clock() + LEASE)

    async def _heartbeat(self, held: set[int]) -> None:
        while True:
            await asyncio.sleep(HEARTBEAT_SECONDS)
            try:
                await self.renew(held)
            except Exception as exc:  # the batch goes on; a lost lease only lets another worker help
                log.warning("jobs: lease renewal failed: %s", _one_line(exc))

    async def run_until_idle(self, max_rounds: int = 50) -> int:
        total = 0
        for _ in range(max_rounds):
            ran = await self.run_due()
            if not ran:
                break
            total += ran
        return total

    async def enqueue_periodic(self) -> None:
        """Enqueue each scheduled kind once per period; every worker may call this safely."""
        now = self.clock()
        for kind, period in self.schedule.items():
            slot = int(now.timestamp() // period)
            if self._last_scheduled.get(kind) == slot:
                continue
            async with in_transaction() as conn:
                await enqueue(conn, kind, {"slot": slot}, now=now, dedup_key=f"periodic:{kind}:{slot}")
            self._last_scheduled[kind] = slot

    async def serve(self, *, poll_seconds: float = 1.0, max_backoff_seconds: float = 60.0) -> None:
        failures = 0
        while not self._stopping:
            try:
                await self.enqueue_periodic()
                ran = await self.run_due()
            except Exception as exc:
                # The database (or the network to it) is gone: one line per attempt, waiting longer
                # each time, not a traceback every second; the jobs wait in their rows.
                failures += 1
                delay = min(max_backoff_seconds, poll_seconds * 2 ** (failures - 1))
                log.error(
                    "jobs: cannot claim (attempt %d), next try in %.0f s: %s", failures, delay, _one_line(exc)
                )
                await self._pause(delay)
                continue
            if failures:
                log.warning("jobs: claiming again after %d failed attempts", failures)
                failures = 0
            if ran or self._stopping:
                continue
            self._wake.clear()
            try:
                await asyncio.wait_for(self._wake.wait(), timeout=poll_seconds)
            except TimeoutError:
                pass

    async def _pause(self, seconds: float) -> None:
        """Wait ``seconds``, or less if ``stop`` is called (a wake-up does not cut a backoff short)."""
        try:
            await asyncio.wait_for(self._stopped.wait(), timeout=seconds)
        except TimeoutError:
            pass


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:300]}" if text else type(exc).__name__
