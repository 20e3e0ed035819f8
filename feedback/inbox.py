"""The staff side of 留言 (suggestions): the inbox, one suggestion with its replies, a reply (sent to the
citizen in WeChat by the ``feedback.reply`` job, written in the same transaction) and closing.

Every reply and close is audited. The domain knows no WeChat: the job turns a reply into a message.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from feedback.errors import FeedbackError
from feedback.models import Suggestion, SuggestionReply
from feedback.service import SENDER_CONTEXT
from reports.identity import mask_phone
from reports.rules import china_day
from staff.service import names_of
from storage import audit, jobs
from storage.actors import Actor
from storage.crypto import FieldCipher

STATUS_TITLES = {"new": "待回复", "answered": "已回复", "closed": "已办结"}
INBOX_ROLES = ("intake", "head")  # the clerks who answer the public (and their head)
REPLY_KIND = "feedback.reply"
PAGE = 50


def _row(s: Suggestion) -> dict[str, Any]:
    return {
        "id": s.id,
        "topic": s.topic,
        "content": s.content,
        "channel": s.channel,
        "status": s.status,
        "status_title": STATUS_TITLES.get(s.status, s.status),
        "created_at": s.created_at.isoformat(),
        "closed_at": s.closed_at.isoformat() if s.closed_at else None,
    }


async def inbox(*, status: str | None = None, before_id: int | None = None) -> dict[str, Any]:
    """Newest first, a page of ``PAGE`` (keyset on id); ``status`` None: those not closed."""
    query = Suggestion.filter(status=status) if status else Suggestion.exclude(status="closed")
    if before_id:
        query = query.filter(id__lt=before_id)
    rows = await query.order_by("-id").limit(PAGE)
    return {"suggestions": [_row(s) for s in rows], "next": rows[-1].id if len(rows) == PAGE else None}


async def suggestion_view(suggestion_id: int, *, cipher: FieldCipher) -> dict[str, Any]:
    s = await Suggestion.filter(id=suggestion_id).first()
    if s is None:
        raise FeedbackError("not_found")
    replies = await SuggestionReply.filter(suggestion_id=s.id).order_by("at", "id")
    names = await names_of(r.staff_id for r in replies)
    phone = cipher.decrypt(s.contact_enc, context="suggestion.contact") if s.contact_enc else None
    return {
        **_row(s),
        "media": [{"kind": m.get("kind"), "fetched": bool(m.get("attachment_id"))} for m in s.media],
        "location": s.location,
        "contact": mask_phone(phone) if phone else None,
        "can_reply": s.sender_enc is not None and s.status != "closed",
        "replies": [
            {"at": r.at.isoformat(), "staff_name": names.get(r.staff_id), "body": r.body} for r in replies
        ],
    }


async def _locked(conn: BaseDBAsyncClient, suggestion_id: int) -> Suggestion:
    s = await Suggestion.filter(id=suggestion_id).using_db(conn).select_for_update().first()
    if s is None:
        raise FeedbackError("not_found")
    return s


async def reply(
    conn: BaseDBAsyncClient, suggestion_id: int, *, body: str, actor: Actor, now: datetime
) -> SuggestionReply:
    s = await _locked(conn, suggestion_id)
    text = body.strip()
    if not 2 <= len(text) <= 600:
        raise FeedbackError("bad_reply")
    if s.status == "closed":
        raise FeedbackError("closed")
    if s.sender_enc is None:
        raise FeedbackError("no_reply_path")
    made = await SuggestionReply.create(
        using_db=conn, suggestion_id=s.id, staff_id=actor.id, body=text, at=now
    )
    s.status = "answered"
    await s.save(using_db=conn, update_fields=["status"])
    await jobs.enqueue(
        conn, REPLY_KIND, {"reply_id": made.id}, now=now, dedup_key=f"suggestion-reply:{made.id}"
    )
    await audit.append(
        conn, actor=actor.label, action="suggestion.replied", subject=f"suggestion:{s.id}",
        detail={"reply_id": made.id}, now=now,
    )  # fmt: skip
    return made


async def close(conn: BaseDBAsyncClient, suggestion_id: int, *, actor: Actor, now: datetime) -> Suggestion:
    s = await _locked(conn, suggestion_id)
    if s.status != "closed":
        s.status, s.closed_at = "closed", now
        await s.save(using_db=conn, update_fields=["status", "closed_at"])
        await audit.append(
            conn, actor=actor.label, action="suggestion.closed", subject=f"suggestion:{s.id}", now=now
        )
    return s


async def reply_message(reply_id: int, *, cipher: FieldCipher) -> tuple[str, str] | None:
    """(openid, text) of a reply for the job that sends it; None when there is nothing to send."""
    r = await SuggestionReply.filter(id=reply_id).first()
    s = await Suggestion.filter(id=r.suggestion_id).first() if r else None
    if r is None or s is None or s.sender_enc is None:
        return None
    openid = cipher.decrypt(s.sender_enc, context=SENDER_CONTEXT)
    return (
        openid,
        f"【留言回复】您{china_day(s.created_at).strftime('%m月%d日')}的留言（{s.topic}）：\n{r.body}",
    )
