"""Retry dedup shared by every process: the first delivery of a push processes it, retries replay.

Key = (FromUserName, MsgId) for messages, (FromUserName, CreateTime, Event, EventKey) for events. The
first delivery claims the key with SET NX; a retry landing anywhere waits for the stored reply.
"""

from __future__ import annotations

import asyncio

from storage.crypto import FieldCipher
from storage.kv import KV, AutoPipeline

PENDING = b"\x00pending"


class Deduper:
    def __init__(
        self, kv: KV, *, cipher: FieldCipher | None = None, claim_ttl: int = 60, reply_ttl: int = 600
    ) -> None:
        self.kv = kv
        # Replies can hold a receipt code: sealed with AES-GCM while they wait in Redis for retries.
        self.cipher = cipher
        # The hot path's commands ride auto-pipelined batches: under load, one round trip serves
        # many pushes, and a claim travels with the read of the sender's conversation state.
        self.batch = AutoPipeline(kv)
        # Stored replies only serve retries, which come seconds later: let them gather for 2 ms.
        self.lazy = AutoPipeline(kv, linger=0.002)
        self.claim_ttl = claim_ttl
        self.reply_ttl = reply_ttl

    def _key(self, key: str) -> str:
        # The key holds the sender's openid: Redis key names (visible to SCAN, MONITOR, slow logs and
        # dumps) carry only its keyed hash.
        return "wx:dedup:" + (self.cipher.blind_index(key)[:40] if self.cipher else key)

    async def claim(self, key: str) -> bool:
        """True when this delivery is the first and must be processed."""
        return bool(await self.kv.set(self._key(key), PENDING, nx=True, ex=self.claim_ttl))

    async def claim_and_read(self, key: str, state_key: str) -> tuple[bool, bytes | None]:
        """Like ``claim``, also returning the value at ``state_key`` (None when absent)."""
        claim = self.batch.execute("SET", self._key(key), PENDING, "NX", "EX", self.claim_ttl)
        read = self.batch.execute("GET", state_key)
        claimed, value = await asyncio.gather(claim, read)
        return bool(claimed), value

    async def replay(self, key: str, *, wait: float = 4.0) -> str | None:
        """The first delivery's reply; None if it is still running after ``wait`` seconds."""
        deadline = asyncio.get_running_loop().time() + wait
        while True:
            value = await self.kv.get(self._key(key))
            if value is not None and value != PENDING:
                text = value.decode() if isinstance(value, bytes) else str(value)
                return self.cipher.decrypt(text, context="dedup") if self.cipher else text
            if value is None or asyncio.get_running_loop().time() >= deadline:
                return None
            await asyncio.sleep(0.05)

    async def store(self, key: str, reply: str) -> None:
        await self.store_later(key, reply)

    def store_later(self, key: str, reply: str) -> asyncio.Future[object]:
        """Queue the reply for retries without making this delivery wait for Redis."""
        sealed = self.cipher.encrypt(reply, context="dedup") if self.cipher else reply
        return self.lazy.execute("SET", self._key(key), sealed.encode(), "EX", self.reply_ttl)

    async def release(self, key: str) -> None:
        """Processing failed: let a retry try again instead of replaying nothing."""
        await self.kv.delete(self._key(key))
