"""The 留言 inbox on both backends: who sees what, reading audited with the phone masked, an answer
stored with one WeChat job (retries add none), closing, stale versions refused."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from tortoise.transactions import in_transaction

from feedback import inbox, service
from feedback.errors import FeedbackError
from kernel.actors import Actor
from storage.crypto import FieldCipher
from storage.models import AuditEntry, Job

NOW = datetime(2026, 12, 2, 2, 0, tzinfo=UTC)
CLERK = Actor(1, "受理员", frozenset({"intake"}), frozenset({"demo"}))
NORTH = Actor(2, "北区科长", frozenset({"head"}), frozenset({"north"}))
FINANCE = Actor(3, "财务", frozenset({"finance"}), frozenset({"demo"}))


@pytest.fixture
def cipher() -> FieldCipher:
    return FieldCipher(b"f" * 32)


async def leave(cipher: FieldCipher, *, region: str = "demo", contact: str | None = "13800138000") -> int:
    async with in_transaction() as conn:
        row = await service.submit(
            conn, topic="2", content="药店门口的医保标识被挡住了", media=[], location=None, contact=contact,
            sender="o-citizen", cipher=cipher, now=NOW, region=region,
        )  # fmt: skip
    return int(row.id)


async def test_staff_see_their_regions_and_read_with_the_phone_masked(
    database: str, cipher: FieldCipher
) -> None:
    mine, theirs = await leave(cipher), await leave(cipher, region="north")
    legacy = await leave(cipher, region="")  # stored before regions were recorded: everyone's
    assert [s["id"] for s in await inbox.inbox(CLERK)] == [legacy, mine]
    assert [s["id"] for s in await inbox.inbox(NORTH)] == [legacy, theirs]
    assert [s["id"] for s in await inbox.inbox(CLERK, before_id=legacy)] == [mine]
    with pytest.raises(FeedbackError):
        await inbox.inbox(FINANCE)
    async with in_transaction() as conn:
        shown = await inbox.read(conn, mine, actor=CLERK, cipher=cipher, now=NOW)
    assert shown["contact"] == "138****8000" and shown["can_reply_in_wechat"]
    assert await AuditEntry.filter(action="suggestion.read", subject=f"suggestion:{mine}").count() == 1
    with pytest.raises(FeedbackError) as hidden:
        async with in_transaction() as conn:
            await inbox.read(conn, theirs, actor=CLERK, cipher=cipher, now=NOW)
    assert hidden.value.code == "not_found"


async def test_an_answer_is_sent_once_and_a_closed_suggestion_takes_no_more(
    database: str, cipher: FieldCipher
) -> None:
    sid = await leave(cipher)
    async with in_transaction() as conn:
        done = await inbox.reply(
            conn, sid, body="已通知药店整改，感谢您的监督。", actor=CLERK, now=NOW, version=0
        )
    assert (done.status, done.version, done.replied_by) == ("answered", 1, CLERK.id)
    job = await Job.get(kind="feedback.reply")
    assert job.payload == {"suggestion_id": sid, "version": 1}  # the text stays out of the job table
    assert await inbox.reply_message(sid, cipher=cipher) == (
        "o-citizen",
        f"您的留言（编号 {sid}）有了答复：\n已通知药店整改，感谢您的监督。",
    )
    with pytest.raises(FeedbackError) as stale:
        async with in_transaction() as conn:
            await inbox.reply(conn, sid, body="再次答复", actor=CLERK, now=NOW, version=0)
    assert stale.value.code == "conflict" and await Job.filter(kind="feedback.reply").count() == 1
    for bad in ("", "x", "长" * 501):
        with pytest.raises(FeedbackError):
            async with in_transaction() as conn:
                await inbox.reply(conn, sid, body=bad, actor=CLERK, now=NOW)
    async with in_transaction() as conn:
        closed = await inbox.close(conn, sid, actor=CLERK, now=NOW)
    assert closed.status == "closed"
    with pytest.raises(FeedbackError) as after:
        async with in_transaction() as conn:
            await inbox.reply(conn, sid, body="补充答复", actor=CLERK, now=NOW)
    assert after.value.code == "closed"
    actions = await AuditEntry.filter(subject=f"suggestion:{sid}").values_list("action", flat=True)
    assert actions == ["suggestion.reply", "suggestion.close"]
