"""The WeChat callback end to end through the simulator: modes, refusals, retries, the budget."""

from __future__ import annotations

import time

import aiohttp
import pytest

from bot.models import Follower
from simulator.pusher import sign, wait_until
from storage.models import Job
from tests.conftest import Stack, StackFactory, openid


async def test_help_keyword_answers_in_safe_mode(stack: Stack) -> None:
    user = openid()
    d = await stack.sim.send_text(user, "帮助")
    assert d.status == 200 and d.attempts == 1
    assert "Encrypt" in d.body and "帮助" not in d.body  # the reply travelled encrypted
    assert d.reply is not None and d.reply["MsgType"] == "text"
    assert "留言" in d.reply["Content"]
    assert d.reply["ToUserName"] == user


@pytest.mark.parametrize("mode", ["plain", "compat"])
async def test_plain_and_compatible_modes_answer(make_stack: StackFactory, mode: str) -> None:
    stack = await make_stack(mode=mode)
    d = await stack.sim.send_text(openid(), "帮助")
    assert d.reply is not None and "留言" in d.reply["Content"]
    if mode == "plain":
        assert "Encrypt" not in d.body


async def test_url_verification_echoes_only_with_a_valid_signature(stack: Stack) -> None:
    ts, nonce = str(int(time.time())), "123"
    async with aiohttp.ClientSession() as s:
        ok = await s.get(
            stack.url + "wechat",
            params={
                "signature": sign("spamtest", ts, nonce),
                "timestamp": ts,
                "nonce": nonce,
                "echostr": "5678901234",
            },
        )
        assert ok.status == 200 and await ok.text() == "5678901234"
        bad = await s.get(
            stack.url + "wechat",
            params={"signature": "0" * 40, "timestamp": ts, "nonce": nonce, "echostr": "x"},
        )
        assert bad.status == 403


async def _post(stack: Stack, query: dict[str, str], body: bytes) -> tuple[int, str]:
    async with aiohttp.ClientSession() as s:
        async with s.post(stack.url + "wechat", params=query, data=body) as r:
            return r.status, await r.text()


async def test_refusals_store_nothing(stack: Stack) -> None:
    user = openid()
    fields = stack.sim.pusher.event(user, "subscribe")
    query, body = stack.sim.pusher.build(fields)

    forged = {**query, "signature": "f" * 40}
    assert (await _post(stack, forged, body))[0] == 403
    bad_msg_sig = {**query, "msg_signature": "0" * 40}
    assert (await _post(stack, bad_msg_sig, body))[0] == 403

    stale_q, stale_body = stack.sim.pusher.build(fields, timestamp=int(time.time()) - 3600)
    status, text = await _post(stack, stale_q, stale_body)
    assert status == 403 and "window" in text

    huge = b"<xml>" + b"a" * (256 * 1024) + b"</xml>"
    assert (await _post(stack, query, huge))[0] == 413

    # Each malformed body under a fresh signed query (a used query is refused for any other body).
    doctype = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]><xml><A>&e;</A></xml>'
    assert (await _post(stack, stack.sim.pusher.build(fields)[0], doctype))[0] == 400
    assert (await _post(stack, stack.sim.pusher.build(fields)[0], b"<xml><unclosed></xml>"))[0] == 400

    assert await Follower.filter(openid=user).count() == 0
    assert await Job.exclude(dedup_key__startswith="periodic:").count() == 0


async def test_a_retried_push_is_answered_the_same_and_acts_once(stack: Stack) -> None:
    user = openid()
    query, body = stack.sim.pusher.build(stack.sim.pusher.event(user, "subscribe"))
    first = await stack.sim.pusher.deliver(query, body)
    again = await stack.sim.pusher.deliver(query, body)
    assert first.reply is not None and again.reply is not None
    assert first.reply["Content"] == again.reply["Content"]
    assert await Follower.filter(openid=user).count() == 1


@pytest.mark.parametrize("backend", ["postgres"])  # processes share state only through Redis
async def test_a_retry_landing_on_another_process_replays_the_first_answer(
    make_stack: StackFactory,
) -> None:
    a = await make_stack()
    b = await make_stack(sim=a.sim)
    user = openid()
    await a.sim.send_text(user, "留言")
    query, body = a.sim.pusher.build(a.sim.pusher.text(user, "1"))
    a.sim.cfg.url = a.url + "wechat"
    first = await a.sim.pusher.deliver(query, body)
    a.sim.cfg.url = b.url + "wechat"
    second = await a.sim.pusher.deliver(query, body)
    assert first.reply is not None and second.reply is not None
    assert first.reply["Content"] == second.reply["Content"]
    assert "文字或语音" in first.reply["Content"]  # the flow advanced once, to the content step


async def test_work_past_the_budget_answers_success_then_a_customer_message(
    make_stack: StackFactory,
) -> None:
    stack = await make_stack(reply_budget=0.0)
    user = openid()
    d = await stack.sim.send_text(user, "帮助")
    assert d.status == 200 and d.body == "success" and d.reply is None
    assert await wait_until(lambda: any(m.get("touser") == user for m in stack.sim.state.sent))
    sent = [m for m in stack.sim.state.sent if m["touser"] == user]
    assert len(sent) == 1 and sent[0]["via"] == "custom" and "留言" in sent[0]["text"]["content"]
    queued = await Job.get(kind="wechat.custom_send")
    assert "sealed" in queued.payload and "留言" not in str(queued.payload)  # may hold a receipt code


async def test_replies_kept_for_retries_are_sealed_in_redis(stack: Stack) -> None:
    from handlers import keys

    user = openid()
    d = await stack.sim.send_text(user, "帮助")
    assert d.reply is not None
    kv = stack.app[keys.KV_KEY]
    await stack.app[keys.DEDUP].lazy.drain()
    # The key name is a keyed hash of (openid, MsgId); this test's only push made the only one.
    keys_found = [k async for k in kv.scan_iter(match="wx:dedup:*")]
    assert len(keys_found) == 1 and user.encode() not in keys_found[0]
    raw = await kv.get(keys_found[0])
    assert raw and "留言".encode() not in raw and b"CDATA" not in raw


async def test_unknown_text_gets_a_polite_reply_and_menu_clicks_route(stack: Stack) -> None:
    user = openid()
    d = await stack.sim.send_text(user, "今天天气怎么样")
    assert d.reply is not None and "帮助" in d.reply["Content"]
    d = await stack.sim.click(user, "REWARD_CLAIM")  # still pending: REPORT_NEW now starts a flow
    assert d.reply is not None and "举报" in d.reply["Content"]
    d = await stack.sim.send_location(user, 39.9, 116.4, "天安门")
    assert d.reply is not None and "天安门" in d.reply["Content"]
    d = await stack.sim.send_image(user, b"\xff\xd8\xff\xe0fakejpeg")
    assert d.reply is not None and "图片" in d.reply["Content"]


async def test_subscribe_with_a_qr_scene_and_scan_route_to_the_scene(stack: Stack) -> None:
    user = openid()
    d = await stack.sim.subscribe(user, scene="feedback")
    assert d.reply is not None and "意见建议" in d.reply["Content"]
    row = await Follower.get(openid=user)
    assert row.subscribed and row.scene == "feedback"
    await stack.sim.send_text(user, "取消")
    d = await stack.sim.scan(user, "feedback")
    assert d.reply is not None and "意见建议" in d.reply["Content"]
    await stack.sim.unsubscribe(user)
    assert not (await Follower.get(openid=user)).subscribed


async def test_the_simulator_retries_byte_identical_pushes_after_its_timeout() -> None:
    import asyncio

    from aiohttp import web
    from aiohttp.test_utils import TestServer

    from simulator.pusher import AccountConfig, Pusher
    from simulator.state import SimState

    seen: list[tuple[str, bytes, str]] = []

    async def slow_then_fast(request: web.Request) -> web.Response:
        seen.append((request.query_string, await request.read(), request.headers["User-Agent"]))
        if len(seen) == 1:
            await asyncio.sleep(1.0)  # longer than the simulator's timeout
        return web.Response(text="success")

    app = web.Application()
    app.router.add_post("/wechat", slow_then_fast)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        cfg = AccountConfig(
            url=str(server.make_url("/wechat")),
            token="t",
            appid="wx2c2769f8efd9abc2",
            encoding_aes_key="abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
            timeout=0.3,
        )
        async with aiohttp.ClientSession() as session:
            pusher = Pusher(cfg, SimState(), session)
            d = await pusher.send(pusher.text("o-1", "你好"))
    finally:
        await server.close()
    assert d.attempts == 2 and d.status == 200 and d.error == ""
    assert seen[0] == seen[1] and seen[0][2] == "Mozilla/4.0"
    assert "encrypt_type=aes" in seen[0][0] and "msg_signature=" in seen[0][0]


async def test_readiness_fails_when_redis_is_unreachable(make_stack: StackFactory) -> None:
    stack = await make_stack(REDIS_URL="redis://127.0.0.1:1/0")
    async with aiohttp.ClientSession() as s, s.get(stack.url + "readyz") as r:
        body = await r.json()
    assert r.status == 503 and body["database"] == "ok" and body["redis"].startswith("error")


async def test_an_internal_error_gets_a_polite_reply_without_a_trace(stack: Stack) -> None:
    from bot.messages import Message
    from handlers import keys

    async def broken(msg: Message) -> None:
        raise RuntimeError("database exploded at /srv/secret/path.py")

    stack.app[keys.BOT].keywords["boom"] = broken
    d = await stack.sim.send_text(openid(), "boom")
    assert d.status == 200 and d.reply is not None
    assert "系统繁忙" in d.reply["Content"] and "secret" not in d.body


async def test_a_push_arriving_in_small_pieces_is_read_whole(stack: Stack) -> None:
    import asyncio

    user = openid()
    query, body = stack.sim.pusher.build(stack.sim.pusher.text(user, "帮助"))

    async def trickle():  # chunked transfer, a few bytes at a time
        for i in range(0, len(body), 7):
            yield body[i : i + 7]
            await asyncio.sleep(0)

    async with aiohttp.ClientSession() as s, s.post(stack.url + "wechat", params=query, data=trickle()) as r:
        assert r.status == 200 and "Encrypt" in await r.text()
