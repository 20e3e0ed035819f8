"""Tables owned by surveys/: responses (no openid, no time finer than a day), the idempotency keys
clients send with them, and the daily answer counts per account and per address that anti-stuffing
reads (keyed hashes that change every day, so they link nothing across days)."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model

STATUSES = ("counted", "held", "released", "rejected")


class SurveyResponse(Model):
    """One person's answer about one subject (an institution, or a report's handling) in one period.

    ``person_hash`` is a keyed hash of (person, subject, period): it enforces one response per person
    and lets a second answer replace the first, yet names nobody. ``answered_on`` is a day, never a
    time, so responses cannot be joined to access logs (LimeSurvey's anonymised responses).
    ``status``: counted, held (out of aggregates; ``hold_reason`` says why), released or rejected by
    a credit officer.
    """

    id = fields.BigIntField(primary_key=True)
    region = fields.CharField(max_length=32)
    subject_kind = fields.CharField(max_length=16)  # institution | report
    subject = fields.CharField(max_length=32)
    questionnaire = fields.CharField(max_length=16)
    version = fields.CharField(max_length=16)
    period = fields.CharField(max_length=8)
    answers: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)
    comment = fields.TextField(null=True)
    score = fields.DecimalField(max_digits=6, decimal_places=2)
    answered_on = fields.DateField()
    channel = fields.CharField(max_length=8)
    person_hash = fields.CharField(max_length=64, unique=True)
    status = fields.CharField(max_length=12, default="counted")
    hold_reason = fields.CharField(max_length=32, default="")
    reviewed_by = fields.CharField(max_length=64, null=True)
    reviewed_on = fields.DateField(null=True)

    class Meta:
        table = "survey_response"
        indexes = (("region", "period", "subject_kind"), ("subject", "answered_on"))


class SurveySubmission(Model):
    """A client's idempotency key (ODK's instance id) for a response, with the digest of what it sent:
    the same key again returns the response; with different content it is refused (409)."""

    id = fields.BigIntField(primary_key=True)
    key_hash = fields.CharField(max_length=64, unique=True)
    digest = fields.CharField(max_length=64)
    response_id = fields.BigIntField()

    class Meta:
        table = "survey_submission"


class SurveyDayCount(Model):
    """How many answers one account or one client address gave on one day (keyed hash of both)."""

    id = fields.BigIntField(primary_key=True)
    key_hash = fields.CharField(max_length=64, unique=True)
    day = fields.DateField(db_index=True)
    count = fields.IntField(default=0)

    class Meta:
        table = "survey_day_count"


class SurveyOffer(Model):
    """The handling questionnaire offered for one report, once, when its reporter was told the result
    (``report.informed``); the reporter answers with the receipt, named or anonymous."""

    id = fields.BigIntField(primary_key=True)
    report_id = fields.BigIntField(unique=True)
    region = fields.CharField(max_length=32, db_index=True)
    offered_on = fields.DateField()

    class Meta:
        table = "survey_offer"
