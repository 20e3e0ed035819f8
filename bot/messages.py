"""Inbound push parsing: safe XML → typed messages, wire quirks normalised once here.

Any DOCTYPE or entity is refused before parsing (XXE, billion laughs); unknown message types become
``UnknownMessage``, never an exception. ``qrscene_`` is stripped here and only here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

_FORBIDDEN = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)


class XMLRejected(Exception):
    """The body is not a well-formed, DTD-free ``<xml>`` document."""


def parse_xml(data: bytes) -> dict[str, str]:
    """Flat map of the root's children (tag → text); nested elements are kept as their XML text."""
    if _FORBIDDEN.search(data):
        raise XMLRejected("DOCTYPE and entities are not allowed")
    try:
        root: Element = fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except (ParseError, DefusedXmlException, ValueError) as exc:
        raise XMLRejected(f"malformed XML: {exc}") from None
    if root.tag != "xml":
        raise XMLRejected("root element must be <xml>")
    out: dict[str, str] = {}
    for child in root:
        out[child.tag] = (child.text or "").strip() if len(child) == 0 else _flatten(child)
    return out


def _flatten(el: Element) -> str:
    return "".join(f"<{c.tag}>{c.text or ''}{_flatten(c)}</{c.tag}>" for c in el)


@dataclass(frozen=True, slots=True)
class Message:
    openid: str
    account: str
    create_time: int
    msg_id: str = ""
    raw: dict[str, str] = field(default_factory=dict, repr=False)

    type = "unknown"

    @property
    def dedup_key(self) -> str:
        return f"m:{self.openid}:{self.msg_id}" if self.msg_id else f"n:{self.openid}:{self.create_time}"


@dataclass(frozen=True, slots=True)
class TextMessage(Message):
    content: str = ""
    type = "text"


@dataclass(frozen=True, slots=True)
class ImageMessage(Message):
    media_id: str = ""
    pic_url: str = ""
    type = "image"


@dataclass(frozen=True, slots=True)
class VoiceMessage(Message):
    media_id: str = ""
    format: str = ""
    # WeChat is withdrawing voice recognition; this is often empty. Never depend on it.
    recognition: str = ""
    type = "voice"


@dataclass(frozen=True, slots=True)
class LocationMessage(Message):
    latitude: float = 0.0
    longitude: float = 0.0
    label: str = ""
    type = "location"


@dataclass(frozen=True, slots=True)
class EventMessage(Message):
    event: str = ""  # lower-cased: subscribe, unsubscribe, scan, click, view, location, ...
    key: str = ""  # EventKey with the qrscene_ prefix removed
    type = "event"

    @property
    def dedup_key(self) -> str:
        return f"e:{self.openid}:{self.create_time}:{self.event}:{self.key}"


@dataclass(frozen=True, slots=True)
class UnknownMessage(Message):
    type = "unknown"


def _f(fields: dict[str, str], name: str) -> float:
    try:
        return float(fields.get(name, "") or 0)
    except ValueError:
        return 0.0


def to_message(fields: dict[str, str]) -> Message:
    try:
        create_time = int(fields.get("CreateTime", "0") or 0)
    except ValueError:
        create_time = 0
    get = fields.get
    head = (get("FromUserName", ""), get("ToUserName", ""), create_time, get("MsgId", ""), fields)
    msg_type = get("MsgType", "")
    if msg_type == "text":
        return TextMessage(*head, content=get("Content", ""))
    if msg_type == "image":
        return ImageMessage(*head, media_id=get("MediaId", ""), pic_url=get("PicUrl", ""))
    if msg_type == "voice":
        return VoiceMessage(
            *head, media_id=get("MediaId", ""), format=get("Format", ""), recognition=get("Recognition", "")
        )
    if msg_type == "location":
        lat, lng = _f(fields, "Location_X"), _f(fields, "Location_Y")
        return LocationMessage(*head, latitude=lat, longitude=lng, label=get("Label", ""))
    if msg_type == "event":
        event = get("Event", "").lower()
        key = get("EventKey", "")
        if event == "subscribe" and key.startswith("qrscene_"):
            key = key.removeprefix("qrscene_")
        return EventMessage(head[0], head[1], create_time, "", fields, event=event, key=key)
    return UnknownMessage(*head)


def parse_message(data: bytes) -> Message:
    return to_message(parse_xml(data))
