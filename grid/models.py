"""Tables owned by grid/: the boundary tree, institutions and staff placed in grids, supervisors,
their findings, inspection tasks and institutions' fund payments (for the sampling draw)."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model


class GridImport(Model):
    """A region's current boundary set: a fresh token per import, so each process rebuilds its
    locator only when the boundaries changed."""

    region = fields.CharField(max_length=32, primary_key=True)
    token = fields.CharField(max_length=32)
    counties = fields.IntField()
    grids = fields.IntField()
    imported_at = fields.DatetimeField()
    imported_by = fields.CharField(max_length=64)

    class Meta:
        table = "grid_import"


class Grid(Model):
    """A county (``level='county'``) or a grid within one (``parent``: the county's code); the
    boundary is the GeoJSON geometry as imported (checked valid)."""

    id = fields.BigIntField(primary_key=True)
    region = fields.CharField(max_length=32)
    code = fields.CharField(max_length=32)
    name = fields.CharField(max_length=64)
    level = fields.CharField(max_length=8)
    parent = fields.CharField(max_length=32, null=True)
    geometry: fields.JSONField[dict[str, Any]] = fields.JSONField()

    class Meta:
        table = "grid"
        unique_together = (("region", "code"),)


class GridInstitution(Model):
    """Which grid an institution lies in: by its location, or by the registry file's grid code when
    it has none (``placed_by``)."""

    id = fields.BigIntField(primary_key=True)
    region = fields.CharField(max_length=32)
    institution_code = fields.CharField(max_length=32)
    grid_code = fields.CharField(max_length=32)
    placed_by = fields.CharField(max_length=16)  # location | registry

    class Meta:
        table = "grid_institution"
        unique_together = (("region", "institution_code"),)
        indexes = (("region", "grid_code"),)


class GridStaff(Model):
    """A staff member assigned to a grid (receives its findings, sees its tasks)."""

    id = fields.BigIntField(primary_key=True)
    region = fields.CharField(max_length=32)
    grid_code = fields.CharField(max_length=32)
    staff_id = fields.BigIntField()
    assigned_at = fields.DatetimeField()
    assigned_by = fields.CharField(max_length=64)

    class Meta:
        table = "grid_staff"
        unique_together = (("region", "grid_code", "staff_id"),)


class Supervisor(Model):
    """A social supervisor (社会监督员) from application to exit.

    Identity (name, ID number, phone) is encrypted; ``id_index`` and ``openid_index`` are keyed blind
    indexes so one person and one WeChat user apply once. ``name`` is kept in clear: it is printed on
    the public certificate, whose link carries a random token (``certificate_token``): it reveals
    no more than the card itself (name, grids, term, whether current).
    """

    id = fields.BigIntField(primary_key=True)
    region = fields.CharField(max_length=32)
    name = fields.CharField(max_length=32)
    identity_enc = fields.TextField()
    id_index = fields.CharField(max_length=64)
    openid_index = fields.CharField(max_length=64)
    openid_enc = fields.TextField()
    pool = fields.CharField(max_length=16)
    preferred_grid = fields.CharField(max_length=32, null=True)
    grids: fields.JSONField[list[str]] = fields.JSONField(default=list)
    status = fields.CharField(max_length=16)  # applied | active | suspended | exited | expired | rejected
    status_reason = fields.CharField(max_length=500, default="")
    declared_at = fields.DatetimeField()
    term_start = fields.DateField(null=True)
    term_end = fields.DateField(null=True)
    certificate_no = fields.CharField(max_length=32, null=True, unique=True)
    certificate_token = fields.CharField(max_length=64, null=True, unique=True)
    applied_at = fields.DatetimeField()
    decided_at = fields.DatetimeField(null=True)
    decided_by = fields.CharField(max_length=64, null=True)

    class Meta:
        table = "grid_supervisor"
        indexes = (("region", "status"), ("openid_index",), ("id_index",))


class Finding(Model):
    """What a supervisor saw at an institution; triaged by the grid's staff into a report case
    (``report_id``), merged into an existing one, or closed with a reason the supervisor sees."""

    id = fields.BigIntField(primary_key=True)
    region = fields.CharField(max_length=32)
    supervisor_id = fields.BigIntField(db_index=True)
    institution_code = fields.CharField(max_length=32)
    institution_name = fields.CharField(max_length=128)
    category = fields.CharField(max_length=32)
    description = fields.TextField()
    location: fields.JSONField[dict[str, Any] | None] = fields.JSONField(null=True)
    grid_code = fields.CharField(max_length=32, null=True)  # the institution's grid: who triages it
    outside_grid = fields.BooleanField(default=False)  # sent from outside the supervisor's grids
    task_id = fields.BigIntField(null=True)
    status = fields.CharField(max_length=16, default="new")  # new | opened | merged | closed
    report_id = fields.BigIntField(null=True)
    close_reason = fields.CharField(max_length=500, default="")
    created_at = fields.DatetimeField()
    triaged_at = fields.DatetimeField(null=True)
    triaged_by = fields.CharField(max_length=64, null=True)

    class Meta:
        table = "grid_finding"
        indexes = (("region", "grid_code", "status"),)


class FindingPhoto(Model):
    """A photo or voice note of a finding: the WeChat media id, then the stored attachment."""

    id = fields.BigIntField(primary_key=True)
    finding_id = fields.BigIntField(db_index=True)
    kind = fields.CharField(max_length=8)
    ref = fields.CharField(max_length=128)
    attachment_id = fields.CharField(max_length=64, null=True)

    class Meta:
        table = "grid_finding_photo"


class InspectionTask(Model):
    """An inspection task (夜查 night check, a sampling round…): a checklist as data, institutions,
    a due date and the supervisors assigned."""

    id = fields.BigIntField(primary_key=True)
    region = fields.CharField(max_length=32)
    grid_code = fields.CharField(max_length=32, null=True)
    kind = fields.CharField(max_length=16)
    title = fields.CharField(max_length=64)
    checklist: fields.JSONField[list[str]] = fields.JSONField()
    institutions: fields.JSONField[list[str]] = fields.JSONField()
    assignees: fields.JSONField[list[int]] = fields.JSONField()
    due_on = fields.DateField()
    created_at = fields.DatetimeField()
    created_by = fields.CharField(max_length=64)

    class Meta:
        table = "grid_task"
        indexes = (("region", "due_on"),)


class TaskVisit(Model):
    """One assignee's check of one institution of a task: the check-in place, the answers, and the
    finding a failed item became."""

    id = fields.BigIntField(primary_key=True)
    task_id = fields.BigIntField()
    institution_code = fields.CharField(max_length=32)
    supervisor_id = fields.BigIntField()
    location: fields.JSONField[dict[str, Any]] = fields.JSONField()
    distance_m = fields.IntField()
    answers: fields.JSONField[dict[str, bool]] = fields.JSONField()
    note = fields.TextField(default="")
    finding_id = fields.BigIntField(null=True)
    visited_at = fields.DatetimeField()

    class Meta:
        table = "grid_task_visit"
        unique_together = (("task_id", "institution_code"),)


class FundPayment(Model):
    """An institution's fund payments in a period (imported), ranked by the sampling draw."""

    id = fields.BigIntField(primary_key=True)
    region = fields.CharField(max_length=32)
    period = fields.CharField(max_length=7)  # YYYY or YYYY-MM
    institution_code = fields.CharField(max_length=32)
    amount_fen = fields.BigIntField()

    class Meta:
        table = "grid_fund_payment"
        unique_together = (("region", "period", "institution_code"),)
