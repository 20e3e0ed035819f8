"""Tables owned by reward/: one reward per report, and its append-only ledger."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model


class Reward(Model):
    """The reward of one report (the same matter is never rewarded twice: report_id is unique)."""

    id = fields.BigIntField(primary_key=True)
    report_id = fields.BigIntField(unique=True)
    region = fields.CharField(max_length=32, db_index=True)
    policy = fields.CharField(max_length=32)
    status = fields.CharField(max_length=16, db_index=True)
    case_value_fen = fields.BigIntField()
    amount_fen = fields.BigIntField()
    evidence_grade = fields.CharField(max_length=1, null=True)
    target_party = fields.CharField(max_length=16, null=True)
    explanation: fields.JSONField[list[str]] = fields.JSONField(default=list)
    proposed_by = fields.BigIntField()
    proposed_at = fields.DatetimeField()
    approved_by = fields.BigIntField(null=True)
    approved_at = fields.DatetimeField(null=True)
    claim_by = fields.DateField(null=True)
    version = fields.IntField(default=0)

    class Meta:
        table = "reward"


class RewardLedgerEntry(Model):
    """Every state change and money movement of a reward, in order; rows are never changed."""

    id = fields.BigIntField(primary_key=True)
    reward_id = fields.BigIntField(db_index=True)
    at = fields.DatetimeField()
    actor = fields.CharField(max_length=64)
    kind = fields.CharField(max_length=32)
    from_status = fields.CharField(max_length=16, default="")
    to_status = fields.CharField(max_length=16)
    amount_fen = fields.BigIntField(default=0)
    detail: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)

    class Meta:
        table = "reward_ledger"
