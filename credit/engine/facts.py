"""What a grading run knows about institutions: the facts-file models (``credit simulate --facts``).

The identifiers (kinds, levels, statuses, event kinds) are the registry's and the CSV import's; the
Chinese labels are what explanations show.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal, cast

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from credit.engine.jsonfile import parse_json, validation_error
from registry.models import INSTITUTION_STATUSES, KINDS, LEVELS

Kind = Literal["inpatient_hospital", "outpatient_hospital", "clinic", "retail_pharmacy"]
Level = Literal["3", "2", "1", "none"]
Status = Literal["active", "suspended", "revoked", "ended_by_institution", "not_renewed"]
EventKind = Literal[
    "violation",
    "complaint_substantiated",
    "price_interview",
    "refused_payment",
    "fraud",
    "agreement_breach",
    "commendation",
]

# The registry owns these vocabularies and their labels; credit reads them from there.
KIND_LABELS = cast("dict[Kind, str]", KINDS)
LEVEL_LABELS = cast("dict[Level, str]", LEVELS)
STATUS_LABELS = cast("dict[Status, str]", INSTITUTION_STATUSES)
EVENT_LABELS: dict[EventKind, str] = {
    "violation": "违法违规记录",
    "complaint_substantiated": "举报投诉查实",
    "price_interview": "药品价格异常约谈",
    "refused_payment": "医保拒付",
    "fraud": "欺诈骗保",
    "agreement_breach": "协议违约",
    "commendation": "表扬奖励（守信记录）",
}
INDICATOR_LABELS: dict[str, str] = {"satisfaction": "满意度"}
SATISFACTION_MAX = Decimal(100)


def _iso_date(value: object) -> object:
    """Only ``YYYY-MM-DD`` text: pydantic would also take a number as a Unix time, which no clerk means."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or len(value) != len("YYYY-MM-DD"):
        raise ValueError(f"日期“{value}”无效，应为 YYYY-MM-DD")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"日期“{value}”无效，应为 YYYY-MM-DD") from None


def _number(value: object) -> object:
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise ValueError("应为数字")
    return value


def _level(value: object) -> object:
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


def _optional_text(value: object) -> object:
    return None if value == "" else value


IsoDate = Annotated[date, BeforeValidator(_iso_date)]
Number = Annotated[Decimal, BeforeValidator(_number), Field(allow_inf_nan=False)]


class CreditEvent(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: EventKind
    date: IsoDate
    amount_yuan: Annotated[Number, Field(ge=0)] | None = None
    source: str | None = None  # e.g. 飞行检查, 举报 R-2025-0001: shown in the explanation
    evidence: str | None = None  # a link; kept for the reader, not used in grading

    @model_validator(mode="after")
    def _refusal_has_amount(self) -> CreditEvent:
        if self.kind == "refused_payment" and self.amount_yuan is None:
            raise ValueError("医保拒付事件必须填写拒付金额 amount_yuan（元）")
        return self


class InstitutionFacts(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    code: Annotated[str, Field(min_length=1, max_length=32)]
    name: str | None = None
    kind: Kind
    level: Annotated[Level, BeforeValidator(_level)] = "none"
    chain_parent: Annotated[str | None, BeforeValidator(_optional_text)] = None
    agreement_start: IsoDate
    status: Status
    events: list[CreditEvent] = []
    indicators: dict[str, Number] = {}

    @field_validator("indicators")
    @classmethod
    def _satisfaction_is_a_percentage(cls, indicators: dict[str, Decimal]) -> dict[str, Decimal]:
        value = indicators.get("satisfaction")
        if value is not None and not Decimal(0) <= value <= SATISFACTION_MAX:
            raise ValueError(f"satisfaction（满意度）应在 0 到 100 之间，实际为 {value}")
        return indicators


class Facts(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    as_of: IsoDate
    institutions: list[InstitutionFacts]

    @model_validator(mode="after")
    def _codes_unique(self) -> Facts:
        seen: set[str] = set()
        for index, inst in enumerate(self.institutions):
            if inst.code in seen:
                raise ValueError(f"institutions[{index}].code：编码 {inst.code} 重复出现")
            seen.add(inst.code)
        return self


def parse_facts(text: str) -> Facts:
    """Validate a facts file; a ``CreditError("bad_facts")`` lists every bad field by its JSON path."""
    raw: Any = parse_json(text, code="bad_facts", what="事实文件")
    try:
        return Facts.model_validate(raw)
    except ValidationError as exc:
        raise validation_error(exc, raw, code="bad_facts") from None
