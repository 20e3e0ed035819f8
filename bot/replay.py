"""One signed query, one body: a push's (signature, timestamp, nonce) is remembered for the replay window.

The query signature covers only the token, timestamp and nonce, never the body, and query strings end up
in access logs. Whoever reads one may not post a different body under it: the first body seen for a
triple is remembered (as a digest) and only that body is accepted again, because WeChat's own retries
resend identical bytes (the retry dedup then answers them).
"""

from __future__ import annotations

import hashlib

from storage.kv import AutoPipeline

PREFIX = "wx:q:"


def query_key(signature: str, timestamp: str, nonce: str) -> str:
    triple = f"{signature.lower()}\x00{timestamp}\x00{nonce}".encode()
    return PREFIX + hashlib.sha256(triple).hexdigest()[:32]


async def same_body_as_first(
    batch: AutoPipeline, *, signature: str, timestamp: str, nonce: str, body: bytes, ttl: int
) -> bool:
    """True for the first body under this query, and for byte-identical retries of it."""
    key = query_key(signature, timestamp, nonce)
    digest = hashlib.sha256(body).hexdigest().encode()
    if await batch.execute("SET", key, digest, "NX", "EX", ttl):
        return True
    first = await batch.execute("GET", key)
    # Expired between the two commands: the window has passed, the timestamp check refuses it anyway.
    return first is None or bytes(first) == digest
