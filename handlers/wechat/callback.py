"""The WeChat callback: verify first (constant time, replay window), then dedup, dispatch, reply.

Refusals never parse or store anything: bad signature or stale timestamp → 403, body over 256 KiB →
413, malformed XML or any DOCTYPE/entity → 400, a push the message mode does not allow (plaintext to a
safe-mode account) → 403, a signed query reused for another body → 403. Every push is answered within
the reply budget; a slower answer is replied ``success`` and delivered later as a customer-service message.
"""

from __future__ import annotations

import asyncio
import logging
import time

from aiohttp import web
from tortoise.transactions import in_transaction

from bot.crypto import CryptoError, signature_ok
from bot.dispatch import to_input
from bot.jobs import seal_payload
from bot.messages import Message, XMLRejected, parse_message, parse_xml, to_message
from bot.replay import same_body_as_first
from bot.replies import SUCCESS, Reply, TextReply, as_custom_message, render
from handlers import keys
from storage import jobs

log = logging.getLogger(__name__)
MAX_BODY = 256 * 1024
BUSY = "系统繁忙，请稍后再发一次。已填写的内容仍然保留。"


def _refuse(status: int, reason: str) -> web.Response:
    return web.Response(status=status, text=reason)


def _verify_query(request: web.Request) -> web.Response | None:
    settings = request.app[keys.SETTINGS]
    q = request.query
    timestamp, nonce = q.get("timestamp", ""), q.get("nonce", "")
    if not signature_ok(q.get("signature", ""), settings.WECHAT_TOKEN, timestamp, nonce):
        return _refuse(403, "bad signature")
    skew = settings.WECHAT_MAX_CLOCK_SKEW
    if skew:
        try:
            stamp = int(timestamp)
        except ValueError:
            return _refuse(403, "bad timestamp")
        if abs(time.time() - stamp) > skew:
            return _refuse(403, "timestamp outside the allowed window")
    return None


async def verify_url(request: web.Request) -> web.Response:
    refused = _verify_query(request)
    if refused:
        return refused
    return web.Response(text=request.query.get("echostr", ""))


async def _read_limited(request: web.Request) -> bytes | None:
    """The body, or None past MAX_BODY; reads in pieces (one read may return only part of it)."""
    if request.content_length is not None and request.content_length > MAX_BODY:
        return None
    chunks: list[bytes] = []
    size = 0
    while size <= MAX_BODY:
        chunk = await request.content.read(MAX_BODY + 1 - size)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return None if size > MAX_BODY else b"".join(chunks)


async def receive(request: web.Request) -> web.Response:
    app = request.app
    refused = _verify_query(request)
    if refused:
        return refused
    body = await _read_limited(request)
    if body is None:
        return _refuse(413, "body too large")

    q = request.query
    aes = q.get("encrypt_type", "raw") == "aes"
    refused = _mode_refusal(app[keys.SETTINGS].message_mode, aes)
    if refused:
        return refused
    settings = app[keys.SETTINGS]
    if not await same_body_as_first(
        app[keys.DEDUP].batch,
        signature=q.get("signature", ""),
        timestamp=q.get("timestamp", ""),
        nonce=q.get("nonce", ""),
        body=body,
        ttl=2 * settings.WECHAT_MAX_CLOCK_SKEW or 86400,
    ):
        return _refuse(403, "query already used for another body")
    crypto = app.get(keys.MSG_CRYPTO)
    key = None
    try:
        if aes:
            if crypto is None:
                return _refuse(400, "encrypted push but no EncodingAESKey configured")
            envelope = parse_xml(body)
            encrypted = envelope.get("Encrypt", "")
            if not signature_ok(
                q.get("msg_signature", ""),
                crypto.token,
                q.get("timestamp", ""),
                q.get("nonce", ""),
                encrypted,
            ):
                return _refuse(403, "bad msg_signature")
            inner, key = crypto.decrypt(encrypted)
            msg = parse_message(inner)
        else:
            msg = to_message(parse_xml(body))
    except XMLRejected as exc:
        return _refuse(400, str(exc))
    except CryptoError:
        return _refuse(400, "cannot decrypt")

    reply_xml = await _reply_once(app, msg)
    metrics = app[keys.METRICS]
    metrics.pushes.labels(msg.type, "reply" if reply_xml != SUCCESS else "success").inc()
    if reply_xml == SUCCESS:
        return web.Response(text=SUCCESS)
    if aes and crypto is not None:
        reply_xml = crypto.encrypt_reply(
            reply_xml, timestamp=q.get("timestamp", ""), nonce=q.get("nonce", ""), key=key
        )
    return web.Response(text=reply_xml, content_type="application/xml")


def _mode_refusal(mode: str, encrypted: bool) -> web.Response | None:
    # Safe mode: the query signature does not cover the body, so a plaintext push could be built by
    # anyone holding one logged query string; only msg_signature over the ciphertext proves WeChat.
    if mode == "safe" and not encrypted:
        return _refuse(403, "plaintext push refused in safe mode")
    if mode == "plain" and encrypted:
        return _refuse(400, "encrypted push but the account is in plain mode")
    return None


async def _reply_once(app: web.Application, msg: Message) -> str:
    dedup, bot = app[keys.DEDUP], app[keys.BOT]
    known: tuple[bytes | None] | None = None
    if to_input(msg) is not None:
        claimed, raw_state = await dedup.claim_and_read(msg.dedup_key, bot.dialogue.state_key(msg.openid))
        known = (raw_state,)
    else:
        claimed = await dedup.claim(msg.dedup_key)
    if not claimed:
        app[keys.METRICS].pushes.labels(msg.type, "retry").inc()
        return await dedup.replay(msg.dedup_key) or SUCCESS
    try:
        reply_xml = await _answer_within_budget(app, msg, known)
    except BaseException:
        await dedup.release(msg.dedup_key)
        raise
    # This delivery answers without waiting for the store. If storing fails, the claim stays, so a
    # retry is answered `success` rather than processed twice: acting twice is worse.
    dedup.store_later(msg.dedup_key, reply_xml).add_done_callback(_log_store_failure)
    return reply_xml


def _log_store_failure(fut: asyncio.Future[object]) -> None:
    if not fut.cancelled() and fut.exception() is not None:
        log.error("could not store the reply for retry dedup", exc_info=fut.exception())


async def _answer_within_budget(app: web.Application, msg: Message, known: tuple[bytes | None] | None) -> str:
    task = asyncio.create_task(app[keys.BOT].handle(msg, known_state=known))
    try:
        reply = await asyncio.wait_for(asyncio.shield(task), app[keys.REPLY_BUDGET])
    except TimeoutError:
        # WeChat gives up at 5 s and would retry; answer now and deliver the result later.
        task.add_done_callback(lambda t: _deliver_late(app, msg.openid, t))
        app[keys.BACKGROUND].add(task)
        return SUCCESS
    except Exception:
        # The user gets a useful sentence instead of WeChat's "暂时无法提供服务"; flow state is
        # untouched, so sending the same input again retries the step.
        log.exception("handling a push failed")
        reply = TextReply(BUSY)
    if reply is None:
        return SUCCESS
    return render(reply, to=msg.openid, account=msg.account, now=int(time.time()))


def _deliver_late(app: web.Application, openid: str, task: asyncio.Task[Reply | None]) -> None:
    app[keys.BACKGROUND].discard(task)
    if task.cancelled() or task.exception() is not None:
        log.error("late answer for a push failed", exc_info=task.exception())
        return
    reply = task.result()
    if reply is not None:
        waiter = asyncio.ensure_future(_enqueue_custom(app, as_custom_message(reply, openid)))
        app[keys.BACKGROUND].add(waiter)
        waiter.add_done_callback(app[keys.BACKGROUND].discard)


async def _enqueue_custom(app: web.Application, payload: dict[str, object]) -> None:
    async with in_transaction() as conn:
        sealed = seal_payload(payload, app[keys.CIPHER])
        await jobs.enqueue(conn, "wechat.custom_send", sealed, now=app[keys.CLOCK]())
    app[keys.JOBS].wake()
