"""Commitments' jobs: the windows' close (scheduled), the signed PDF, and a reminder message."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from tortoise.transactions import in_transaction

from commitments import campaigns, documents
from commitments.models import RosterEntry, Signature
from commitments.reminders import REMIND
from commitments.signing import OPENID_CONTEXT, RENDER_PDF
from kernel.clock import CHINA
from storage.blobs import BlobStore
from storage.crypto import FieldCipher
from storage.jobs import JobHandler

# (openid, template id, data, url): the WeChat face sends it (``commitments.module``)
SendTemplate = Callable[[str, str, dict[str, Any], str], Awaitable[None]]

CLOSE_WINDOWS = "commitments.close_windows"
CLOSE_PERIOD_SECONDS = 300


def job_handlers(
    *,
    clock: Callable[[], datetime],
    blobs: BlobStore,
    renderer: Callable[[], documents.Renderer],
    send_template: SendTemplate,
    cipher: FieldCipher,
    reminder_target: Callable[[], tuple[str, str]],
) -> dict[str, JobHandler]:
    """``reminder_target`` gives the reminder's template id and the signing page's URL (read when sent)."""

    async def close_windows(payload: dict[str, Any]) -> None:
        async with in_transaction() as conn:
            await campaigns.close_due(conn, now=clock())

    async def render_pdf(payload: dict[str, Any]) -> None:
        async with in_transaction() as conn:
            await documents.render_signed(
                conn, int(payload["signature_id"]), renderer=renderer(), blobs=blobs
            )

    async def reminder(payload: dict[str, Any]) -> None:
        entry = await RosterEntry.filter(id=int(payload["roster_id"])).select_related("campaign").first()
        if entry is None or entry.openid_enc is None:
            return  # unbound since: nobody to remind
        signed = await Signature.filter(roster_id=entry.id, voided_at__isnull=True).exists()
        if signed or entry.campaign.closes_at <= clock():
            return
        data = {
            "活动": {"value": entry.campaign.name[:20]},
            "截止时间": {"value": entry.campaign.closes_at.astimezone(CHINA).strftime("%Y-%m-%d %H:%M")},
            "备注": {"value": "您尚未签署信用承诺书，请点击签署。"},
        }
        openid = cipher.decrypt(entry.openid_enc, context=OPENID_CONTEXT)
        template, page_url = reminder_target()
        await send_template(openid, template, data, page_url)

    return {CLOSE_WINDOWS: close_windows, RENDER_PDF: render_pdf, REMIND: reminder}
