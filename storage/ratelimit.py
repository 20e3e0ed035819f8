"""Rate limits in Redis, shared by every process (per user, per IP, per receipt guess): a sliding window.

"``limit`` per ``window_seconds``" holds for every window of that length, wherever it starts: each key is
a sorted set of the recent hits' times. A fixed window let a client spend a whole window's allowance just
before the window turned and another just after (a double burst); this does not. Limits are small (at
most a few hundred hits), so a set per key stays small.
"""

from __future__ import annotations

import secrets
import time

from storage.kv import KV, run_script

# KEYS[1]: the set. ARGV: now (ms), window (ms), limit, a unique member for this hit.
_HIT = """
local now, window, limit = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) >= limit then return 0 end
redis.call('ZADD', KEYS[1], now, ARGV[4])
redis.call('PEXPIRE', KEYS[1], window)
return 1
"""


def _now_ms(now: float | None) -> int:
    return int((now if now is not None else time.time()) * 1000)


async def allow(kv: KV, key: str, *, limit: int, window_seconds: int, now: float | None = None) -> bool:
    """Count one hit on ``key``; False (and nothing counted) once ``limit`` hits fall in the last window."""
    member = f"{_now_ms(now)}:{secrets.token_hex(4)}"
    args = [_now_ms(now), window_seconds * 1000, limit, member]
    return bool(await run_script(kv, _HIT, [f"rl:{key}"], args))


async def refund(kv: KV, key: str) -> None:
    """Give back the latest hit counted by ``allow`` (the action it allowed did not happen after all)."""
    await kv.zpopmax(f"rl:{key}")
