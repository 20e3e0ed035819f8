"""WeChat Pay's transfer-result notify (WECHAT.md §5.4): verify, decrypt, apply once, answer per contract.

200 with no body means accepted; any 4xx/5xx with ``{"code":"FAIL","message"}`` makes WeChat Pay send it
again later. Signature probes and bad signatures are refused with 401 before anything is read.
"""

from __future__ import annotations

import logging
import time

from aiohttp import web
from tortoise.transactions import in_transaction

from handlers import keys
from reward.notify import NotifyRejected
from reward.payout import apply_notice

log = logging.getLogger(__name__)
MAX_BODY = 64 * 1024


def _fail(status: int, message: str) -> web.Response:
    return web.json_response({"code": "FAIL", "message": message}, status=status)


async def receive(request: web.Request) -> web.Response:
    gateway = request.app.get(keys.WECHATPAY)
    if gateway is None:
        return _fail(503, "payouts not configured")
    if request.content_length is not None and request.content_length > MAX_BODY:
        return _fail(413, "body too large")
    body = await request.content.read(MAX_BODY + 1)
    if len(body) > MAX_BODY:
        return _fail(413, "body too large")
    try:
        # The replay window is real time, whatever clock the business runs on.
        notice = gateway.verifier.verify(request.headers, body, at=time.time())
    except NotifyRejected as exc:
        log.warning("wechat pay notify refused: %s", exc.reason)
        return _fail(exc.status, exc.reason)
    try:
        async with in_transaction() as conn:
            outcome = await apply_notice(
                conn, notice.resource, mchid=gateway.config.mchid, cipher=request.app[keys.CIPHER],
                now=request.app[keys.CLOCK](),
            )  # fmt: skip
        if outcome == "mismatch":
            request.app[keys.METRICS].transfer_mismatch("notify")
    except Exception:
        log.exception("wechat pay notify %s not applied; WeChat Pay will send it again", notice.event_id)
        return _fail(500, "not applied, retry later")
    log.info("wechat pay notify %s (%s): %s", notice.event_id, notice.event_type, outcome)
    return web.Response(status=200)
