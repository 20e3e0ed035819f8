"""Background jobs that talk to WeChat: late replies as customer messages, media downloads."""

from __future__ import annotations

import hashlib
import uuid
from typing import Any

from tortoise.transactions import in_transaction

from bot.client import WeChatAPIError, WeChatClient
from feedback import service as feedback
from storage.blobs import BlobStore
from storage.jobs import JobHandler, PermanentJobError
from storage.models import Attachment

# Errors after which retrying cannot succeed: invalid media id, user unsubscribed / 48 h passed.
PERMANENT = frozenset({40007, 45015, 45047, 43004, 40003})


def job_handlers(client: WeChatClient, blobs: BlobStore) -> dict[str, JobHandler]:
    async def custom_send(payload: dict[str, Any]) -> None:
        try:
            await client.send_custom(payload)
        except WeChatAPIError as err:
            if err.errcode in PERMANENT:
                raise PermanentJobError(str(err)) from err
            raise

    async def fetch_media(payload: dict[str, Any]) -> None:
        try:
            data, ctype = await client.get_media(payload["media_id"])
        except WeChatAPIError as err:
            if err.errcode in PERMANENT:
                raise PermanentJobError(str(err)) from err
            raise
        key = await blobs.put(data)

        async with in_transaction() as conn:
            att = await Attachment.create(
                using_db=conn,
                id=uuid.uuid4(),
                blob_key=key,
                content_type=ctype,
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                source="wechat_media",
            )
            if payload.get("owner") == "suggestion":
                await feedback.attach(
                    conn,
                    suggestion_id=int(payload["owner_id"]),
                    ref=payload["media_id"],
                    attachment_id=str(att.id),
                )

    return {"wechat.custom_send": custom_send, "wechat.fetch_media": fetch_media}
