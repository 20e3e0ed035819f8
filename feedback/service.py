"""Feedback use cases as plain async functions; the caller owns the transaction."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from feedback.errors import FeedbackError
from feedback.models import Suggestion
from storage.crypto import FieldCipher

TOPICS = ("政策咨询", "服务建议", "系统问题", "其他")
_PHONE = re.compile(r"^1[3-9]\d{9}$")


def check_topic(choice: str) -> str:
    choice = choice.strip()
    if choice.isdigit() and 1 <= int(choice) <= len(TOPICS):
        return TOPICS[int(choice) - 1]
    if choice in TOPICS:
        return choice
    raise FeedbackError("unknown_topic")


def check_content(text: str) -> str:
    text = text.strip()
    if len(text) < 5:
        raise FeedbackError("too_short")
    if len(text) > 1000:
        raise FeedbackError("too_long")
    return text


def check_phone(text: str) -> str:
    phone = re.sub(r"[\s-]", "", text)
    if not _PHONE.match(phone):
        raise FeedbackError("bad_phone")
    return phone


async def submit(
    conn: BaseDBAsyncClient,
    *,
    topic: str,
    content: str,
    media: list[dict[str, Any]],
    location: dict[str, Any] | None,
    contact: str | None,
    sender: str,
    cipher: FieldCipher,
    now: datetime,
    channel: str = "wechat",
    region: str = "",
) -> Suggestion:
    """Validate and store a suggestion. Media references are fetched later by a job."""
    topic = check_topic(topic)
    content = check_content(content)
    if len(media) > 9:
        raise FeedbackError("too_many_media")
    contact = check_phone(contact) if contact else None
    return await Suggestion.create(
        using_db=conn,
        topic=topic,
        content=content,
        media=[{**m, "attachment_id": None} for m in media],
        location=location,
        contact_enc=cipher.encrypt(contact, context="suggestion.contact") if contact else None,
        sender_index=cipher.blind_index(sender),
        # Kept so the bureau's answer reaches the sender in WeChat (feedback.inbox.reply).
        sender_openid_enc=cipher.encrypt(sender, context="suggestion.openid"),
        channel=channel,
        created_at=now,
        region=region,
    )


async def attach(conn: BaseDBAsyncClient, *, suggestion_id: int, ref: str, attachment_id: str) -> None:
    """Record that a media reference has been fetched into the blob store."""
    row = await Suggestion.filter(id=suggestion_id).using_db(conn).select_for_update().get()
    row.media = [{**m, "attachment_id": attachment_id} if m.get("ref") == ref else m for m in row.media]
    await row.save(using_db=conn, update_fields=["media"])


async def count_for(sender: str, *, cipher: FieldCipher) -> int:
    return await Suggestion.filter(sender_index=cipher.blind_index(sender)).count()
