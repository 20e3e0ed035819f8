"""Request and response models of the mini-program API; the OpenAPI document is generated from them.

Request models check shape only (types, generous upper bounds so nothing huge is parsed further). The
rules about content (description 10–2000 characters, the ID check digit, the category list) live once,
in ``reports/``, and come back as ``ReportError``s with their own Chinese text.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal
from uuid import UUID

from pydantic import (
    AfterValidator,
    AliasChoices,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
)

from handlers.kit.text import NoControlChars
from kernel.clock import CHINA
from reports.intake import DESCRIPTION_CHARS, TARGET_CHARS, EvidenceRef, ReportDraft
from reports.queries import MESSAGE_CHARS


def _china_time(moment: datetime) -> datetime:
    return moment.astimezone(CHINA)


# Times are stored in UTC and shown in China time at the edge (DESIGN: storage/db.py).
ChinaTime = Annotated[datetime, AfterValidator(_china_time)]


def _number_as_text(value: object) -> object:
    return str(value) if type(value) is int else value  # not bool: true is no category number


# A code ("daily_goods_on_card") or the number shown in the list (9 or "9").
CategoryChoice = Annotated[
    str,
    BeforeValidator(_number_as_text),
    StringConstraints(min_length=1, max_length=40),
    WithJsonSchema(
        {"anyOf": [{"type": "string", "minLength": 1, "maxLength": 40}, {"type": "integer", "minimum": 1}]}
    ),
]


class _In(NoControlChars):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class _Out(BaseModel):
    model_config = ConfigDict(populate_by_name=True)


# -- errors -------------------------------------------------------------------------------------


# -- login --------------------------------------------------------------------------------------


class LoginIn(_In):
    code: str = Field(min_length=1, max_length=128, description="The code from wx.login() (single use).")


class LoginOut(_Out):
    token: str = Field(description="Send as `Authorization: Bearer <token>`.")
    expires_in: int = Field(description="Seconds the token stays valid.")


# -- categories ---------------------------------------------------------------------------------


class CategoryOut(_Out):
    number: int
    code: str
    group: str
    title: str
    description: str
    examples: list[str]
    targets: list[str] = Field(description="Parties this category may be reported against.")


class CategoriesOut(_Out):
    region: str
    categories: list[CategoryOut]


# -- attachments --------------------------------------------------------------------------------


class AttachmentOut(_Out):
    id: UUID
    kind: Literal["image", "voice"]
    content_type: str = Field(description="As sniffed from the bytes, not as declared by the client.")
    size: int


class UploadIn(BaseModel):
    """multipart/form-data with exactly one part, named ``file`` (documentation only)."""

    file: bytes = Field(
        description="JPEG, PNG or WEBP ≤ 10 MB; AMR or MP3 ≤ 2 MB. The type is read from the bytes.",
    )


# -- reports ------------------------------------------------------------------------------------


class IdentityIn(_In):
    name: str = Field(max_length=64)
    id_number: str = Field(max_length=32, description="Never returned by any endpoint.")
    phone: str = Field(max_length=32)


class LocationIn(_In):
    latitude: float = Field(ge=-90, le=90)
    longitude: float = Field(ge=-180, le=180)
    name: str | None = Field(default=None, max_length=100)
    address: str | None = Field(default=None, max_length=200)


class ReportIn(_In):
    category: CategoryChoice = Field(description="A category code, or its number in the list.")
    target_code: str | None = Field(default=None, max_length=64, description="医保定点编码, when known.")
    target_name: str = Field(min_length=TARGET_CHARS[0], max_length=TARGET_CHARS[1])
    description: str = Field(min_length=DESCRIPTION_CHARS[0], max_length=DESCRIPTION_CHARS[1])
    attachments: list[UUID] = Field(default=[], max_length=9, description="Ids from POST /attachments.")
    location: LocationIn | None = None
    anonymous: bool = True
    identity: IdentityIn | None = Field(default=None, description="Required when anonymous is false.")
    sensitive_consent: bool = Field(
        default=False, description="The separate consent to process sensitive personal information."
    )

    def draft(self, *, region: str, evidence: list[EvidenceRef]) -> ReportDraft:
        """The service's input; raises ValidationError (e.g. a one-character name) like parsing does."""
        named = not self.anonymous
        return ReportDraft.model_validate(
            {
                "region": region,
                "category": self.category,
                "target_code": self.target_code or None,
                "target_name": self.target_name,
                "description": self.description,
                "evidence": evidence,
                "location": self.location.model_dump(exclude_none=True) if self.location else None,
                "anonymous": self.anonymous,
                # An anonymous report keeps no identity, even one the client sent along.
                "identity": self.identity.model_dump() if named and self.identity else None,
                "sensitive_consent": self.sensitive_consent and named,
                "channel": "miniprogram",
            }
        )


class SubmittedOut(_Out):
    receipt_code: str = Field(
        description="16 characters in groups of four. Shown once: it is the only key to the report.",
        examples=["ABCD-EFGH-JKMN-PQRS"],
    )
    status: str
    accept_by: date = Field(description="The day by which the bureau decides whether to accept it.")


class TimelineItem(_Out):
    at: ChinaTime
    status: str
    note: str


class MessageOut(_Out):
    at: ChinaTime
    sender: Literal["reporter", "handler"] = Field(
        validation_alias=AliasChoices("from", "sender"), serialization_alias="from"
    )
    body: str


class ReportViewOut(_Out):
    status: str
    status_title: str
    category: str
    target: str
    received_at: ChinaTime
    accept_by: date
    accept_by_provisional: bool = Field(
        default=False, description="受理期限落在节假日安排尚未确认的年份，按暂定日历计算"
    )
    conclusion: str | None
    not_accepted_reason: str | None
    timeline: list[TimelineItem]
    messages: list[MessageOut]


class MessageIn(_In):
    body: str = Field(min_length=MESSAGE_CHARS[0], max_length=MESSAGE_CHARS[1])


class EvidenceIn(_In):
    attachments: list[UUID] = Field(
        min_length=1, max_length=9, description="Ids from POST /attachments; 9 pieces per report in all."
    )


class EvidenceOut(_Out):
    evidence_count: int = Field(description="How many pieces of evidence the report now holds (at most 9).")
