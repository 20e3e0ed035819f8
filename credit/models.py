"""Tables owned by credit/: events and indicators per institution, evaluation runs with their
grades, the published grade the public sees, notices with objection codes, objections, and the
blacklist with its repair requests."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model


class CreditEventRecord(Model):
    """A credit event of an institution (kinds as in ``credit.engine.facts.EventKind``).

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
    # A correction after an upheld objection: a one-institution run republished over ``corrects_run_id``.
    corrects_run_id = fields.BigIntField(null=True)

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


class CreditNotice(Model):
    """The notice of a published grade to one institution, with the hash of its objection code.

    The code itself is shown once, when the notice list is issued; only its SHA-256 is kept.
    """

    id = fields.BigIntField(primary_key=True)
    run_id = fields.BigIntField()
    region = fields.CharField(max_length=32)
    institution_code = fields.CharField(max_length=32, db_index=True)
    code_hash = fields.CharField(max_length=64, unique=True)
    issued_by = fields.CharField(max_length=64)
    issued_at = fields.DatetimeField()

    class Meta:
        table = "credit_notice"
        unique_together = (("run_id", "institution_code"),)


class CreditObjection(Model):
    """An institution's objection to its published grade, and the bureau's answer.

    ``status`` is open, upheld or rejected; an upheld objection names the correction run.
    """

    id = fields.BigIntField(primary_key=True)
    region = fields.CharField(max_length=32, db_index=True)
    institution_code = fields.CharField(max_length=32, db_index=True)
    run_id = fields.BigIntField()
    grade = fields.CharField(max_length=16, null=True)
    reason = fields.TextField()
    evidence = fields.CharField(max_length=512, default="")
    contact = fields.CharField(max_length=64, default="")
    channel = fields.CharField(max_length=16)
    received_on = fields.DateField()
    received_at = fields.DatetimeField()
    answer_by = fields.DateField()
    status = fields.CharField(max_length=16, default="open")
    answer = fields.TextField(default="")
    corrected_grade = fields.CharField(max_length=16, null=True)
    correction_run_id = fields.BigIntField(null=True)
    answered_by = fields.CharField(max_length=64, null=True)
    answered_at = fields.DatetimeField(null=True)

    class Meta:
        table = "credit_objection"


class BlacklistEntry(Model):
    """A dishonesty listing (失信名单) of an institution or practitioner, with its disclosure periods.

    Public while ``listed_on`` <= today < ``publish_until`` and not repaired; repair may be asked from
    ``repair_from`` (the minimum disclosure period's end).
    """

    id = fields.BigIntField(primary_key=True)
    region = fields.CharField(max_length=32, db_index=True)
    subject_kind = fields.CharField(max_length=16)
    subject_code = fields.CharField(max_length=32, db_index=True)
    subject_name = fields.CharField(max_length=128, default="")
    severity = fields.CharField(max_length=16)
    reason = fields.TextField()
    listed_on = fields.DateField()
    repair_from = fields.DateField()
    publish_until = fields.DateField()
    repaired_on = fields.DateField(null=True)
    created_by = fields.CharField(max_length=64)
    created_at = fields.DatetimeField()

    class Meta:
        table = "credit_blacklist"


class RepairRequest(Model):
    """A request for credit repair of a listing, with the written commitment; pending, approved or
    rejected."""

    id = fields.BigIntField(primary_key=True)
    entry_id = fields.BigIntField(db_index=True)
    region = fields.CharField(max_length=32)
    commitment = fields.TextField()
    corrective_action = fields.TextField(default="")
    received_on = fields.DateField()
    received_at = fields.DatetimeField()
    status = fields.CharField(max_length=16, default="pending")
    decision_note = fields.TextField(default="")
    decided_by = fields.CharField(max_length=64, null=True)
    decided_at = fields.DatetimeField(null=True)

    class Meta:
        table = "credit_repair_request"
