"""Bodies of the staff API endpoints the console's home page and long operations use (/admin/api)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from handlers.staff_api.schemas import In

Role = Literal["intake", "investigator", "head", "finance", "credit_officer", "admin"]  # storage.actors.ROLES


class DashboardQuery(In):
    region: str | None = Field(default=None, max_length=32)
    weeks: int = Field(default=12, ge=1, le=52)


class PerWeekOut(BaseModel):
    weeks: list[str]  # the Monday of each week, oldest first
    total: list[int]
    by_category: dict[str, list[int]]
    by_channel: dict[str, list[int]]


class OutcomesOut(BaseModel):
    since: str
    concluded: int
    by_conclusion: dict[str, int]
    substantiated_share: float | None  # 属实 and 部分属实 over all concluded; null when none concluded
    recovered_fen: int


class RewardsOut(BaseModel):
    since: str
    offered: int
    offered_fen: int
    paid: int
    paid_fen: int
    awaiting_approval: int


class RunGradesOut(BaseModel):
    run_id: int
    period: str
    scheme: str
    status: str
    published_at: str | None
    grades: dict[str, int]
    not_rated: int


class DashboardOut(BaseModel):
    """A section is null when none of the staff member's roles works with it."""

    region: str
    today: str
    queues: dict[str, int]
    deadlines: dict[str, int] | None
    reports_per_week: PerWeekOut | None
    outcomes: OutcomesOut | None
    rewards: RewardsOut | None
    grades: list[RunGradesOut] | None


class SuggestionsQuery(In):
    status: Literal["open", "answered", "closed"] | None = None
    before_id: int | None = Field(default=None, gt=0)  # the last id of the previous page
    limit: int = Field(default=50, ge=1, le=200)


class SuggestionMediaOut(BaseModel):
    kind: str | None
    attachment_id: str | None


class SuggestionOut(BaseModel):
    id: int
    region: str
    topic: str
    content: str
    media: list[SuggestionMediaOut]
    location: dict[str, Any] | None
    contact: str | None  # masked (138****8000), only when one suggestion is read
    channel: str
    status: str
    reply: str
    replied_by: int | None
    replied_at: str | None
    closed_at: str | None
    created_at: str
    can_reply_in_wechat: bool
    version: int


class SuggestionsOut(BaseModel):
    suggestions: list[SuggestionOut]


class ReplyIn(In):
    body: str = Field(min_length=2, max_length=500)
    version: int | None = None


class CloseIn(In):
    version: int | None = None


class AccountIn(In):
    username: str = Field(min_length=3, max_length=32)
    name: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=10, max_length=128)
    roles: list[Role] = Field(min_length=1)
    regions: list[str] = Field(min_length=1)


class AccountChangeIn(In):
    roles: list[Role] | None = Field(default=None, min_length=1)
    regions: list[str] | None = Field(default=None, min_length=1)
    locked: bool | None = None  # true: deactivated, sessions ended; false: active, lockout lifted


class AccountOut(BaseModel):
    id: int
    username: str
    name: str
    roles: list[str]
    regions: list[str]
    active: bool
    locked_out: bool
    failed_logins: int
    last_login_at: str | None
    created_at: str


class AccountsOut(BaseModel):
    accounts: list[AccountOut]


class PasswordResetOut(BaseModel):
    account: AccountOut
    temporary_password: str  # shown once: hand it over, the person changes it at the next sign-in


class AuditQuery(In):
    actor: str | None = Field(default=None, max_length=128)  # e.g. staff:12, cli:root, system
    subject: str | None = Field(default=None, max_length=128)  # e.g. report:5, staff:12
    action: str | None = Field(default=None, max_length=64)  # exact, or a prefix ending in * (report.*)
    since: datetime | None = None
    until: datetime | None = None
    before_id: int | None = Field(default=None, gt=0)
    limit: int = Field(default=100, ge=1, le=500)


class AuditEntryOut(BaseModel):
    id: int
    at: str
    actor: str
    action: str
    subject: str
    detail: dict[str, Any]
    hash: str


class ChainOut(BaseModel):
    ok: bool
    checked: int
    first_bad_id: int | None
    reason: str


class AuditLogOut(BaseModel):
    entries: list[AuditEntryOut]
    next_before_id: int | None
    chain: ChainOut  # the whole chain verified now (each entry's hash links to the one before)
