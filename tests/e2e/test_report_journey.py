"""Issue 3's "Done when", end to end on each backend: two citizens report a pharmacy in chat through the
simulator, one anonymously and one named; both follow their report with the receipt and in 进度 and
exchange messages with the handler; staff accept, assign, investigate, conclude and inform through the
staff API; the named reporter gets template notices; every deadline staff are shown is working-day
arithmetic from the day of the event in China time."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, date, datetime
from typing import Any

import aiohttp
from tortoise.transactions import in_transaction

from bot.jobs import MESSAGE_NOTICE
from handlers import keys
from kernel.clock import china_day
from kernel.workdays import add_working_days, load_calendar
from registry.rows import InstitutionRow
from registry.service import upsert_institutions
from storage.models import Job
from tests.conftest import Stack, openid
from tests.e2e.admin_client import Console, console, make_staff

REGION = "demo"
PHARMACY = "益丰大药房（人民路店）"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x01" * 64 + b"\xff\xd9"
STORY_ANON = "药店店员让我用医保卡买了洗发水和两箱鸡蛋，小票上写的是感冒药。"
STORY_NAMED = "我在这家药店看到收银员用顾客的医保卡结算大米和食用油，不止一次。"
NAME, ID_NUMBER, PHONE = "张三", "11010519491231002X", "13800138000"
QUESTION = "您好，请问当时的购物小票还在吗？"
RECEIPT = re.compile(r"回执码：([2-9A-Z]{4}(?:-[2-9A-Z]{4}){3})")
# POLICY §2 allowances in working days (the national defaults of reports/data/deadlines.json).
ACCEPT_DAYS, INFORM_DECISION_DAYS, HANDLE_DAYS, INFORM_RESULT_DAYS = 15, 5, 30, 5


async def seed_pharmacies() -> None:
    rows = [
        InstitutionRow(
            code="P439901000001",
            name=PHARMACY,
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
    ]
    async with in_transaction() as conn:
        await upsert_institutions(conn, region=REGION, rows=rows, now=datetime.now(UTC))


def working_days(start: date, n: int) -> date:
    return add_working_days(start, n, region=REGION, calendar=load_calendar())


def china_day_of(iso: str) -> date:
    return china_day(datetime.fromisoformat(iso))


def in_words(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


async def say(stack: Stack, user: str, text: str) -> str:
    """What the user sees in answer to ``text``: the passive reply (notices arrive separately)."""
    delivery = await stack.sim.send_text(user, text)
    assert delivery.reply is not None and not delivery.error, (text, delivery.error, delivery.body)
    return delivery.reply["Content"]


async def settle(stack: Stack) -> None:
    """Run due jobs (media fetches, notices) until none is pending or held by the in-process worker."""
    for _ in range(250):
        await stack.app[keys.JOBS].run_until_idle()
        if not await Job.filter(status__in=("pending", "running")).exists():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("jobs did not settle")


def notices(stack: Stack, user: str) -> list[dict[str, str]]:
    return [
        {k: v["value"] for k, v in m["data"].items()}
        for m in stack.sim.state.sent
        if m["via"] == "template" and m["touser"] == user
    ]


async def report_anonymously(stack: Stack, user: str) -> str:
    """The anonymous report with one picture; returns the closing reply (receipt and accept-by day)."""
    assert "请选择举报类别" in await say(stack, user, "举报")
    assert "已选：9. 医保卡购买生活用品" in await say(stack, user, "9")
    picks = await say(stack, user, "益丰 人民路")
    assert f"1. {PHARMACY}" in picks and "零售药店 · 示范市东城区人民东路88号" in picks
    assert f"被举报对象：{PHARMACY}" in await say(stack, user, "1")
    assert "请发送照片或截图" in await say(stack, user, STORY_ANON)
    photo = await stack.sim.send_image(user, JPEG)
    assert photo.reply is not None and "已收到第1项" in photo.reply["Content"]
    assert "请发送位置" in await say(stack, user, "完成")
    assert "1. 匿名举报" in await say(stack, user, "跳过")
    summary = await say(stack, user, "匿名")
    assert "图片1张" in summary and "方式：匿名（不留任何身份信息）" in summary and PHARMACY in summary
    done = await say(stack, user, "确认")
    assert "举报已提交" in done and "唯一凭证" in done
    return done


async def report_named(stack: Stack, user: str) -> str:
    """The named report, no picture; returns the closing reply."""
    for text in ("举报", "9", "益丰 人民路", "1", STORY_NAMED, "跳过"):
        await say(stack, user, text)
    assert "1. 匿名举报" in await say(stack, user, "跳过")
    assert "单独同意" in await say(stack, user, "实名")
    assert "真实姓名" in await say(stack, user, "同意")
    assert "18位居民身份证号码" in await say(stack, user, NAME)
    assert "手机号码" in await say(stack, user, ID_NUMBER)
    summary = await say(stack, user, PHONE)
    assert "方式：实名" in summary and "张*" in summary and "110***********002X" in summary
    assert "138****8000" in summary and ID_NUMBER not in summary and PHONE not in summary
    done = await say(stack, user, "确认")
    assert "举报已提交" in done and "服务通知" in done
    return done


async def progress(stack: Stack, user: str, pick: str) -> str:
    """举报进度 as the user sees it: the opening prompt, then the report opened by ``pick`` (a receipt or
    the number in the named reporter's list); the session is left open for a message."""
    opening = await say(stack, user, "进度")
    if pick.isdigit():
        assert "您的实名举报：" in opening and re.search(rf"1\. \d{{4}}-\d\d-\d\d {PHARMACY}——", opening)
    else:
        assert "请发送举报时收到的16位回执码" in opening and "目前没有查到您的实名举报" in opening
    return await say(stack, user, pick)


async def move(who: Console, report_id: int, action: str, row: dict[str, Any], **body: Any) -> dict[str, Any]:
    """A transition through the staff API, with the version the console last read."""
    moved = await who.ok(
        "POST", f"/admin/api/reports/{report_id}/{action}", {"version": row["version"], **body}
    )
    return moved


async def test_two_citizens_report_a_pharmacy_follow_it_talk_with_the_handler_and_staff_close_it(
    stack: Stack,
) -> None:
    await seed_pharmacies()
    anon, named = openid(), openid()
    anon_done, named_done = await report_anonymously(stack, anon), await report_named(stack, named)
    receipts = {anon: RECEIPT.findall(anon_done), named: RECEIPT.findall(named_done)}
    assert all(len(r) == 1 for r in receipts.values())
    receipt = {user: found[0] for user, found in receipts.items()}

    # Both follow their report before anyone at the bureau has looked at it.
    view = await progress(stack, anon, receipt[anon])
    assert "状态：已提交，待受理" in view and f"对象：{PHARMACY}" in view and "收到举报（公众号）" in view
    assert "已结束查询" in await say(stack, anon, "结束")
    view = await progress(stack, named, "1")
    assert "状态：已提交，待受理" in view and "类别：医保卡购买生活用品" in view
    assert "已结束查询" in await say(stack, named, "结束")
    await settle(stack)  # the anonymous report's picture is fetched from WeChat

    await make_staff("intake1", ["intake"], name="受理员小陈")
    await make_staff("head1", ["head"], name="王科长")
    await make_staff("inv1", ["investigator"], name="调查员小李")
    async with aiohttp.ClientSession() as http:
        intake, head, inv = [await console(stack, http, u) for u in ("intake1", "head1", "inv1")]
        queue = (await intake.ok("GET", "/admin/api/reports?status=submitted"))["reports"]
        rows = {anon if r["anonymous"] else named: r for r in queue}
        assert len(queue) == 2 and set(rows) == {anon, named}
        for user, done in ((anon, anon_done), (named, named_done)):
            row = rows[user]
            accept_by = working_days(china_day_of(row["received_at"]), ACCEPT_DAYS)
            assert row["accept_by"] == accept_by.isoformat() and row["target_name"] == PHARMACY
            assert f"医保部门将在{in_words(accept_by)}前决定是否受理" in done  # what the citizen was told
            assert row["target_code"] == "P439901000001" and row["channel"] == "wechat"
        ids = {user: row["id"] for user, row in rows.items()}
        case = await intake.ok("GET", f"/admin/api/reports/{ids[anon]}")
        assert [(e["kind"], e["attachment_id"] is not None) for e in case["evidence"]] == [("image", True)]
        assert NAME not in repr(await intake.ok("GET", f"/admin/api/reports/{ids[named]}"))

        # Accepted, assigned, under investigation; the handler writes to each reporter.
        for user in (anon, named):  # the anonymous report was accepted first: it keeps priority
            row = await move(intake, ids[user], "accept", rows[user])
            decided = china_day_of(row["decided_at"])
            assert row["status"] == "accepted" and row["status_title"] == "已受理"
            assert row["decision_inform_by"] == working_days(decided, INFORM_DECISION_DAYS).isoformat()
            assert row["handle_by"] == working_days(decided, HANDLE_DAYS).isoformat()
            assert row["duplicate_of"] == (ids[anon] if user == named else None)
            await settle(stack)
            row = await move(head, ids[user], "assign", row, assignee_id=inv.me["id"])
            assert row["status"] == "assigned" and row["assignee_id"] == inv.me["id"]
            row = await move(inv, ids[user], "start", row)
            assert row["status"] == "investigating"
            await settle(stack)
            message = await inv.ok(
                "POST", f"/admin/api/reports/{ids[user]}/messages", {"body": QUESTION}, status=201
            )
            assert message["sender"] == "staff" and message["staff_name"] == "调查员小李"
            await settle(stack)
            rows[user] = row

        # Each reporter sees the question in 进度 and answers it.
        for user, pick, answer in (
            (anon, receipt[anon], "小票还在，可以拍照发给您"),
            (named, "1", "小票在我这里"),
        ):
            view = await progress(stack, user, pick)
            assert "状态：调查核实中" in view and f"承办人：{QUESTION}" in view
            reply = await say(stack, user, f"留言 {answer}")
            assert "留言已送达承办人" in reply and f"我：{answer}" in reply
            assert "已结束查询" in await say(stack, user, "结束")
            case = await inv.ok("GET", f"/admin/api/reports/{ids[user]}")
            assert [(m["sender"], m["body"]) for m in case["messages"]] == [
                ("staff", QUESTION),
                ("reporter", answer),
            ]

        # Concluded as substantiated with the amount verified, in fen; the reporters are informed.
        for user, fen in ((anon, 1_234_500), (named, 56_800)):
            conclusion = {
                "conclusion": "substantiated",
                "verified_amount_fen": fen,
                "summary": "查实医保卡购买生活用品",
            }
            row = await move(inv, ids[user], "conclude", rows[user], **conclusion)
            assert row["status"] == "concluded" and row["conclusion"] == "substantiated"
            assert row["verified_amount_fen"] == fen
            case = await inv.ok("GET", f"/admin/api/reports/{ids[user]}")
            concluded = china_day_of(next(e["at"] for e in case["timeline"] if e["kind"] == "concluded"))
            assert row["inform_by"] == working_days(concluded, INFORM_RESULT_DAYS).isoformat()
            await settle(stack)
            row = await move(inv, ids[user], "inform", row)
            assert row["status"] == "informed" and row["status_title"] == "已反馈结果"
            await settle(stack)

    # The outcome, as each reporter sees it: in 进度, and with the receipt alone in the mini-program.
    for user, pick in ((anon, receipt[anon]), (named, "1")):
        view = await progress(stack, user, pick)
        assert "状态：已反馈结果" in view and "办理结果：属实" in view and "已向举报人反馈办理结果" in view
        assert "已结束查询" in await say(stack, user, "结束")
    async with aiohttp.ClientSession() as http:
        async with http.get(f"{stack.url.rstrip('/')}/api/v1/reports/{receipt[anon]}") as resp:
            assert resp.status == 200
            seen = await resp.json()
    assert (seen["status"], seen["conclusion"], seen["target"]) == ("informed", "属实", PHARMACY)
    assert [m["from"] for m in seen["messages"]] == ["handler", "reporter"]

    # Template notices reach the named reporter only, one per public step and one for the message.
    sent = notices(stack, named)
    assert [n["状态"] for n in sent] == ["已受理", "调查核实中", "调查核实中", "已办结", "已反馈结果"]
    # The duplicate link is internal: a reporter is not told that someone else reported first.
    assert "合并办理" not in repr(sent) and sent[2]["备注"] == MESSAGE_NOTICE
    assert "办理结果：属实" in sent[3]["备注"]
    assert all(secret not in repr(sent) for secret in (QUESTION, ID_NUMBER, PHONE, NAME, receipt[named]))
    assert notices(stack, anon) == []
