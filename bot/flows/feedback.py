"""The 意见建议 flow: topic → content (text or voice) → photos → place → contact → confirm."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from tortoise.transactions import in_transaction

from bot.dialogue import Flow, Input, Invalid, Step
from feedback import service
from feedback.errors import FeedbackError
from storage import jobs
from storage.crypto import FieldCipher

NAME = "feedback"


def _guard(fn: Callable[[str], str]) -> Callable[[Input, dict[str, Any]], str]:
    def parse(inp: Input, data: dict[str, Any]) -> str:
        try:
            return fn(inp.text)
        except FeedbackError as err:
            raise Invalid(err.message) from None

    return parse


def _content(inp: Input, data: dict[str, Any]) -> Any:
    if inp.kind == "voice":
        return inp.as_value()
    return _guard(service.check_content)(inp, data)


def _confirm(inp: Input, data: dict[str, Any]) -> str:
    answer = inp.text.strip()
    if answer in ("确认", "提交", "1"):
        return "confirm"
    if answer in ("重填", "修改", "2"):
        data.clear()  # start over with nothing carried from the first attempt
        return "restart"
    raise Invalid("请回复“确认”提交，或“重填”重新填写。")


def _summary(data: dict[str, Any]) -> str:
    content = data.get("content")
    text = content if isinstance(content, str) else "（语音留言）"
    photos = len(data.get("photos") or [])
    place = data.get("place")
    lines = [
        "请核对您的留言：",
        f"类别：{data.get('topic')}",
        f"内容：{text[:60]}{'…' if len(text) > 60 else ''}",
        f"图片：{photos}张",
        f"位置：{place['label'] or '已发送' if place else '未提供'}",
        f"联系电话：{'已填写' if data.get('contact') else '未留'}",
        "回复“确认”提交，回复“重填”重新填写。",
    ]
    return "\n".join(lines)


def build(
    *, cipher: FieldCipher, clock: Callable[[], datetime], wake_jobs: Callable[[], None], region: str = ""
) -> Flow:
    topics = "\n".join(f"{i}. {t}" for i, t in enumerate(service.TOPICS, 1))

    async def finish(openid: str, data: dict[str, Any]) -> str:
        content = data["content"]
        media: list[dict[str, Any]] = []
        if isinstance(content, dict):
            media.append({"source": "wechat_media", "kind": "voice", "ref": content["media_id"]})
            content = "【语音留言】" + (content.get("text") or "")
        for photo in data.get("photos") or []:
            media.append({"source": "wechat_media", "kind": "image", "ref": photo["media_id"]})
        now = clock()
        async with in_transaction() as conn:
            row = await service.submit(
                conn,
                topic=data["topic"],
                content=content if len(content) >= 5 else content + "（见附件）",
                media=media,
                location=data.get("place"),
                contact=data.get("contact"),
                sender=openid,
                cipher=cipher,
                now=now,
                region=region,
            )
            for m in media:
                await jobs.enqueue(
                    conn,
                    "wechat.fetch_media",
                    {"media_id": m["ref"], "owner": "suggestion", "owner_id": row.id},
                    now=now,
                    dedup_key=f"media:{m['ref']}",
                )
        wake_jobs()
        return f"留言已提交，编号 {row.id}。工作人员会在5个工作日内处理；如留了电话，我们会与您联系。"

    return Flow(
        name=NAME,
        title="意见建议",
        steps=(
            Step(
                "topic",
                f"请选择类别，回复数字：\n{topics}",
                parse=_guard(service.check_topic),
                next="content",
            ),
            Step(
                "content",
                "请用文字或语音说明您的意见或问题（5–1000字）。",
                accepts=frozenset({"text", "voice"}),
                parse=_content,
                next="photos",
            ),
            Step(
                "photos",
                "如有图片请发送（最多9张），发完回复“完成”；没有请回复“跳过”。",
                accepts=frozenset({"image"}),
                optional=True,
                collect=9,
                next="place",
            ),
            Step(
                "place",
                "如与某个地点有关，请发送位置；没有请回复“跳过”。",
                accepts=frozenset({"location"}),
                optional=True,
                next="contact",
            ),
            Step(
                "contact",
                "如希望我们回电，请留手机号；不需要请回复“跳过”。",
                parse=_guard(service.check_phone),
                optional=True,
                next="confirm",
            ),
            Step("confirm", _summary, parse=_confirm, next=lambda v, d: None if v == "confirm" else "topic"),
        ),
        finish=finish,
        draft_noun="留言",
    )
