"""Inbound parsing: quirks normalised once, unknown types tolerated, hostile XML refused."""

from __future__ import annotations

import pytest

from bot.messages import (
    EventMessage,
    LocationMessage,
    TextMessage,
    UnknownMessage,
    XMLRejected,
    parse_message,
)
from bot.replies import TextReply, render


def test_text_message_and_its_dedup_key() -> None:
    msg = parse_message(
        b"<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[o-1]]></FromUserName>"
        b"<CreateTime>1409735668</CreateTime><MsgType><![CDATA[text]]></MsgType>"
        b"<Content><![CDATA[\xe4\xb8\xbe\xe6\x8a\xa5]]></Content><MsgId>6054768590064713728</MsgId></xml>"
    )
    assert isinstance(msg, TextMessage) and msg.content == "举报"
    assert msg.dedup_key == "m:o-1:6054768590064713728"


def test_qrscene_prefix_is_stripped_once_and_events_key_on_time_and_event() -> None:
    sub = parse_message(
        b"<xml><FromUserName>o-1</FromUserName><CreateTime>5</CreateTime><MsgType>event</MsgType>"
        b"<Event>subscribe</Event><EventKey>qrscene_survey:9</EventKey></xml>"
    )
    assert isinstance(sub, EventMessage) and sub.event == "subscribe" and sub.key == "survey:9"
    assert sub.dedup_key == "e:o-1:5:subscribe:survey:9"
    scan = parse_message(
        b"<xml><FromUserName>o-1</FromUserName><CreateTime>5</CreateTime><MsgType>event</MsgType>"
        b"<Event>SCAN</Event><EventKey>survey:9</EventKey></xml>"
    )
    assert isinstance(scan, EventMessage) and scan.event == "scan" and scan.key == "survey:9"
    assert scan.dedup_key != sub.dedup_key


def test_location_message_reads_x_as_latitude() -> None:
    msg = parse_message(
        b"<xml><FromUserName>o</FromUserName><CreateTime>1</CreateTime><MsgType>location</MsgType>"
        b"<Location_X>23.134521</Location_X><Location_Y>113.358803</Location_Y><Scale>20</Scale>"
        b"<Label><![CDATA[pos]]></Label><MsgId>1</MsgId></xml>"
    )
    assert isinstance(msg, LocationMessage)
    assert (msg.latitude, msg.longitude, msg.label) == (23.134521, 113.358803, "pos")


def test_unknown_types_become_unknown_messages() -> None:
    msg = parse_message(b"<xml><FromUserName>o</FromUserName><MsgType>shortvideo</MsgType></xml>")
    assert isinstance(msg, UnknownMessage)


@pytest.mark.parametrize(
    "body",
    [
        b'<!DOCTYPE xml [<!ENTITY a "x">]><xml><A>&a;</A></xml>',
        b'<?xml version="1.0"?><!DOCTYPE xml SYSTEM "http://evil/x.dtd"><xml/>',
        b"<xml><A>unclosed</xml>",
        b"<notxml/>",
        b"",
    ],
)
def test_hostile_or_broken_xml_is_refused(body: bytes) -> None:
    with pytest.raises(XMLRejected):
        parse_message(body)


def test_replies_swap_addresses_and_escape_cdata() -> None:
    xml = render(TextReply("a]]>b"), to="o-1", account="gh_1", now=7)
    assert "<ToUserName><![CDATA[o-1]]></ToUserName><FromUserName><![CDATA[gh_1]]>" in xml
    assert "a]]]]><![CDATA[>b" in xml
