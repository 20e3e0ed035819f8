"""Rate limits without a double burst at a window's edge, a report quota spent only by accepted reports,
no openid in a Redis key name, staff sign-in limited before its body is read, and job leases that a
live worker renews while a dead one's run out quickly."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import aiohttp
import pytest
from tortoise.transactions import in_transaction

from handlers import keys
from reports.models import Report
from storage import jobs, kv
from storage.models import Job
from storage.ratelimit import allow
from tests.conftest import Stack, openid
from tests.e2e.test_api_v1 import Api

T0 = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)


@pytest.fixture
async def store(redis_url: str | None, flush_redis: None) -> AsyncIterator[kv.KV]:
    client = kv.connect(redis_url)  # real Redis on the postgres backend, the stand-in on sqlite
    yield client
    await client.aclose()


async def test_a_limit_lets_no_double_burst_through_at_a_window_edge(store: kv.KV) -> None:
    edge = 1_800_000_000.0  # a multiple of 60: where a fixed window would turn
    hits = [await allow(store, "edge", limit=5, window_seconds=60, now=edge - 0.1) for _ in range(6)]
    assert hits == [True] * 5 + [False]
    after = [await allow(store, "edge", limit=5, window_seconds=60, now=edge + 0.1) for _ in range(5)]
    assert after == [False] * 5  # a fixed window would have let five more through here
    # A whole window after the burst, its hits have left the window: five more, and no sixth.
    later = [await allow(store, "edge", limit=5, window_seconds=60, now=edge + 60) for _ in range(6)]
    assert later == [True] * 5 + [False]


async def test_invalid_reports_do_not_spend_the_reporters_quota(stack: Stack) -> None:
    async with aiohttp.ClientSession() as http:
        api = Api(stack, http)
        await api.login("o-careless")
        for _ in range(12):  # more than the quota of 10, each refused as invalid
            status, _, _ = await api.report(description="太短")
            assert status == 422
        for _ in range(10):
            status, body, _ = await api.report()
            assert status == 201, body
        status, err, _ = await api.report()
    assert status == 429 and err["code"] == "rate_limited"
    assert await Report.all().count() == 10


async def test_no_openid_appears_in_a_redis_key_name(stack: Stack) -> None:
    user = openid()
    await stack.sim.send_text(user, "举报进度")
    await stack.sim.send_text(user, "ABCD-EFGH-JKMN-PQRS")  # a receipt try: counted per user
    await stack.sim.subscribe(user)
    await stack.app[keys.DEDUP].lazy.drain()
    names = [k.decode() async for k in stack.app[keys.KV_KEY].scan_iter(match="*")]
    assert any(n.startswith("wx:dedup:") for n in names) and any(n.startswith("dlg:") for n in names)
    assert not [n for n in names if user in n]


async def test_staff_sign_in_is_limited_before_a_large_body_is_read(stack: Stack) -> None:
    async with aiohttp.ClientSession() as http:
        url = stack.url + "admin/api/login"
        big = b'{"username": "x", "password": "' + b"a" * 100_000 + b'"}'
        async with http.post(url, data=big, headers={"Content-Type": "application/json"}) as resp:
            assert resp.status == 413  # a few KB at most, however much was sent
        from handlers.staff_api.guard import policy_of

        for _ in range(policy_of(stack.app).login_per_ip):
            async with http.post(url, json={"username": "nobody", "password": "wrong"}):
                pass
        async with http.post(url, data=big, headers={"Content-Type": "application/json"}) as resp:
            assert resp.status == 429  # refused by the limit before the body is looked at


async def test_a_live_worker_renews_its_leases_and_a_dead_ones_run_out_within_one_lease(
    database: str,
) -> None:
    async def ok(payload: dict[str, object]) -> None:
        return None

    async with in_transaction() as conn:
        for _ in range(3):
            await jobs.enqueue(conn, "ok", {}, now=T0)
    live = jobs.JobRunner({"ok": ok}, clock=lambda: T0)
    held = {j.id for j in await live.claim()}
    assert len(held) == 3
    assert {j.locked_until for j in await Job.all()} == {T0 + jobs.LEASE}
    assert jobs.LEASE <= timedelta(seconds=30)  # a dead worker's batch waits at most this long
    later = jobs.JobRunner({"ok": ok}, clock=lambda: T0 + timedelta(seconds=20))
    assert await later.renew(held) == 3  # the heartbeat of a worker still working through its batch
    other = jobs.JobRunner({"ok": ok}, clock=lambda: T0 + jobs.LEASE + timedelta(seconds=1))
    assert await other.run_due() == 0  # renewed: not taken over while the first worker lives
