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
    # The bureau's side (feedback.inbox): the region whose account received it ("" before regions were
    # recorded), the sender's openid encrypted (to send the answer in WeChat), the answer and closing.
    region = fields.CharField(max_length=32, default="", db_index=True)
    sender_openid_enc = fields.TextField(null=True)
    status = fields.CharField(max_length=16, default="open")  # open | answered | closed
    reply = fields.TextField(default="")
    replied_by = fields.BigIntField(null=True)
    replied_at = fields.DatetimeField(null=True)
    closed_by = fields.BigIntField(null=True)
    closed_at = fields.DatetimeField(null=True)
    version = fields.IntField(default=0)

    class Meta:
        table = "suggestion"
