"""药店信用查询 in chat (issue 5, POLICY §4): a pharmacy by name (Chinese, pinyin, initials, typos) or the
pharmacies nearest to a location the user sends, each with its published grade, the period, the day it
was published and what the grade means — or 未评级 and why. Only published grades are shown
(``credit.lookup``). Each answer is one WeChat text (at most 2048 bytes).

Entries: 查药店 (asks for a name), 查药店 <name> (answers at once), 附近药店 and the menu items, and a
location sent outside any other flow (answers at once with the nearest pharmacies).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from bot.dialogue import Flow, Input, Invalid, Pass, Step
from credit.lookup import InstitutionCredit, credit_of, find_pharmacies, nearest_pharmacies
from registry.search import normalize
from storage.kv import KV
from storage.ratelimit import allow

NAME = "credit_lookup"
TITLE = "药店信用查询"
KEYWORD = "查药店"
NAME_WORDS = ("查药店", "药店信用", "查信用", "信用查询")
NEARBY_WORDS = ("附近药店", "附近的药店")
# A practitioner's own points: the H5 page, opened with the access code on their points notice.
POINTS_PATH = "/h5/credit/points"
POINTS_WORDS = ("记分查询", "查记分", "我的记分", "医保记分")
MATCHES = 5
NEAREST = 5
RADIUS_M = 5000.0
REPLY_BYTES = 2048  # WeChat's limit for a text reply
LOOKUPS, WINDOW = 60, 600  # per user: far above a person's pace, well below a script's
MAX_QUERY = 64
ASK_NAME = (
    "请发送药店名称，如：益丰 人民路（可用拼音首字母，如 yfdyf）。\n"
    "也可以发送您的位置（点输入框旁的“+”→“位置”），查看附近的药店。"
)
ASK_PLACE = (
    "请发送您的位置（点输入框旁的“+”→“位置”），查看附近的定点药店及其信用等级。\n"
    "也可以直接发送药店名称，如：益丰 人民路。"
)
MORE = "回复“查药店 名称”可继续查询，发送位置可查附近药店。"
MORE_LISTED = "回复序号查看详情；" + MORE
SOURCE = "（仅显示医保部门已公布的信用评价结果）"


def query_in(text: str) -> str | None:
    """The name after 查药店 ("查药店 益丰", "查药店：yfdyf"), or None if the text is not such a request."""
    plain = unicodedata.normalize("NFKC", text).strip()
    if not plain.startswith(KEYWORD):
        return None
    rest = plain[len(KEYWORD) :].lstrip(" ：:，,")
    return rest or None


def _distance(meters: float) -> str:
    return f"约{round(meters)}米" if meters < 1000 else f"约{meters / 1000:.1f}公里"


def _grade_line(item: InstitutionCredit) -> str:
    c = item.credit
    if not c.rated:
        return f"   未评级：{c.plain_reason}"
    label = f" {c.label}" if c.label else ""
    when = f" · {c.published_on:%Y-%m-%d}公布" if c.published_on else ""
    return f"   信用等级：{c.shown}{label} · {c.period_label}{when}"


def _block(n: int, item: InstitutionCredit, *, near: bool) -> str:
    name = item.name if item.in_service else f"{item.name}【{item.status_label}】"
    where = f" {_distance(item.distance_m)}" if near and item.distance_m is not None else ""
    return f"{n}. {name}{where}\n{_grade_line(item)}"


def _detail(item: InstitutionCredit) -> str:
    """One match, told in full: the grade's meaning and measures, the scheme, the address."""
    lines = [_block(1, item, near=False)[3:]]
    c = item.credit
    if c.rated and c.meaning:
        lines.append(f"等级含义：{c.explanation}")  # plain Chinese; rule numbers stay with staff
    if c.scheme_title:
        lines.append(f"评价办法：{c.scheme_title}")
    lines.append(f"地址：{item.address}")
    return "\n".join(lines)


def fit(head: str, blocks: Sequence[str], tail: str, *, limit: int = REPLY_BYTES) -> str:
    """``head``, as many whole ``blocks`` as fit, and ``tail``, within ``limit`` UTF-8 bytes."""
    text = head
    for block in blocks:
        longer = f"{text}\n{block}"
        if len(f"{longer}\n{tail}".encode()) > limit:
            break
        text = longer
    text = f"{text}\n{tail}"
    return text if len(text.encode()) <= limit else text.encode()[:limit].decode(errors="ignore")


def render_matches(query: str, found: Sequence[InstitutionCredit]) -> str:
    if len(found) == 1:
        return fit(f"“{query}”的查询结果{SOURCE}：", [_detail(found[0])], MORE)
    blocks = [_block(n, item, near=False) for n, item in enumerate(found, 1)]
    return fit(f"与“{query}”相符的药店{SOURCE}：", blocks, MORE_LISTED)


def render_nearest(label: str, found: Sequence[InstitutionCredit]) -> str:
    place = f"（{label}）" if label else ""
    blocks = [_block(n, item, near=True) for n, item in enumerate(found, 1)]
    tail = MORE_LISTED if len(found) > 1 else MORE
    return fit(f"您附近{place}的定点药店，由近到远{SOURCE}：", blocks, tail)


def _listed(text: str, found: Sequence[InstitutionCredit]) -> list[str]:
    """The codes of the entries a numbered answer shows (``fit`` may have left the last ones out)."""
    return [item.code for n, item in enumerate(found, 1) if f"\n{n}. " in text]


def nothing_near(label: str) -> str:
    place = f"“{label}”" if label else "您的位置"
    return (
        f"{place}附近{RADIUS_M / 1000:g}公里内没有找到定点药店。"
        "可换个位置再发送，或回复“查药店 名称”按名称查询。"
    )


def nothing_named(query: str) -> str:
    return f"没有找到与“{query}”相符的定点药店。请检查名称，或只输入其中几个字（如“益丰 人民路”）再试。"


def build(
    *, region: str, kv: KV, clock: Callable[[], datetime] = datetime.now, key_of: Callable[[str], str] = str
) -> Flow:
    """``key_of``: the openid's name in rate-limit keys (the app passes a keyed hash)."""

    async def answer(inp: Input, data: dict[str, Any]) -> str:
        def refuse(text: str) -> str:
            # Asked at once (查药店 <name>, a location): the answer ends it. Inside the flow: ask again.
            if data.get("once"):
                return text
            raise Invalid(text)

        who = f"credit-lookup:{key_of(str(data.get('openid', '')))}"
        if not await allow(kv, who, limit=LOOKUPS, window_seconds=WINDOW):
            return refuse("查询太频繁了，请稍后再试。")
        if inp.kind == "location":
            found = await nearest_pharmacies(
                region=region, lat=inp.latitude, lng=inp.longitude, radius_m=RADIUS_M, limit=NEAREST
            )
            if not found:
                return refuse(nothing_near(inp.label))
            text = render_nearest(inp.label, found)
        else:
            query = " ".join(unicodedata.normalize("NFKC", inp.text).split())
            if not normalize(query) or len(query) > MAX_QUERY:
                return refuse(f"请发送药店名称（{MAX_QUERY}个字以内）。")
            found = await find_pharmacies(region=region, query=query, limit=MATCHES)
            if not found:
                return refuse(nothing_named(query))
            text = render_matches(query, found)
        if len(found) > 1:  # a numbered list: its numbers are the next answer (issue 16 item 3)
            data["listed"] = _listed(text, found)
        return text

    async def pick(inp: Input, data: dict[str, Any]) -> str:
        text = unicodedata.normalize("NFKC", inp.text).strip() if inp.kind == "text" else ""
        listed: list[str] = data.get("listed") or []
        if not (text.isdigit() and 1 <= int(text) <= len(listed)):
            raise Pass  # anything else is a new question: 查药店 another, a location, a keyword
        item = await credit_of(region=region, code=listed[int(text) - 1], today=clock().date())
        if item is None:
            return "这家药店已不在名录中。" + MORE
        data["listed"] = []
        return fit(f"第{int(text)}家{SOURCE}：", [_detail(item)], MORE)

    def prompt(data: dict[str, Any]) -> str:
        return ASK_PLACE if data.get("mode") == "nearby" else ASK_NAME

    async def finish(openid: str, data: dict[str, Any]) -> str:
        return str(data.get("pick") or data["ask"])

    return Flow(
        name=NAME,
        title=TITLE,
        steps=(
            Step(
                "ask",
                prompt,
                accepts=frozenset({"text", "location"}),
                parse=answer,
                next=lambda v, d: "pick" if d.get("listed") else None,
            ),
            # The list just shown stays answerable by its numbers; the prompt is that list.
            Step("pick", lambda d: str(d["ask"]), accepts=frozenset({"text", "location"}), parse=pick),
        ),
        finish=finish,
    )


def points_reply(public_base_url: str) -> str:
    """The answer to 记分查询: where a practitioner reads their points and asks for a review."""
    link = public_base_url.rstrip("/") + POINTS_PATH
    return (
        "定点医药机构相关人员（医保医师、药师等）可查询本人医保支付资格记分：\n"
        f'点击 <a href="{link}">记分查询</a>，输入人员编码和记分告知书上的查询码，'
        "可查看记分、状态和依据；对某条记分有异议的，可在页面上申请人工复核。\n"
        "没有查询码的，请向所在机构或医保部门索取。"
    )
