"""Fixed-window rate limits in Redis, shared by every process (per user, per IP, per receipt guess)."""

from __future__ import annotations

import time

from storage.kv import KV


async def allow(kv: KV, key: str, *, limit: int, window_seconds: int, now: float | None = None) -> bool:
    """Count one hit on ``key``; False once more than ``limit`` hits fall in the current window."""
    window = int((now if now is not None else time.time()) // window_seconds)
    bucket = f"rl:{key}:{window}"
    async with kv.pipeline(transaction=True) as pipe:
        pipe.incr(bucket)
        pipe.expire(bucket, window_seconds + 1)
        count, _ = await pipe.execute()
    return int(count) <= limit
