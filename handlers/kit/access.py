"""Who is calling: session tokens from WeChat login, the client's address, rate limits, receipt throttling.

Sessions: a random token goes to the mini-program; Redis keeps only sha256(token) → openid, with a TTL,
so a Redis dump holds no usable token. WeChat's session_key is dropped on arrival (WECHAT.md §4.9):
we never decrypt user data, so there is nothing to keep it for.
"""

from __future__ import annotations

import contextlib
import hashlib
import ipaddress
import re
import secrets
from collections.abc import AsyncIterator

import aiohttp
from aiohttp import web

from bot.client import WeChatAPIError
from handlers import keys
from handlers.kit.config import DEFAULT_CONFIG, ApiConfig, Limit, Network
from handlers.kit.errors import ApiError
from reports.errors import ReportError
from reports.models import Report
from reports.queries import find_by_receipt
from storage.ratelimit import allow, refund

_TOKEN = re.compile(r"[A-Za-z0-9_-]{20,128}")
# code2session errcodes (WECHAT.md §4.9) and what the person is told.
_LOGIN_ERRORS: dict[int, tuple[int, str, str]] = {
    40029: (401, "bad_login_code", "登录凭证无效，请重新进入小程序。"),
    40163: (401, "bad_login_code", "登录凭证已使用，请重新进入小程序。"),
    45011: (429, "rate_limited", "登录太频繁，请稍后再试。"),
    40226: (403, "login_refused", "您的微信账号暂时无法登录，请稍后再试或拨打12393咨询。"),
}
UNAVAILABLE = (503, "wechat_unavailable", "微信登录暂时不可用，请稍后再试。")


def config(app: web.Application) -> ApiConfig:
    return app.get(keys.API_CONFIG, DEFAULT_CONFIG)


# -- sessions -----------------------------------------------------------------------------------


def _session_key(token: str) -> str:
    return "api:session:" + hashlib.sha256(token.encode()).hexdigest()


async def open_session(app: web.Application, code: str) -> tuple[str, int]:
    """Exchange a wx.login code for a session token; return (token, lifetime in seconds)."""
    try:
        result = await app[keys.CLIENT].code2session(code)
    except WeChatAPIError as err:
        status, error, message = _LOGIN_ERRORS.get(err.errcode, UNAVAILABLE)
        raise ApiError(status, error, message) from None
    except (aiohttp.ClientError, TimeoutError):
        raise ApiError(*UNAVAILABLE) from None
    openid = str(result["openid"])  # session_key is deliberately not read, stored or returned
    token = secrets.token_urlsafe(32)
    ttl = config(app).session_ttl_seconds
    await app[keys.KV_KEY].set(_session_key(token), openid.encode(), ex=ttl)
    return token, ttl


async def require_user(request: web.Request) -> str:
    """The openid of the ``Authorization: Bearer`` session, or 401."""
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not _TOKEN.fullmatch(token):
        raise ApiError(401, "unauthorized", "请先登录。", headers={"WWW-Authenticate": "Bearer"})
    openid = await request.app[keys.KV_KEY].get(_session_key(token))
    if openid is None:
        raise ApiError(
            401, "unauthorized", "登录已过期，请重新登录。", headers={"WWW-Authenticate": "Bearer"}
        )
    return bytes(openid).decode()


def user_key(app: web.Application, openid: str) -> str:
    """A keyed hash of the openid, for rate-limit and upload-owner keys (no openid in key names)."""
    return app[keys.CIPHER].blind_index(openid)


# -- client address -----------------------------------------------------------------------------


def _parse_ip(text: str | None) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address((text or "").strip())
    except ValueError:
        return None


def client_ip(request: web.Request, trusted: tuple[Network, ...]) -> str:
    """The caller's address: the TCP peer, unless the peer is a trusted proxy.

    Behind trusted proxies, X-Forwarded-For is read from the right (each proxy appends the address it
    saw) and the first address that is not itself a trusted proxy is the client. Entries further left
    were written by the client and could be anything, so they are never used.
    """
    peer = _parse_ip(request.remote)
    if peer is None:
        return request.remote or "unknown"
    if not any(peer in net for net in trusted):
        return str(peer)
    hops = [h for part in request.headers.getall("X-Forwarded-For", []) for h in part.split(",")]
    for hop in reversed(hops):
        ip = _parse_ip(hop)
        if ip is None:
            break
        if not any(ip in net for net in trusted):
            return str(ip)
    return str(peer)


def address_key(request: web.Request) -> str:
    """The rate-limit subject of the caller's address; IPv6 counts per /64, what one host usually holds."""
    ip = ipaddress.ip_address(client_ip(request, config(request.app).trusted_proxies))
    if ip.version == 6:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


# -- rate limits --------------------------------------------------------------------------------


def _retry_after(limit: Limit) -> str:
    # A sliding window (storage.ratelimit): a hit is certainly free again one window from now.
    return str(limit.window_seconds)


async def throttle(request: web.Request, name: str, limit: Limit, subject: str) -> None:
    """Count one ``name`` action by ``subject``; 429 once the window's limit is passed."""
    kv = request.app[keys.KV_KEY]
    if not await allow(kv, f"api:{name}:{subject}", limit=limit.count, window_seconds=limit.window_seconds):
        raise ApiError(
            429, "rate_limited", "操作太频繁，请稍后再试。", headers={"Retry-After": _retry_after(limit)}
        )


@contextlib.asynccontextmanager
async def quota(request: web.Request, name: str, limit: Limit, subject: str) -> AsyncIterator[None]:
    """Like ``throttle``, but the hit is given back when the action inside is refused (raises): the quota
    counts what was accepted, so a client's invalid attempts do not spend a reporter's allowance."""
    await throttle(request, name, limit, subject)
    try:
        yield
    except Exception:
        kv = request.app[keys.KV_KEY]
        await refund(kv, f"api:{name}:{subject}")
        raise


async def open_by_receipt(request: web.Request, receipt: str) -> Report:
    """The report a receipt opens, with guessing throttled per address.

    Only failures count; past the limit the address is blocked for the window, valid receipts included,
    otherwise a blocked guesser would still learn which guesses hit. Malformed and unknown receipts get
    the same 404, so a reply never says how close a guess was.
    """
    kv, limit = request.app[keys.KV_KEY], config(request.app).receipt_misses_per_ip
    subject = address_key(request)
    blocked = ApiError(
        429,
        "too_many_guesses",
        f"回执码查询失败次数太多，请{max(1, limit.window_seconds // 60)}分钟后再试。",
        headers={"Retry-After": str(limit.window_seconds)},
    )
    if await kv.exists(f"api:receipt-block:{subject}"):
        raise blocked
    try:
        return await find_by_receipt(receipt, rules=request.app[keys.REPORT_RULES])
    except ReportError as err:
        if err.code not in ("bad_receipt", "not_found"):
            raise
    if not await allow(
        kv, f"api:receipt-miss:{subject}", limit=limit.count, window_seconds=limit.window_seconds
    ):
        await kv.set(f"api:receipt-block:{subject}", b"1", ex=limit.window_seconds)
        raise blocked
    raise ApiError.of(ReportError("not_found"))
