"""Tables owned by feedback/."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model


class Suggestion(Model):
    id = fields.BigIntField(primary_key=True)
    topic = fields.CharField(max_length=32)
    content = fields.TextField()
    # [{"source": "wechat_media", "ref": "<media id>", "kind": "image", "attachment_id": null}, ...]
    media: fields.JSONField[list[dict[str, Any]]] = fields.JSONField(default=list)
    location: fields.JSONField[dict[str, Any] | None] = fields.JSONField(null=True)
    # Contact phone, encrypted (storage.crypto); never stored in plaintext.
    contact_enc = fields.TextField(null=True)
    # Blind index of the sender's openid, so they can list their own suggestions.
    sender_index = fields.CharField(max_length=64, db_index=True)
    channel = fields.CharField(max_length=16, default="wechat")
    created_at = fields.DatetimeField()
    # The sender's openid, encrypted, so staff can answer in WeChat (rows from before it: no answer path).
    sender_enc = fields.TextField(null=True)
    status = fields.CharField(max_length=16, default="new", db_index=True)  # new | answered | closed
    closed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "suggestion"


class SuggestionReply(Model):
    """A staff answer to a suggestion; sent to the citizen in WeChat by the ``feedback.reply`` job."""

    id = fields.BigIntField(primary_key=True)
    suggestion_id = fields.BigIntField(db_index=True)
    staff_id = fields.BigIntField()
    body = fields.TextField()
    at = fields.DatetimeField()

    class Meta:
        table = "suggestion_reply"
