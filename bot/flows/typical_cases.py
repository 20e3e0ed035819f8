"""典型案例 in chat (issue 16 item 15): the latest published cases as a numbered list, by category too, each
number opening the whole case; the H5 page lists them all. Anything else is passed on (Pass)."""

from __future__ import annotations

import unicodedata
from typing import Any

from bot.dialogue import Flow, Input, Invalid, Pass, Step
from reports.rules import ReportRules
from typical_cases.models import TypicalCase
from typical_cases.service import published

NAME = "typical_cases"
WORDS = ("典型案例", "曝光台", "案例")
PAGE_PATH = "/h5/typical-cases"
CATEGORY_WORDS = frozenset({"类别", "分类", "按类别"})
LATEST_WORDS = frozenset({"最新", "全部"})
SUMMARY_CHARS = 600  # one WeChat text holds the case; the page has the rest


def _line(n: int, case: TypicalCase) -> str:
    return f"{n}. {case.title}\n    {case.institution_name} · {case.decided_on:%Y-%m-%d}"


def build(*, rules: ReportRules, region: str, public_base_url: str) -> Flow:
    taxonomy = rules.taxonomy(region)
    link = f'<a href="{public_base_url.rstrip("/")}{PAGE_PATH}">典型案例</a>'

    async def listing(data: dict[str, Any], category: str | None) -> None:
        cases = await published(region=region, category=category)
        data["listed"] = [c.id for c in cases]
        head = f"【{taxonomy.by_code(category).title}】典型案例：" if category else "最新公布的典型案例："
        if not cases:
            data["text"] = f"{head}\n暂无公布的案例。回复“类别”按类别查看，或点击 {link} 浏览。"
            return
        lines = [head, *(_line(n, c) for n, c in enumerate(cases, 1))]
        lines.append(f"回复序号查看全文；回复“类别”按类别查看；点击 {link} 浏览全部。")
        data["text"] = "\n".join(lines)

    async def begin(openid: str) -> dict[str, Any]:
        data: dict[str, Any] = {}
        await listing(data, None)
        return data

    async def categories(data: dict[str, Any]) -> None:
        codes = list(dict.fromkeys(c.category for c in await published(region=region, limit=200)))
        data["cats"], data["listed"] = codes, []
        if not codes:
            data["text"] = f"暂无公布的典型案例。点击 {link} 浏览。"
            return
        lines = [
            "按类别查看典型案例，回复序号：",
            *(f"{n}. {taxonomy.by_code(c).title}" for n, c in enumerate(codes, 1)),
        ]
        data["text"] = "\n".join([*lines, "回复“最新”查看最新公布的案例。"])

    async def parse(inp: Input, data: dict[str, Any]) -> str:
        text = unicodedata.normalize("NFKC", inp.text).strip()
        if text in CATEGORY_WORDS:
            await categories(data)
            return "shown"
        if text in LATEST_WORDS:
            await listing(data, None)
            return "shown"
        if text.isdigit():
            n = int(text)
            listed: list[int] = data.get("listed") or []
            cats: list[str] = data.get("cats") or []
            if listed and 1 <= n <= len(listed):
                case = next(
                    (c for c in await published(region=region, limit=200) if c.id == listed[n - 1]), None
                )
                if case is None:
                    raise Invalid("这个案例已撤下。")
                body = (
                    case.summary if len(case.summary) <= SUMMARY_CHARS else case.summary[:SUMMARY_CHARS] + "…"
                )
                data["text"] = (
                    f"{case.title}\n类别：{taxonomy.by_code(case.category).title}\n涉事机构：{case.institution_name}\n"
                    f"处理日期：{case.decided_on:%Y-%m-%d}\n{body}\n——————\n"
                    f"回复其他序号查看另一件（列表见上一条）；点击 {link} 浏览全部。"
                )
                return "shown"
            if cats and not listed and 1 <= n <= len(cats):
                data["cats"] = []
                await listing(data, cats[n - 1])
                return "shown"
            raise Invalid("没有这个序号。")
        raise Pass

    return Flow(
        name=NAME,
        title="典型案例",
        steps=(
            Step(
                "browse",
                lambda d: str(d.get("text", "")),
                parse=parse,
                next="browse",
                brief="请回复列表中的序号，或回复“类别”“最新”。",
            ),
        ),
        finish=lambda openid, data: _never(),
        begin=begin,
    )


async def _never() -> str:  # the step always loops; leaving is 取消 or any other message (Pass)
    return ""
