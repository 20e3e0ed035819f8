"""Redis access: real Redis via redis.asyncio, or fakeredis in-process for embedded mode.

Both expose the redis.asyncio.Redis interface, so callers never know which they hold. Only what may
be lost lives here: conversation state, dedup keys, token cache, locks, rate-limit counters.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Awaitable
from typing import Any, TypeAlias, cast

import redis.asyncio as aioredis

KV: TypeAlias = aioredis.Redis


def connect(url: str | None, *, max_connections: int = 64) -> KV:
    if url:
        # A blocking pool makes a burst past the pool size wait for a connection instead of
        # failing (redis-py's default async pool raises MaxConnectionsError at 100 in flight).
        pool = aioredis.BlockingConnectionPool.from_url(
            url, max_connections=max_connections, timeout=5, decode_responses=False
        )
        return aioredis.Redis(connection_pool=pool)
    import fakeredis

    return fakeredis.FakeAsyncRedis(decode_responses=False)


_RELEASE = """
if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end
"""


async def try_lock(kv: KV, key: str, *, ttl_ms: int) -> str | None:
    """Take a short lock; return its token or None if someone else holds it."""
    token = secrets.token_hex(8)
    ok = await kv.set(key, token, nx=True, px=ttl_ms)
    return token if ok else None


async def unlock(kv: KV, key: str, token: str) -> None:
    """Release only our own lock (it may have expired and been taken by another process)."""
    await run_script(kv, _RELEASE, [key], [token])


async def run_script(kv: KV, script: str, keys: list[str], args: list[Any]) -> Any:
    """EVAL a Lua script (redis-py types eval as sync-or-async; on the asyncio client it awaits)."""
    return await cast("Awaitable[Any]", kv.eval(script, len(keys), *keys, *args))


class AutoPipeline:
    """Batches the commands issued within one event-loop turn into one pipelined round trip.

    Under load many pushes are in flight at once; sending their Redis commands together costs one
    socket write/read and one pool checkout per batch instead of per command (the technique of
    ioredis' ``enableAutoPipelining``). Each caller still gets its own result or exception.
    """

    def __init__(self, kv: KV, *, max_batch: int = 128, linger: float = 0.0) -> None:
        self.kv = kv
        self.max_batch = max_batch
        # Seconds to wait for more commands before sending; only for writes nobody waits on.
        self.linger = linger
        self._queue: list[tuple[asyncio.Future[Any], tuple[Any, ...]]] = []
        self._scheduled = False
        self._inflight: set[asyncio.Task[None]] = set()

    def execute(self, *args: Any) -> asyncio.Future[Any]:
        loop = asyncio.get_running_loop()
        fut: asyncio.Future[Any] = loop.create_future()
        self._queue.append((fut, args))
        if not self._scheduled:
            self._scheduled = True
            if self.linger:
                loop.call_later(self.linger, self._flush)
            else:
                loop.call_soon(self._flush)
        return fut

    async def drain(self) -> None:
        """Send what is queued now and wait for every batch in flight (graceful shutdown)."""
        self._flush()
        if self._inflight:
            await asyncio.wait(list(self._inflight))

    def _flush(self) -> None:
        self._scheduled = False
        while self._queue:
            batch, self._queue = self._queue[: self.max_batch], self._queue[self.max_batch :]
            task = asyncio.ensure_future(self._run(batch))
            self._inflight.add(task)
            task.add_done_callback(self._inflight.discard)

    async def _run(self, batch: list[tuple[asyncio.Future[Any], tuple[Any, ...]]]) -> None:
        try:
            async with self.kv.pipeline(transaction=False) as pipe:
                for _, args in batch:
                    pipe.execute_command(*args)
                results = await pipe.execute(raise_on_error=False)
        except Exception as exc:
            for fut, _ in batch:
                if not fut.done():
                    fut.set_exception(exc)
            return
        for (fut, _), result in zip(batch, results, strict=True):
            if fut.done():
                continue
            if isinstance(result, Exception):
                fut.set_exception(result)
            else:
                fut.set_result(result)
