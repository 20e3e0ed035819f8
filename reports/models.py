"""Tables owned by reports/: the report, its public timeline, messages and evidence."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model

STATUSES = (
    "submitted",
    "accepted",
    "not_accepted",
    "assigned",
    "investigating",
    "concluded",
    "informed",
)


class Report(Model):
    """One case record, whatever the channel (条例 第三十五条: every report gets a unique record).

    Confidentiality (POLICY §9): the receipt is stored only as a keyed hash; a named reporter's
    identity and openid are encrypted; an anonymous report keeps no link to who sent it.
    """

    id = fields.BigIntField(primary_key=True)
    region = fields.CharField(max_length=32, db_index=True)
    receipt_hash = fields.CharField(max_length=64, unique=True)
    category = fields.CharField(max_length=40)
    target_party = fields.CharField(max_length=24)
    target_code = fields.CharField(max_length=64, null=True, db_index=True)
    target_name = fields.CharField(max_length=128)
    description = fields.TextField()
    location: fields.JSONField[dict[str, Any] | None] = fields.JSONField(null=True)
    channel = fields.CharField(max_length=16)
    anonymous = fields.BooleanField()
    # Named reports only: a keyed hash of the openid (to list "my reports") and the encrypted
    # openid (to send notices). Both NULL for anonymous reports.
    reporter_index = fields.CharField(max_length=64, null=True, db_index=True)
    reporter_openid_enc = fields.TextField(null=True)
    identity_enc = fields.TextField(null=True)
    consent_version = fields.CharField(max_length=16, null=True)
    status = fields.CharField(max_length=16, default="submitted", db_index=True)
    received_at = fields.DatetimeField()
    accept_by = fields.DateField()
    decided_at = fields.DatetimeField(null=True)
    decision_inform_by = fields.DateField(null=True)
    not_accepted_reason = fields.CharField(max_length=32, null=True)
    accepted_at = fields.DatetimeField(null=True)
    assignee_id = fields.BigIntField(null=True)
    handle_by = fields.DateField(null=True)
    extensions = fields.IntField(default=0)
    concluded_at = fields.DatetimeField(null=True)
    conclusion = fields.CharField(max_length=24, null=True)
    verified_amount_fen = fields.BigIntField(null=True)
    inform_by = fields.DateField(null=True)
    informed_at = fields.DatetimeField(null=True)
    duplicate_of_id = fields.BigIntField(null=True)
    # When the retention period of the closed case ran out and its reporter identity and evidence were
    # destroyed (reports.retention); the case's facts stay.
    purged_at = fields.DatetimeField(null=True)
    version = fields.IntField(default=0)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "report"


class ReportEvent(Model):
    """A step in the report's life; ``public`` ones are shown to the reporter with the receipt."""

    id = fields.BigIntField(primary_key=True)
    report_id = fields.BigIntField(db_index=True)
    at = fields.DatetimeField()
    actor = fields.CharField(max_length=64)
    kind = fields.CharField(max_length=32)
    status = fields.CharField(max_length=16)
    note = fields.TextField(default="")
    public = fields.BooleanField(default=True)

    class Meta:
        table = "report_event"


class ReportMessage(Model):
    """Two-way messages between the handler and the reporter (anonymous ones too, by receipt)."""

    id = fields.BigIntField(primary_key=True)
    report_id = fields.BigIntField(db_index=True)
    at = fields.DatetimeField()
    sender = fields.CharField(max_length=16)  # reporter | staff
    staff_id = fields.BigIntField(null=True)
    body = fields.TextField()

    class Meta:
        table = "report_message"


class ReportEvidence(Model):
    """A photo or voice note; fetched into the blob store by a job when it comes from WeChat."""

    id = fields.BigIntField(primary_key=True)
    report_id = fields.BigIntField(db_index=True)
    kind = fields.CharField(max_length=16)  # image | voice
    source = fields.CharField(max_length=16)  # wechat_media | upload
    ref = fields.CharField(max_length=128)
    attachment_id = fields.CharField(max_length=36, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "report_evidence"
