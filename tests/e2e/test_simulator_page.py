"""The simulator's chat page in a real browser (Debian's chromium), driven the way a person uses it."""

from __future__ import annotations

import asyncio
import re
import struct
import zlib
from collections.abc import AsyncIterator

import pytest
from playwright.async_api import Locator, Page, expect

from bot.menu import menu_payload
from feedback.models import Suggestion
from handlers import keys
from storage.models import Attachment
from tests.conftest import Stack
from tests.e2e.browser import phone_page

SCREENSHOT = "/tmp/sim_page.png"

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])


def png(width: int = 4, height: int = 3) -> bytes:
    """A small valid RGB PNG."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    rows = b"".join(b"\x00" + bytes([200, 60, 60]) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


@pytest.fixture
async def page(stack: Stack) -> AsyncIterator[Page]:
    # The service pushes its menu to "WeChat" the way the deploy does; the page shows what was pushed.
    await stack.app[keys.CLIENT].create_menu(menu_payload())
    async with phone_page(str(stack.sim_server.make_url("/sim/"))) as pg:
        yield pg


def bubbles(page: Page, direction: str) -> Locator:
    return page.locator(f"#log .msg.{direction} .bubble")


async def say(page: Page, text: str) -> None:
    box = page.get_by_placeholder("输入消息")
    await box.fill(text)
    await box.press("Enter")
    await expect(box).to_have_value("")


async def expect_reply(page: Page, fragment: str) -> None:
    """The newest message from the account contains ``fragment``."""
    await expect(bubbles(page, "out").last).to_contain_text(fragment)


async def open_tools(page: Page) -> None:
    tools = page.locator("#tools")
    if not await tools.is_visible():
        await page.get_by_role("button", name="更多").click()
    await expect(tools).to_be_visible()


@pytest.mark.browser
async def test_a_person_chats_taps_the_menu_and_leaves_feedback_through_the_page(
    stack: Stack, page: Page
) -> None:
    first, second = "o-citizen-1", "o-citizen-2"
    await expect(page.locator("#title")).to_contain_text(first)

    # Typing 帮助 shows the user's bubble and the account's answer.
    await say(page, "帮助")
    await expect(bubbles(page, "in").last).to_have_text("帮助")
    await expect_reply(page, "留言")

    # The pushed menu: three top-level buttons; a tap opens the sub-menu, a sub-button answers.
    menu = page.locator("#menu")
    await expect(menu.locator(".top")).to_have_count(3)
    for name in ("举报", "查信用", "参与"):
        await expect(menu.get_by_role("button", name=name, exact=True)).to_be_visible()
    await menu.get_by_role("button", name="查信用", exact=True).click()
    sub = menu.get_by_role("button", name="典型案例")
    await expect(sub).to_be_visible()
    await sub.click()
    await expect(sub).to_be_hidden()
    await expect(bubbles(page, "in").last).to_contain_text("典型案例")
    await expect_reply(page, "暂无公布的案例")  # issue 16: the list of published cases (none yet)
    await say(page, "取消")

    # The 意见建议 flow, typed, with a picture through the file input and a location from the tools.
    await say(page, "留言")
    await expect_reply(page, "请选择类别")
    await say(page, "2")
    await expect_reply(page, "请用文字或语音")
    await say(page, "药店门口的医保标识被货架挡住了，希望整改")
    await expect_reply(page, "如有图片请发送")
    await open_tools(page)
    picture = png()
    await page.locator("#file").set_input_files(
        files=[{"name": "photo.png", "mimeType": "image/png", "buffer": picture}]
    )
    await expect(bubbles(page, "in").last.locator("img.thumb")).to_be_visible()  # the picture itself
    await expect_reply(page, "已收到第1项")
    await say(page, "完成")
    await expect_reply(page, "请发送位置")
    await open_tools(page)
    await page.get_by_label("地点名").fill("示范路1号药店")
    await page.get_by_role("button", name="发送位置").click()
    await expect(bubbles(page, "in").last).to_contain_text("示范路1号药店")
    await expect_reply(page, "请留手机号")
    # A bad coordinate is caught on the page and sends nothing.
    sent = len(stack.sim.state.conversations[first])
    await page.get_by_label("纬度").fill("北纬")
    await page.get_by_role("button", name="发送位置").click()
    await expect(page.locator("#log .notice").last).to_contain_text("有效的纬度")
    assert len(stack.sim.state.conversations[first]) == sent
    await page.get_by_label("纬度").fill("39.9087")
    await say(page, "跳过")
    await expect_reply(page, "请核对您的留言")
    summary = bubbles(page, "out").last
    await expect(summary).to_contain_text("图片：1张")
    await expect(summary).to_contain_text("示范路1号药店")
    await say(page, "确认")
    await expect_reply(page, "留言已提交")
    await page.screenshot(path=SCREENSHOT)

    # The simulator recorded the picture the page uploaded, and the service stored the suggestion.
    images = [e for e in stack.sim.state.conversations[first] if e.direction == "in" and e.kind == "image"]
    assert len(images) == 1
    uploaded = [m for m in stack.sim.state.media.values() if m.data == picture]
    assert len(uploaded) == 1 and uploaded[0].content_type == "image/png"
    rows = await Suggestion.all()
    assert len(rows) == 1
    row = rows[0]
    assert row.topic == "服务建议" and "医保标识" in row.content
    assert row.location and row.location["label"] == "示范路1号药店"
    assert [m["kind"] for m in row.media] == ["image"]
    assert stack.sim.state.media[row.media[0]["ref"]].data == picture
    assert row.contact_enc is None

    # The service then fetches the picture from "WeChat" into its blob store, by a background job.
    async def fetched() -> Suggestion:
        for _ in range(100):
            current = await Suggestion.get(id=row.id)
            if current.media[0].get("attachment_id"):
                return current
            await asyncio.sleep(0.05)
        raise AssertionError("the picture was not fetched")

    attachment = await Attachment.get(id=(await fetched()).media[0]["attachment_id"])
    # The copy kept for showing has no metadata; the picture as sent is kept sealed (Hardening #8).
    shown = await stack.app[keys.BLOBS].get(attachment.blob_key)
    assert shown.startswith(b"\x89PNG") and attachment.size == len(shown)
    if shown != picture:
        assert attachment.original_blob_key is not None

    # A second user, added through the form, has a conversation of their own.
    await page.get_by_placeholder(re.compile("openid")).fill(second)
    await page.get_by_role("button", name="添加").click()
    await expect(page.locator("#title")).to_contain_text(second)
    await expect(page.locator("#log .msg")).to_have_count(0)
    await say(page, "你好")
    await expect_reply(page, "留言")
    await expect(page.locator("#log .msg")).to_have_count(2)
    await expect(page.locator("#log")).not_to_contain_text("留言已提交")

    # Scanning the 意见建议 QR code starts the flow for this user.
    await open_tools(page)
    await page.get_by_label("场景值").fill("feedback")
    await page.get_by_role("button", name="扫码").click()
    await expect(bubbles(page, "in").last).to_contain_text("[扫码] feedback")
    await expect_reply(page, "请选择类别")
    convo = stack.sim.state.conversations[second]
    assert [e.direction for e in convo] == ["in", "out", "in", "out"]
    assert convo[2].content == "[扫码] feedback" and "请选择类别" in convo[3].content

    # Back to the first user: their own conversation is shown again, not the second user's.
    await page.locator("#userlist").get_by_text(first, exact=True).click()
    await expect(page.locator("#title")).to_contain_text(first)
    await expect_reply(page, "留言已提交")
    await expect(page.locator("#log")).not_to_contain_text("[扫码] feedback")
    await expect(page.locator("#log .msg")).to_have_count(len(stack.sim.state.conversations[first]))


async def test_the_page_api_answers_bad_input_with_400_and_sends_nothing(stack: Stack) -> None:
    session = stack.sim.pusher.session
    url = str(stack.sim_server.make_url("/sim/api/send"))
    bad = [
        {"type": "text"},
        {"openid": "o-x", "type": "click"},
        {"openid": "o-x", "type": "location", "lat": "north", "lng": 116.4},
        {"openid": "o-x", "type": "location", "lat": 91, "lng": 116.4},
        {"openid": "o-x", "type": "image", "data": "not base64!"},
        {"openid": "o-x", "type": "image"},
        {"openid": "o-x", "type": "scan", "scene": ""},
        {"openid": "o-x", "type": "dance"},
        ["not", "an", "object"],
    ]
    for body in bad:
        async with session.post(url, json=body) as r:
            assert r.status == 400, body
            assert (await r.json())["error"]
    async with session.get(str(stack.sim_server.make_url("/sim/api/state?openid=o-x&since=x"))) as r:
        assert r.status == 400
    assert stack.sim.state.conversations.get("o-x", []) == []
    assert await Suggestion.all().count() == 0

    async with session.post(url, json={"openid": "o-x", "type": "text", "content": "帮助"}) as r:
        assert r.status == 200 and (await r.json())["error"] == ""
    async with session.get(str(stack.sim_server.make_url("/sim/api/state?openid=o-x&since=0"))) as r:
        data = await r.json()
    assert [m["direction"] for m in data["messages"]] == ["in", "out"]
    assert "留言" in data["messages"][1]["content"] and "o-x" in data["users"]
