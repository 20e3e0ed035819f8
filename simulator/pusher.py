"""Pushes messages and events to the service exactly as WeChat does.

Query parameters (signature, timestamp, nonce, openid; encrypt_type and msg_signature in safe mode),
``User-Agent: Mozilla/4.0``, ``Content-Type: text/xml``, a 5-second timeout and byte-identical
retries. Encryption uses wechatpy's implementation, independent of the service's own.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import secrets
import time
from dataclasses import dataclass, field
from typing import Any
from xml.etree.ElementTree import ParseError

import aiohttp
from defusedxml.ElementTree import fromstring
from wechatpy.crypto import PrpCrypto

from bot.replies import cdata
from simulator.state import SimState

UNAVAILABLE = "该公众号暂时无法提供服务，请稍后再试"
NUMERIC = {"CreateTime", "MsgId", "Location_X", "Location_Y", "Scale", "Latitude", "Longitude", "Precision"}


def sign(*parts: str) -> str:
    return hashlib.sha1("".join(sorted(parts)).encode()).hexdigest()


def to_xml(fields: dict[str, Any]) -> str:
    inner = "".join(
        f"<{k}>{v}</{k}>" if k in NUMERIC else f"<{k}>{cdata(str(v))}</{k}>" for k, v in fields.items()
    )
    return f"<xml>{inner}</xml>"


def xml_fields(text: bytes | str) -> dict[str, str]:
    root = fromstring(text, forbid_dtd=True)
    return {c.tag: "".join(c.itertext()).strip() for c in root}


@dataclass
class Delivery:
    status: int  # HTTP status of the last attempt (0 = no answer)
    body: str
    attempts: int
    reply: dict[str, str] | None = None  # the decrypted, parsed passive reply
    error: str = ""  # what the user would see instead, when the reply is unusable
    elapsed: list[float] = field(default_factory=list)


@dataclass
class AccountConfig:
    url: str  # the service's callback URL
    token: str
    appid: str
    account: str = "gh_fundguard0001"
    encoding_aes_key: str | None = None
    mode: str = "aes"  # plain | compat | aes (compat and aes need the key)
    deliveries: int = 3  # WeChat: "总共重试三次"; observed 3 deliveries in total
    timeout: float = 5.0


class Pusher:
    def __init__(self, cfg: AccountConfig, state: SimState, session: aiohttp.ClientSession) -> None:
        self.cfg = cfg
        self.state = state
        self.session = session
        self.key = base64.b64decode(cfg.encoding_aes_key + "=") if cfg.encoding_aes_key else None
        # Events carry no MsgId: WeChat tells two taps apart by CreateTime, so two distinct taps the
        # simulator sends within one second get successive seconds (a retry reuses its body instead).
        self._event_times: dict[str, int] = {}

    def build(
        self, fields: dict[str, Any], *, timestamp: int | None = None, nonce: str | None = None
    ) -> tuple[dict[str, str], bytes]:
        """The query and body WeChat would send for these message fields."""
        ts = str(timestamp if timestamp is not None else int(time.time()))
        nonce = nonce or str(secrets.randbelow(10**10))
        openid = str(fields.get("FromUserName", ""))
        query = {
            "signature": sign(self.cfg.token, ts, nonce),
            "timestamp": ts,
            "nonce": nonce,
            "openid": openid,
        }
        plain = to_xml(fields)
        mode = self.cfg.mode if self.key else "plain"
        if mode == "plain":
            return query, plain.encode()
        encrypted = PrpCrypto(self.key).encrypt(plain, self.cfg.appid).decode()
        query["encrypt_type"] = "aes"
        query["msg_signature"] = sign(self.cfg.token, ts, nonce, encrypted)
        if mode == "compat":
            body = plain[: -len("</xml>")] + f"<Encrypt>{cdata(encrypted)}</Encrypt></xml>"
        else:
            to = f"<ToUserName>{cdata(self.cfg.account)}</ToUserName>"
            body = f"<xml>{to}<Encrypt>{cdata(encrypted)}</Encrypt></xml>"
        return query, body.encode()

    async def deliver(self, query: dict[str, str], body: bytes) -> Delivery:
        """POST with WeChat's timeout; resend identical bytes when there is no timely answer."""
        headers = {
            "User-Agent": "Mozilla/4.0",
            "Content-Type": "text/xml",
            "Accept": "*/*",
            "Pragma": "no-cache",
        }
        timeout = aiohttp.ClientTimeout(total=self.cfg.timeout)
        result = Delivery(status=0, body="", attempts=0)
        for _ in range(self.cfg.deliveries):
            result.attempts += 1
            started = time.perf_counter()
            try:
                async with self.session.post(
                    self.cfg.url, params=query, data=body, headers=headers, timeout=timeout
                ) as resp:
                    result.status = resp.status
                    result.body = await resp.text()
            except (TimeoutError, aiohttp.ClientError):
                result.status, result.body = 0, ""
                result.elapsed.append(time.perf_counter() - started)
                continue
            result.elapsed.append(time.perf_counter() - started)
            if result.status == 200:
                break
        self._read_reply(result, query)
        return result

    def _read_reply(self, result: Delivery, query: dict[str, str]) -> None:
        if result.status != 200:
            result.error = UNAVAILABLE
            return
        text = result.body.strip()
        if text in ("", "success"):
            return
        try:
            fields = xml_fields(text)
            if "Encrypt" in fields and self.key:
                expected = sign(
                    self.cfg.token, fields.get("TimeStamp", ""), fields.get("Nonce", ""), fields["Encrypt"]
                )
                if expected != fields.get("MsgSignature"):
                    raise ValueError("reply MsgSignature does not verify")
                fields = xml_fields(PrpCrypto(self.key).decrypt(fields["Encrypt"], self.cfg.appid))
            if fields.get("ToUserName") != query["openid"] or "MsgType" not in fields:
                raise ValueError("reply is not addressed to the user")
            result.reply = fields
        except (ParseError, ValueError, KeyError, Exception) as exc:
            result.error = UNAVAILABLE
            result.body = f"{result.body[:200]} ({exc})"

    # -- message builders ---------------------------------------------------------------------

    def _base(self, openid: str, msg_type: str) -> dict[str, Any]:
        return {
            "ToUserName": self.cfg.account,
            "FromUserName": openid,
            "CreateTime": int(time.time()),
            "MsgType": msg_type,
        }

    def text(self, openid: str, content: str) -> dict[str, Any]:
        return {**self._base(openid, "text"), "Content": content, "MsgId": self.state.next_msgid()}

    def image(self, openid: str, media_id: str) -> dict[str, Any]:
        return {
            **self._base(openid, "image"),
            "PicUrl": f"http://mmbiz.qpic.cn/sim/{media_id}",
            "MediaId": media_id,
            "MsgId": self.state.next_msgid(),
        }

    def voice(self, openid: str, media_id: str, recognition: str = "") -> dict[str, Any]:
        return {
            **self._base(openid, "voice"),
            "MediaId": media_id,
            "Format": "amr",
            "Recognition": recognition,
            "MsgId": self.state.next_msgid(),
        }

    def location(self, openid: str, lat: float, lng: float, label: str = "") -> dict[str, Any]:
        return {
            **self._base(openid, "location"),
            "Location_X": lat,
            "Location_Y": lng,
            "Scale": 15,
            "Label": label,
            "MsgId": self.state.next_msgid(),
        }

    def event(self, openid: str, event: str, key: str | None = None, **extra: Any) -> dict[str, Any]:
        fields = {**self._base(openid, "event"), "Event": event}
        at = max(int(fields["CreateTime"]), self._event_times.get(openid, 0) + 1)
        fields["CreateTime"] = self._event_times[openid] = at
        if key is not None:
            fields["EventKey"] = key
        fields.update(extra)
        return fields

    async def send(self, fields: dict[str, Any]) -> Delivery:
        query, body = self.build(fields)
        return await self.deliver(query, body)


async def wait_until(predicate: Any, within: float = 5.0) -> bool:
    """Poll ``predicate()`` until true (for customer messages delivered by a background job)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if predicate():
            return True
        await asyncio.sleep(0.02)
    return bool(predicate())
