"""The async WeChat API client: one request chokepoint over the app's aiohttp session.

Every call goes through ``_call``: it adds the shared access token, maps errcodes to
``WeChatAPIError``, re-reads the token once on 40001/40014/42001, and backs off on -1 (system busy).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import aiohttp

from bot.tokens import TokenManager
from storage.kv import KV, try_lock, unlock

log = logging.getLogger(__name__)

TOKEN_ERRORS = frozenset({40001, 40014, 42001})
BUSY = -1
OAUTH_BASE = "https://open.weixin.qq.com"
TICKET_MARGIN_SECONDS = 300  # a ticket is refreshed this long before WeChat's expiry


class WeChatAPIError(Exception):
    def __init__(self, errcode: int, errmsg: str, path: str = "") -> None:
        super().__init__(f"{path}: {errcode} {errmsg}")
        self.errcode = errcode
        self.errmsg = errmsg
        self.path = path


class WeChatClient:
    def __init__(
        self,
        session: aiohttp.ClientSession,
        *,
        base: str,
        appid: str,
        secret: str,
        kv: KV,
        timeout: float = 5.0,
        busy_retries: int = 3,
        busy_backoff: float = 0.2,
        on_error: Callable[[str, int], None] | None = None,
    ) -> None:
        self.session = session
        self.base = base.rstrip("/")
        self.appid = appid
        self.secret = secret
        self.timeout = aiohttp.ClientTimeout(total=timeout)
        self.busy_retries = busy_retries
        self.busy_backoff = busy_backoff
        self.on_error = on_error
        self.kv = kv
        self.tokens = TokenManager(kv, appid, self._fetch_stable_token)

    # -- chokepoint ---------------------------------------------------------------------------

    async def _http(
        self, method: str, path: str, *, params: dict[str, str], json: Any = None
    ) -> aiohttp.ClientResponse:
        return await self.session.request(
            method, self.base + path, params=params, json=json, timeout=self.timeout
        )

    async def _call(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, str] | None = None,
        json: Any = None,
        auth: bool = True,
        raw: bool = False,
    ) -> Any:
        params = dict(params or {})
        token_retry_done = False
        busy_attempt = 0
        while True:
            token = ""
            if auth:
                token = await self.tokens.get()
                params["access_token"] = token
            resp = await self._http(method, path, params=params, json=json)
            async with resp:
                ctype = resp.headers.get("Content-Type", "")
                if raw and "json" not in ctype and "text/plain" not in ctype:
                    return await resp.read(), resp.headers
                data = await resp.json(content_type=None)
            errcode = int(data.get("errcode", 0) or 0) if isinstance(data, dict) else 0
            if errcode == 0:
                return data
            if self.on_error:
                self.on_error(path, errcode)
            if auth and errcode in TOKEN_ERRORS and not token_retry_done:
                token_retry_done = True
                await self.tokens.invalidate(token)
                continue
            if errcode == BUSY and busy_attempt < self.busy_retries:
                await asyncio.sleep(self.busy_backoff * 2**busy_attempt)
                busy_attempt += 1
                continue
            raise WeChatAPIError(errcode, str(data.get("errmsg", "")), path)

    async def _fetch_stable_token(self) -> dict[str, Any]:
        body = {
            "grant_type": "client_credential",
            "appid": self.appid,
            "secret": self.secret,
            "force_refresh": False,
        }
        result: dict[str, Any] = await self._call("POST", "/cgi-bin/stable_token", json=body, auth=False)
        return result

    # -- messages -----------------------------------------------------------------------------

    async def send_custom(self, payload: dict[str, Any]) -> None:
        await self._call("POST", "/cgi-bin/message/custom/send", json=payload)

    async def send_text(self, openid: str, content: str) -> None:
        await self.send_custom({"touser": openid, "msgtype": "text", "text": {"content": content}})

    async def send_template(
        self,
        openid: str,
        template_id: str,
        data: dict[str, Any],
        *,
        url: str | None = None,
        miniprogram: dict[str, str] | None = None,
    ) -> int:
        body: dict[str, Any] = {"touser": openid, "template_id": template_id, "data": data}
        if url:
            body["url"] = url
        if miniprogram:
            body["miniprogram"] = miniprogram
        result = await self._call("POST", "/cgi-bin/message/template/send", json=body)
        return int(result.get("msgid", 0))

    async def subscribe_bizsend(
        self, openid: str, template_id: str, data: dict[str, Any], *, page: str | None = None
    ) -> None:
        body: dict[str, Any] = {"touser": openid, "template_id": template_id, "data": data}
        if page:
            body["page"] = page
        await self._call("POST", "/cgi-bin/message/subscribe/bizsend", json=body)

    # -- media, menu, QR ----------------------------------------------------------------------

    async def get_media(self, media_id: str) -> tuple[bytes, str]:
        """Download temporary media (kept by WeChat for 3 days); return (bytes, content type)."""
        result = await self._call("GET", "/cgi-bin/media/get", params={"media_id": media_id}, raw=True)
        if isinstance(result, dict):
            raise WeChatAPIError(-2, "media is a video link, not bytes", "/cgi-bin/media/get")
        body, headers = result
        return body, headers.get("Content-Type", "application/octet-stream").split(";")[0]

    async def create_menu(self, menu: dict[str, Any]) -> None:
        await self._call("POST", "/cgi-bin/menu/create", json=menu)

    async def create_qrcode(
        self, scene: str | int, *, expire_seconds: int | None = 2592000
    ) -> dict[str, Any]:
        """Temporary code by default (≤ 30 days); expire_seconds=None makes a permanent one."""
        is_int = isinstance(scene, int)
        scene_obj = {"scene_id": scene} if is_int else {"scene_str": scene}
        if expire_seconds is None:
            action = "QR_LIMIT_SCENE" if is_int else "QR_LIMIT_STR_SCENE"
            body: dict[str, Any] = {"action_name": action, "action_info": {"scene": scene_obj}}
        else:
            action = "QR_SCENE" if is_int else "QR_STR_SCENE"
            body = {
                "expire_seconds": expire_seconds,
                "action_name": action,
                "action_info": {"scene": scene_obj},
            }
        result: dict[str, Any] = await self._call("POST", "/cgi-bin/qrcode/create", json=body)
        result["image_url"] = "https://mp.weixin.qq.com/cgi-bin/showqrcode?ticket=" + quote(
            result["ticket"], safe=""
        )
        return result

    # -- identity -----------------------------------------------------------------------------

    def oauth_url(
        self, redirect_uri: str, *, state: str, scope: str = "snsapi_base", base: str = OAUTH_BASE
    ) -> str:
        return (
            base.rstrip("/")
            + "/connect/oauth2/authorize?appid="
            + self.appid
            + "&redirect_uri="
            + quote(redirect_uri, safe="")
            + f"&response_type=code&scope={scope}&state={state}#wechat_redirect"
        )

    async def oauth_openid(self, code: str) -> str:
        params = {
            "appid": self.appid,
            "secret": self.secret,
            "code": code,
            "grant_type": "authorization_code",
        }
        result = await self._call("GET", "/sns/oauth2/access_token", params=params, auth=False)
        return str(result["openid"])

    async def jsapi_ticket(self) -> str:
        """The JS-SDK ticket (WECHAT.md §4.8), shared through Redis by every process until shortly before it
        expires: its quota is small, so one process fetches it at a time."""
        key = f"wx:jsapi_ticket:{self.appid}"
        for _ in range(50):
            cached = await self.kv.get(key)
            if cached is not None:
                return bytes(cached).decode()
            lock = await try_lock(self.kv, key + ":lock", ttl_ms=10_000)
            if lock is None:
                await asyncio.sleep(0.05)  # another process is fetching it
                continue
            try:
                result = await self._call("GET", "/cgi-bin/ticket/getticket", params={"type": "jsapi"})
                ticket = str(result["ticket"])
                ttl = int(result.get("expires_in", 7200)) - TICKET_MARGIN_SECONDS
                await self.kv.set(key, ticket.encode(), ex=max(60, ttl))
                return ticket
            finally:
                await unlock(self.kv, key + ":lock", lock)
        raise WeChatAPIError(-1, "timed out waiting for the jsapi ticket", "/cgi-bin/ticket/getticket")

    async def code2session(self, js_code: str) -> dict[str, Any]:
        """Mini-program login. The session_key returned must never reach the client."""
        params = {
            "appid": self.appid,
            "secret": self.secret,
            "js_code": js_code,
            "grant_type": "authorization_code",
        }
        result: dict[str, Any] = await self._call("GET", "/sns/jscode2session", params=params, auth=False)
        return result

    async def msg_sec_check(self, openid: str, content: str, *, scene: int = 2) -> str:
        """Return WeChat's suggestion: pass, review or risky (errcode 0 only means it ran)."""
        body = {"version": 2, "openid": openid, "scene": scene, "content": content}
        result = await self._call("POST", "/wxa/msg_sec_check", json=body)
        return str(result["result"]["suggest"])
