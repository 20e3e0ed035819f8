"""Background jobs that talk to WeChat: late replies as customer messages, media downloads, and
progress notices to named reporters."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from tortoise.transactions import in_transaction

from bot.client import WeChatAPIError, WeChatClient
from feedback import inbox
from kernel.attachments import AttachTo, create_attachment
from kernel.clock import CHINA
from reports.errors import ReportError
from reports.lifecycle import STATUS_TITLES
from reports.queries import notice_facts
from reward.calculate import yuan
from reward.errors import RewardError
from reward.workflow import offer_facts
from storage.blobs import BlobStore
from storage.crypto import FieldCipher
from storage.jobs import JobHandler, PermanentJobError

# Errors after which retrying cannot succeed: invalid media id, user unsubscribed / 48 h passed.
PERMANENT = frozenset({40007, 45015, 45047, 43004, 40003})
# Template messages also fail for good on an unknown template id (a configuration error to fix).
NOTICE_PERMANENT = PERMANENT | {40037}
# The default of the WECHAT_REPORT_NOTICE_TEMPLATE setting ("举报办理进度"); its placeholders are the
# keys of the data sent (状态/时间/备注).
REPORT_NOTICE_TEMPLATE = "fundguard-report-progress"
MESSAGE_NOTICE = "承办人给您发来一条留言，请在公众号回复“进度”查看。"


def seal_payload(body: dict[str, Any], cipher: FieldCipher) -> dict[str, Any]:
    """A customer message as a job payload that keeps its text out of the job table."""
    return {"sealed": cipher.encrypt(json.dumps(body, ensure_ascii=False), context="job.custom")}


def job_handlers(
    client: WeChatClient,
    blobs: BlobStore,
    *,
    cipher: FieldCipher,
    owners: Mapping[str, AttachTo],
    notice_template: str = REPORT_NOTICE_TEMPLATE,
    claim_url: str | None = None,
) -> dict[str, JobHandler]:
    async def custom_send(payload: dict[str, Any]) -> None:
        # Late answers may carry a receipt code: they are queued sealed (see seal_payload).
        body = (
            json.loads(cipher.decrypt(payload["sealed"], context="job.custom"))
            if "sealed" in payload
            else payload
        )
        try:
            await client.send_custom(body)
        except WeChatAPIError as err:
            if err.errcode in PERMANENT:
                raise PermanentJobError(str(err)) from err
            raise

    async def fetch_media(payload: dict[str, Any]) -> None:
        try:
            data, ctype = await client.get_media(payload["media_id"])
        except WeChatAPIError as err:
            if err.errcode in PERMANENT:
                raise PermanentJobError(str(err)) from err
            raise
        attach = owners.get(str(payload.get("owner", "")))
        if attach is None:
            raise PermanentJobError(f"no attachment owner {payload.get('owner')!r}")
        async with in_transaction() as conn:
            att = await create_attachment(
                conn, data, content_type=ctype, source="wechat_media", blobs=blobs, cipher=cipher
            )
            await attach(conn, int(payload["owner_id"]), payload["media_id"], str(att.id))

    async def report_notice(payload: dict[str, Any]) -> None:
        """Tell a named reporter that their report moved (or that the handler wrote to them).

        The notice carries the status and the public note only: never the reporter's identity, the
        receipt, or a message body (template messages show on the lock screen).
        """
        try:
            facts = await notice_facts(int(payload["report_id"]), str(payload.get("kind", "")))
        except ReportError as err:
            raise PermanentJobError(f"report {payload['report_id']}: {err.code}") from err
        if facts is None:
            return  # an anonymous reporter follows with the receipt only; there is no one to notify
        openid = cipher.decrypt(facts.openid_enc, context="report.openid")
        status, at = facts.status, facts.at
        note = MESSAGE_NOTICE if payload.get("kind") == "message" else facts.note
        data = {
            "状态": {"value": STATUS_TITLES.get(status, status)},
            "时间": {"value": at.astimezone(CHINA).strftime("%Y-%m-%d %H:%M")},
            "备注": {"value": note[:100] or "详情请在公众号回复“进度”查看。"},
        }
        try:
            await client.send_template(openid, notice_template, data)
        except WeChatAPIError as err:
            if err.errcode in NOTICE_PERMANENT:
                raise PermanentJobError(str(err)) from err
            raise

    async def reward_offer_notice(payload: dict[str, Any]) -> None:
        try:
            facts = await offer_facts(int(payload["reward_id"]))
        except RewardError as err:
            raise PermanentJobError(f"reward {payload['reward_id']}: {err.code}") from err
        if facts is None:
            return  # anonymous: the offer is seen with the receipt
        openid = cipher.decrypt(facts.openid_enc, context="report.openid")
        data = {
            "状态": {"value": "举报奖励待领取"},
            "时间": {"value": facts.claim_by.isoformat()},
            "备注": {"value": f"奖励{yuan(facts.amount_fen)}，请在上述日期前领取，逾期视为放弃。"},
        }
        try:
            # Tapping the notice opens the claim page (silent OAuth finds the offer by openid).
            await client.send_template(openid, notice_template, data, url=claim_url)
        except WeChatAPIError as err:
            if err.errcode in NOTICE_PERMANENT:
                raise PermanentJobError(str(err)) from err
            raise

    async def suggestion_reply(payload: dict[str, Any]) -> None:
        """The bureau's answer to a 留言, as a customer-service message (WeChat allows those within 48
        hours of the sender's last message; later, 45015 ends the job failed, the answer stays stored)."""
        found = await inbox.reply_message(int(payload["suggestion_id"]), cipher=cipher)
        if found is None:
            return
        try:
            await client.send_text(*found)
        except WeChatAPIError as err:
            if err.errcode in PERMANENT:
                raise PermanentJobError(str(err)) from err
            raise

    return {
        inbox.REPLY_JOB: suggestion_reply,
        "reward.offer_notice": reward_offer_notice,
        "wechat.custom_send": custom_send,
        "wechat.fetch_media": fetch_media,
        "report.notice": report_notice,
    }
