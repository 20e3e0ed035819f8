"""The WeChat in-app browser, as far as a claim H5 page needs it: who the user is, JS-SDK, the Pay bridge.

Contract for an H5 page (e.g. the service's reward-claim page) opened from a chat message:

1. **Who the user is.** The chat page opens links in an in-page "WeChat browser" (an iframe) and sets
   the cookie ``sim_openid=<current openid>`` (path ``/``, SameSite=Lax) on the simulator's origin.
   ``GET /connect/oauth2/authorize?appid=…&redirect_uri=…&response_type=code&scope=snsapi_base&state=…``
   on the simulator reads that cookie (or a ``sim_openid`` query parameter, for tests without a
   browser) and redirects to ``redirect_uri?code=CODE&state=STATE``; ``/sns/oauth2/access_token``
   turns CODE into that openid (single use, 5 minutes). So the page builds the authorize URL with the
   simulator's base URL instead of ``https://open.weixin.qq.com`` and needs nothing else. The service
   and the simulator must be on the same host (any ports) for the cookie to ride along.
2. **JS-SDK.** The page loads ``<simulator>/sim/jweixin.js`` instead of
   ``https://res.wx.qq.com/open/js/jweixin-1.6.0.js``. The service signs
   ``jsapi_ticket=…&noncestr=…&timestamp=…&url=…`` (url = the page URL without ``#…``) with a ticket
   from ``GET /cgi-bin/ticket/getticket?access_token=…&type=jsapi``, and the page calls
   ``wx.config({appId, timestamp, nonceStr, signature, jsApiList: ["requestMerchantTransfer"]})``.
   The script checks the signature here (``POST /sim/jsapi/config``) and calls ``wx.ready`` callbacks,
   or ``wx.error`` callbacks with ``{errMsg: "config:invalid signature"}``.
3. **Confirming a transfer.** Either ``WeixinJSBridge.invoke("requestMerchantTransfer", {mchId, appId,
   package}, res => …)`` (``res.err_msg`` is ``requestMerchantTransfer:ok``, ``…:cancel`` or ``…:fail``;
   ``WeixinJSBridgeReady`` fires on ``document``), or ``wx.requestMerchantTransfer({mchId, appId, package,
   success, fail, complete})`` after ``wx.config`` (success ``{errMsg: "requestMerchantTransfer:ok"}``;
   fail ``{errMsg: "requestMerchantTransfer:fail cancel"}`` or ``"…:fail <reason>"``). Both show the
   simulator's 确认收款/取消 dialog inside the page; 确认收款 confirms the bill (``POST /sim/pay/confirm``
   with the page user's openid, so a bill for someone else is refused as WeChat refuses it). As in
   WeChat, ``ok`` means the user confirmed, not that money arrived: the result comes by notify/query.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from pathlib import Path
from urllib.parse import unquote

from aiohttp import web

from simulator import api
from simulator.pay.routes import CORS

SCRIPT = Path(__file__).resolve().parent.parent / "static" / "jweixin.js"
KNOWN_APIS = ("requestMerchantTransfer", "checkJsApi", "closeWindow", "getLocation")


def jsapi_signature(ticket: str, noncestr: str, timestamp: str, url: str) -> str:
    return hashlib.sha1(
        f"jsapi_ticket={ticket}&noncestr={noncestr}&timestamp={timestamp}&url={url}".encode()
    ).hexdigest()


async def script(request: web.Request) -> web.Response:
    """jweixin.js, told the simulator's origin and the user this browser belongs to."""
    sim = {
        "base": str(request.url.origin()),
        "openid": unquote(request.cookies.get(api.USER_COOKIE, "")),
        "apis": KNOWN_APIS,
    }
    prelude = f"window.__SIM_WX__ = {json.dumps(sim, ensure_ascii=False)};\n"
    return web.Response(
        text=prelude + SCRIPT.read_text(encoding="utf-8"),
        content_type="application/javascript",
        headers={"Cache-Control": "no-store"},
    )


async def config(request: web.Request) -> web.Response:
    """What wx.config checks on WeChat's side: the appId and the signature of the page URL."""
    try:
        data = json.loads(await request.read())
    except ValueError:
        data = None
    if not isinstance(data, dict):
        return web.json_response({"errMsg": "config:fail, bad arguments"}, status=400, headers=CORS)
    if data.get("appId") != request.app[api.APP_CREDENTIALS]["appid"]:
        return web.json_response({"errMsg": "config:invalid appId"}, headers=CORS)
    url = str(data.get("url", "")).split("#", 1)[0]
    given = str(data.get("signature", ""))
    args = str(data.get("nonceStr", "")), str(data.get("timestamp", "")), url
    if not any(hmac.compare_digest(jsapi_signature(t, *args), given) for t in api.live_tickets(request.app)):
        return web.json_response({"errMsg": "config:invalid signature"}, headers=CORS)
    return web.json_response({"errMsg": "config:ok"}, headers=CORS)


async def preflight(request: web.Request) -> web.Response:
    return web.Response(status=204, headers=CORS)


def setup_jssdk(app: web.Application) -> None:
    app.router.add_get("/sim/jweixin.js", script)
    app.router.add_post("/sim/jsapi/config", config)
    app.router.add_route("OPTIONS", "/sim/jsapi/config", preflight)
