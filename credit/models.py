"""Tables owned by credit/: events and indicators per institution, evaluation runs with their
grades, and the published grade the public sees."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model


class CreditEventRecord(Model):
    """A credit event of an institution (kinds as in ``credit.facts.EventKind``).

    ``origin_ref`` makes recording idempotent: ``report:<id>`` for the complaint a substantiated
    report creates, ``import:<sha256 of the row>`` for a CSV row; staff entries leave it empty.
    """

    id = fields.BigIntField(primary_key=True)
    region = fields.CharField(max_length=32)
    institution_code = fields.CharField(max_length=32, db_index=True)
    kind = fields.CharField(max_length=32)
    occurred_on = fields.DateField()
    amount_fen = fields.BigIntField(null=True)
    source = fields.CharField(max_length=128, default="")
    evidence = fields.CharField(max_length=512, default="")
    origin = fields.CharField(max_length=16)
    origin_ref = fields.CharField(max_length=80, null=True, unique=True)
    recorded_by = fields.CharField(max_length=64)
    recorded_at = fields.DatetimeField()
    withdrawn_at = fields.DatetimeField(null=True)

    class Meta:
        table = "credit_event"
        indexes = (("region", "occurred_on"),)


class CreditIndicator(Model):
    """An indicator value of an institution for a period (e.g. satisfaction 0-100), by source."""

    id = fields.BigIntField(primary_key=True)
    region = fields.CharField(max_length=32)
    institution_code = fields.CharField(max_length=32)
    period = fields.CharField(max_length=8)
    name = fields.CharField(max_length=32)
    value = fields.DecimalField(max_digits=12, decimal_places=4)
    source = fields.CharField(max_length=32)
    updated_at = fields.DatetimeField()

    class Meta:
        table = "credit_indicator"
        unique_together = (("institution_code", "period", "name"),)
        indexes = (("region", "period"),)


class CreditRun(Model):
    """One evaluation of a region for a period under a scheme; a draft until published."""

    id = fields.BigIntField(primary_key=True)
    region = fields.CharField(max_length=32)
    period = fields.CharField(max_length=8)
    scheme = fields.CharField(max_length=32)
    scheme_snapshot: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)
    as_of = fields.DateField()
    status = fields.CharField(max_length=16)
    summary: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)
    created_by = fields.CharField(max_length=64)
    created_at = fields.DatetimeField()
    published_by = fields.CharField(max_length=64, null=True)
    published_at = fields.DatetimeField(null=True)

    class Meta:
        table = "credit_run"
        indexes = (("region", "period"),)


class CreditGrade(Model):
    """The grade (or the reason for none) one run gave one institution, with its explanation."""

    id = fields.BigIntField(primary_key=True)
    run_id = fields.BigIntField()
    institution_code = fields.CharField(max_length=32, db_index=True)
    grade = fields.CharField(max_length=16, null=True)
    not_rated_reason = fields.CharField(max_length=255, null=True)
    explanation: fields.JSONField[list[str]] = fields.JSONField(default=list)

    class Meta:
        table = "credit_grade"
        unique_together = (("run_id", "institution_code"),)


class PublishedGrade(Model):
    """What the public sees for an institution: the grade of the latest published run (one row per
    institution, replaced on publication or on a republication after an upheld objection)."""

    id = fields.BigIntField(primary_key=True)
    institution_code = fields.CharField(max_length=32, unique=True)
    region = fields.CharField(max_length=32, db_index=True)
    run_id = fields.BigIntField()
    period = fields.CharField(max_length=8)
    scheme = fields.CharField(max_length=32)
    grade = fields.CharField(max_length=16, null=True)
    not_rated_reason = fields.CharField(max_length=255, null=True)
    meaning = fields.CharField(max_length=255, default="")
    published_on = fields.DateField()

    class Meta:
        table = "credit_published"
