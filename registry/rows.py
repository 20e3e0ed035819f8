"""One row of a registry file, validated: the accepted headers and values, Chinese reasons for refusals."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from registry.models import INSTITUTION_STATUSES, KINDS, LEVELS, PRACTITIONER_STATUSES, ROLES

# Header aliases: the English field name and what a bureau's export (or a clerk) calls the column.
INSTITUTION_HEADERS: dict[str, tuple[str, ...]] = {
    "code": ("机构编码", "定点编码", "医保定点编码", "定点机构编码", "医药机构编码", "定点医药机构编码"),
    "name": ("机构名称", "定点机构名称", "医药机构名称", "定点医药机构名称", "名称"),
    "kind": ("机构类型", "类型", "机构类别", "定点类型"),
    "level": ("等级", "机构等级", "医院等级", "医疗机构等级"),
    "chain_parent": ("连锁总部编码", "总部编码", "连锁总部", "连锁总部定点编码"),
    "grid": ("网格", "网格编码", "所属网格"),
    "address": ("地址", "机构地址", "详细地址", "经营地址"),
    "latitude": ("纬度", "lat"),
    "longitude": ("经度", "lng", "lon"),
    "agreement_start": ("协议开始日期", "协议起始日期", "签约日期", "协议签订日期", "定点开始日期"),
    "status": ("状态", "协议状态", "定点状态"),
}
PRACTITIONER_HEADERS: dict[str, tuple[str, ...]] = {
    "code": ("人员编码", "医保医师编码", "医保医师代码", "医师编码", "药师编码", "医保人员编码", "编码"),
    "name": ("姓名", "人员姓名"),
    "role": ("人员类别", "类别", "角色", "岗位", "执业类别", "人员类型"),
    "institution_code": ("机构编码", "定点编码", "医保定点编码", "所属机构编码", "执业机构编码"),
    "status": ("状态", "人员状态"),
}
INSTITUTION_LABELS: dict[str, str] = {
    "code": "编码",
    "name": "名称",
    "kind": "机构类型",
    "level": "等级",
    "chain_parent": "连锁总部编码",
    "grid": "网格",
    "address": "地址",
    "latitude": "纬度",
    "longitude": "经度",
    "agreement_start": "协议开始日期",
    "status": "状态",
}
PRACTITIONER_LABELS: dict[str, str] = {
    "code": "人员编码",
    "name": "姓名",
    "role": "人员类别",
    "institution_code": "机构编码",
    "status": "状态",
}

# Values: canonical code ← itself, its label, and the variants seen in bureau spreadsheets.
_KIND_WORDS = {
    "inpatient_hospital": ("住院", "医院", "住院医院", "定点医疗机构(住院)", "住院医疗机构", "医疗机构"),
    "outpatient_hospital": ("门诊", "门诊部", "门诊医院", "定点医疗机构(门诊)", "门诊医疗机构"),
    "clinic": ("诊所", "卫生室", "卫生院", "社区卫生服务中心", "社区卫生服务站", "基层医疗机构", "医务室"),
    "retail_pharmacy": ("药店", "药房", "零售药店", "定点零售药店", "单体药店", "连锁药店", "pharmacy"),
}
_LEVEL_WORDS = {
    "3": ("三级", "3", "三级甲等", "三级乙等", "三级丙等", "三甲", "三乙", "三级医院"),
    "2": ("二级", "2", "二级甲等", "二级乙等", "二级丙等", "二甲", "二乙", "二级医院"),
    "1": ("一级", "1", "一级甲等", "一级乙等", "一甲", "一级医院"),
    "none": ("无等级", "无", "none", "未定级", "未评级", "不适用", "-", "—", "/"),
}
_STATUS_WORDS = {
    "active": ("正常", "有效", "在用", "启用", "正常履约"),
    "suspended": ("暂停", "暂停协议", "中止", "暂停结算", "暂停医保服务"),
    "revoked": ("解除协议", "解除", "取消定点", "终止协议", "撤销"),
    "ended_by_institution": ("机构主动终止", "主动终止", "主动解除", "申请退出"),
    "not_renewed": ("到期未续签", "未续签", "协议到期", "到期终止"),
}
_ROLE_WORDS = {
    "doctor": ("医师", "医生", "执业医师", "执业助理医师", "乡村医生"),
    "pharmacist": ("药师", "执业药师", "药剂师", "从业药师"),
    "nurse": ("护士", "护师", "注册护士"),
    "technician": ("技师", "医技", "检验技师", "影像技师", "技术人员"),
    "reviewer": ("医保审核人员", "审核人员", "医保专管员", "医保管理人员"),
    "principal": ("药店主要负责人", "主要负责人", "负责人", "法定代表人"),
}
_PRACTITIONER_STATUS_WORDS = {
    "active": ("正常", "有效", "在岗"),
    "suspended": ("暂停", "暂停医保支付资格", "暂停资格"),
    "ended": ("终止", "注销", "离职", "终止医保支付资格"),
}

_CODE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{3,31}$")
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
# Mainland China's extent, generous: catches swapped or shifted coordinates.
_LAT_RANGE = (3.0, 54.0)
_LNG_RANGE = (73.0, 136.0)


def normalize_header(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\ufeff", "")
    text = re.sub(r"\(.*?\)|[\s*＊]", "", text)  # "纬度(GCJ-02)", "机构编码*" → the bare name
    return text.lower()


def _vocabulary(words: dict[str, tuple[str, ...]], labels: dict[str, str]) -> dict[str, str]:
    table: dict[str, str] = {}
    for value, variants in words.items():
        for word in (value, labels[value], *variants):
            table[normalize_header(word)] = value
    return table


KIND_VALUES = _vocabulary(_KIND_WORDS, KINDS)
LEVEL_VALUES = _vocabulary(_LEVEL_WORDS, LEVELS)
STATUS_VALUES = _vocabulary(_STATUS_WORDS, INSTITUTION_STATUSES)
ROLE_VALUES = _vocabulary(_ROLE_WORDS, ROLES)
PRACTITIONER_STATUS_VALUES = _vocabulary(_PRACTITIONER_STATUS_WORDS, PRACTITIONER_STATUSES)


def _pick(value: Any, table: dict[str, str], labels: dict[str, str]) -> str:
    found = table.get(normalize_header(str(value)))
    if found is None:
        raise ValueError(f"「{value}」无法识别，可填：{'、'.join(labels.values())}")
    return found


def _code(value: Any) -> str:
    text = unicodedata.normalize("NFKC", str(value)).strip().upper()
    if not _CODE.match(text):
        raise ValueError(f"「{value}」格式不正确，应为4到32位字母或数字")
    return text


def _text(value: Any, *, longest: int) -> str:
    # Kept as written (full-width brackets are the norm in Chinese names); only spacing is tidied.
    text = re.sub(r"\s+", " ", str(value)).strip()
    if len(text) > longest:
        raise ValueError(f"太长了，最多{longest}个字")
    return text


def _degrees(value: Any, bounds: tuple[float, float]) -> float:
    try:
        number = float(str(value).strip())
    except ValueError:
        raise ValueError(f"「{value}」不是数字") from None
    if not bounds[0] <= number <= bounds[1]:
        raise ValueError(
            f"「{value}」不在中国境内（应在 {bounds[0]:g} 到 {bounds[1]:g} 之间），是否把经度和纬度填反了"
        )
    return number


HALF_A_POINT = "纬度和经度要么都填，要么都不填"


def raw_problems(data: dict[str, str]) -> list[str]:
    """Whole-row rules that pydantic skips once a field has failed, so a report names them at once."""
    if ("latitude" in data) != ("longitude" in data):
        return [HALF_A_POINT]
    return []


class _Row(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class InstitutionRow(_Row):
    """A validated institution; coordinates are as WeChat and Chinese maps give them (GCJ-02)."""

    code: str
    name: str
    kind: str
    level: str = "none"
    chain_parent: str | None = None
    grid: str | None = None
    address: str
    latitude: float | None = None
    longitude: float | None = None
    agreement_start: date
    status: str = "active"

    @field_validator("code", mode="before")
    @classmethod
    def _codes(cls, v: Any) -> str:
        return _code(v)

    @field_validator("chain_parent", mode="before")
    @classmethod
    def _parent(cls, v: Any) -> str | None:
        return None if v is None else _code(v)

    @field_validator("name", mode="before")
    @classmethod
    def _name(cls, v: Any) -> str:
        text = _text(v, longest=128)
        if len(text) < 2:
            raise ValueError("太短了，至少2个字")
        return text

    @field_validator("address", mode="before")
    @classmethod
    def _address(cls, v: Any) -> str:
        return _text(v, longest=255)

    @field_validator("grid", mode="before")
    @classmethod
    def _grid(cls, v: Any) -> str | None:
        return None if v is None else _text(v, longest=32) or None

    @field_validator("kind", mode="before")
    @classmethod
    def _kind(cls, v: Any) -> str:
        return _pick(v, KIND_VALUES, KINDS)

    @field_validator("level", mode="before")
    @classmethod
    def _level(cls, v: Any) -> str:
        return _pick(v, LEVEL_VALUES, LEVELS)

    @field_validator("status", mode="before")
    @classmethod
    def _status(cls, v: Any) -> str:
        return _pick(v, STATUS_VALUES, INSTITUTION_STATUSES)

    @field_validator("latitude", mode="before")
    @classmethod
    def _latitude(cls, v: Any) -> float | None:
        return None if v is None else _degrees(v, _LAT_RANGE)

    @field_validator("longitude", mode="before")
    @classmethod
    def _longitude(cls, v: Any) -> float | None:
        return None if v is None else _degrees(v, _LNG_RANGE)

    @field_validator("agreement_start", mode="before")
    @classmethod
    def _date(cls, v: Any) -> date:
        if isinstance(v, date):
            return v
        text = unicodedata.normalize("NFKC", str(v)).strip()
        m = _DATE.match(text) or re.match(r"^(\d{4})(\d{2})(\d{2})$", text)
        try:
            if m is None:
                raise ValueError
            day = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            raise ValueError(f"「{v}」不是有效日期，请写成 2024-01-31 的形式") from None
        if not 1980 <= day.year <= 2100:
            raise ValueError(f"「{v}」年份不合理")
        return day

    @model_validator(mode="after")
    def _consistent(self) -> InstitutionRow:
        if (self.latitude is None) != (self.longitude is None):
            raise ValueError(HALF_A_POINT)
        if self.chain_parent is not None and self.chain_parent == self.code:
            raise ValueError("连锁总部编码不能是机构自己的编码")
        if self.kind == "retail_pharmacy" and self.level != "none":
            raise ValueError("零售药店没有医院等级，等级请填“无等级”或留空")
        return self


class PractitionerRow(_Row):
    code: str
    name: str
    role: str
    institution_code: str
    status: str = "active"

    @field_validator("code", "institution_code", mode="before")
    @classmethod
    def _codes(cls, v: Any) -> str:
        return _code(v)

    @field_validator("name", mode="before")
    @classmethod
    def _name(cls, v: Any) -> str:
        text = _text(v, longest=64)
        if len(text) < 2:
            raise ValueError("太短了，至少2个字")
        return text

    @field_validator("role", mode="before")
    @classmethod
    def _role(cls, v: Any) -> str:
        return _pick(v, ROLE_VALUES, ROLES)

    @field_validator("status", mode="before")
    @classmethod
    def _status(cls, v: Any) -> str:
        return _pick(v, PRACTITIONER_STATUS_VALUES, PRACTITIONER_STATUSES)


def reasons_of(exc: ValidationError, labels: dict[str, str]) -> tuple[str, ...]:
    """Pydantic's errors as Chinese sentences naming the column."""
    out: list[str] = []
    for err in exc.errors():
        field = str(err["loc"][0]) if err["loc"] else ""
        label = labels.get(field, "")
        if err["type"] == "missing":
            text = "不能为空"
        elif err["type"] == "value_error":
            text = str(err.get("ctx", {}).get("error", "格式不正确"))
        else:
            text = "格式不正确"
        out.append(label + text)
    return tuple(out)
