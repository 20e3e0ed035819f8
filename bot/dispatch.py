"""Routing of a parsed push to a reply: events, menu clicks, an active flow, keywords, fallbacks."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Mapping
from datetime import datetime
from typing import Any

from tortoise.exceptions import IntegrityError

from bot.dialogue import Dialogue, Input
from bot.flows import credit as credit_flow
from bot.menu import MENU
from bot.messages import (
    EventMessage,
    ImageMessage,
    LocationMessage,
    Message,
    TextMessage,
    VoiceMessage,
)
from bot.models import Follower
from bot.replies import Reply, TextReply
from kernel.module import Answer, ChatEntry

Handler = Callable[[Message], Awaitable[Reply | None]]

HELP = (
    "您好，这里是医保基金社会监督服务号“医保守护”。您可以：\n"
    "· 回复“留言”：向医保部门提意见、问政策（可附图片和位置）\n"
    "· 点击底部菜单“举报”：举报欺诈骗保线索、查询进度、领取奖励\n"
    "· 点击“查信用”：查询定点药店信用等级、附近药店、典型案例\n"
    "· 点击“参与”：满意度评价、信用承诺、社会监督员\n"
    "· 医保医师、药师等回复“记分查询”：查询本人医保支付资格记分\n"
    "办理中的步骤可随时回复“取消”退出。"
)
WELCOME = "感谢关注“医保守护”！守护医保基金，人人有责。\n" + HELP
FALLBACK = "抱歉，没有理解您的意思。回复“帮助”查看能办理的事项，或回复“留言”给我们写信。"

PENDING = (
    "“{title}”功能正在建设中，即将开放。如有紧急线索，请拨打医保服务热线12393；也可回复“留言”先告诉我们。"
)


def menu_clicks() -> dict[str, str]:
    """Every click key of the custom menu → its title."""
    return {
        b["key"]: b["name"] for top in MENU for b in top.get("sub_button", [top]) if b.get("type") == "click"
    }


def to_input(msg: Message) -> Input | None:
    if isinstance(msg, TextMessage):
        return Input("text", text=msg.content)
    if isinstance(msg, ImageMessage):
        return Input("image", media_id=msg.media_id)
    if isinstance(msg, VoiceMessage):
        return Input("voice", media_id=msg.media_id, text=msg.recognition)
    if isinstance(msg, LocationMessage):
        return Input("location", latitude=msg.latitude, longitude=msg.longitude, label=msg.label)
    return None


class Bot:
    def __init__(
        self,
        *,
        dialogue: Dialogue,
        clock: Callable[[], datetime],
        entries: Iterable[ChatEntry] = (),
        answers: Mapping[str, Answer] | None = None,
    ) -> None:
        """``entries`` are the installed domains' chat entries (``server.domains.chat_entries``); each
        names a flow of ``dialogue`` or one of ``answers`` (replies computed for one user)."""
        self.dialogue = dialogue
        self.clock = clock
        self.answers = dict(answers or {})
        self.keywords: dict[str, Handler] = {}
        self.clicks: dict[str, Handler] = {}
        self.scenes: dict[str, Handler] = {}
        self._install(entries)

    def _install(self, entries: Iterable[ChatEntry]) -> None:
        help_reply = self._text(HELP)
        for word in ("帮助", "help", "?", "？", "菜单", "你好", "您好"):
            self.keywords[word] = help_reply
        for entry in entries:
            handler = self._handler_of(entry)
            if handler is None:
                continue  # its flow or answer is not installed in this process
            for word in entry.keywords:
                self.keywords[word] = handler
            for key in entry.clicks:
                self.clicks[key] = handler
            for scene in entry.scenes:
                self.scenes[scene] = handler
        # A menu item no installed domain answers yet says so, and points to the hotline.
        for key, title in menu_clicks().items():
            self.clicks.setdefault(key, self._text(PENDING.format(title=title)))

    def _handler_of(self, entry: ChatEntry) -> Handler | None:
        if entry.action in self.dialogue.flows:
            return self._start_flow(entry.action, entry.opening, with_openid=entry.with_openid)
        answer = self.answers.get(entry.action)
        return self._answer(answer) if answer is not None else None

    @staticmethod
    def _text(content: str) -> Handler:
        async def reply(msg: Message) -> Reply:
            return TextReply(content)

        return reply

    @staticmethod
    def _answer(answer: Answer) -> Handler:
        async def reply(msg: Message) -> Reply:
            return TextReply(await answer(msg.openid))

        return reply

    def _start_flow(self, flow: str, opening: Mapping[str, Any], *, with_openid: bool) -> Handler:
        async def start(msg: Message) -> Reply:
            data = {**opening, "openid": msg.openid} if with_openid else dict(opening) or None
            return TextReply(await self.dialogue.start(msg.openid, flow, data))

        return start

    async def _credit_at_once(self, msg: Message, inp: Input) -> Reply:
        """查药店 <name>, or a location outside any flow: the credit flow's answer, in one reply."""
        data = {"once": True, "openid": msg.openid}
        async with self.dialogue.exclusive(msg.openid):
            await self.dialogue.start(msg.openid, credit_flow.NAME, data)
            state = {"flow": credit_flow.NAME, "step": "ask", "data": data}
            return TextReply(await self.dialogue.handle(msg.openid, inp, state))

    async def handle(self, msg: Message, *, known_state: tuple[bytes | None] | None = None) -> Reply | None:
        """Return the passive reply, or None to answer ``success`` (nothing to say).

        ``known_state`` carries the raw conversation state when the caller already read it (in the
        same Redis round trip as the retry claim), saving a round trip on the hot path.
        """
        if isinstance(msg, EventMessage):
            return await self._event(msg)
        inp = to_input(msg)
        if inp is not None:
            state_now = (
                self.dialogue.parse_state(known_state[0])
                if known_state is not None
                else await self.dialogue.state(msg.openid)
            )
            if state_now is not None:
                async with self.dialogue.exclusive(msg.openid):
                    state = await self.dialogue.state(msg.openid)  # re-read under the lock
                    if state is not None:
                        return TextReply(await self.dialogue.handle(msg.openid, inp, state))
        if isinstance(msg, TextMessage):
            handler = self.keywords.get(msg.content.strip().lower())
            if handler:
                return await handler(msg)
            query = credit_flow.query_in(msg.content)
            if query is not None and credit_flow.NAME in self.dialogue.flows:
                return await self._credit_at_once(msg, Input("text", text=query))
            if msg.content.strip() in ("取消", "退出"):
                return TextReply("当前没有进行中的事项。回复“帮助”查看能办理的事项。")
            return TextReply(FALLBACK)
        if isinstance(msg, ImageMessage):
            return TextReply("收到您的图片。如要反映问题，请先回复“留言”，再按提示发送图片。")
        if isinstance(msg, VoiceMessage):
            return TextReply("收到您的语音。如要反映问题，请先回复“留言”，再按提示发送语音。")
        if isinstance(msg, LocationMessage):
            if inp is not None and credit_flow.NAME in self.dialogue.flows:
                return await self._credit_at_once(msg, inp)  # the nearest pharmacies
            return TextReply(f"收到您的位置：{msg.label or '（未命名地点）'}。")
        return TextReply("暂不支持这种消息类型。回复“帮助”查看能办理的事项。")

    async def _event(self, msg: EventMessage) -> Reply | None:
        if msg.event in ("subscribe", "scan"):
            if msg.event == "subscribe":
                await self._follow(msg.openid, subscribed=True, scene=msg.key)
            scene_handler = self._scene_handler(msg.key)
            if scene_handler:
                return await scene_handler(msg)
            return TextReply(WELCOME) if msg.event == "subscribe" else TextReply(HELP)
        if msg.event == "unsubscribe":
            await self._follow(msg.openid, subscribed=False, scene="")
            await self.dialogue.leave(msg.openid)
            return None
        if msg.event == "click":
            handler = self.clicks.get(msg.key)
            if handler is None:
                return TextReply(FALLBACK)
            await self.dialogue.leave(msg.openid)  # a menu tap leaves any flow in progress
            return await handler(msg)
        # VIEW, LOCATION reports, delivery receipts and the like need no answer.
        return None

    def _scene_handler(self, scene: str) -> Handler | None:
        if not scene:
            return None
        name = scene.split(":", 1)[0]
        return self.scenes.get(name)

    async def _follow(self, openid: str, *, subscribed: bool, scene: str) -> None:
        now = self.clock()
        row = await Follower.get_or_none(openid=openid)
        if row is None:
            try:
                await Follower.create(
                    openid=openid, subscribed=subscribed, scene=scene, first_seen_at=now, updated_at=now
                )
                return
            except IntegrityError:  # a concurrent event created it first
                row = await Follower.get(openid=openid)
        row.subscribed = subscribed
        row.scene = scene or row.scene
        row.updated_at = now
        await row.save(update_fields=["subscribed", "scene", "updated_at"])
