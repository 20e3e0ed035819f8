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


class RewardShare(Model):
    """One payee's part of a reward: the whole of it, or one reporter's split of a joint report.

    A named report's share carries the reporter's identity from the report; a joint report's other
    shares carry the identities recorded by staff. Identity columns are FieldCipher ciphertexts;
    ``payee_id_index`` is the blind index of the ID number, so a claim can be matched without
    decrypting every row.
    """

    id = fields.BigIntField(primary_key=True)
    reward_id = fields.BigIntField(db_index=True)
    seq = fields.IntField()
    amount_fen = fields.BigIntField()
    status = fields.CharField(max_length=16, db_index=True)
    payee_name_enc = fields.TextField(null=True)
    payee_id_enc = fields.TextField(null=True)
    payee_id_index = fields.CharField(max_length=64, null=True, db_index=True)
    openid_enc = fields.TextField(null=True)
    rail = fields.CharField(max_length=8, null=True)
    claimed_at = fields.DatetimeField(null=True)
    paid_at = fields.DatetimeField(null=True)
    version = fields.IntField(default=0)

    class Meta:
        table = "reward_share"
        unique_together = (("reward_id", "seq"),)


class TransferBill(Model):
    """One 商家转账 attempt. ``out_bill_no`` is unique for ever; ``request`` is frozen at creation
    so a retry after an unclear answer sends the same number with the same parameters."""

    id = fields.BigIntField(primary_key=True)
    share_id = fields.BigIntField(db_index=True)
    reward_id = fields.BigIntField(db_index=True)
    out_bill_no = fields.CharField(max_length=32, unique=True)
    amount_fen = fields.BigIntField()
    request: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)
    state = fields.CharField(max_length=24, db_index=True)
    transfer_bill_no = fields.CharField(max_length=64, null=True)
    package_info = fields.TextField(null=True)
    fail_reason = fields.CharField(max_length=64, null=True)
    last_error = fields.CharField(max_length=255, null=True)
    attempts = fields.IntField(default=0)
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()
    version = fields.IntField(default=0)

    class Meta:
        table = "reward_transfer"


class BankTransfer(Model):
    """A share paid offline by bank transfer, recorded by finance with its voucher."""

    id = fields.BigIntField(primary_key=True)
    share_id = fields.BigIntField(unique=True)
    reward_id = fields.BigIntField(db_index=True)
    amount_fen = fields.BigIntField()
    voucher_no = fields.CharField(max_length=64)
    voucher_blob = fields.CharField(max_length=64, null=True)
    recorded_by = fields.BigIntField()
    recorded_at = fields.DatetimeField()

    class Meta:
        table = "reward_bank_transfer"
