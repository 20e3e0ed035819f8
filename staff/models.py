"""Tables owned by staff: bureau staff accounts and their login sessions."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class StaffAccount(Model):
    """A bureau staff member; roles apply in each listed region (see kernel.actors.Actor).

    Only an argon2id hash of the password is kept. Repeated failures lock the account for a while.
    """

    id = fields.BigIntField(primary_key=True)
    username = fields.CharField(max_length=32, unique=True)
    display_name = fields.CharField(max_length=64)
    password_hash = fields.CharField(max_length=255)
    roles: fields.JSONField[list[str]] = fields.JSONField(default=list)
    regions: fields.JSONField[list[str]] = fields.JSONField(default=list)
    active = fields.BooleanField(default=True)
    failed_logins = fields.IntField(default=0)
    locked_until = fields.DatetimeField(null=True)
    last_login_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "staff_account"


class StaffSession(Model):
    """A login session; the client holds a random token, only its SHA-256 is stored here."""

    id = fields.BigIntField(primary_key=True)
    token_hash = fields.CharField(max_length=64, unique=True)
    staff_id = fields.BigIntField(db_index=True)
    created_at = fields.DatetimeField()
    last_seen_at = fields.DatetimeField()
    expires_at = fields.DatetimeField()
    revoked_at = fields.DatetimeField(null=True)
    client_ip = fields.CharField(max_length=64, default="")

    class Meta:
        table = "staff_session"
