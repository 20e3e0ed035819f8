"""The WeChat Pay v3 商家转账 client (WECHAT.md §5): wechatpayv3's async client behind three calls whose
answers are sorted into definite, not found, rejected and unclear — the distinction exactly-once rests on."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx
from wechatpayv3 import WeChatPayType
from wechatpayv3.async_ import AsyncWeChatPay

from reward.notify import NotifyVerifier

log = logging.getLogger(__name__)

FINAL_STATES = frozenset({"SUCCESS", "FAIL", "CANCELLED"})
WECHAT_STATES = frozenset(
    {"ACCEPTED", "PROCESSING", "WAIT_USER_CONFIRM", "TRANSFERING", "CANCELING", *FINAL_STATES}
)
# Codes WeChat Pay answers for a request it may still process, or that a retry with the same number
# fixes (NOT_ENOUGH: "充值后可以原单号发起重试"). Anything unrecognised is treated the same way.
RETRY_CODES = frozenset({"SYSTEM_ERROR", "NOT_ENOUGH", "FREQUENCY_LIMITED", "SIGN_ERROR"})

Outcome = Literal["definite", "not_found", "rejected", "unclear"]


@dataclass(frozen=True)
class PayConfig:
    """Merchant settings, read once at start-up (keys as PEM text, not paths)."""

    mchid: str
    appid: str
    api_base: str
    private_key_pem: str
    cert_serial_no: str
    apiv3_key: str
    public_key_pem: str
    public_key_id: str
    notify_url: str
    scene_id: str
    report_infos: tuple[tuple[str, str], ...]  # scene 1000: (活动名称, …), (奖励说明, …)
    timeout_seconds: float = 10.0


@dataclass(frozen=True)
class PayAnswer:
    """One answer of WeChat Pay, sorted.

    ``definite``: a 200 carrying the bill's state. ``not_found``: a query's 404 — the bill never
    arrived. ``rejected``: a 4xx that says the request itself is wrong (bad parameters, no product
    permission); a retry would be refused the same way. ``unclear``: everything else (timeouts,
    connection errors, 5xx, 429, NOT_ENOUGH, unsigned or unparsable bodies): the bill may or may not
    exist, so only the same number with the same parameters may follow.
    """

    outcome: Outcome
    status: int = 0
    code: str = ""
    message: str = ""
    body: dict[str, Any] = field(default_factory=dict)

    @property
    def state(self) -> str:
        return str(self.body.get("state", ""))

    def describe(self) -> str:
        text = f"{self.outcome} {self.status} {self.code} {self.message}".strip()
        return text[:255]


def classify(status: int, text: str | bytes, *, query: bool) -> PayAnswer:
    try:
        body = json.loads(text) if text else {}
        if not isinstance(body, dict):
            body = {}
    except ValueError:
        body = {}
    code, message = str(body.get("code", "")), str(body.get("message", ""))[:200]
    if status == 200:
        if body.get("state") in WECHAT_STATES:
            return PayAnswer("definite", status, body=body)
        return PayAnswer("unclear", status, message="200 without a known state")
    if query and status == 404:
        return PayAnswer("not_found", status, code or "NOT_FOUND", message)
    if (status == 400 or status == 403) and code and code not in RETRY_CODES:
        return PayAnswer("rejected", status, code, message)
    return PayAnswer("unclear", status, code, message)


class WeChatPayGateway:
    """The merchant's calls. Each call opens its own client: AsyncWeChatPay keeps one httpx client per
    ``async with`` and concurrent calls on one instance would share (and close) it."""

    def __init__(self, config: PayConfig) -> None:
        self.config = config
        self.verifier = NotifyVerifier(
            public_key_pem=config.public_key_pem,
            public_key_id=config.public_key_id,
            apiv3_key=config.apiv3_key,
        )

    def _client(self) -> AsyncWeChatPay:
        c = self.config
        return AsyncWeChatPay(
            wechatpay_type=WeChatPayType.JSAPI,
            mchid=c.mchid,
            private_key=c.private_key_pem,
            cert_serial_no=c.cert_serial_no,
            appid=c.appid,
            apiv3_key=c.apiv3_key,
            notify_url=c.notify_url,
            public_key=c.public_key_pem,
            public_key_id=c.public_key_id,
            timeout=(min(5.0, c.timeout_seconds), c.timeout_seconds),
        )

    async def _call(self, name: str, *, query: bool, **kwargs: Any) -> PayAnswer:
        try:
            async with self._client() as pay:
                # The library hard-codes the production gateway; the simulator and the fallback host
                # (api2.mch.weixin.qq.com) are reached by replacing it (WECHAT.md §5.6 quirk 4).
                pay._core._gate_way = self.config.api_base
                status, text = await getattr(pay, name)(**kwargs)
        except (httpx.HTTPError, OSError) as exc:
            return PayAnswer("unclear", message=f"{type(exc).__name__}: {exc}"[:200])
        except Exception as exc:  # e.g. "failed to verify the signature": the answer cannot be trusted
            log.warning("wechat pay %s: %r", name, exc)
            return PayAnswer("unclear", message=f"{type(exc).__name__}: {exc}"[:200])
        return classify(int(status), text, query=query)

    async def transfer(self, params: dict[str, Any], *, user_name: str | None) -> PayAnswer:
        """发起转账 with exactly ``params`` (the frozen request); the library encrypts ``user_name``."""
        return await self._call(
            "mch_transfer_bills",
            query=False,
            out_bill_no=params["out_bill_no"],
            transfer_scene_id=params["transfer_scene_id"],
            openid=params["openid"],
            transfer_amount=params["transfer_amount"],
            transfer_remark=params["transfer_remark"],
            user_name=user_name,
            user_recv_perception=params.get("user_recv_perception"),
            transfer_scene_report_infos=params.get("transfer_scene_report_infos") or [],
            appid=params["appid"],
            notify_url=params["notify_url"],
        )

    async def query(self, out_bill_no: str) -> PayAnswer:
        return await self._call("mch_transfer_bills_query", query=True, out_bill_no=out_bill_no)

    async def cancel(self, out_bill_no: str) -> PayAnswer:
        return await self._call("mch_transfer_bills_cancel", query=False, out_bill_no=out_bill_no)
