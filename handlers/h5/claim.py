"""The reward claim page inside the official account (H5): silent OAuth for the openid, a short-lived
signed cookie, the page itself, and the JSON calls it makes (WECHAT.md §4.7, §4.8, §5.3).

``GET /h5/rewards/claim`` without a session redirects to WeChat's authorize URL (``snsapi_base``, silent);
the callback checks ``state`` against a cookie (so nobody can log a victim into their own session), turns
the code into the openid and sets the session cookie: AES-GCM sealed (FieldCipher), HttpOnly, SameSite=Lax,
30 minutes. JSON calls need that cookie and, for POSTs, an ``X-Requested-With`` header, which a cross-site
form cannot send. The page signs ``wx.config`` with a server-side signature over the jsapi_ticket.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from importlib import resources
from urllib.parse import urlsplit

import aiohttp
from aiohttp import web

from bot.client import WeChatAPIError
from handlers import keys
from handlers.kit.access import open_by_receipt
from handlers.kit.errors import ApiError, api, reply
from handlers.kit.headers import origin_of, page_csp
from handlers.kit.uploads import read_json
from handlers.miniprogram.reward_schemas import (
    H5ClaimIn,
    H5DeclineIn,
    JssdkOut,
    OfferOut,
    OffersOut,
    ReceiptIn,
    RewardOut,
)
from handlers.miniprogram.rewards import claim_as, claim_throttled, decline_as, payment, transfer
from reward import queries
from reward.claim import Claimant

PAGE = "/h5/rewards/claim"
CALLBACK = "/h5/rewards/claim/callback"
SESSION_COOKIE, STATE_COOKIE = "fg_h5", "fg_h5_state"
SESSION_SECONDS, STATE_SECONDS = 1800, 600
SESSION_CONTEXT = "h5.session"
CSRF_HEADER = "X-Requested-With"


def _secure(request: web.Request) -> bool:
    return request.app[keys.SETTINGS].PUBLIC_BASE_URL.startswith("https://")


def _set_cookie(request: web.Request, response: web.StreamResponse, name: str, value: str, age: int) -> None:
    response.set_cookie(
        name, value, max_age=age, path="/h5/", httponly=True, samesite="Lax", secure=_secure(request)
    )


def _now(request: web.Request) -> int:
    return int(request.app[keys.CLOCK]().timestamp())


def session_openid(request: web.Request) -> str | None:
    sealed = request.cookies.get(SESSION_COOKIE)
    if not sealed:
        return None
    try:
        data = json.loads(request.app[keys.CIPHER].decrypt(sealed, context=SESSION_CONTEXT))
    except Exception:  # a forged, truncated or old-key cookie is simply no session
        return None
    return str(data["openid"]) if data.get("exp", 0) > _now(request) else None


def require_session(request: web.Request, *, page: str = "领奖页面") -> str:
    openid = session_openid(request)
    if openid is None:
        raise ApiError(401, "unauthorized", f"页面已过期，请从公众号重新打开{page}。")
    if request.method == "POST" and not request.headers.get(CSRF_HEADER):
        raise ApiError(403, "forbidden", "请求来源不明。")
    return openid


# -- the page and sign-in ---------------------------------------------------------------------------


def _page_html(request: web.Request) -> str:
    settings = request.app[keys.SETTINGS]
    config = {"jssdk": settings.WECHAT_JSSDK_URL, "api": "/h5/api/rewards"}
    text = resources.files("handlers.h5").joinpath("static/reward_claim.html").read_text("utf-8")
    return text.replace("{{CONFIG}}", json.dumps(config).replace("<", "\\u003c"))


async def page(request: web.Request) -> web.StreamResponse:
    if session_openid(request) is not None:
        html = _page_html(request)
        response = web.Response(text=html, content_type="text/html", charset="utf-8")
        response.headers["Cache-Control"] = "no-store"
        response.headers["Referrer-Policy"] = "no-referrer"
        jssdk = origin_of(request.app[keys.SETTINGS].WECHAT_JSSDK_URL)  # the page loads the JS-SDK
        response.headers["Content-Security-Policy"] = page_csp(html, script_sources=[jssdk])
        return response
    raise sign_in(request, CALLBACK)


def sign_in(request: web.Request, callback_path: str) -> web.HTTPFound:
    """The redirect to WeChat's silent OAuth that comes back to ``callback_path`` (an H5 page's)."""
    settings = request.app[keys.SETTINGS]
    state = secrets.token_hex(16)  # [a-zA-Z0-9], at most 128 bytes (WECHAT.md §4.7)
    target = request.app[keys.CLIENT].oauth_url(
        settings.PUBLIC_BASE_URL + callback_path, state=state, base=settings.WECHAT_OAUTH_BASE
    )
    response = web.HTTPFound(target)
    _set_cookie(request, response, STATE_COOKIE, state, STATE_SECONDS)
    return response


def _problem(text: str, status: int, *, page: str = PAGE, title: str = "领取举报奖励") -> web.Response:
    body = (
        "<!doctype html><html lang=zh-CN><meta charset=utf-8>"
        f"<meta name=viewport content='width=device-width,initial-scale=1'><title>{title}</title>"
        f"<p style='font:16px sans-serif;padding:24px'>{text} <a href='{page}'>重新打开</a></p></html>"
    )
    return web.Response(text=body, status=status, content_type="text/html", charset="utf-8")


async def callback(request: web.Request) -> web.StreamResponse:
    return await finish_sign_in(request, PAGE)


async def finish_sign_in(
    request: web.Request, page_path: str, *, title: str = "领取举报奖励"
) -> web.StreamResponse:
    """The OAuth callback of an H5 page: check ``state``, turn the code into the openid, set the
    sealed session cookie (shared by every page under /h5/) and go back to ``page_path``."""
    code, state = request.query.get("code", ""), request.query.get("state", "")
    expected = request.cookies.get(STATE_COOKIE, "")
    if not code or not expected or not secrets.compare_digest(state.encode(), expected.encode()):
        return _problem("授权已过期或链接不完整。", 400, page=page_path, title=title)
    try:
        openid = await request.app[keys.CLIENT].oauth_openid(code)
    except WeChatAPIError:
        return _problem("微信授权失败，请稍后再试。", 400, page=page_path, title=title)
    except (aiohttp.ClientError, TimeoutError):
        return _problem("微信暂时不可用，请稍后再试。", 503, page=page_path, title=title)
    sealed = request.app[keys.CIPHER].encrypt(
        json.dumps({"openid": openid, "exp": _now(request) + SESSION_SECONDS}), context=SESSION_CONTEXT
    )
    response = web.HTTPFound(page_path)
    _set_cookie(request, response, SESSION_COOKIE, sealed, SESSION_SECONDS)
    response.del_cookie(STATE_COOKIE, path="/h5/")
    raise response


# -- the page's JSON calls ----------------------------------------------------------------------------


def _reward_id(request: web.Request) -> int:
    return int(request.match_info["reward_id"])  # the route only matches digits


@api
async def offers(request: web.Request) -> web.Response:
    openid = require_session(request)
    found = await queries.offers_of(openid, cipher=request.app[keys.CIPHER])
    return reply(OffersOut(offers=[OfferOut.model_validate(o.as_dict()) for o in found]))


@api
async def lookup(request: web.Request) -> web.Response:
    openid = require_session(request)
    body = await read_json(request, ReceiptIn)
    report = await open_by_receipt(request, body.receipt)
    offer = await queries.offer_of(report, openid=openid, cipher=request.app[keys.CIPHER])
    return reply(RewardOut(offer=OfferOut.model_validate(offer.as_dict()) if offer else None))


@api
async def claim(request: web.Request) -> web.Response:
    openid = require_session(request)
    await claim_throttled(request, openid)
    body = await read_json(request, H5ClaimIn)
    claimant = Claimant(
        openid=openid, name=body.name, id_number=body.id_number, phone=body.phone,
        receipt_code=body.receipt or None, reward_id=None if body.receipt else body.reward_id,
    )  # fmt: skip
    return reply(await claim_as(request, claimant, rail=body.rail))


@api
async def decline(request: web.Request) -> web.Response:
    openid = require_session(request)
    await claim_throttled(request, openid)
    body = await read_json(request, H5DeclineIn)
    claimant = Claimant(
        openid=openid, name=body.name, id_number=body.id_number,
        receipt_code=body.receipt or None, reward_id=None if body.receipt else body.reward_id,
    )  # fmt: skip
    return reply(await decline_as(request, claimant))


@api
async def start(request: web.Request) -> web.Response:
    return await transfer(request, _reward_id(request), require_session(request))


@api
async def follow(request: web.Request) -> web.Response:
    return reply(await payment(request, _reward_id(request), require_session(request)))


def jsapi_signature(ticket: str, nonce: str, timestamp: int, url: str) -> str:
    """sha1 of ``jsapi_ticket=…&noncestr=…&timestamp=…&url=…``: keys in ASCII order, raw values, the
    page URL without its ``#…`` (WECHAT.md §4.8, vector V7)."""
    plain = f"jsapi_ticket={ticket}&noncestr={nonce}&timestamp={timestamp}&url={url}"
    return hashlib.sha1(plain.encode()).hexdigest()


@api
async def jssdk(request: web.Request) -> web.Response:
    require_session(request)
    settings = request.app[keys.SETTINGS]
    url = request.query.get("url", "").split("#", 1)[0]
    base = urlsplit(settings.PUBLIC_BASE_URL)
    if urlsplit(url)[:2] != base[:2] or not urlsplit(url).path.startswith("/h5/"):
        raise ApiError.invalid({"url": "只能为本服务的页面签名。"})
    try:
        ticket = await request.app[keys.CLIENT].jsapi_ticket()
    except (WeChatAPIError, aiohttp.ClientError, TimeoutError):
        raise ApiError(503, "wechat_unavailable", "微信暂时不可用，请稍后再试。") from None
    nonce, timestamp = secrets.token_hex(8), _now(request)
    out = JssdkOut(
        app_id=settings.WECHAT_APPID,
        timestamp=timestamp,
        nonce_str=nonce,
        signature=jsapi_signature(ticket, nonce, timestamp, url),
    )
    return reply(out)


def setup_h5(app: web.Application) -> None:
    """The H5 claim page's routes (one block in ``handlers.routes``)."""
    r = app.router
    r.add_get(PAGE, page)
    r.add_get(CALLBACK, callback)
    r.add_get("/h5/api/rewards", offers)
    r.add_post("/h5/api/rewards/lookup", lookup)
    r.add_post("/h5/api/rewards/claim", claim)
    r.add_post("/h5/api/rewards/decline", decline)
    r.add_post(r"/h5/api/rewards/{reward_id:\d+}/transfer", start)
    r.add_get(r"/h5/api/rewards/{reward_id:\d+}/payment", follow)
    r.add_get("/h5/api/jssdk", jssdk)
