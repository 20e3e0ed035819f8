"""Tables of practitioner points (POLICY §5): the points recorded per decision, the practitioner's
requests for a human review of one of them, and the access code that lets the practitioner read their
own standing and ask for a review."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class PointRecord(Model):
    """Points given to one practitioner by one decision, validated against the region's scheme.

    ``region`` and ``institution_code`` say where the conduct happened; the standing counts every record
    of the person, wherever it was made. Withdrawn records are kept, marked.
    """

    id = fields.BigIntField(primary_key=True)
    practitioner_code = fields.CharField(max_length=32, db_index=True)
    region = fields.CharField(max_length=32)
    institution_code = fields.CharField(max_length=32)
    scheme = fields.CharField(max_length=40)
    kind = fields.CharField(max_length=40)
    points = fields.IntField()
    decided_on = fields.DateField()
    notified_on = fields.DateField(null=True)
    summary = fields.CharField(max_length=200, default="")
    suspension_months = fields.IntField(null=True)
    source = fields.CharField(max_length=128, default="")
    recorded_by = fields.CharField(max_length=64)
    recorded_at = fields.DatetimeField()
    withdrawn_at = fields.DatetimeField(null=True)
    withdrawn_by = fields.CharField(max_length=64, null=True)
    withdrawn_reason = fields.CharField(max_length=500, null=True)

    class Meta:
        table = "point_record"
        indexes = (("region", "decided_on"),)


class PointReview(Model):
    """A practitioner's request that a person review one record; status pending, upheld or rejected."""

    id = fields.BigIntField(primary_key=True)
    record_id = fields.BigIntField(db_index=True)
    practitioner_code = fields.CharField(max_length=32, db_index=True)
    region = fields.CharField(max_length=32, db_index=True)
    reason = fields.TextField()
    requested_on = fields.DateField()
    requested_at = fields.DatetimeField()
    channel = fields.CharField(max_length=16)
    status = fields.CharField(max_length=16, default="pending")
    answer = fields.TextField(null=True)
    answered_by = fields.CharField(max_length=64, null=True)
    answered_at = fields.DatetimeField(null=True)

    class Meta:
        table = "point_review"


class PointAccessCode(Model):
    """The hash of the access code a practitioner got with the points notice (the code is shown once)."""

    id = fields.BigIntField(primary_key=True)
    practitioner_code = fields.CharField(max_length=32, unique=True)
    code_hash = fields.CharField(max_length=64, unique=True)
    issued_by = fields.CharField(max_length=64)
    issued_at = fields.DatetimeField()

    class Meta:
        table = "point_access_code"
