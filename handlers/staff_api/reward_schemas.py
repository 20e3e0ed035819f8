"""Request and response bodies of the staff reward API (/admin/api/rewards…). Response models are
whitelists: a field not declared here is never sent."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from handlers.staff_api.schemas import In
from reward.shares import SplitPart

RewardStatus = Literal["proposed", "offered", "paid", "declined", "expired"]
Grade = Literal["1", "2", "3"]
Party = Literal["institution", "insured"]
PolicyName = Field(default=None, pattern=r"^[a-z][a-z0-9-]{1,31}$")


# -- input ----------------------------------------------------------------------------------------


class QuoteIn(In):
    """What ``fundguard reward quote`` takes; no policy means the region's."""

    case_value_fen: int = Field(ge=0, le=10**13)
    policy: str | None = PolicyName
    region: str | None = Field(default=None, max_length=32)
    evidence_grade: Grade | None = None
    target_party: Party | None = None


class ExclusionsIn(In):
    reporter_is_staff: bool = False
    self_confession: bool = False
    facts_already_known: bool = False


class ProposeIn(In):
    exclusions: ExclusionsIn = ExclusionsIn()
    evidence_grade: Grade | None = None
    target_party: Party | None = None
    # A joint report: part 0 is the report's reporter, each further part a co-reporter with identity.
    split: list[SplitPart] | None = Field(default=None, min_length=2, max_length=10)
    # A region whose policy is 暂定: the head types the amount and its basis (audited).
    amount_fen: int | None = Field(default=None, ge=0, le=10**12)
    amount_reason: str = Field(default="", max_length=500)


class RewardQueueQuery(In):
    status: RewardStatus | None = None
    region: str | None = Field(default=None, max_length=32)


class VoucherFileIn(In):
    content_type: Literal["image/jpeg", "image/png", "application/pdf"]
    data_base64: str = Field(min_length=4, max_length=8 * 1024 * 1024)


class BankTransferIn(In):
    voucher_no: str = Field(min_length=1, max_length=64)
    voucher_file: VoucherFileIn | None = None


class InPersonClaimIn(In):
    """Finance, with the reporter at the counter: the identity read off the original document."""

    name: str = Field(min_length=2, max_length=32)
    id_number: str = Field(min_length=15, max_length=24)
    phone: str | None = Field(default=None, max_length=20)
    document: str = Field(min_length=2, max_length=64, description="e.g. 居民身份证原件")


# -- output ---------------------------------------------------------------------------------------


class QuoteOut(BaseModel):
    policy: str
    amount_fen: int
    floor_applied: bool
    cap_applied: bool
    bands: list[dict[str, int | None]]
    explanation: list[str]
    provisional: bool = False  # the policy is a placeholder (暂定): an estimate, not a basis for payment


class RewardRowOut(BaseModel):
    id: int
    report_id: int
    region: str
    policy: str
    policy_provisional: bool = False  # the amount was typed by a head: the policy is 暂定
    status: str
    status_title: str
    case_value_fen: int
    amount_fen: int
    evidence_grade: str | None
    target_party: str | None
    proposed_by: int
    proposed_at: str
    approved_by: int | None
    approved_at: str | None
    claim_by: str | None
    version: int


class RewardQueueOut(BaseModel):
    rewards: list[RewardRowOut]


class ShareOut(BaseModel):
    """A payee as staff see them in lists: masked (the full identity is on the report, audited)."""

    seq: int
    amount_fen: int
    status: str
    status_title: str
    rail: str | None
    payee_name: str | None
    payee_id: str | None
    payee_phone: str | None
    claimed_at: str | None
    paid_at: str | None
    voucher_no: str | None


class TransferOut(BaseModel):
    share_seq: int | None
    out_bill_no: str
    amount_fen: int
    state: str
    fail_reason: str | None
    created_at: str
    updated_at: str


class LedgerEntryOut(BaseModel):
    at: str
    actor: str
    kind: str
    from_status: str
    to_status: str
    amount_fen: int
    detail: dict[str, Any]


class RewardDetailOut(RewardRowOut):
    explanation: list[str]
    shares: list[ShareOut]
    transfers: list[TransferOut]
    ledger: list[LedgerEntryOut]


class BankTransferOut(BaseModel):
    reward_id: int
    seq: int
    amount_fen: int
    voucher_no: str
    voucher_stored: bool
    recorded_at: str
    reward_status: str


class PayeeOut(BaseModel):
    """The claimant's identity, shown to finance or a head for a bank transfer (every view audited)."""

    name: str
    id_number: str
    phone: str | None
