"""The outgoing WeChat API client against the simulator: shared tokens, error handling, endpoints."""

from __future__ import annotations

import asyncio

import pytest

from bot.client import WeChatAPIError
from bot.menu import MENU, menu_payload
from handlers import keys
from tests.conftest import Stack, StackFactory, openid


@pytest.mark.parametrize("backend", ["postgres"])  # two processes share the token through Redis
async def test_two_instances_needing_a_token_at_once_cause_one_refresh(
    make_stack: StackFactory,
) -> None:
    a = await make_stack()
    b = await make_stack(sim=a.sim)
    user = openid()
    await a.sim.send_text(user, "帮助")  # the user has interacted, so customer messages are allowed
    ca, cb = a.app[keys.CLIENT], b.app[keys.CLIENT]
    await asyncio.gather(*(c.send_text(user, f"第{i}条") for i, c in enumerate([ca, cb] * 10)))
    assert a.sim.state.stable_token_calls == 1
    assert len([m for m in a.sim.state.sent if m["touser"] == user]) == 20


@pytest.mark.parametrize("backend", ["postgres"])
async def test_an_expired_token_is_refreshed_once_by_all_instances(make_stack: StackFactory) -> None:
    a = await make_stack()
    b = await make_stack(sim=a.sim)
    user = openid()
    await a.sim.send_text(user, "帮助")
    await a.app[keys.CLIENT].send_text(user, "一")
    a.sim.state.expire_tokens()  # WeChat now answers 42001 for the cached token
    await asyncio.gather(*(c.send_text(user, "二") for c in [a.app[keys.CLIENT], b.app[keys.CLIENT]] * 5))
    assert a.sim.state.tokens_issued == 2
    assert len([m for m in a.sim.state.sent if m["touser"] == user]) == 11


async def test_a_token_wechat_rejects_is_retried_once_then_the_error_surfaces(stack: Stack) -> None:
    client = stack.app[keys.CLIENT]
    user = openid()
    await stack.sim.send_text(user, "帮助")
    stack.sim.state.inject("/cgi-bin/message/custom/send", 40001)
    await client.send_text(user, "重试一次后成功")
    stack.sim.state.inject("/cgi-bin/message/custom/send", 40001, 40001)
    with pytest.raises(WeChatAPIError) as err:
        await client.send_text(user, "两次都失败")
    assert err.value.errcode == 40001


async def test_system_busy_is_retried_with_backoff(stack: Stack) -> None:
    client = stack.app[keys.CLIENT]
    client.busy_backoff = 0.01
    user = openid()
    await stack.sim.send_text(user, "帮助")
    stack.sim.state.inject("/cgi-bin/message/custom/send", -1, -1)
    await client.send_text(user, "忙完了")
    assert stack.sim.state.calls["/cgi-bin/message/custom/send"] == 3
    stack.sim.state.inject("/cgi-bin/message/custom/send", -1, -1, -1, -1)
    with pytest.raises(WeChatAPIError):
        await client.send_text(user, "一直忙")


async def test_customer_message_to_a_stranger_is_refused_with_45015(stack: Stack) -> None:
    with pytest.raises(WeChatAPIError) as err:
        await stack.app[keys.CLIENT].send_text(openid(), "您好")
    assert err.value.errcode == 45015


async def test_every_endpoint_speaks_wechats_shapes(stack: Stack) -> None:
    client = stack.app[keys.CLIENT]
    user = openid()
    await stack.sim.send_text(user, "帮助")
    msgid = await client.send_template(
        user, "TPL_REPORT_STATUS", {"thing1": {"value": "已受理"}}, url="https://example.org/r"
    )
    assert msgid > 0
    await client.subscribe_bizsend(user, "TPL_SUB", {"thing1": {"value": "已办结"}}, page="pages/r")
    assert [m["via"] for m in stack.sim.state.sent][-2:] == ["template", "subscribe"]

    await client.create_menu(menu_payload())
    assert stack.sim.state.menu == {"button": MENU}

    qr = await client.create_qrcode("survey:12345")
    assert stack.sim.state.qrcodes[qr["ticket"]]["scene"] == "survey:12345"
    assert qr["image_url"].startswith("https://mp.weixin.qq.com/cgi-bin/showqrcode?ticket=")
    permanent = await client.create_qrcode(7, expire_seconds=None)
    assert "expire_seconds" not in permanent

    media_id = stack.sim.state.add_media(b"\x89PNG\r\n\x1a\nrest", "image/png")
    data, ctype = await client.get_media(media_id)
    assert data.startswith(b"\x89PNG") and ctype == "image/png"
    with pytest.raises(WeChatAPIError) as err:
        await client.get_media("nope")
    assert err.value.errcode == 40007

    assert await client.oauth_openid("test:o-oauth-user") == "o-oauth-user"
    with pytest.raises(WeChatAPIError) as err:
        await client.oauth_openid("test:o-oauth-user")  # codes work once
    assert err.value.errcode == 40163
    session = await client.code2session("test:o-mini-user")
    assert session["openid"] == "o-mini-user" and session["session_key"]
    with pytest.raises(WeChatAPIError):
        await client.code2session("garbage")

    assert await client.msg_sec_check(user, "这家药店用医保卡卖鸡蛋") == "pass"
    assert await client.msg_sec_check(user, "网上赌博") == "risky"
    assert "connect/oauth2/authorize" in client.oauth_url("https://x/cb", state="abc")


async def test_menu_push_refuses_a_menu_over_wechats_limits() -> None:
    from bot.menu import validate_menu

    assert validate_menu(MENU) == []
    too_many = [
        {"name": str(i), "sub_button": [{"type": "click", "name": "x", "key": "K"}]} for i in range(4)
    ]
    assert any("1–3" in e for e in validate_menu(too_many))
    long_name = [{"name": "一二三四五六", "sub_button": [{"type": "click", "name": "x", "key": "K"}]}]
    assert any("16字节" in e for e in validate_menu(long_name))
    six = [{"name": "a", "sub_button": [{"type": "click", "name": "x", "key": "K"}] * 6}]
    assert any("1–5" in e for e in validate_menu(six))
