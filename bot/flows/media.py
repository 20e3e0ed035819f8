"""Fetching a flow's WeChat media into the blob store: one outbox job per media id, attached to its
owner (a domain's attachment owner, ``Domain.attachment_owners``) when it arrives."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from tortoise.backends.base.client import BaseDBAsyncClient

from storage import jobs


async def fetch_media(
    conn: BaseDBAsyncClient, refs: Iterable[str], *, owner: str, owner_id: int, now: datetime
) -> None:
    """In the caller's transaction: once per media id, however often the flow is retried."""
    for ref in refs:
        await jobs.enqueue(
            conn,
            "wechat.fetch_media",
            {"media_id": ref, "owner": owner, "owner_id": owner_id},
            now=now,
            dedup_key=f"media:{ref}",
        )
