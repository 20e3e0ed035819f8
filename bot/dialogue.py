"""The dialogue engine: flows as declared step sequences, each user's state in Redis with a TTL.

State is JSON under ``dlg:<keyed hash of the openid>``; any process can pick a conversation up, so a
flow survives a restart and moves between processes. 取消/退出 leaves any flow; input of the wrong kind or
that fails validation re-asks the step with a hint.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from storage.kv import KV, try_lock, unlock

EXIT_WORDS = frozenset({"取消", "退出"})
DONE_WORDS = frozenset({"完成", "好了", "结束"})
SKIP_WORDS = frozenset({"跳过", "无", "没有"})
KIND_NAMES = {"text": "文字", "image": "图片", "voice": "语音", "location": "位置"}


class Invalid(Exception):
    """Input that a step refuses; ``hint`` is shown to the user before the step's prompt."""

    def __init__(self, hint: str) -> None:
        super().__init__(hint)
        self.hint = hint


@dataclass(frozen=True, slots=True)
class Input:
    kind: str  # text | image | voice | location
    text: str = ""
    media_id: str = ""
    latitude: float = 0.0
    longitude: float = 0.0
    label: str = ""

    def as_value(self) -> Any:
        if self.kind == "text":
            return self.text
        if self.kind in ("image", "voice"):
            return {"kind": self.kind, "media_id": self.media_id, "text": self.text}
        return {"lat": self.latitude, "lng": self.longitude, "label": self.label}


# A parser may be async (return an awaitable): steps that search the registry or look up a receipt
# need the database to decide whether the input is acceptable.
Parser = Callable[[Input, dict[str, Any]], Any]
Next = Callable[[Any, dict[str, Any]], "str | None"]


@dataclass(frozen=True, slots=True)
class Step:
    name: str
    prompt: str | Callable[[dict[str, Any]], str]
    accepts: frozenset[str] = frozenset({"text"})
    parse: Parser | None = None
    # The next step's name; None finishes the flow. A callable may branch on the value.
    next: str | Next | None = None
    optional: bool = False  # 跳过 stores None
    collect: int = 0  # >0: gather up to this many inputs until 完成

    def render_prompt(self, data: dict[str, Any]) -> str:
        return self.prompt(data) if callable(self.prompt) else self.prompt


@dataclass(frozen=True, slots=True)
class Flow:
    name: str
    title: str
    steps: tuple[Step, ...]
    # Called with the collected data once the last step is answered; returns the closing reply.
    finish: Callable[[str, dict[str, Any]], Awaitable[str]]
    # Optional: the opening data for a user (e.g. their own reports to list in the first prompt).
    begin: Callable[[str], Awaitable[dict[str, Any]]] | None = None
    by_name: dict[str, Step] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_name", {s.name: s for s in self.steps})
        for s in self.steps:
            if isinstance(s.next, str) and s.next not in self.by_name:
                raise ValueError(f"flow {self.name}: step {s.name} points to unknown {s.next}")


def _plain_key(openid: str) -> str:
    return openid


class Dialogue:
    def __init__(
        self,
        kv: KV,
        flows: dict[str, Flow],
        *,
        ttl_seconds: int = 1800,
        on_event: Callable[[str, str], None] | None = None,
        key_of: Callable[[str], str] = _plain_key,
    ) -> None:
        """``key_of`` turns an openid into the name its state is kept under (a keyed hash in the app, so
        no openid appears in a Redis key name)."""
        self.kv = kv
        self.key_of = key_of
        self.flows = flows
        self.ttl = ttl_seconds
        self.on_event = on_event or (lambda flow, event: None)

    def state_key(self, openid: str) -> str:
        return f"dlg:{self.key_of(openid)}"

    def parse_state(self, raw: bytes | str | None) -> dict[str, Any] | None:
        if raw is None:
            return None
        state: dict[str, Any] = json.loads(raw)
        return state if state.get("flow") in self.flows else None

    async def state(self, openid: str) -> dict[str, Any] | None:
        return self.parse_state(await self.kv.get(self.state_key(openid)))

    async def _save(self, openid: str, state: dict[str, Any]) -> None:
        await self.kv.set(self.state_key(openid), json.dumps(state, ensure_ascii=False), ex=self.ttl)

    @contextlib.asynccontextmanager
    async def exclusive(self, openid: str, *, wait: float = 3.0) -> AsyncIterator[None]:
        """Serialise one user's inputs across processes, so two quick messages cannot both
        advance from the same step and overwrite each other's state."""
        key = f"{self.state_key(openid)}:lock"
        deadline = asyncio.get_running_loop().time() + wait
        token = await try_lock(self.kv, key, ttl_ms=int(wait * 1000) + 2000)
        while token is None and asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(0.02)
            token = await try_lock(self.kv, key, ttl_ms=int(wait * 1000) + 2000)
        try:
            yield  # after the wait we proceed anyway: a stuck lock must not silence the user
        finally:
            if token:
                await unlock(self.kv, key, token)

    async def leave(self, openid: str) -> None:
        await self.kv.delete(self.state_key(openid))

    async def start(self, openid: str, flow_name: str, data: dict[str, Any] | None = None) -> str:
        flow = self.flows[flow_name]
        first = flow.steps[0]
        if data is None and flow.begin is not None:
            data = await flow.begin(openid)
        fields: dict[str, Any] = data or {}
        await self._save(openid, {"flow": flow_name, "step": first.name, "data": fields})
        self.on_event(flow_name, "started")
        return f"【{flow.title}】\n{first.render_prompt(fields)}\n（回复“取消”可随时退出）"

    async def handle(self, openid: str, inp: Input, state: dict[str, Any]) -> str:
        """Advance the user's active flow with one input and return the reply text."""
        flow = self.flows[state["flow"]]
        data: dict[str, Any] = state["data"]
        step = flow.by_name.get(state["step"]) or flow.steps[0]
        text = inp.text.strip() if inp.kind == "text" else ""

        if text in EXIT_WORDS:
            await self.leave(openid)
            self.on_event(flow.name, "left")
            return f"已退出“{flow.title}”，填写的内容未保存。回复“帮助”查看可用功能。"
        if text == "帮助":
            return f"{step.render_prompt(data)}\n（正在进行“{flow.title}”，回复“取消”可退出）"

        if step.collect:
            items: list[Any] = data.setdefault(step.name, [])
            if text in DONE_WORDS or (text in SKIP_WORDS and step.optional):
                return await self._advance(openid, flow, state, step, items or None)
        elif step.optional and text in SKIP_WORDS:
            return await self._advance(openid, flow, state, step, None)

        if inp.kind not in step.accepts:
            wanted = "或".join(KIND_NAMES[k] for k in sorted(step.accepts))
            return f"这一步需要发送{wanted}。\n{step.render_prompt(data)}"
        try:
            value = step.parse(inp, data) if step.parse else inp.as_value()
            if inspect.isawaitable(value):
                value = await value
        except Invalid as bad:
            return f"{bad.hint}\n{step.render_prompt(data)}"

        if step.collect:
            items.append(value)
            if len(items) < step.collect:
                await self._save(openid, state)
                return f"已收到第{len(items)}项（最多{step.collect}项）。可继续发送，发完请回复“完成”。"
            return await self._advance(openid, flow, state, step, items)
        return await self._advance(openid, flow, state, step, value)

    async def _advance(self, openid: str, flow: Flow, state: dict[str, Any], step: Step, value: Any) -> str:
        data = state["data"]
        data[step.name] = value
        nxt = step.next(value, data) if callable(step.next) else step.next
        if nxt is None:
            reply = await flow.finish(openid, data)
            await self.leave(openid)
            self.on_event(flow.name, "finished")
            return reply
        state["step"] = nxt
        await self._save(openid, state)
        return flow.by_name[nxt].render_prompt(data)
