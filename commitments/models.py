"""Tables owned by commitments/: letter templates (immutable once published), pharma enterprises,
practitioners' identity for binding, campaigns and their rosters, bindings, the letter's view events
and signatures (a hash chain per region)."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model


class CommitmentTemplate(Model):
    """A version of a region's letter of one kind; ``sha256`` is over the exact UTF-8 of ``title`` and
    ``body`` (see ``templates.text_hash``); once ``published_at`` is set the row never changes."""

    id = fields.BigIntField(primary_key=True)
    region = fields.CharField(max_length=32)
    kind = fields.CharField(max_length=16)
    version = fields.IntField()
    title = fields.CharField(max_length=128)
    body = fields.TextField()
    sha256 = fields.CharField(max_length=64)
    published_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField()

    class Meta:
        table = "commitment_template"
        unique_together = (("region", "kind", "version"),)


class Enterprise(Model):
    """A pharma enterprise (医药企业) keyed by its unified social credit code; the legal
    representative's ID number is stored encrypted and as a blind index (for binding)."""

    id = fields.BigIntField(primary_key=True)
    uscc = fields.CharField(max_length=18, unique=True)
    name = fields.CharField(max_length=128)
    kind = fields.CharField(max_length=24)
    region = fields.CharField(max_length=32, db_index=True)
    legal_rep = fields.CharField(max_length=64, default="")
    id_number_enc = fields.TextField(null=True)
    id_index = fields.CharField(max_length=64, null=True)
    updated_at = fields.DatetimeField()

    class Meta:
        table = "commitment_enterprise"


class PractitionerIdentity(Model):
    """What binding needs of a registry practitioner (or an institution's principal): the ID number,
    encrypted and as a blind index; the phone optional, encrypted."""

    id = fields.BigIntField(primary_key=True)
    subject = fields.CharField(max_length=48, unique=True)  # "practitioner:<code>" | "principal:<code>"
    region = fields.CharField(max_length=32, db_index=True)
    name = fields.CharField(max_length=64)
    id_number_enc = fields.TextField()
    id_index = fields.CharField(max_length=64, db_index=True)
    phone_enc = fields.TextField(null=True)
    updated_at = fields.DatetimeField()

    class Meta:
        table = "commitment_identity"


class Campaign(Model):
    """Who must sign which template version between ``opens_at`` and ``closes_at``, and what happens to
    non-signers when the window closes (``consequence``, applied once: ``consequence_applied_at``)."""

    id = fields.BigIntField(primary_key=True)
    region = fields.CharField(max_length=32, db_index=True)
    name = fields.CharField(max_length=128)
    template: fields.ForeignKeyRelation[CommitmentTemplate] = fields.ForeignKeyField(
        "models.CommitmentTemplate", related_name="campaigns", on_delete=fields.RESTRICT
    )
    opens_at = fields.DatetimeField()
    closes_at = fields.DatetimeField()
    consequence: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)
    consequence_applied_at = fields.DatetimeField(null=True)
    created_by = fields.CharField(max_length=64)
    created_at = fields.DatetimeField()

    class Meta:
        table = "commitment_campaign"


class RosterEntry(Model):
    """One person who must sign in a campaign: ``party`` is what they sign for (the practitioner code,
    the institution code of a principal, the enterprise's USCC)."""

    id = fields.BigIntField(primary_key=True)
    campaign: fields.ForeignKeyRelation[Campaign] = fields.ForeignKeyField(
        "models.Campaign", related_name="roster", on_delete=fields.CASCADE
    )
    campaign_id: int
    signer_kind = fields.CharField(max_length=16)
    party = fields.CharField(max_length=32)
    name = fields.CharField(max_length=64)
    institution_code = fields.CharField(max_length=32, null=True)
    enterprise_kind = fields.CharField(max_length=24, null=True)
    grid = fields.CharField(max_length=32, null=True)
    id_number_enc = fields.TextField()
    id_index = fields.CharField(max_length=64, db_index=True)
    openid_index = fields.CharField(max_length=64, null=True, db_index=True)
    openid_enc = fields.TextField(null=True)  # for reminders (template messages) only
    bound_at = fields.DatetimeField(null=True)

    class Meta:
        table = "commitment_roster"
        unique_together = (("campaign", "signer_kind", "party"),)


class LetterEvent(Model):
    """The signer's timeline before signing: ``opened`` and ``read`` (scrolled to the end)."""

    id = fields.BigIntField(primary_key=True)
    roster: fields.ForeignKeyRelation[RosterEntry] = fields.ForeignKeyField(
        "models.RosterEntry", related_name="events", on_delete=fields.CASCADE
    )
    kind = fields.CharField(max_length=16)
    at = fields.DatetimeField()
    client_ip = fields.CharField(max_length=64, default="")
    user_agent = fields.CharField(max_length=255, default="")

    class Meta:
        table = "commitment_letter_event"


class Signature(Model):
    """A signed letter and its evidence. ``signer`` (``<signer kind>:<party>``) with the template makes
    it once-only; ``record_hash`` covers every evidence field and ``prev_hash`` (the region's previous
    record), so a changed record or a removed one breaks the chain. Voiding is outside the hash."""

    id = fields.BigIntField(primary_key=True)
    code = fields.CharField(max_length=32, unique=True)  # the public verification code (QR)
    region = fields.CharField(max_length=32)
    seq = fields.IntField()
    campaign: fields.ForeignKeyRelation[Campaign] = fields.ForeignKeyField(
        "models.Campaign", related_name="signatures", on_delete=fields.RESTRICT
    )
    roster: fields.ForeignKeyRelation[RosterEntry] = fields.ForeignKeyField(
        "models.RosterEntry", related_name="signatures", on_delete=fields.RESTRICT
    )
    template: fields.ForeignKeyRelation[CommitmentTemplate] = fields.ForeignKeyField(
        "models.CommitmentTemplate", related_name="signatures", on_delete=fields.RESTRICT
    )
    roster_id: int
    campaign_id: int
    template_id: int
    signer = fields.CharField(max_length=48)
    idempotency_key = fields.CharField(max_length=64, unique=True)
    evidence: fields.JSONField[dict[str, Any]] = fields.JSONField()
    image_png = fields.TextField()  # base64 of the drawn PNG, hashed in ``evidence``
    prev_hash = fields.CharField(max_length=64)
    record_hash = fields.CharField(max_length=64)
    signed_at = fields.DatetimeField()
    pdf_sha256 = fields.CharField(max_length=64, null=True)
    pdf_blob = fields.CharField(max_length=64, null=True)
    voided_at = fields.DatetimeField(null=True)
    void_reason = fields.CharField(max_length=255, null=True)

    class Meta:
        table = "commitment_signature"
        unique_together = (("template", "signer"), ("region", "seq"))
