"""The bureau's 留言 (suggestions) inbox: list, read, reply (the sender gets the answer in WeChat
through an outbox job), close. Staff see their own regions' suggestions; suggestions stored before
regions were recorded (region "") are shown to every region's staff. Each read, answer and close is
audited; the sender's contact phone is shown only masked."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import Q

from feedback.errors import FeedbackError
from feedback.models import Suggestion
from kernel.actors import Actor
from storage import audit, jobs
from storage.crypto import FieldCipher

INBOX_ROLES = ("intake", "head")
STATUSES = ("open", "answered", "closed")
REPLY_JOB = "feedback.reply"


def _visible(actor: Actor) -> Q:
    regions = sorted(r for r in actor.regions if actor.has_any(INBOX_ROLES, r))
    if not regions:
        raise FeedbackError("forbidden")
    return Q(region__in=[*regions, ""])


def _mask(phone: str) -> str:
    return phone[:3] + "****" + phone[-4:]


def suggestion_json(s: Suggestion, *, cipher: FieldCipher | None = None) -> dict[str, Any]:
    contact = None
    if cipher is not None and s.contact_enc:
        contact = _mask(cipher.decrypt(s.contact_enc, context="suggestion.contact"))
    return {
        "id": s.id,
        "region": s.region,
        "topic": s.topic,
        "content": s.content,
        "media": [{"kind": m.get("kind"), "attachment_id": m.get("attachment_id")} for m in s.media],
        "location": s.location,
        "contact": contact,
        "channel": s.channel,
        "status": s.status,
        "reply": s.reply,
        "replied_by": s.replied_by,
        "replied_at": s.replied_at.isoformat() if s.replied_at else None,
        "closed_at": s.closed_at.isoformat() if s.closed_at else None,
        "created_at": s.created_at.isoformat(),
        "can_reply_in_wechat": s.sender_openid_enc is not None,
        "version": s.version,
    }


async def inbox(
    actor: Actor, *, status: str | None = None, before_id: int | None = None, limit: int = 50
) -> list[dict[str, Any]]:
    """Newest first, a page after ``before_id`` (keyset on the id)."""
    if status is not None and status not in STATUSES:
        raise FeedbackError("not_found")
    query = Suggestion.filter(_visible(actor))
    if status:
        query = query.filter(status=status)
    if before_id:
        query = query.filter(id__lt=before_id)
    return [suggestion_json(s) for s in await query.order_by("-id").limit(max(1, min(limit, 200)))]


async def _mine(
    conn: BaseDBAsyncClient, actor: Actor, suggestion_id: int, *, lock: bool = False
) -> Suggestion:
    query = Suggestion.filter(_visible(actor), id=suggestion_id).using_db(conn)
    found = await (query.select_for_update() if lock else query).first()
    if found is None:
        raise FeedbackError("not_found")
    return found


async def read(
    conn: BaseDBAsyncClient, suggestion_id: int, *, actor: Actor, cipher: FieldCipher, now: datetime
) -> dict[str, Any]:
    """One suggestion with its contact masked; the reading is audited (it may hold a phone number)."""
    found = await _mine(conn, actor, suggestion_id)
    await audit.append(
        conn, actor=actor.label, action="suggestion.read", subject=f"suggestion:{found.id}", now=now
    )
    return suggestion_json(found, cipher=cipher)


def _expect(found: Suggestion, version: int | None) -> None:
    if version is not None and found.version != version:
        raise FeedbackError("conflict")


async def reply(
    conn: BaseDBAsyncClient,
    suggestion_id: int,
    *,
    body: str,
    actor: Actor,
    now: datetime,
    version: int | None = None,
) -> Suggestion:
    """Answer the sender: stored, audited, and sent in WeChat by a ``feedback.reply`` job (written in
    this transaction, keyed on the answer's version so a retried request sends it once)."""
    text = body.strip()
    if not 2 <= len(text) <= 500:
        raise FeedbackError("bad_reply")
    found = await _mine(conn, actor, suggestion_id, lock=True)
    _expect(found, version)
    if found.status == "closed":
        raise FeedbackError("closed")
    found.reply, found.replied_by, found.replied_at = text, actor.id, now
    found.status, found.version = "answered", found.version + 1
    await found.save(using_db=conn)
    await audit.append(
        conn, actor=actor.label, action="suggestion.reply", subject=f"suggestion:{found.id}",
        detail={"chars": len(text)}, now=now,
    )  # fmt: skip
    if found.sender_openid_enc is not None:
        await jobs.enqueue(
            conn, REPLY_JOB, {"suggestion_id": found.id, "version": found.version}, now=now,
            dedup_key=f"suggestion-reply:{found.id}:{found.version}",
        )  # fmt: skip
    return found


async def close(
    conn: BaseDBAsyncClient, suggestion_id: int, *, actor: Actor, now: datetime, version: int | None = None
) -> Suggestion:
    found = await _mine(conn, actor, suggestion_id, lock=True)
    _expect(found, version)
    if found.status != "closed":
        found.status, found.closed_by, found.closed_at = "closed", actor.id, now
        found.version += 1
        await found.save(using_db=conn)
        await audit.append(
            conn, actor=actor.label, action="suggestion.close", subject=f"suggestion:{found.id}", now=now
        )
    return found


async def reply_message(suggestion_id: int, *, cipher: FieldCipher) -> tuple[str, str] | None:
    """(openid, text) of the answer to send, or None when there is nothing to send (for the job)."""
    found = await Suggestion.get_or_none(id=suggestion_id)
    if found is None or not found.reply or found.sender_openid_enc is None:
        return None
    openid = cipher.decrypt(found.sender_openid_enc, context="suggestion.openid")
    return openid, f"您的留言（编号 {found.id}）有了答复：\n{found.reply}"
