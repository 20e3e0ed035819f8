"""Request and response bodies of the staff API (/admin/api). Response models are whitelists: a
field not declared here is never sent, whatever the service returns."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from handlers.kit.text import NoControlChars
from reports.intake import Channel, Identity
from reports.queue import MAX_LIMIT, DeadlineState, Order

# reports.models.STATUSES, spelled out for the type checker (a test keeps the two equal).
Status = Literal[
    "submitted", "accepted", "not_accepted", "assigned", "investigating", "concluded", "informed"
]


class In(NoControlChars):
    model_config = ConfigDict(extra="forbid")


# -- sign-in --------------------------------------------------------------------------------------


class LoginIn(In):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)
    # Required of the roles in STAFF_TOTP_ROLES: the authenticator's current code (enrolled in the console).
    totp_code: str | None = Field(default=None, min_length=6, max_length=8)


class MeOut(BaseModel):
    id: int
    name: str
    roles: list[str]
    regions: list[str]


class LoginOut(BaseModel):
    token: str  # send as "Authorization: Bearer <token>"
    expires_at: datetime
    idle_timeout_seconds: int
    me: MeOut


# -- reports: input -------------------------------------------------------------------------------


class QueueQuery(In):
    """The queue's filters (all optional, combined with AND) and its keyset page."""

    status: Status | None = None
    region: str | None = Field(default=None, max_length=32)
    category: str | None = Field(default=None, max_length=40)
    channel: Channel | None = None
    target_code: str | None = Field(default=None, max_length=64)
    q: str | None = Field(default=None, min_length=1, max_length=64)  # target name or code
    received_from: date | None = None
    received_to: date | None = None
    deadline: DeadlineState | None = None
    assignee_id: int | None = Field(default=None, ge=0)  # 0: not assigned to anyone
    order: Order = "deadline"
    cursor: str | None = Field(default=None, max_length=200)
    limit: int = Field(default=MAX_LIMIT, ge=1, le=MAX_LIMIT)


class RegionQuery(In):
    region: str | None = Field(default=None, max_length=32)


class LedgerQuery(RegionQuery):
    since: date | None = None


class VersionIn(In):
    version: int | None = None  # the version the client read; a stale one is refused with 409


class NotAcceptIn(VersionIn):
    reason: str = Field(min_length=1, max_length=32)


class AssignIn(VersionIn):
    assignee_id: int = Field(gt=0)


class ExtendIn(VersionIn):
    reason: str = Field(min_length=2, max_length=200)


class ConcludeIn(VersionIn):
    conclusion: Literal["substantiated", "partly", "not_substantiated"]
    verified_amount_fen: int = Field(ge=0, le=10**13)
    summary: str = Field(min_length=2, max_length=500)


class PurposeIn(In):
    purpose: str = Field(min_length=2, max_length=200)


class MessageIn(In):
    body: str = Field(min_length=1, max_length=1000)


class StaffReportIn(In):
    """A report taken by phone, at the counter or by mail, typed in by a clerk."""

    region: str = Field(max_length=32)
    channel: Literal["phone", "walk_in", "mail"]
    category: str = Field(min_length=1, max_length=40)
    target_code: str | None = Field(default=None, max_length=64)
    target_name: str = Field(max_length=128)
    description: str = Field(max_length=2000)
    location: dict[str, float | str] | None = None
    anonymous: bool = True
    identity: Identity | None = None
    sensitive_consent: bool = False


# -- reports: output ------------------------------------------------------------------------------


class ReportRowOut(BaseModel):
    id: int
    region: str
    channel: str
    category: str
    target_party: str
    target_code: str | None
    target_name: str
    description: str
    anonymous: bool
    status: str
    status_title: str
    received_at: str
    accept_by: str
    decided_at: str | None
    decision_inform_by: str | None
    not_accepted_reason: str | None
    assignee_id: int | None
    handle_by: str | None
    extensions: int
    conclusion: str | None
    verified_amount_fen: int | None
    inform_by: str | None
    penalty_by: str | None = None  # 行政处罚法 第六十条: 90 days from 立案
    duplicate_of: int | None
    version: int
    # Deadlines counted in a year without confirmed holiday data (may move once it is entered).
    provisional_deadlines: list[str] = []


class QueueRowOut(ReportRowOut):
    due_step: str | None  # accept_by | handle_by | inform_by: the deadline running now
    due: str | None
    deadline_state: Literal["on_time", "due_soon", "overdue"] | None


class QueueOut(BaseModel):
    reports: list[QueueRowOut]
    next_cursor: str | None = None  # send back as ?cursor= for the next page; null on the last


class Choice(BaseModel):
    code: str
    title: str


class MoveOut(BaseModel):
    code: str
    title: str
    from_statuses: list[str]
    roles: list[str]
    assignee_only: bool


class ChoicesOut(BaseModel):
    """The values each report form and queue filter accepts in a region."""

    region: str
    statuses: list[Choice]
    open_statuses: list[str]
    categories: list[Choice]
    channels: list[Choice]
    conclusions: list[Choice]
    not_accepted_reasons: list[Choice]
    deadline_states: list[Choice]
    orders: list[Choice]
    moves: list[MoveOut]


class AssignableOut(BaseModel):
    id: int
    name: str
    roles: list[str]
    open_cases: int | None


class AssignableListOut(BaseModel):
    region: str
    staff: list[AssignableOut]


class EvidenceOut(BaseModel):
    id: int
    kind: str
    source: str
    ref: str
    attachment_id: str | None


class EventOut(BaseModel):
    at: str
    actor: str
    actor_name: str | None
    kind: str
    status: str
    note: str
    public: bool


class MessageOut(BaseModel):
    id: int
    at: str
    sender: str
    staff_name: str | None = None
    body: str


class ReferralOut(BaseModel):
    id: int
    body: str
    body_title: str
    body_name: str
    referred_on: str
    reference: str
    note: str
    actor: str


class ReferIn(VersionIn):
    body: str = Field(
        description="police 公安 | discipline 纪检监察 | health 卫生健康 | market 市场监管 | other"
    )
    body_name: str = Field(max_length=64)
    referred_on: date
    reference: str = Field(max_length=64, description="移送文号")
    note: str = Field(default="", max_length=1000)


class CaseOut(ReportRowOut):
    """The case view: never the reporter's identity (ask for it with a purpose: it is audited)."""

    referrals: list[ReferralOut] = []
    category_title: str
    assignee_name: str | None
    identity_on_file: bool
    moves: list[str]  # the moves this staff member may make on the case now (forms to show)
    evidence: list[EvidenceOut]
    timeline: list[EventOut]
    messages: list[MessageOut]


class IdentityOut(BaseModel):
    name: str
    id_number: str
    phone: str


class SubmittedOut(BaseModel):
    report_id: int
    receipt_code: str  # give it to the caller now: it is not stored and cannot be shown again
    status: str
    accept_by: str


class DueOut(BaseModel):
    id: int
    status: str
    step: str
    due: str
    assignee_id: int | None
    provisional: bool = False  # counted in a year without confirmed holiday data


class DeadlinesOut(BaseModel):
    region: str
    today: str
    overdue: list[DueOut]
    due_soon: list[DueOut]
