"""The message mode and the signed query: a logged query string cannot carry a forged push."""

from __future__ import annotations

import re
from pathlib import Path

import aiohttp
import pytest

from bot.models import Follower
from server.settings import SettingsError
from simulator.pusher import to_xml
from tests.conftest import Stack, StackFactory, make_settings, openid


async def _post(stack: Stack, query: dict[str, str], body: bytes) -> tuple[int, str]:
    async with aiohttp.ClientSession() as s, s.post(stack.url + "wechat", params=query, data=body) as r:
        return r.status, await r.text()


def _plain(query: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in query.items() if k not in ("encrypt_type", "msg_signature")}


async def test_a_plaintext_push_to_a_safe_mode_account_is_refused_and_acts_nothing(stack: Stack) -> None:
    assert stack.settings.message_mode == "safe"  # the default once an EncodingAESKey is set
    victim = openid()
    # One real push's query string, as nginx would have logged it; a plaintext body forged under it.
    query, _ = stack.sim.pusher.build(stack.sim.pusher.text(openid(), "帮助"))
    forged = to_xml(stack.sim.pusher.event(victim, "subscribe")).encode()
    status, text = await _post(stack, _plain(query), forged)
    assert status == 403 and "safe mode" in text
    assert await Follower.filter(openid=victim).count() == 0


async def test_a_signed_query_reused_for_another_body_is_refused(make_stack: StackFactory) -> None:
    stack = await make_stack(mode="plain")
    first, other = openid(), openid()
    query, body = stack.sim.pusher.build(stack.sim.pusher.event(first, "subscribe"))
    assert (await stack.sim.pusher.deliver(query, body)).reply is not None
    retried = await stack.sim.pusher.deliver(query, body)  # WeChat's retry: the same bytes
    assert retried.status == 200 and retried.reply is not None
    forged = to_xml(stack.sim.pusher.event(other, "subscribe")).encode()
    status, text = await _post(stack, query, forged)
    assert status == 403 and "another body" in text
    assert await Follower.filter(openid=other).count() == 0
    assert await Follower.filter(openid=first).count() == 1


async def test_compatible_mode_takes_encrypted_and_plain_pushes(make_stack: StackFactory) -> None:
    stack = await make_stack(mode="compat", WECHAT_MESSAGE_MODE="compatible")
    d = await stack.sim.send_text(openid(), "帮助")
    assert d.reply is not None and "留言" in d.reply["Content"]
    user = openid()
    query, _ = stack.sim.pusher.build(stack.sim.pusher.event(user, "subscribe"))
    status, _ = await _post(stack, _plain(query), to_xml(stack.sim.pusher.event(user, "subscribe")).encode())
    assert status == 200 and await Follower.filter(openid=user).count() == 1


async def test_plain_mode_refuses_encrypted_pushes(make_stack: StackFactory) -> None:
    stack = await make_stack(mode="aes", WECHAT_MESSAGE_MODE="plain")
    user = openid()
    query, body = stack.sim.pusher.build(stack.sim.pusher.event(user, "subscribe"))
    assert (await _post(stack, query, body))[0] == 400
    assert await Follower.filter(openid=user).count() == 0


@pytest.mark.parametrize("mode", ["safe", "compatible"])
def test_an_encrypting_mode_without_a_key_stops_start_up(tmp_path: Path, mode: str) -> None:
    with pytest.raises(SettingsError, match="WECHAT_MESSAGE_MODE"):
        make_settings(tmp_path, WECHAT_ENCODING_AES_KEY=None, WECHAT_MESSAGE_MODE=mode)
    assert make_settings(tmp_path, WECHAT_ENCODING_AES_KEY=None).message_mode == "plain"


def test_the_readme_nginx_log_format_keeps_query_strings_out() -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text()
    nginx = "\n".join(re.findall(r"```nginx\n(.*?)```", readme, flags=re.S))
    formats = re.findall(r"log_format\s+\w+\s+(.*?);", nginx, flags=re.S)
    assert formats, "the README's nginx block names its access log format"
    for fmt in formats:
        # $request and $request_uri carry the query (signature, timestamp, nonce); $uri does not.
        assert not re.search(r"\$(request|request_uri|args|query_string|arg_\w+)\b", fmt)
    assert re.search(r"access_log\s+\S+\s+\w+", nginx)
