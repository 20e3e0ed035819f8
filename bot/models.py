"""Tables owned by bot/: who follows the account, and from which QR scene they came."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class Follower(Model):
    openid = fields.CharField(max_length=64, primary_key=True)
    subscribed = fields.BooleanField(default=True)
    scene = fields.CharField(max_length=64, default="")
    first_seen_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    class Meta:
        table = "follower"
