"""The 举报进度 flow: a named reporter's own reports, any report by its receipt code (throttled), the
status and timeline as the reporter may see them, and messages to the handler (issue 3)."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from datetime import datetime
from typing import Any

from tortoise.transactions import in_transaction

from bot.dialogue import Flow, Input, Invalid, Step
from bot.flows.report import fetch_media
from kernel.clock import CHINA, china_day
from reports.errors import ReportError
from reports.intake import EvidenceRef, add_evidence
from reports.lifecycle import STATUS_TITLES
from reports.models import Report
from reports.provisional import MARK
from reports.queries import find_by_receipt, report_by_id, reporter_message, reporter_view, reports_of
from reports.receipts import normalise_receipt
from reports.rules import ReportRules
from reward.calculate import yuan
from reward.queries import OfferView, offer_of
from storage.crypto import FieldCipher
from storage.kv import KV
from storage.ratelimit import allow

NAME = "report_progress"
# Receipt guesses per user: 78 bits of code make guessing hopeless, the limit keeps it that way
# and keeps the hash lookups cheap (issue 3: "guessing receipts is throttled").
RECEIPT_TRIES, RECEIPT_WINDOW = 5, 600
MESSAGES_PER_HOUR = 10
LISTED = 10  # most recent named reports shown
SHOWN_EVENTS, SHOWN_MESSAGES = 8, 5
# What is opened is kept only as ciphertext: the state key is the openid, and for an anonymous
# report the pair (openid, report) is exactly the link the product promises not to keep.
OPENED_CONTEXT = "dialogue.progress.opened"
END_WORDS = frozenset({"结束", "完成", "好了"})
HOW_TO = (
    "——————\n您可以：\n"
    "· 回复“留言 内容”给承办人留言，如：留言 我还有收费单据的照片\n"
    "· 直接发送图片或语音，补充证据材料\n"
    "· 发送其他回执码（或列表序号）查看另一件\n"
    "· 回复“结束”退出查询"
)


BRIEF_OPENED = "回复“查看”重新显示这件举报；回复“结束”退出查询。"
BRIEF_ASK = "请发送16位回执码，或回复列表中的序号；回复“重看”再看一遍提示。"
CLAIM_PATH = "/h5/rewards/claim"


def reward_lines(offer: OfferView | None, *, anonymous: bool, claim_url: str) -> list[str]:
    """What the reporter is told of a reward in 进度: the amount, its state and how to claim it."""
    if offer is None:
        return []
    lines = [f"举报奖励：{yuan(offer.amount_fen)}，{offer.status_title}"]
    if offer.status == "offered":
        by = f"请于{offer.claim_by:%Y年%m月%d日}前领取。" if offer.claim_by else ""
        how = (
            "打开后输入本件的回执码，核验身份即可领取"
            if anonymous
            else "核验身份后即可领取（也可回复“奖励”查看）"
        )
        lines.append(
            f'{by}领取方法：点击 <a href="{claim_url}">领取奖励</a>，{how}；到账前需在微信中确认收款。'
        )
    return lines


def _stamp(iso: str) -> str:
    return datetime.fromisoformat(iso).astimezone(CHINA).strftime("%m-%d %H:%M")  # Beijing time


def render_view(view: dict[str, Any], *, notice: str = "") -> str:
    """The reporter's view (``reports.queries.reporter_view``) as a chat message."""
    lines = [notice] if notice else []
    lines += [
        f"类别：{view['category']}",
        f"对象：{view['target']}",
        f"状态：{view['status_title']}",
    ]
    if view["status"] == "submitted":
        mark = MARK if view.get("accept_by_provisional") else ""
        lines.append(f"受理期限：{view['accept_by']}前{mark}")
    if view.get("not_accepted_reason"):
        lines.append(f"不予受理理由：{view['not_accepted_reason']}")
    if view.get("conclusion"):
        lines.append(f"办理结果：{view['conclusion']}")
    lines.append("办理经过：")
    for e in view["timeline"][-SHOWN_EVENTS:]:
        lines.append(f"· {_stamp(e['at'])} {STATUS_TITLES.get(e['status'], e['status'])}：{e['note']}")
    if view["messages"]:
        lines.append("留言：")
        for m in view["messages"][-SHOWN_MESSAGES:]:
            who = "我" if m["from"] == "reporter" else "承办人"
            body = m["body"] if len(m["body"]) <= 100 else m["body"][:100] + "…"
            lines.append(f"· {_stamp(m['at'])} {who}：{body}")
    return "\n".join(lines)


async def _report_by_id(report_id: int) -> Report:
    # The id comes only from our own sealed state (never from the user), so this opens nothing the
    # user has not proven with a receipt or as the named reporter.
    try:
        return await report_by_id(report_id)
    except ReportError as err:
        raise Invalid(err.message) from None


def build(
    *,
    cipher: FieldCipher,
    clock: Callable[[], datetime],
    rules: ReportRules,
    kv: KV,
    wake_jobs: Callable[[], None] = lambda: None,
    public_base_url: str = "",
) -> Flow:
    claim_url = public_base_url.rstrip("/") + CLAIM_PATH

    async def begin(openid: str) -> dict[str, Any]:
        mine = (await reports_of(openid, cipher=cipher))[:LISTED]
        return {
            "openid": openid,
            "mine": [r.id for r in mine],
            "lines": [
                f"{i}. {china_day(r.received_at):%Y-%m-%d} {r.target_name}——{STATUS_TITLES[r.status]}"
                for i, r in enumerate(mine, 1)
            ],
        }

    async def show(data: dict[str, Any], report: Report, notice: str = "") -> str:
        view = await reporter_view(report, rules=rules)
        text = render_view(view, notice=notice)
        offer = await offer_of(report, openid=None, cipher=cipher)
        if more := reward_lines(offer, anonymous=report.anonymous, claim_url=claim_url):
            text = "\n".join([text, *more])
        data["opened"] = cipher.encrypt(json.dumps({"id": report.id, "view": text}), context=OPENED_CONTEXT)
        return "opened"

    def opened(data: dict[str, Any]) -> dict[str, Any] | None:
        if not data.get("opened"):
            return None
        value: dict[str, Any] = json.loads(cipher.decrypt(data["opened"], context=OPENED_CONTEXT))
        return value

    async def by_receipt(data: dict[str, Any], text: str) -> str:
        try:
            normalise_receipt(text)  # a typo is not a guess: refuse it before counting
        except ReportError as err:
            raise Invalid(err.message) from None
        who = f"receipt-try:{cipher.blind_index(data['openid'])}"  # no openid in a Redis key name
        if not await allow(kv, who, limit=RECEIPT_TRIES, window_seconds=RECEIPT_WINDOW):
            raise Invalid(
                f"回执码查询次数过多，请{RECEIPT_WINDOW // 60}分钟后再试。"
                "如回执码遗失，可拨打医保服务热线12393说明情况。"
            )
        try:
            report = await find_by_receipt(text, rules=rules)
        except ReportError as err:
            raise Invalid(f"{err.message}请核对回执码后重新发送。") from None
        return await show(data, report)

    async def leave_message(data: dict[str, Any], body: str) -> str:
        current = opened(data)
        if current is None:
            raise Invalid("请先发送回执码或回复序号打开一件举报，再留言。")
        if not body:
            raise Invalid("请在“留言”后面写上内容，如：留言 我还有收费单据的照片")
        who = f"report-msg:{cipher.blind_index(data['openid'])}"  # no openid in a Redis key name
        if not await allow(kv, who, limit=MESSAGES_PER_HOUR, window_seconds=3600):
            raise Invalid("留言太频繁了，请稍后再试。")
        report = await _report_by_id(int(current["id"]))
        try:
            async with in_transaction() as conn:
                await reporter_message(conn, report, body=body, now=clock())
        except ReportError as err:
            raise Invalid(err.message) from None
        return await show(data, report, notice="留言已送达承办人，答复后会显示在这里。")

    async def add_media(data: dict[str, Any], inp: Input) -> str:
        current = opened(data)
        if current is None:
            raise Invalid("请先发送回执码或回复序号打开一件举报，再发送图片或语音补充材料。")
        report = await _report_by_id(int(current["id"]))
        now = clock()
        try:
            async with in_transaction() as conn:
                ref = EvidenceRef(
                    kind="voice" if inp.kind == "voice" else "image", source="wechat_media", ref=inp.media_id
                )
                held = await add_evidence(conn, report, [ref], now=now)
                await fetch_media(conn, report.id, [ref], now=now)
        except ReportError as err:
            raise Invalid(err.message) from None
        wake_jobs()
        return await show(data, report, notice=f"已收到补充材料，转交承办人（本件共{held}个证据材料）。")

    async def parse(inp: Input, data: dict[str, Any]) -> str:
        if inp.kind in ("image", "voice"):
            return await add_media(data, inp)
        raw = inp.text.strip()
        text = unicodedata.normalize("NFKC", raw)  # for commands and codes; a message is kept as typed
        if text in END_WORDS:
            return "done"
        if raw.startswith("留言"):
            return await leave_message(data, raw[2:].lstrip(" \u3000：:，,"))
        if text in ("刷新", "查看") and (current := opened(data)):
            return await show(data, await _report_by_id(int(current["id"])))
        if text.isdigit() and len(text) <= 2:
            mine: list[int] = data.get("mine") or []
            if not 1 <= int(text) <= len(mine):
                raise Invalid("没有这个序号。")
            return await show(data, await _report_by_id(mine[int(text) - 1]))
        return await by_receipt(data, text)

    def prompt(data: dict[str, Any]) -> str:
        current = opened(data)
        if current is not None:
            return f"{current['view']}\n{HOW_TO}"
        lines: list[str] = data.get("lines") or []
        if lines:
            return (
                "您的实名举报：\n"
                + "\n".join(lines)
                + "\n回复序号查看详情和留言；查询匿名举报，请发送16位回执码（如 ABCD-EFGH-JKMN-PQRS）。"
            )
        return (
            "请发送举报时收到的16位回执码（如 ABCD-EFGH-JKMN-PQRS），查看办理进度和承办人留言。\n"
            "（实名举报会自动列在这里；目前没有查到您的实名举报。）"
        )

    async def finish(openid: str, data: dict[str, Any]) -> str:
        return "已结束查询。可随时点击菜单“举报进度”或回复“进度”再次查看。"

    return Flow(
        name=NAME,
        title="举报进度",
        steps=(
            Step(
                "ask",
                prompt,
                accepts=frozenset({"text", "image", "voice"}),
                parse=parse,
                next=lambda v, d: None if v == "done" else "ask",
                brief=lambda d: BRIEF_OPENED if d.get("opened") else BRIEF_ASK,
            ),
        ),
        finish=finish,
        begin=begin,
        own_words=frozenset({"留言", "查看", "刷新"}),
    )
