"""Rows of the commitments' CSV files (enterprises, identities, rosters), validated like the registry's:
header aliases, Chinese reasons, every bad row named (``registry.importer.parse_rows``)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator

from commitments import uscc
from commitments.texts import SIGNER_KINDS
from registry.rows import _code, _text, normalize_header

ENTERPRISE_KINDS: dict[str, str] = {
    "drug_maker": "药品生产企业",
    "consumable_maker": "耗材生产企业",
    "distributor": "配送企业",
}
_ENTERPRISE_WORDS = {
    "drug_maker": ("药品生产企业", "药品生产", "药企", "drug_maker"),
    "consumable_maker": ("耗材生产企业", "耗材生产", "医用耗材生产企业", "consumable_maker"),
    "distributor": ("配送企业", "配送", "经营企业", "distributor"),
}
_SIGNER_WORDS = {
    "practitioner": ("医保医师", "医师", "药师", "护士", "医务人员", "人员", "practitioner"),
    "principal": ("主要负责人", "负责人", "机构负责人", "principal"),
    "legal_rep": ("法定代表人", "法人", "企业法定代表人", "legal_rep"),
}


def _table(words: Mapping[str, tuple[str, ...]], labels: dict[str, str]) -> dict[str, str]:
    return {normalize_header(w): k for k, ws in words.items() for w in (*ws, labels[k])}


ENTERPRISE_VALUES = _table(_ENTERPRISE_WORDS, ENTERPRISE_KINDS)
SIGNER_VALUES = _table(_SIGNER_WORDS, SIGNER_KINDS)
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID = re.compile(r"^\d{17}[\dX]$")
_PHONE = re.compile(r"^1\d{10}$")


def id_number_valid(text: str) -> bool:
    """A resident ID number (GB 11643): 17 digits and an ISO 7064 MOD 11-2 check character."""
    if not _ID.match(text):
        return False
    total = sum(int(c) * w for c, w in zip(text[:17], _ID_WEIGHTS, strict=True))
    return "10X98765432"[total % 11] == text[17]


def id_number(value: Any) -> str:
    text = unicodedata.normalize("NFKC", str(value)).strip().upper()
    if not id_number_valid(text):
        raise ValueError("身份证号格式或校验位不正确")
    return text


def _pick(value: Any, table: dict[str, str], labels: dict[str, str]) -> str:
    found = table.get(normalize_header(str(value)))
    if found is None:
        raise ValueError(f"「{value}」无法识别，可填：{'、'.join(labels.values())}")
    return found


def _name(value: Any) -> str:
    text = _text(value, longest=64)
    if len(text) < 2:
        raise ValueError("太短了，至少2个字")
    return text


class _Row(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


ENTERPRISE_HEADERS: dict[str, tuple[str, ...]] = {
    "uscc": ("统一社会信用代码", "信用代码", "社会信用代码"),
    "name": ("企业名称", "名称", "单位名称"),
    "kind": ("企业类型", "类型", "企业类别"),
    "legal_rep": ("法定代表人", "法人", "法定代表人姓名"),
    "id_number": ("法定代表人身份证号", "身份证号", "法人身份证号"),
}
ENTERPRISE_LABELS = {"uscc": "统一社会信用代码", "name": "企业名称", "kind": "企业类型"}
ENTERPRISE_LABELS |= {"legal_rep": "法定代表人", "id_number": "法定代表人身份证号"}


class EnterpriseRow(_Row):
    uscc: str
    name: str
    kind: str
    legal_rep: str = ""
    id_number: str | None = None

    @field_validator("uscc", mode="before")
    @classmethod
    def _uscc(cls, v: Any) -> str:
        code = uscc.normalize(str(v))
        if not uscc.is_valid(code):
            raise ValueError("不是有效的统一社会信用代码（18位，末位校验码须符合 GB 32100）")
        return code

    @field_validator("name", mode="before")
    @classmethod
    def _names(cls, v: Any) -> str:
        return _text(v, longest=128)

    @field_validator("legal_rep", mode="before")
    @classmethod
    def _rep(cls, v: Any) -> str:
        return _name(v)

    @field_validator("kind", mode="before")
    @classmethod
    def _kind(cls, v: Any) -> str:
        return _pick(v, ENTERPRISE_VALUES, ENTERPRISE_KINDS)

    @field_validator("id_number", mode="before")
    @classmethod
    def _id(cls, v: Any) -> str | None:
        return None if v is None else id_number(v)


IDENTITY_HEADERS: dict[str, tuple[str, ...]] = {
    "code": ("人员编码", "医保医师编码", "编码", "机构编码"),
    "role": ("类别", "身份", "签署人类别"),
    "name": ("姓名", "人员姓名"),
    "id_number": ("身份证号", "身份证号码", "证件号码"),
    "phone": ("手机号", "手机", "联系电话"),
}
IDENTITY_LABELS = {"code": "编码", "role": "类别", "name": "姓名", "id_number": "身份证号", "phone": "手机号"}


class IdentityRow(_Row):
    """A practitioner's identity (``code`` a practitioner code) or a principal's (``code`` the
    institution's code, ``role`` 主要负责人)."""

    code: str
    role: str = "practitioner"
    name: str
    id_number: str
    phone: str | None = None

    @field_validator("code", mode="before")
    @classmethod
    def _codes(cls, v: Any) -> str:
        return _code(v)

    @field_validator("role", mode="before")
    @classmethod
    def _role(cls, v: Any) -> str:
        role = _pick(v, SIGNER_VALUES, SIGNER_KINDS)
        if role == "legal_rep":
            raise ValueError("法定代表人请随医药企业名单导入")
        return role

    @field_validator("name", mode="before")
    @classmethod
    def _names(cls, v: Any) -> str:
        return _name(v)

    @field_validator("id_number", mode="before")
    @classmethod
    def _id(cls, v: Any) -> str:
        return id_number(v)

    @field_validator("phone", mode="before")
    @classmethod
    def _phone(cls, v: Any) -> str | None:
        text = re.sub(r"[\s-]", "", str(v))
        if not _PHONE.match(text):
            raise ValueError("手机号应为11位数字")
        return text


ROSTER_HEADERS: dict[str, tuple[str, ...]] = {
    "signer_kind": ("签署人类别", "类别", "身份"),
    "party": ("编码", "人员编码", "统一社会信用代码", "签署主体编码"),
    "name": ("姓名", "签署人姓名"),
    "id_number": ("身份证号", "身份证号码", "证件号码"),
    "institution_code": ("机构编码", "所属机构编码", "定点编码"),
    "enterprise_kind": ("企业类型",),
    "grid": ("网格", "所属网格"),
}
ROSTER_LABELS = {"signer_kind": "签署人类别", "party": "编码", "name": "姓名", "id_number": "身份证号"}
ROSTER_LABELS |= {"institution_code": "机构编码", "enterprise_kind": "企业类型", "grid": "网格"}


class RosterRow(_Row):
    signer_kind: str
    party: str
    name: str
    id_number: str
    institution_code: str | None = None
    enterprise_kind: str | None = None
    grid: str | None = None

    @field_validator("signer_kind", mode="before")
    @classmethod
    def _kind(cls, v: Any) -> str:
        return _pick(v, SIGNER_VALUES, SIGNER_KINDS)

    @field_validator("party", mode="before")
    @classmethod
    def _party(cls, v: Any) -> str:
        text = uscc.normalize(str(v))
        return text if len(text) == 18 else _code(text)

    @field_validator("institution_code", mode="before")
    @classmethod
    def _institution(cls, v: Any) -> str | None:
        return None if v is None else _code(v)

    @field_validator("name", mode="before")
    @classmethod
    def _names(cls, v: Any) -> str:
        return _name(v)

    @field_validator("id_number", mode="before")
    @classmethod
    def _id(cls, v: Any) -> str:
        return id_number(v)

    @field_validator("enterprise_kind", mode="before")
    @classmethod
    def _ekind(cls, v: Any) -> str | None:
        return None if v is None else _pick(v, ENTERPRISE_VALUES, ENTERPRISE_KINDS)

    @field_validator("grid", mode="before")
    @classmethod
    def _grid(cls, v: Any) -> str | None:
        return None if v is None else _text(v, longest=32) or None

    def problems(self) -> list[str]:
        """Rules across columns, per signer kind."""
        if self.signer_kind == "legal_rep":
            out = (
                []
                if uscc.is_valid(self.party)
                else ["法定代表人的编码应为企业的统一社会信用代码（校验位不符）"]
            )
            return out + ([] if self.enterprise_kind else ["法定代表人须填企业类型"])
        if self.signer_kind == "practitioner" and not self.institution_code:
            return ["医务人员须填所属机构编码"]
        return []
