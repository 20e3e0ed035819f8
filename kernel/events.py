"""Domain events: a use case publishes a past-tense fact (``report.concluded``) into the job outbox in
its own transaction, and the worker delivers it to every domain that subscribes, so a producer never
names a consumer.

An event is one outbox row whose kind is the event's name; its delivery calls each subscriber in turn.
Delivery is at least once (a retried event reaches every subscriber again), so a subscriber must be
idempotent: each stores what it derives under a key of the event (``origin_ref``, a unique constraint).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from storage import jobs
from storage.jobs import JobHandler


async def publish(
    conn: BaseDBAsyncClient, event: str, payload: dict[str, Any], *, key: str, now: datetime
) -> None:
    """Write ``event`` in the caller's transaction; ``key`` (the fact's identity, e.g. the report id)
    makes it once-only, so publishing the same fact again is a no-op."""
    await jobs.enqueue(conn, event, payload, now=now, dedup_key=f"event:{event}:{key}")


def delivery(subscribers: Sequence[JobHandler]) -> JobHandler:
    """The job handler of one event: every subscriber sees it, even after another one failed; the job
    fails (and is retried, or ends ``failed``) with the first failure."""

    async def deliver(payload: dict[str, Any]) -> None:
        failures: list[Exception] = []
        for subscriber in subscribers:
            try:
                await subscriber(payload)
            except Exception as exc:  # the others still get the event; the job records this one
                failures.append(exc)
        if failures:
            raise failures[0]

    return deliver
