"""The shared access token: stable_token (normal mode), cached in Redis for every process.

One process refreshes at a time under a lock; the others wait for the cache. A token the API calls
invalid is dropped from the cache only if it is still the cached one, so N processes seeing the same
40001 cause at most one refresh.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

from storage.kv import KV, run_script, try_lock, unlock

_FORGET_IF_SAME = """
local v = redis.call('get', KEYS[1])
if v and string.sub(v, 1, string.len(ARGV[1])) == ARGV[1] then return redis.call('del', KEYS[1]) end
return 0
"""
# Refresh a little before WeChat's expiry so a request never carries a token about to lapse.
MARGIN_SECONDS = 120


class TokenUnavailable(Exception):
    pass


class TokenManager:
    def __init__(
        self,
        kv: KV,
        appid: str,
        fetch: Callable[[], Awaitable[dict[str, Any]]],
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.kv = kv
        self.fetch = fetch
        self.clock = clock
        self.cache_key = f"wx:token:{appid}"
        self.lock_key = f"wx:token:{appid}:lock"

    async def _cached(self) -> str | None:
        raw = await self.kv.get(self.cache_key)
        if raw is None:
            return None
        text = raw.decode() if isinstance(raw, bytes) else str(raw)
        token, _, expires_at = text.rpartition("|")
        return token if float(expires_at) - MARGIN_SECONDS > self.clock() else None

    async def get(self) -> str:
        token = await self._cached()
        if token:
            return token
        for _ in range(100):
            lock = await try_lock(self.kv, self.lock_key, ttl_ms=10_000)
            if lock:
                try:
                    token = await self._cached()  # someone may have refreshed meanwhile
                    if token:
                        return token
                    return await self._refresh()
                finally:
                    await unlock(self.kv, self.lock_key, lock)
            await asyncio.sleep(0.05)
            token = await self._cached()
            if token:
                return token
        raise TokenUnavailable("timed out waiting for another process to refresh the token")

    async def _refresh(self) -> str:
        result = await self.fetch()
        token = str(result["access_token"])
        expires_at = self.clock() + int(result["expires_in"])
        ttl = max(1, int(result["expires_in"]))
        await self.kv.set(self.cache_key, f"{token}|{expires_at}", ex=ttl)
        return token

    async def invalidate(self, bad_token: str) -> None:
        """Forget ``bad_token`` if it is still the cached one (a newer token is kept).

        Atomic compare-and-delete: every process that saw the same 40001 may call this at once, and
        none of them may wipe out a fresh token another process has just stored.
        """
        await run_script(self.kv, _FORGET_IF_SAME, [self.cache_key], [bad_token + "|"])
