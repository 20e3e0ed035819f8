"""The 提交发现 flow of a current social supervisor: institution (a name to search, or a location for
the nearest) → pick → category (the report taxonomy) → what was seen (text or voice) → photos →
location (when not sent already) → confirm. The finding goes to the institution's grid staff; its
photos are fetched into the blob store by the outbox. 我的发现 answers with what became of each."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from tortoise.transactions import in_transaction

from bot.dialogue import Flow, Input, Invalid, Step
from bot.flows.media import fetch_media
from bot.flows.report import _category_menu, _description, _pick_category, _plain
from grid import findings
from grid.findings import FindingDraft, Media
from kernel.errors import DomainError
from registry.search import nearest, search_institutions
from reports.rules import ReportRules
from storage.crypto import FieldCipher

NAME = "grid_finding"
WORDS = ("提交发现", "监督发现")
MINE = "grid_findings_mine"
MINE_WORDS = ("我的发现",)
MATCHES = 5


def build(
    *,
    cipher: FieldCipher,
    clock: Callable[[], datetime],
    wake_jobs: Callable[[], None],
    rules: ReportRules,
    region: str,
) -> Flow:
    taxonomy = rules.taxonomy(region)

    async def begin(openid: str) -> dict[str, Any]:
        try:
            await findings.current_supervisor(openid, cipher=cipher, now=clock())
        except DomainError as err:
            return {"refused": err.message}
        return {}

    def institution_prompt(data: dict[str, Any]) -> str:
        if data.get("refused"):
            return f"{data['refused']}点击菜单“监督员”了解如何申请。请回复“取消”退出。"
        return "请发送机构名称（如“益丰 人民路”），或在机构现场发送位置，我们列出附近的机构。"

    async def parse_institution(inp: Input, data: dict[str, Any]) -> str:
        if data.get("refused"):
            raise Invalid(data["refused"])
        if inp.kind == "location":
            data["place"] = inp.as_value()
            found = await nearest(region=region, lat=inp.latitude, lng=inp.longitude, limit=MATCHES)
            query = "附近"
        else:
            query = " ".join(_plain(inp).split())
            if not 2 <= len(query) <= 64:
                raise Invalid("机构名称应为2–64个字。")
            found = await search_institutions(region=region, query=query, limit=MATCHES)
        if not found:
            raise Invalid("没有找到这家定点医药机构，请换个名称，或发送位置。")
        data["matches"] = [{"code": m.code, "name": m.name, "address": m.address} for m in found]
        return query

    def pick_prompt(data: dict[str, Any]) -> str:
        lines = ["请回复序号选择机构："]
        lines += [f"{i}. {m['name']}（{m['address']}）" for i, m in enumerate(data["matches"], 1)]
        return "\n".join([*lines, "都不是请回复“重搜”。"])

    def parse_pick(inp: Input, data: dict[str, Any]) -> str:
        text, matches = _plain(inp), data.get("matches") or []
        if text in ("重搜", "0"):
            return "again"
        if text.isdigit() and 1 <= int(text) <= len(matches):
            data["chosen"] = matches[int(text) - 1]
            return str(data["chosen"]["code"])
        raise Invalid(f"请回复序号1–{len(matches)}，或“重搜”。")

    def parse_what(inp: Input, data: dict[str, Any]) -> Any:
        if inp.kind == "voice":
            return inp.as_value()
        text = inp.text.strip()
        if not 10 <= len(text) <= 2000:
            raise Invalid("请说明看到的情况（10–2000字），也可以发语音。")
        return text

    def summary(data: dict[str, Any]) -> str:
        what = data["what"]
        said = what if isinstance(what, str) else "（语音）"
        return "\n".join(
            [
                "请核对监督发现：",
                f"机构：{data['chosen']['name']}",
                f"类别：{taxonomy.by_code(data['category']).title}",
                f"情况：{said[:60]}{'…' if len(said) > 60 else ''}",
                f"图片：{len(data.get('photos') or [])}张",
                f"位置：{'已发送' if data.get('place') else '未发送'}",
                "回复“确认”提交，回复“重填”重新填写。",
            ]
        )

    def parse_confirm(inp: Input, data: dict[str, Any]) -> str:
        answer = inp.text.strip()
        if answer in ("确认", "提交", "1"):
            return "confirm"
        if answer in ("重填", "2"):
            for key in ("matches", "chosen", "category", "what", "photos", "place"):
                data.pop(key, None)
            return "restart"
        raise Invalid("请回复“确认”提交，或“重填”重新填写。")

    async def finish(openid: str, data: dict[str, Any]) -> str:
        what = data["what"]
        media = [Media(kind="voice", ref=what["media_id"])] if isinstance(what, dict) else []
        media += [Media(kind="image", ref=p["media_id"]) for p in data.get("photos") or []]
        draft = FindingDraft(
            institution_code=data["chosen"]["code"],
            category=data["category"],
            description=_description(what) if isinstance(what, dict) else what,
            media=media,
            location=data.get("place"),
        )
        now = clock()
        try:
            async with in_transaction() as conn:
                row = await findings.submit(conn, draft, openid=openid, rules=rules, cipher=cipher, now=now)
                await fetch_media(conn, [m.ref for m in media], owner="finding", owner_id=row.id, now=now)
        except DomainError as err:
            return f"未能提交：{err.message}"
        wake_jobs()
        flag = "\n注意：发送位置不在您负责的网格内，已标注。" if row.outside_grid else ""
        return (
            f"监督发现已提交（编号 {row.id}），将由机构所在网格的工作人员处理。回复“我的发现”查看进展。{flag}"
        )

    return Flow(
        name=NAME,
        title="提交监督发现",
        steps=(
            Step(
                "institution",
                institution_prompt,
                accepts=frozenset({"text", "location"}),
                parse=parse_institution,
                next="pick",
            ),
            Step(
                "pick",
                pick_prompt,
                parse=parse_pick,
                next=lambda v, d: "institution" if v == "again" else "category",
            ),
            Step(
                "category",
                _category_menu(taxonomy),
                parse=lambda inp, d: _pick_category(taxonomy, _plain(inp)).code,
                next="what",
            ),
            Step(
                "what",
                "请用文字或语音说明看到的情况（时间、人员、做法）。",
                accepts=frozenset({"text", "voice"}),
                parse=parse_what,
                next="photos",
            ),
            Step(
                "photos",
                "请发送现场照片（最多9张），发完回复“完成”；没有请回复“跳过”。",
                accepts=frozenset({"image"}),
                optional=True,
                collect=9,
                next=lambda v, d: "confirm" if d.get("place") else "place",
            ),
            Step(
                "place",
                "请发送您现在的位置（核对是否在您负责的网格内）；不便发送请回复“跳过”。",
                accepts=frozenset({"location"}),
                optional=True,
                next="confirm",
            ),
            Step(
                "confirm",
                summary,
                parse=parse_confirm,
                next=lambda v, d: None if v == "confirm" else "institution",
            ),
        ),
        finish=finish,
        begin=begin,
    )


def mine(*, cipher: FieldCipher) -> Callable[[str], Awaitable[str]]:
    async def answer(openid: str) -> str:
        return await findings.mine_text(openid, cipher=cipher)

    return answer
