"""Tables owned by typical_cases/: the published summaries of concluded cases (曝光典型案例)."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class TypicalCase(Model):
    """A masked case summary the bureau publishes (seeds 000, 001, 004; POLICY §2–3): the institution
    named, natural persons' names masked, by category and date. ``status``: draft, published, withdrawn."""

    id = fields.BigIntField(primary_key=True)
    region = fields.CharField(max_length=32, db_index=True)
    title = fields.CharField(max_length=80)
    category = fields.CharField(max_length=40)  # a report category code of the region's taxonomy
    institution_name = fields.CharField(max_length=128)
    institution_code = fields.CharField(max_length=64, null=True)
    summary = fields.TextField()
    decided_on = fields.DateField()  # when the handling was decided (处理日期)
    status = fields.CharField(max_length=16, default="draft", db_index=True)
    published_on = fields.DateField(null=True)
    source_report_id = fields.BigIntField(null=True)
    created_by = fields.CharField(max_length=64)
    published_by = fields.CharField(max_length=64, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "typical_case"
