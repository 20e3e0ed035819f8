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
    # 行政处罚法 第六十条: the penalty decision within 90 days of 立案 (set at acceptance, swept).
    penalty_by = fields.DateField(null=True)
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
        # The staff queue's keyset orders and filters (reports.queue): each page starts at an index bound.
        # The trailing columns cover the home figures (staff.dashboard), so its counts over a region's
        # 100,000 reports are index-only scans: deadlines (status + the three due dates), reports per
        # week (received_at + category, channel), outcomes (concluded_at + conclusion, amount).
        indexes = (
            ("region", "status", "accept_by", "id", "handle_by", "inform_by", "anonymous"),
            ("region", "accept_by", "id"),
            ("region", "received_at", "id", "category", "channel"),
            ("region", "assignee_id", "status"),
            ("region", "concluded_at", "conclusion", "verified_amount_fen"),
        )


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


class ReportReferral(Model):
    """The case, or a part of it, handed to another body (seed 001 四(一); seed 000's cases): 公安 for a
    crime, 纪检监察 for officials, 卫生健康 or 市场监管 for their licences. The fund case stays open."""

    id = fields.BigIntField(primary_key=True)
    report_id = fields.BigIntField(db_index=True)
    body = fields.CharField(max_length=24)  # reports.referrals.BODIES
    body_name = fields.CharField(max_length=64)  # the receiving body as named on the letter
    referred_on = fields.DateField()
    reference = fields.CharField(max_length=64)  # the letter's number (文号)
    note = fields.TextField(default="")
    actor = fields.CharField(max_length=64)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "report_referral"
