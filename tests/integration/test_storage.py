"""Storage on real PostgreSQL and on embedded SQLite: the audit chain, the job outbox, blobs."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from tortoise import connections
from tortoise.transactions import in_transaction

from storage import audit, jobs
from storage.blobs import LocalBlobStore
from storage.models import AuditEntry, Job

T0 = datetime(2026, 10, 1, 9, 30, 15, 123456, tzinfo=UTC)


async def test_audit_chain_links_every_entry_and_verifies(database: str) -> None:
    for i in range(5):
        async with in_transaction() as conn:
            await audit.append(
                conn,
                actor=f"staff:{i}",
                action="identity.reveal",
                subject=f"report:{i}",
                detail={"why": "办案需要", "n": i},
                now=T0 + timedelta(seconds=i),
            )
    rows = await AuditEntry.all().order_by("id")
    assert rows[0].prev_hash == audit.GENESIS
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(rows))
    report = await audit.verify()
    assert report.ok and report.checked == 5


async def test_audit_log_refuses_updates_and_deletes(database: str) -> None:
    async with in_transaction() as conn:
        entry = await audit.append(conn, actor="a", action="x", now=T0)
    with pytest.raises(Exception, match="append-only"):
        await AuditEntry.filter(id=entry.id).update(actor="someone else")
    with pytest.raises(Exception, match="append-only"):
        await AuditEntry.filter(id=entry.id).delete()


async def test_audit_verify_finds_a_tampered_entry(database: str) -> None:
    for i in range(3):
        async with in_transaction() as conn:
            await audit.append(conn, actor="a", action="x", detail={"i": i}, now=T0)
    conn = connections.get("default")
    rows = await AuditEntry.all().order_by("id")
    # A tamperer with database rights first disables the guard, then edits history.
    if database.startswith("postgres"):
        await conn.execute_script(
            "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only;"
            f"UPDATE audit_entry SET actor='mallory' WHERE id={rows[1].id};"
            "ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only;"
        )
    else:
        await conn.execute_script(
            "DROP TRIGGER audit_entry_no_update;"
            f"UPDATE audit_entry SET actor='mallory' WHERE id={rows[1].id};"
        )
    report = await audit.verify()
    assert not report.ok and report.first_bad_id == rows[1].id and report.checked == 1


async def test_a_rolled_back_transaction_leaves_no_audit_entry(database: str) -> None:
    with pytest.raises(RuntimeError):
        async with in_transaction() as conn:
            await audit.append(conn, actor="a", action="x", now=T0)
            raise RuntimeError("the use case failed")
    assert await AuditEntry.all().count() == 0


async def test_jobs_retry_with_backoff_then_fail_visibly(database: str) -> None:
    now = [T0]
    calls: list[dict[str, object]] = []

    async def flaky(payload: dict[str, object]) -> None:
        calls.append(payload)
        raise ConnectionError("WeChat is down")

    runner = jobs.JobRunner({"flaky": flaky}, clock=lambda: now[0])
    async with in_transaction() as conn:
        await jobs.enqueue(conn, "flaky", {"n": 1}, now=T0, max_attempts=3)
    assert await runner.run_due() == 1
    job = await Job.get()
    assert job.status == "pending" and job.attempts == 1 and "WeChat is down" in job.last_error
    assert await runner.run_due() == 0  # backing off
    now[0] = T0 + timedelta(seconds=5)
    await runner.run_due()
    now[0] = T0 + timedelta(seconds=60)
    await runner.run_due()
    job = await Job.get()
    assert job.status == "failed" and job.attempts == 3 and len(calls) == 3


async def test_enqueue_with_a_dedup_key_is_idempotent_and_done_jobs_stay_done(database: str) -> None:
    ran: list[object] = []

    async def ok(payload: dict[str, object]) -> None:
        ran.append(payload["n"])

    runner = jobs.JobRunner({"ok": ok}, clock=lambda: T0)
    async with in_transaction() as conn:
        assert await jobs.enqueue(conn, "ok", {"n": 1}, now=T0, dedup_key="k1")
        assert await jobs.enqueue(conn, "ok", {"n": 2}, now=T0, dedup_key="k1") is None
    assert await runner.run_until_idle() == 1
    assert ran == [1] and (await Job.get()).status == "done"


async def test_a_job_whose_worker_died_is_taken_over_after_its_lease(database: str) -> None:
    async def ok(payload: dict[str, object]) -> None:
        return None

    async with in_transaction() as conn:
        await jobs.enqueue(conn, "ok", {}, now=T0)
    dead = jobs.JobRunner({"ok": ok}, clock=lambda: T0)
    assert len(await dead.claim()) == 1  # claimed, then the worker dies
    other = jobs.JobRunner({"ok": ok}, clock=lambda: T0 + jobs.LEASE - timedelta(seconds=1))
    assert await other.run_due() == 0  # still leased
    later = jobs.JobRunner({"ok": ok}, clock=lambda: T0 + jobs.LEASE + timedelta(seconds=1))
    assert await later.run_due() == 1
    assert (await Job.get()).status == "done"


async def test_unknown_job_kinds_fail_permanently(database: str) -> None:
    async with in_transaction() as conn:
        await jobs.enqueue(conn, "nobody.handles.this", {}, now=T0)
    await jobs.JobRunner({}, clock=lambda: T0).run_due()
    job = await Job.get()
    assert job.status == "failed" and "no handler" in job.last_error


async def test_blob_store_is_content_addressed_and_atomic(tmp_path: Path) -> None:
    store = LocalBlobStore(tmp_path / "blobs")
    key = await store.put(b"evidence")
    assert await store.put(b"evidence") == key
    assert await store.get(key) == b"evidence" and await store.exists(key)
    assert not list((tmp_path / "blobs").rglob("*.tmp"))
    with pytest.raises(ValueError):
        await store.get("../../etc/passwd")


async def test_periodic_jobs_are_enqueued_once_per_period_by_any_number_of_workers(database: str) -> None:
    ran: list[object] = []

    async def tick(payload: dict[str, object]) -> None:
        ran.append(payload["slot"])

    now = [T0]
    workers = [
        jobs.JobRunner({"tick": tick}, clock=lambda: now[0], schedule={"tick": 3600}) for _ in range(3)
    ]
    for w in workers:
        await w.enqueue_periodic()
    assert await workers[0].run_until_idle() == 1
    now[0] = T0 + timedelta(hours=1)
    for w in workers:
        await w.enqueue_periodic()
    await workers[1].run_until_idle()
    assert len(ran) == 2 and ran[0] != ran[1]
