"""Tables owned by storage/: the audit chain, the job outbox and attachment metadata."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model


class AuditEntry(Model):
    """One link of the append-only audit chain: hash = sha256(prev_hash ‖ canonical entry)."""

    id = fields.BigIntField(primary_key=True)
    at = fields.DatetimeField()
    actor = fields.CharField(max_length=128)
    action = fields.CharField(max_length=64)
    subject = fields.CharField(max_length=128, default="")
    detail: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)
    prev_hash = fields.CharField(max_length=64)
    hash = fields.CharField(max_length=64, unique=True)

    class Meta:
        table = "audit_entry"


class Job(Model):
    """An outbox row: a side effect to perform at least once, retried with backoff, never lost."""

    id = fields.BigIntField(primary_key=True)
    kind = fields.CharField(max_length=64)
    payload: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)
    # Makes enqueueing idempotent: a second enqueue with the same key is a no-op.
    dedup_key = fields.CharField(max_length=191, null=True, unique=True)
    status = fields.CharField(max_length=16, default="pending", db_index=True)
    attempts = fields.IntField(default=0)
    max_attempts = fields.IntField(default=8)
    run_after = fields.DatetimeField(db_index=True)
    locked_until = fields.DatetimeField(null=True)
    last_error = fields.TextField(default="")
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "job"


class Attachment(Model):
    """Metadata of a stored blob (photo, voice); the bytes live in the blob store."""

    id = fields.UUIDField(primary_key=True)
    blob_key = fields.CharField(max_length=128)
    content_type = fields.CharField(max_length=64)
    size = fields.IntField()
    sha256 = fields.CharField(max_length=64)
    source = fields.CharField(max_length=64, default="")
    created_at = fields.DatetimeField(auto_now_add=True)
    # A picture's bytes as received (with EXIF: GPS, device) sealed with FieldCipher in its own blob; the
    # blob above is the cleaned copy, the only one shown or sent. NULL for voice and metadata-free files.
    original_blob_key = fields.CharField(max_length=128, null=True)

    class Meta:
        table = "attachment"


class Region(Model):
    """A bureau's area (统筹区); region rules (calendars, schemes, amounts) hang off its code."""

    code = fields.CharField(max_length=32, primary_key=True)
    name = fields.CharField(max_length=64)
    bureau = fields.CharField(max_length=128)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "region"


class Task(Model):
    """A long operation a person started (an evaluation, an import), run by a job; its progress is
    written here while it runs so any web process can show it, and its outcome (result or the bad
    rows) stays for the person to read."""

    id = fields.BigIntField(primary_key=True)
    kind = fields.CharField(max_length=64)
    region = fields.CharField(max_length=32, db_index=True)
    requested_by = fields.CharField(max_length=64)
    params: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)
    status = fields.CharField(max_length=16, default="pending")  # pending | running | done | failed
    stage = fields.CharField(max_length=32, default="")
    done = fields.BigIntField(default=0)
    total = fields.BigIntField(null=True)
    result: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)
    problems: fields.JSONField[list[dict[str, Any]]] = fields.JSONField(default=list)
    error = fields.TextField(default="")
    created_at = fields.DatetimeField()
    heartbeat_at = fields.DatetimeField(null=True)
    finished_at = fields.DatetimeField(null=True)

    class Meta:
        table = "task"
