"""Request and response models of the reward endpoints (mini-program API and the H5 claim page).

Responses carry amounts and states only: never a payee's name or ID number, not even the caller's own.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field

from handlers.miniprogram.schemas import _In, _Out
from reward.shares import NAME_CHARS


class ShareOut(_Out):
    seq: int = Field(description="0 is the report's reporter; a joint report's co-reporters follow.")
    amount_fen: int
    status: Literal["offered", "claimed", "paying", "paid", "declined", "expired"]
    status_title: str
    rail: Literal["wechat", "bank"] | None
    mine: bool = Field(description="Claimed from the calling WeChat user.")


class OfferOut(_Out):
    reward_id: int
    target_name: str
    anonymous: bool
    status: Literal["offered", "paid", "declined", "expired"]
    status_title: str
    amount_fen: int = Field(description="The whole reward in fen (分); a joint report's shares add up to it.")
    claim_by: date | None = Field(
        description="The last day (Beijing time) to claim; later claims are refused."
    )
    shares: list[ShareOut]


class OffersOut(_Out):
    offers: list[OfferOut]


class RewardOut(_Out):
    offer: OfferOut | None = Field(description="null while the report has no approved reward.")


class ClaimIn(_In):
    name: str = Field(min_length=NAME_CHARS[0], max_length=NAME_CHARS[1])
    id_number: str = Field(max_length=32, description="Checked (GB 11643); never returned by any endpoint.")
    phone: str | None = Field(default=None, max_length=32, description="Required for the bank rail.")
    rail: Literal["wechat", "bank"] = Field(
        default="wechat",
        description="wechat: WeChat Pay to this WeChat user, who confirms it; bank: finance pays offline.",
    )


class DeclineIn(_In):
    name: str = Field(min_length=NAME_CHARS[0], max_length=NAME_CHARS[1])
    id_number: str = Field(max_length=32)


class ClaimedOut(_Out):
    reward_id: int
    seq: int
    amount_fen: int
    status: str
    status_title: str
    rail: Literal["wechat", "bank"] | None


class TransferOut(_Out):
    """What ``wx.requestMerchantTransfer({mchId, appId, package})`` needs, once WeChat Pay has answered."""

    share_status: str
    share_title: str
    state: str | None = Field(
        description="The WeChat Pay bill's state (WAIT_USER_CONFIRM, SUCCESS, FAIL, …)."
    )
    package_info: str | None = Field(description="Pass as `package`; set only while WAIT_USER_CONFIRM.")
    mch_id: str
    app_id: str
    fail_reason: str | None = None


class JssdkOut(_Out):
    """The arguments of ``wx.config`` for the page at ``url``."""

    app_id: str = Field(serialization_alias="appId")
    timestamp: int
    nonce_str: str = Field(serialization_alias="nonceStr")
    signature: str


class H5ClaimIn(ClaimIn):
    """The H5 page names the reward by the receipt (anonymous) or by its id (the named reporter's own)."""

    receipt: str | None = Field(default=None, max_length=40)
    reward_id: int | None = Field(default=None, gt=0)


class H5DeclineIn(DeclineIn):
    receipt: str | None = Field(default=None, max_length=40)
    reward_id: int | None = Field(default=None, gt=0)


class ReceiptIn(_In):
    receipt: str = Field(max_length=40)
