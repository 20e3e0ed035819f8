"""Tables owned by registry/: designated institutions (定点医药机构), practitioners, registry versions."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

# Vocabularies, with the Chinese label shown to people. The importer also accepts the labels.
KINDS: dict[str, str] = {
    "inpatient_hospital": "住院医院",
    "outpatient_hospital": "门诊医院",
    "clinic": "诊所",
    "retail_pharmacy": "零售药店",
}
LEVELS: dict[str, str] = {"3": "三级", "2": "二级", "1": "一级", "none": "无等级"}
INSTITUTION_STATUSES: dict[str, str] = {
    "active": "正常",
    "suspended": "暂停",
    "revoked": "解除协议",
    "ended_by_institution": "机构主动终止",
    "not_renewed": "到期未续签",
}
ROLES: dict[str, str] = {
    "doctor": "医师",
    "pharmacist": "药师",
    "nurse": "护士",
    "technician": "技师",
    "reviewer": "医保审核人员",
    "principal": "药店主要负责人",
}
PRACTITIONER_STATUSES: dict[str, str] = {"active": "正常", "suspended": "暂停", "ended": "终止"}


class Institution(Model):
    """A designated medical institution or retail pharmacy of a region, keyed by its 医保定点编码.

    ``chain_parent`` is the code of a chain's headquarters (连锁总部); it groups branches (the credit
    chain-store rule) and need not be a row of its own. The search keys are written by
    ``registry.service`` from the name and never edited by hand.
    """

    id = fields.BigIntField(primary_key=True)
    code = fields.CharField(max_length=32, unique=True)
    name = fields.CharField(max_length=128)
    kind = fields.CharField(max_length=24)
    level = fields.CharField(max_length=4, default="none")
    chain_parent = fields.CharField(max_length=32, null=True, db_index=True)
    region = fields.CharField(max_length=32)
    grid = fields.CharField(max_length=32, null=True)
    address = fields.CharField(max_length=255)
    latitude = fields.FloatField(null=True)
    longitude = fields.FloatField(null=True)
    agreement_start = fields.DateField()
    status = fields.CharField(max_length=24, default="active")
    # Search keys: readings of the name without separators; alternatives (多音字) joined by "|".
    name_pinyin = fields.TextField()
    name_initials = fields.TextField()
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField()

    class Meta:
        table = "institution"
        # region+kind: the search index load and kind-filtered lists; region+latitude: the
        # bounding box of a nearest-institution query.
        indexes = (("region", "kind"), ("region", "latitude"))


class Practitioner(Model):
    """A practitioner (医保医师、药师、护士、技师…) with a code, working at one institution of the region."""

    id = fields.BigIntField(primary_key=True)
    code = fields.CharField(max_length=32, unique=True)
    name = fields.CharField(max_length=64)
    role = fields.CharField(max_length=16)
    institution_code = fields.CharField(max_length=32, db_index=True)
    region = fields.CharField(max_length=32)
    status = fields.CharField(max_length=16, default="active")
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField()

    class Meta:
        table = "practitioner"
        indexes = (("region", "role"),)


class RegistryVersion(Model):
    """A fresh random token per region, replaced in the same transaction as every registry write.

    Each process keeps its search index for a region as long as the token it was built from is
    current; a random token (not a counter) cannot collide across databases or restored backups.
    """

    region = fields.CharField(max_length=32, primary_key=True)
    token = fields.CharField(max_length=32)
    changed_at = fields.DatetimeField()

    class Meta:
        table = "registry_version"
