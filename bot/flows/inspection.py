"""The 任务签到 flow of a supervisor with inspection tasks: pick a task's institution → send the
location at the door (checked against the region's radius at once) → the checklist's results in one
message (“1是 2否” or 全部合格) → photos → a note → the visit is stored, and a failed item becomes a
finding whose photos the outbox fetches."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from tortoise.transactions import in_transaction

from bot.dialogue import Flow, Input, Invalid, Step
from bot.flows.media import fetch_media
from bot.flows.report import _plain
from grid import tasks
from grid.tasks import VisitIn
from kernel.errors import DomainError
from reports.rules import ReportRules
from storage.crypto import FieldCipher

NAME = "grid_inspection"
WORDS = ("任务签到", "检查签到", "我的任务")
ALL_PASSED = frozenset({"全部合格", "都合格", "全部是"})
_ANSWER = re.compile(r"(\d+)\s*[:：.、]?\s*(是|否|合格|不合格|y|n)", re.IGNORECASE)


def _results(text: str, checklist: list[str]) -> dict[str, bool]:
    if text in ALL_PASSED:
        return dict.fromkeys(checklist, True)
    got: dict[str, bool] = {}
    for number, word in _ANSWER.findall(text):
        k = int(number)
        if 1 <= k <= len(checklist):
            got[checklist[k - 1]] = word.lower() in ("是", "合格", "y")
    if set(got) != set(checklist):
        raise Invalid(f"请逐项回复全部{len(checklist)}项，如“1是 2否”；都合格请回复“全部合格”。")
    return got


def build(
    *, cipher: FieldCipher, clock: Callable[[], datetime], wake_jobs: Callable[[], None], rules: ReportRules,
    region: str,
) -> Flow:  # fmt: skip
    async def begin(openid: str) -> dict[str, Any]:
        try:
            return {"todo": await tasks.open_visits(openid, cipher=cipher, now=clock())}
        except DomainError as err:
            return {"refused": err.message, "todo": []}

    def pick_prompt(data: dict[str, Any]) -> str:
        if data.get("refused") or not data["todo"]:
            return f"{data.get('refused') or '您目前没有待完成的检查任务。'}请回复“取消”退出。"
        lines = ["请回复序号选择要检查的机构："]
        lines += [f"{i}. {t['title']}：{t['name']}（{t['due_on']}前）" for i, t in enumerate(data["todo"], 1)]
        return "\n".join(lines)

    def parse_pick(inp: Input, data: dict[str, Any]) -> int:
        text, todo = _plain(inp), data["todo"]
        if text.isdigit() and 1 <= int(text) <= len(todo):
            return int(text) - 1
        raise Invalid("请回复列表中的序号。" if todo else "没有待完成的检查任务。")

    async def parse_place(inp: Input, data: dict[str, Any]) -> dict[str, float]:
        chosen = data["todo"][data["pick"]]
        try:
            metres, radius = await tasks.distance_to(
                region, chosen["code"], lat=inp.latitude, lng=inp.longitude
            )
        except DomainError as err:
            raise Invalid(err.message) from None
        if metres > radius:
            raise Invalid(f"签到位置离机构太远（约{metres}米，须在{radius}米内），请到机构现场再发送位置。")
        return {"lat": inp.latitude, "lng": inp.longitude}

    def checklist_prompt(data: dict[str, Any]) -> str:
        items = data["todo"][data["pick"]]["checklist"]
        lines = ["签到成功。请逐项回复检查结果（是＝合格，否＝不合格），如“1是 2否”："]
        return "\n".join(lines + [f"{i}. {item}" for i, item in enumerate(items, 1)])

    def parse_checklist(inp: Input, data: dict[str, Any]) -> dict[str, bool]:
        return _results(_plain(inp), data["todo"][data["pick"]]["checklist"])

    async def finish(openid: str, data: dict[str, Any]) -> str:
        chosen = data["todo"][data["pick"]]
        photos = [p["media_id"] for p in data.get("photos") or []]
        visit = VisitIn(
            institution_code=chosen["code"], lat=data["place"]["lat"], lng=data["place"]["lng"],
            answers=data["checklist"], note=(data.get("note") or "").strip(), photos=photos,
        )  # fmt: skip
        now = clock()
        try:
            async with in_transaction() as conn:
                done = await tasks.check_in(
                    conn, chosen["task_id"], visit, openid=openid, rules=rules, cipher=cipher, now=now
                )
                if done.finding_id:
                    await fetch_media(conn, photos, owner="finding", owner_id=done.finding_id, now=now)
        except DomainError as err:
            return f"未能保存检查结果：{err.message}"
        wake_jobs()
        if done.finding_id:
            return f"检查结果已保存。不合格项已生成监督发现（编号 {done.finding_id}），由网格工作人员处理。"
        return "检查结果已保存，各项合格。感谢您的监督！"

    return Flow(
        name=NAME,
        title="检查任务签到",
        steps=(
            Step("pick", pick_prompt, parse=parse_pick, next="place"),
            Step(
                "place",
                "请在机构门口发送您的位置签到。",
                accepts=frozenset({"location"}),
                parse=parse_place,
                next="checklist",
            ),
            Step("checklist", checklist_prompt, parse=parse_checklist, next="photos"),
            Step(
                "photos",
                "请发送现场照片（最多9张），发完回复“完成”；没有请回复“跳过”。",
                accepts=frozenset({"image"}),
                optional=True,
                collect=9,
                next="note",
            ),
            Step("note", "还有什么要说明的？没有请回复“跳过”。", optional=True, next=None),
        ),
        finish=finish,
        begin=begin,
    )
