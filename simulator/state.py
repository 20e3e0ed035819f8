"""What the fake WeChat remembers: tokens, media, menus, QR tickets, conversations, injected faults."""

from __future__ import annotations

import secrets
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Entry:
    """One line of a conversation as the user sees it."""

    seq: int
    direction: str  # "in" (user → account) or "out" (account → user)
    kind: str  # text, image, location, event, news, template, subscribe, error, ...
    content: str
    via: str = ""  # passive, custom, template, subscribe
    at: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "direction": self.direction,
            "kind": self.kind,
            "content": self.content,
            "via": self.via,
            "at": self.at,
            **self.extra,
        }


@dataclass
class Media:
    data: bytes
    content_type: str
    created_at: float


class SimState:
    def __init__(self, *, clock: Callable[[], float] = time.time, token_ttl: int = 7200) -> None:
        self.clock = clock
        self.token_ttl = token_ttl
        self.tokens: dict[str, float] = {}  # token → expires_at
        self.current_token: str | None = None
        self.stable_token_calls = 0
        self.tokens_issued = 0
        self.calls: dict[str, int] = defaultdict(int)
        self.faults: dict[str, list[int]] = defaultdict(list)
        self.media: dict[str, Media] = {}
        self.menu: dict[str, Any] | None = None
        self.qrcodes: dict[str, dict[str, Any]] = {}
        self.used_codes: set[str] = set()
        self.sent: list[dict[str, Any]] = []  # every API message the service sent, in order
        self.conversations: dict[str, list[Entry]] = defaultdict(list)
        self.interacted: dict[str, float] = {}
        self._seq = 0
        self._msgid = int(time.time()) * 1000

    # -- tokens -------------------------------------------------------------------------------

    def stable_token(self) -> tuple[str, int]:
        """Normal mode: the same token until its last 5 minutes, then a new one (old stays valid)."""
        self.stable_token_calls += 1
        now = self.clock()
        cur = self.current_token
        if cur is None or self.tokens.get(cur, 0) - now < 300:
            cur = "SIMTOKEN_" + secrets.token_urlsafe(48)
            self.tokens[cur] = now + self.token_ttl
            self.current_token = cur
            self.tokens_issued += 1
        return cur, int(self.tokens[cur] - now)

    def check_token(self, token: str) -> int:
        """0 if valid, else WeChat's errcode."""
        if token not in self.tokens:
            return 40001
        if self.tokens[token] <= self.clock():
            return 42001
        return 0

    def expire_tokens(self) -> None:
        now = self.clock()
        for t in self.tokens:
            self.tokens[t] = min(self.tokens[t], now)

    # -- faults -------------------------------------------------------------------------------

    def inject(self, path: str, *errcodes: int) -> None:
        """The next calls to ``path`` answer these errcodes, one per call."""
        self.faults[path].extend(errcodes)

    def take_fault(self, path: str) -> int:
        queue = self.faults.get(path)
        return queue.pop(0) if queue else 0

    # -- conversations ------------------------------------------------------------------------

    def next_msgid(self) -> str:
        self._msgid += 1
        return str(self._msgid)

    def record(
        self, openid: str, direction: str, kind: str, content: str, *, via: str = "", **extra: Any
    ) -> Entry:
        self._seq += 1
        entry = Entry(self._seq, direction, kind, content, via, self.clock(), extra)
        self.conversations[openid].append(entry)
        if direction == "in":
            self.interacted[openid] = self.clock()
        return entry

    def add_media(self, data: bytes, content_type: str) -> str:
        media_id = "SIMMEDIA_" + secrets.token_urlsafe(24)
        self.media[media_id] = Media(data, content_type, self.clock())
        return media_id

    def texts_to(self, openid: str) -> list[str]:
        return [e.content for e in self.conversations[openid] if e.direction == "out"]
