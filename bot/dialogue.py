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
import unicodedata
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from storage.kv import KV, try_lock, unlock

EXIT_WORDS = frozenset({"取消", "退出"})
DONE_WORDS = frozenset({"完成", "好了", "结束"})
SKIP_WORDS = frozenset({"跳过", "无", "没有"})
KIND_NAMES = {"text": "文字", "image": "图片", "voice": "语音", "location": "位置"}
SHOW_WORDS = frozenset({"重看", "列表", "再看一遍", "查看提示"})
RESUME_WORDS = frozenset({"1", "继续", "继续填写"})
RESTART_WORDS = frozenset({"2", "重新开始", "重新填写"})
# A re-ask longer than this is replaced by a short line: a 23-item list again helps no one.
BRIEF_LIMIT = 160
GENERIC_BRIEF = "请按上面的提示回复；回复“重看”再次显示提示。"


class Pass(Exception):
    """Input a step does not take but the rest of the bot may (a new query after a numbered list):
    the engine ends the flow and the router handles the input as if no flow were active."""


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
    # What a re-ask says instead of the whole prompt (None: the prompt when short, else a generic line).
    brief: str | Callable[[dict[str, Any]], str] | None = None

    def render_prompt(self, data: dict[str, Any]) -> str:
        return self.prompt(data) if callable(self.prompt) else self.prompt

    def render_brief(self, data: dict[str, Any]) -> str:
        if self.brief is not None:
            return self.brief(data) if callable(self.brief) else self.brief
        prompt = self.render_prompt(data)
        return prompt if len(prompt) <= BRIEF_LIMIT else GENERIC_BRIEF


@dataclass(frozen=True, slots=True)
class Flow:
    name: str
    title: str
    steps: tuple[Step, ...]
    # Called with the collected data once the last step is answered; returns the closing reply.
    finish: Callable[[str, dict[str, Any]], Awaitable[str]]
    # Optional: the opening data for a user (e.g. their own reports to list in the first prompt).
    begin: Callable[[str], Awaitable[dict[str, Any]]] | None = None
    # Optional: completes the opening data (e.g. the institution a scanned QR code names); raising
    # Invalid answers with its hint and starts nothing.
    prepare: Callable[[str, dict[str, Any]], Awaitable[dict[str, Any]]] | None = None
    # Set for flows whose input is worth keeping (e.g. "举报"): leaving mid-way asks first and parks.
    draft_noun: str | None = None
    # Words the flow's steps take themselves, so the router does not read them as global keywords.
    own_words: frozenset[str] = frozenset()
    by_name: dict[str, Step] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_name", {s.name: s for s in self.steps})
        for s in self.steps:
            if isinstance(s.next, str) and s.next not in self.by_name:
                raise ValueError(f"flow {self.name}: step {s.name} points to unknown {s.next}")


def _plain_key(openid: str) -> str:
    return openid


def _draft_key(openid: str) -> str:
    return f"dlg:{openid}:draft"


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

    def holds_draft(self, state: dict[str, Any]) -> bool:
        """Whether leaving now would lose something the user typed (past the flow's first step)."""
        flow = self.flows[state["flow"]]
        return flow.draft_noun is not None and state.get("step") != flow.steps[0].name

    async def park(self, openid: str, state: dict[str, Any]) -> None:
        """Keep the active flow's state aside (same TTL) and leave it; ``start`` offers to resume."""
        kept = {k: v for k, v in state.items() if k != "asking"}
        await self.kv.set(_draft_key(openid), json.dumps(kept, ensure_ascii=False), ex=self.ttl)
        await self.leave(openid)
        self.on_event(state["flow"], "parked")

    async def parked(self, openid: str) -> dict[str, Any] | None:
        return self.parse_state(await self.kv.get(_draft_key(openid)))

    async def ask(self, openid: str, state: dict[str, Any], asking: dict[str, Any]) -> None:
        """Hold a question (leave? resume?) in the state; the router reads the answer first."""
        state["asking"] = asking
        await self._save(openid, state)

    async def stay(self, openid: str, state: dict[str, Any], *, lead: str = "") -> str:
        """Drop the pending question and carry on at the current step."""
        state.pop("asking", None)
        await self._save(openid, state)
        flow = self.flows[state["flow"]]
        step = flow.by_name.get(state["step"]) or flow.steps[0]
        return f"{lead}{step.render_prompt(state['data'])}"

    async def start(self, openid: str, flow_name: str, data: dict[str, Any] | None = None) -> str:
        flow = self.flows[flow_name]
        first = flow.steps[0]
        if data is None and flow.draft_noun:
            draft = await self.parked(openid)
            if draft is not None and draft["flow"] == flow_name:
                await self.kv.delete(_draft_key(openid))
                await self.ask(openid, draft, {"kind": "resume"})
                return (
                    f"您有一份未提交的{flow.draft_noun}草稿。\n"
                    f"回复1：继续填写（从上次的步骤接着来）\n回复2：重新开始"
                )
        if data is None and flow.begin is not None:
            data = await flow.begin(openid)
        fields: dict[str, Any] = data or {}
        if flow.prepare is not None:
            try:
                fields = await flow.prepare(openid, fields)
            except Invalid as bad:
                return bad.hint
        await self._save(openid, {"flow": flow_name, "step": first.name, "data": fields})
        self.on_event(flow_name, "started")
        return f"【{flow.title}】\n{first.render_prompt(fields)}\n（回复“取消”可随时退出）"

    async def handle(self, openid: str, inp: Input, state: dict[str, Any]) -> str | None:
        """Advance the user's active flow with one input and return the reply text; None when the
        step passed the input on (the flow has ended; route it as if no flow were active)."""
        flow = self.flows[state["flow"]]
        data: dict[str, Any] = state["data"]
        step = flow.by_name.get(state["step"]) or flow.steps[0]
        text = unicodedata.normalize("NFKC", inp.text).strip() if inp.kind == "text" else ""

        if text in EXIT_WORDS:
            await self.leave(openid)
            self.on_event(flow.name, "left")
            return f"已退出“{flow.title}”，填写的内容未保存。回复“帮助”查看可用功能。"
        if state.get("asking", {}).get("kind") == "resume":
            if text in RESUME_WORDS:
                return await self.stay(openid, state, lead="好的，接着上次填写。\n")
            if text in RESTART_WORDS:
                await self.leave(openid)
                return await self.start(openid, flow.name)
            return f"请回复1继续填写上次的{flow.draft_noun}，或回复2重新开始。"
        if text in SHOW_WORDS and text not in flow.own_words:
            return step.render_prompt(data)

        if step.collect:
            items: list[Any] = data.setdefault(step.name, [])
            if text in DONE_WORDS or (text in SKIP_WORDS and step.optional):
                return await self._advance(openid, flow, state, step, items or None)
        elif step.optional and text in SKIP_WORDS:
            return await self._advance(openid, flow, state, step, None)

        if inp.kind not in step.accepts:
            wanted = "或".join(KIND_NAMES[k] for k in sorted(step.accepts))
            return f"这一步需要发送{wanted}。\n{step.render_brief(data)}"
        try:
            value = step.parse(inp, data) if step.parse else inp.as_value()
            if inspect.isawaitable(value):
                value = await value
        except Invalid as bad:
            await self._save(openid, state)  # a parser may keep what it was given (too-long text)
            return f"{bad.hint}\n{step.render_brief(data)}"
        except Pass:
            await self.leave(openid)
            self.on_event(flow.name, "finished")
            return None

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
