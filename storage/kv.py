"""Redis access: real Redis via redis.asyncio, or fakeredis in-process for embedded mode.

Both expose the redis.asyncio.Redis interface, so callers never know which they hold. Only what may
be lost lives here: conversation state, dedup keys, token cache, locks, rate-limit counters.
"""

from __future__ import annotations

import secrets
from typing import TypeAlias

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
    await kv.eval(_RELEASE, 1, key, token)
