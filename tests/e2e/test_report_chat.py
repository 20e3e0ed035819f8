"""Fraud reports in chat through the simulator: intake (anonymous and named), 举报进度 by receipt and
by the reporter's own list, messages to the handler, throttled receipt guessing, and notices."""

from __future__ import annotations

import asyncio
import json
import re
from datetime import UTC, date, datetime

from tortoise.transactions import in_transaction

from handlers import keys
from kernel.actors import Actor
from registry.rows import InstitutionRow
from registry.service import upsert_institutions
from reports import lifecycle
from reports.models import Report, ReportEvent, ReportEvidence, ReportMessage
from storage import jobs
from storage.models import Attachment, Job
from tests.conftest import Stack, StackFactory, openid

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x01" * 64 + b"\xff\xd9"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x02" * 64
AMR = b"#!AMR\n" + b"\x00" * 32
VALID_ID = "11010519491231002X"
WRONG_CHECK_DIGIT = "110105194912310021"
PHONE = "13800138000"
STORY = "药店店员让我用医保卡买了洗发水和两箱鸡蛋，小票上写的是感冒药。"
RECEIPT = re.compile(r"回执码：([2-9A-Z]{4}(?:-[2-9A-Z]{4}){3})")
INTAKE = Actor(id=1, name="x", roles=frozenset({"intake"}), regions=frozenset({"demo"}))


def last(stack: Stack, user: str) -> str:
    return stack.sim.texts_to(user)[-1]


async def seed_registry() -> None:
    rows = [
        InstitutionRow(
            code="P439901000001",
            name="益丰大药房（人民路店）",
            kind="retail_pharmacy",
            address="示范市东城区人民东路88号",
            agreement_start=date(2020, 1, 1),
        ),
        InstitutionRow(
            code="P439901000002",
            name="益丰大药房（解放路店）",
            kind="retail_pharmacy",
            address="示范市东城区解放东路12号",
            agreement_start=date(2020, 1, 1),
        ),
        InstitutionRow(
            code="H439901000001",
            name="示范市第一人民医院",
            kind="inpatient_hospital",
            level="3",
            address="示范市北山区北山路1号",
            agreement_start=date(2015, 1, 1),
        ),
    ]
    async with in_transaction() as conn:
        await upsert_institutions(conn, region="demo", rows=rows, now=datetime.now(UTC))


async def say(stack: Stack, user: str, *texts: str) -> str:
    for text in texts:
        await stack.sim.send_text(user, text)
    return last(stack, user)


async def report_named(stack: Stack, user: str) -> str:
    """A named report of the 人民路 pharmacy; returns the receipt code."""
    await seed_registry()
    reply = await say(
        stack, user, "举报", "9", "益丰 人民路", "1", STORY, "跳过", "跳过", "2", "同意", "张三"
    )
    assert "身份证" in reply
    reply = await say(stack, user, VALID_ID, PHONE, "确认")
    found = RECEIPT.search(reply)
    assert found, reply
    return found.group(1)


async def settle(stack: Stack) -> None:
    """Run due jobs here until none is left pending or held by the in-process worker."""
    for _ in range(250):
        await stack.app[keys.JOBS].run_until_idle()
        if not await Job.filter(status__in=("pending", "running")).exists():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("jobs did not settle")


async def state_of(stack: Stack, user: str) -> str | None:
    raw = await stack.app[keys.KV_KEY].get(stack.app[keys.BOT].dialogue.state_key(user))
    return raw.decode() if isinstance(raw, bytes) else raw


async def test_an_anonymous_report_picked_from_the_registry_gets_a_receipt_that_opens_its_status(
    stack: Stack,
) -> None:
    await seed_registry()
    user = openid()
    await stack.sim.click(user, "REPORT_NEW")
    assert "【欺诈骗保】" in last(stack, user) and "9. 医保卡购买生活用品" in last(stack, user)
    await stack.sim.send_text(user, "100")
    assert "没有这个举报类别" in last(stack, user)  # a bad choice re-asks with the domain's words
    await stack.sim.send_text(user, "９")  # full-width digits from a Chinese IME count
    assert "已选：9. 医保卡购买生活用品" in last(stack, user)
    await stack.sim.send_text(user, "益丰 人民路")
    picks = last(stack, user)
    assert "1. 益丰大药房（人民路店）" in picks and "零售药店 · 示范市东城区人民东路88号" in picks
    assert "0. 都不是" in picks
    await stack.sim.send_text(user, "1")
    assert "被举报对象：益丰大药房（人民路店）" in last(stack, user)
    await stack.sim.send_text(user, "太短")
    assert "10–2000字" in last(stack, user)
    await stack.sim.send_text(user, STORY)
    await stack.sim.send_image(user, JPEG)
    await stack.sim.send_image(user, PNG, content_type="image/png")
    assert "已收到第2项" in last(stack, user)
    await stack.sim.send_text(user, "完成")
    await stack.sim.send_text(user, "跳过")  # no place
    assert "匿名举报" in last(stack, user)
    await stack.sim.send_text(user, "匿名")
    summary = last(stack, user)
    assert "图片2张" in summary and "定点编码 P439901000001" in summary and "方式：匿名" in summary
    await stack.sim.send_text(user, "确认")
    reply = last(stack, user)
    found = RECEIPT.search(reply)
    assert found and "唯一凭证" in reply and "前决定是否受理" in reply
    receipt = found.group(1)

    report = await Report.get()
    assert report.anonymous and report.category == "daily_goods_on_card"
    assert report.target_code == "P439901000001" and report.target_name == "益丰大药房（人民路店）"
    assert report.reporter_index is None and report.reporter_openid_enc is None
    assert report.identity_enc is None and report.consent_version is None
    assert report.channel == "wechat" and report.location is None
    assert user not in json.dumps(await Report.all().values(), default=str)
    assert receipt.replace("-", "") not in json.dumps(await Report.all().values(), default=str)

    # Both pictures are fetched from WeChat by the job into the blob store.
    await settle(stack)
    evidence = await ReportEvidence.filter(report_id=report.id).order_by("id")
    assert [e.kind for e in evidence] == ["image", "image"]
    assert all(e.attachment_id for e in evidence)
    stored = [
        await stack.app[keys.BLOBS].get((await Attachment.get(id=e.attachment_id)).blob_key) for e in evidence
    ]
    assert stored == [JPEG, PNG]
    assert await Job.filter(kind="wechat.fetch_media", status="done").count() == 2

    # The receipt opens the report's status in 举报进度, typed loosely (lower case, spaces).
    await stack.sim.click(user, "REPORT_PROGRESS")
    assert "没有查到您的实名举报" in last(stack, user)
    view = await say(stack, user, receipt.lower().replace("-", " "))
    assert "状态：已提交，待受理" in view and "对象：益丰大药房（人民路店）" in view
    assert "收到举报（公众号）" in view and "留言 内容" in view


async def test_a_named_report_re_asks_a_wrong_id_check_digit_and_never_shows_or_keeps_the_number(
    stack: Stack,
) -> None:
    await seed_registry()
    user = openid()
    await say(stack, user, "我要举报", "9", "益丰 人民路", "1", STORY, "跳过", "跳过")
    await stack.sim.send_text(user, "2")
    assert "单独同意" in last(stack, user)  # CONSENT_TEXT
    await stack.sim.send_text(user, "好的")
    assert "没有您的单独同意" in last(stack, user)
    await say(stack, user, "同意", "张三")
    await stack.sim.send_text(user, WRONG_CHECK_DIGIT)
    assert "校验位不符" in last(stack, user) and "18位居民身份证号码" in last(stack, user)
    await stack.sim.send_text(user, VALID_ID.lower())  # a lower-case x is the same number
    state = await state_of(stack, user)
    assert state and VALID_ID not in state and VALID_ID.lower() not in state and "张三" not in state
    await stack.sim.send_text(user, PHONE)
    summary = last(stack, user)
    assert "110***********002X" in summary and "138****8000" in summary and "张*" in summary
    state = await state_of(stack, user)
    assert state and PHONE not in state
    await stack.sim.send_text(user, "确认")
    reply = last(stack, user)
    assert RECEIPT.search(reply) and "服务通知" in reply

    assert await state_of(stack, user) is None  # the dialogue state is gone once submitted
    assert not any(VALID_ID in t or VALID_ID.lower() in t or PHONE in t for t in stack.sim.texts_to(user))
    report = await Report.get()
    assert not report.anonymous and report.reporter_index and report.reporter_openid_enc
    assert report.consent_version is not None
    rows = json.dumps(
        [await Report.all().values(), await ReportEvent.all().values(), await Job.all().values()], default=str
    )
    assert VALID_ID not in rows and PHONE not in rows and "张三" not in rows and user not in rows
    cipher = stack.app[keys.CIPHER]
    assert report.identity_enc is not None
    identity = json.loads(cipher.decrypt(report.identity_enc, context="report.identity"))
    assert identity == {"name": "张三", "id_number": VALID_ID, "phone": PHONE}
    assert cipher.decrypt(report.reporter_openid_enc, context="report.openid") == user


async def test_cancel_in_the_middle_of_a_report_stores_nothing(stack: Stack) -> None:
    await seed_registry()
    user = openid()
    await say(stack, user, "举报", "9", "益丰", "1", STORY)
    await stack.sim.send_image(user, JPEG)
    await stack.sim.send_text(user, "取消")
    assert "已退出“我要举报”" in last(stack, user)
    assert await state_of(stack, user) is None
    assert await Report.all().count() == 0 and await ReportEvidence.all().count() == 0
    assert await Job.exclude(dedup_key__startswith="periodic:").count() == 0  # periodic jobs may be due


async def test_a_voice_note_tells_what_happened_about_a_target_not_in_the_registry(stack: Stack) -> None:
    await seed_registry()
    user = openid()
    await say(stack, user, "举报", "挂床")  # the words of a category work as well as its number
    picks = await say(stack, user, "示范康复医院")
    if "都不是" in picks:  # near names may be offered; the reporter keeps their own words
        await stack.sim.send_text(user, "都不是")
    assert "未关联定点机构名录" in last(stack, user)
    await stack.sim.send_voice(user, AMR, recognition="三楼病房的床位一直空着")
    await stack.sim.send_text(user, "跳过")
    await stack.sim.send_location(user, 28.23, 112.94, "示范路1号")
    await stack.sim.send_text(user, "1")
    summary = last(stack, user)
    assert "语音1段" in summary and "示范路1号" in summary and "挂床住院" in summary
    await stack.sim.send_text(user, "确认")
    assert RECEIPT.search(last(stack, user))

    report = await Report.get()
    assert report.target_code is None and report.target_name == "示范康复医院"
    assert report.description.startswith("（语音举报") and "床位一直空着" in report.description
    assert report.location and report.location["label"] == "示范路1号"
    await settle(stack)
    voice = await ReportEvidence.get(report_id=report.id)
    assert voice.kind == "voice" and voice.attachment_id
    att = await Attachment.get(id=voice.attachment_id)
    assert await stack.app[keys.BLOBS].get(att.blob_key) == AMR


async def test_receipt_guessing_is_throttled_after_five_wrong_tries(stack: Stack) -> None:
    user = openid()
    receipt = await report_named(stack, user)
    guesser = openid()
    await stack.sim.send_text(guesser, "进度")
    await stack.sim.send_text(guesser, "O000-1111")  # a malformed code is a typo, not a guess
    assert "没有数字0、1" in last(stack, guesser)
    for i in range(5):
        await stack.sim.send_text(guesser, f"2345-6789-ABCD-EFG{'HJKMN'[i]}")
        assert "没有找到这件举报" in last(stack, guesser)
    await stack.sim.send_text(guesser, receipt)  # even the right code waits out the window
    assert "查询次数过多" in last(stack, guesser)
    await stack.sim.send_text(user, "进度")
    await stack.sim.send_text(user, receipt)  # the limit is per user
    assert "状态：已提交，待受理" in last(stack, user)


async def test_progress_lists_a_named_reporters_own_reports_and_takes_a_message_for_the_handler(
    stack: Stack,
) -> None:
    user = openid()
    await report_named(stack, user)
    listing = await say(stack, user, "举报进度")
    assert (
        "您的实名举报：" in listing
        and "1. " in listing
        and "益丰大药房（人民路店）——已提交，待受理" in listing
    )
    view = await say(stack, user, "1")
    assert "状态：已提交，待受理" in view
    reply = await say(stack, user, "留言 我还有收费小票的照片，可以提供")
    assert "留言已送达承办人" in reply and "我：我还有收费小票的照片" in reply
    message = await ReportMessage.get()
    assert message.sender == "reporter" and message.body == "我还有收费小票的照片，可以提供"
    assert "已结束查询" in await say(stack, user, "结束")
    assert await state_of(stack, user) is None

    stranger = openid()
    listing = await say(stack, stranger, "进度")
    assert "没有查到您的实名举报" in listing and "益丰" not in listing


async def test_a_lifecycle_transition_sends_a_template_notice_to_the_named_reporter(stack: Stack) -> None:
    user = openid()
    await report_named(stack, user)
    await settle(stack)
    report = await Report.get()
    async with in_transaction() as conn:
        await lifecycle.accept(
            conn, report.id, actor=INTAKE, rules=stack.app[keys.REPORT_RULES], now=datetime.now(UTC)
        )
    await settle(stack)
    notices = [m for m in stack.sim.state.sent if m["via"] == "template"]
    assert len(notices) == 1 and notices[0]["touser"] == user
    assert notices[0]["data"]["状态"]["value"] == "已受理"
    assert "已受理" in notices[0]["data"]["备注"]["value"]
    assert VALID_ID not in json.dumps(notices[0], ensure_ascii=False)
    assert await Job.filter(kind="report.notice", status="done").count() == 1

    # A message from the handler is announced without its text (template messages show on lock screens).
    async with in_transaction() as conn:
        await lifecycle.staff_message(
            conn, report.id, body="请补充小票照片", actor=INTAKE, now=datetime.now(UTC)
        )
    await settle(stack)
    notices = [m for m in stack.sim.state.sent if m["via"] == "template"]
    assert len(notices) == 2 and notices[1]["touser"] == user
    assert "留言" in notices[1]["data"]["备注"]["value"]
    assert "小票" not in json.dumps(notices[1], ensure_ascii=False)


async def test_an_anonymous_report_never_gets_a_notice(stack: Stack) -> None:
    await seed_registry()
    user = openid()
    await say(stack, user, "举报", "9", "益丰 人民路", "1", STORY, "跳过", "跳过", "1", "确认")
    report = await Report.get()
    async with in_transaction() as conn:  # even if a notice job were written for it
        await jobs.enqueue(
            conn, "report.notice", {"report_id": report.id, "kind": "accepted"}, now=datetime.now(UTC)
        )
    await settle(stack)
    assert not [m for m in stack.sim.state.sent if m["via"] == "template"]
    assert await Job.filter(kind="report.notice", status="done").count() == 1


async def test_a_reporter_can_search_again_and_start_over_from_the_summary(stack: Stack) -> None:
    await seed_registry()
    user = openid()
    picks = await say(stack, user, "举报", "1", "益丰")
    assert "1. 益丰大药房" in picks and "2. 益丰大药房" in picks
    assert "已选：1." in await say(stack, user, "重搜")
    assert "第一人民医院" in await say(stack, user, "第一人民医院")
    await say(stack, user, "1", STORY, "跳过", "跳过", "2", "同意", "李四", VALID_ID, PHONE)
    state = await state_of(stack, user)
    assert state and "v1." in state and "李四" not in state  # the values are ciphertexts
    assert "请选择举报类别" in await say(stack, user, "重填")
    state = await state_of(stack, user)
    assert state and "v1." not in state  # starting over drops every ciphertext with the rest
    assert await Report.all().count() == 0


async def test_notices_use_the_template_the_bureau_configured(make_stack: StackFactory) -> None:
    stack: Stack = await make_stack(WECHAT_REPORT_NOTICE_TEMPLATE="TPL_bureau_progress_01")
    user = openid()
    await report_named(stack, user)
    await settle(stack)
    report = await Report.get()
    async with in_transaction() as conn:
        await lifecycle.accept(
            conn, report.id, actor=INTAKE, rules=stack.app[keys.REPORT_RULES], now=datetime.now(UTC)
        )
    await settle(stack)
    notices = [m for m in stack.sim.state.sent if m["via"] == "template"]
    assert [n["template_id"] for n in notices] == ["TPL_bureau_progress_01"]
