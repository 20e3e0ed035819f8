"""Retry dedup shared by every process: the first delivery of a push processes it, retries replay.

Key = (FromUserName, MsgId) for messages, (FromUserName, CreateTime, Event, EventKey) for events. The
first delivery claims the key with SET NX; a retry landing anywhere waits for the stored reply.
"""

from __future__ import annotations

import asyncio

from storage.kv import KV

PENDING = b"\x00pending"

# Claim the push and, in the same round trip, read the sender's conversation state: the hot path
# of every message then costs one Redis round trip before the reply and one after.
_CLAIM_AND_READ = """
if not redis.call('set', KEYS[1], ARGV[1], 'NX', 'EX', ARGV[2]) then return {0, ''} end
return {1, redis.call('get', KEYS[2]) or ''}
"""


class Deduper:
    def __init__(self, kv: KV, *, claim_ttl: int = 60, reply_ttl: int = 600) -> None:
        self.kv = kv
        self.claim_ttl = claim_ttl
        self.reply_ttl = reply_ttl

    @staticmethod
    def _key(key: str) -> str:
        return "wx:dedup:" + key

    async def claim(self, key: str) -> bool:
        """True when this delivery is the first and must be processed."""
        return bool(await self.kv.set(self._key(key), PENDING, nx=True, ex=self.claim_ttl))

    async def claim_and_read(self, key: str, state_key: str) -> tuple[bool, bytes | None]:
        """Like ``claim``, also returning the value at ``state_key`` (None when absent)."""
        claimed, value = await self.kv.eval(
            _CLAIM_AND_READ, 2, self._key(key), state_key, PENDING, self.claim_ttl
        )
        raw = value if isinstance(value, bytes) else str(value).encode()
        return bool(claimed), (raw or None)

    async def replay(self, key: str, *, wait: float = 4.0) -> str | None:
        """The first delivery's reply; None if it is still running after ``wait`` seconds."""
        deadline = asyncio.get_running_loop().time() + wait
        while True:
            value = await self.kv.get(self._key(key))
            if value is not None and value != PENDING:
                return value.decode() if isinstance(value, bytes) else str(value)
            if value is None or asyncio.get_running_loop().time() >= deadline:
                return None
            await asyncio.sleep(0.05)

    async def store(self, key: str, reply: str) -> None:
        await self.kv.set(self._key(key), reply.encode(), ex=self.reply_ttl)

    async def release(self, key: str) -> None:
        """Processing failed: let a retry try again instead of replaying nothing."""
        await self.kv.delete(self._key(key))
