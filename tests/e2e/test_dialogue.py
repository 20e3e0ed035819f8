"""Dialogue flows through the simulator: a whole 意见建议 flow, bad input, exits and restarts."""

from __future__ import annotations

import pytest

from feedback.models import Suggestion
from handlers import keys
from simulator.pusher import wait_until
from storage.models import Attachment
from tests.conftest import Stack, StackFactory, openid

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x01" * 64 + b"\xff\xd9"


def last(stack: Stack, user: str) -> str:
    return stack.sim.texts_to(user)[-1]


async def test_a_whole_feedback_flow_stores_one_suggestion_with_its_photo(stack: Stack) -> None:
    user = openid()
    await stack.sim.send_text(user, "留言")
    assert "请选择类别" in last(stack, user)
    await stack.sim.send_text(user, "9")
    assert "请选择列表中的类别" in last(stack, user)  # bad input re-asks with a hint
    await stack.sim.send_text(user, "2")
    await stack.sim.send_text(user, "短")
    assert "至少写5个字" in last(stack, user)
    await stack.sim.send_text(user, "药店门口的医保标识被挡住了，希望整改")
    await stack.sim.send_location(user, 39.9, 116.4, "示范路1号")
    assert "这一步需要发送图片" in last(stack, user)  # wrong kind of input for the photo step
    await stack.sim.send_image(user, JPEG)
    assert "已收到第1项" in last(stack, user)
    await stack.sim.send_text(user, "完成")
    await stack.sim.send_location(user, 39.9, 116.4, "示范路1号")
    await stack.sim.send_text(user, "123")
    assert "手机号格式不对" in last(stack, user)
    await stack.sim.send_text(user, "13800138000")
    summary = last(stack, user)
    assert "服务建议" in summary and "图片：1张" in summary and "示范路1号" in summary
    await stack.sim.send_text(user, "确认")
    assert "留言已提交" in last(stack, user)

    rows = await Suggestion.all()
    assert len(rows) == 1
    row = rows[0]
    assert row.topic == "服务建议" and row.location and row.location["label"] == "示范路1号"
    assert row.contact_enc and "13800138000" not in row.contact_enc
    cipher = stack.app[keys.CIPHER]
    assert cipher.decrypt(row.contact_enc, context="suggestion.contact") == "13800138000"

    # The photo is fetched from WeChat by a job into the blob store.
    async def fetched() -> bool:
        r = await Suggestion.get(id=row.id)
        return bool(r.media and r.media[0]["attachment_id"])

    for _ in range(100):
        if await fetched():
            break
        await stack.sim.pusher.session.get(stack.url + "healthz")  # let the loop run
    assert await fetched()
    att = await Attachment.get(id=(await Suggestion.get(id=row.id)).media[0]["attachment_id"])
    assert await stack.app[keys.BLOBS].get(att.blob_key) == JPEG


async def test_cancel_leaves_the_flow_and_stores_nothing(stack: Stack) -> None:
    user = openid()
    await stack.sim.send_text(user, "留言")
    await stack.sim.send_text(user, "1")
    await stack.sim.send_text(user, "取消")
    assert "已退出" in last(stack, user)
    await stack.sim.send_text(user, "1")
    assert "没有理解" in last(stack, user)  # no longer in the flow
    assert await Suggestion.all().count() == 0


async def test_a_menu_tap_leaves_the_flow(stack: Stack) -> None:
    user = openid()
    await stack.sim.send_text(user, "留言")
    await stack.sim.click(user, "SURVEY")  # 典型案例 now opens its own list (issue 16)
    await stack.sim.send_text(user, "1")
    assert "没有理解" in last(stack, user)


@pytest.mark.parametrize("backend", ["postgres"])  # conversation state lives in real Redis
async def test_a_flow_carries_on_across_a_restart_and_across_processes(
    make_stack: StackFactory,
) -> None:
    first = await make_stack()
    user = openid()
    await first.sim.send_text(user, "留言")
    await first.sim.send_text(user, "1")
    await first.server.close()  # the process goes away mid-conversation

    second = await make_stack(sim=first.sim)
    second.sim.cfg.url = second.url + "wechat"
    await second.sim.send_text(user, "请问门诊共济的报销比例是多少？")
    assert "图片" in last(second, user)
    await second.sim.send_text(user, "跳过")
    await second.sim.send_text(user, "跳过")
    third = await make_stack(sim=first.sim)  # and a third process finishes it
    third.sim.cfg.url = third.url + "wechat"
    await third.sim.send_text(user, "跳过")
    await third.sim.send_text(user, "确认")
    assert "留言已提交" in last(third, user)
    assert await Suggestion.filter(topic="政策咨询").count() == 1


async def test_a_retried_confirmation_stores_one_suggestion(stack: Stack) -> None:
    user = openid()
    for text in ("留言", "4", "希望增加周末的咨询窗口", "跳过", "跳过", "跳过"):
        await stack.sim.send_text(user, text)
    query, body = stack.sim.pusher.build(stack.sim.pusher.text(user, "确认"))
    first = await stack.sim.pusher.deliver(query, body)
    retry = await stack.sim.pusher.deliver(query, body)
    assert first.reply and retry.reply and first.reply["Content"] == retry.reply["Content"]
    assert await Suggestion.all().count() == 1


async def test_voice_content_is_accepted_and_fetched(stack: Stack) -> None:
    user = openid()
    await stack.sim.send_text(user, "留言")
    await stack.sim.send_text(user, "1")
    await stack.sim.send_voice(user, b"#!AMR\n" + b"\x00" * 32, recognition="")
    assert "图片" in last(stack, user)
    for text in ("跳过", "跳过", "跳过", "确认"):
        await stack.sim.send_text(user, text)
    row = await Suggestion.get()
    assert row.media[0]["kind"] == "voice"
    assert await wait_until(lambda: stack.sim.state.calls.get("/cgi-bin/media/get", 0) >= 1)
