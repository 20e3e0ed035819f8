"""Background work of the reward domain: offers not claimed in time expire; WeChat Pay transfers are
sent, re-sent after unclear answers, and open ones queried until they are final."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from tortoise.transactions import in_transaction

from reward import payout
from reward.wechatpay import PayAnswer, WeChatPayGateway
from reward.workflow import expire_unclaimed
from storage.crypto import FieldCipher
from storage.jobs import JobHandler, PermanentJobError

log = logging.getLogger(__name__)
EXPIRY_PERIOD_SECONDS = 3600
TRANSFER_SWEEP_PERIOD_SECONDS = payout.SWEEP_PERIOD_SECONDS
DISABLED = "WeChat Pay payouts are not configured (WECHATPAY_PRIVATE_KEY_PATH, …); the bill waits"


class TransferUnclear(Exception):
    """WeChat Pay's answer was unclear: the job retries with backoff, same number, same parameters."""


def _outcome(answer: PayAnswer | None) -> None:
    if answer is None or answer.outcome in ("definite", "not_found"):
        return
    if answer.outcome == "rejected":
        raise PermanentJobError(f"WeChat Pay refused the transfer: {answer.describe()}")
    raise TransferUnclear(answer.describe())


def job_handlers(
    *,
    clock: Callable[[], datetime],
    wechatpay: WeChatPayGateway | None = None,
    cipher: FieldCipher | None = None,
    on_mismatch: payout.OnMismatch | None = None,
) -> dict[str, JobHandler]:
    """``on_mismatch`` is told of every WeChat Pay answer that disagreed with its bill (the alert)."""
    async def expire(payload: dict[str, Any]) -> None:
        async with in_transaction() as conn:
            expired = await expire_unclaimed(conn, now=clock())
        if expired:
            log.info("reward offers expired unclaimed: %s", expired)

    def pay() -> tuple[WeChatPayGateway, FieldCipher]:
        if wechatpay is None or cipher is None:
            # Permanent for this job; the periodic sweep sends the bill once payouts are configured.
            raise PermanentJobError(DISABLED)
        return wechatpay, cipher

    def pay_args(gateway: WeChatPayGateway, fc: FieldCipher) -> dict[str, Any]:
        return {"gateway": gateway, "cipher": fc, "clock": clock, "on_mismatch": on_mismatch}

    async def transfer_send(payload: dict[str, Any]) -> None:
        gateway, fc = pay()
        _outcome(await payout.send_bill(int(payload["bill_id"]), **pay_args(gateway, fc)))

    async def transfer_query(payload: dict[str, Any]) -> None:
        gateway, fc = pay()
        _outcome(await payout.query_bill(int(payload["bill_id"]), **pay_args(gateway, fc)))

    async def transfer_sweep(payload: dict[str, Any]) -> None:
        if wechatpay is None or cipher is None:
            return
        checked = await payout.sweep_open_bills(**pay_args(wechatpay, cipher))
        if checked:
            log.info("open WeChat Pay transfers queried: %s", checked)

    return {
        "reward.expire_unclaimed": expire,
        payout.SEND_JOB: transfer_send,
        payout.QUERY_JOB: transfer_query,
        "reward.transfer_sweep": transfer_sweep,
    }
