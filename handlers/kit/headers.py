"""Security headers on every response: a strict Content-Security-Policy for HTML, no caching unless a
handler chose otherwise, no MIME sniffing, no referrer (receipt codes travel in some URLs). H5 pages may be
framed (the simulator's in-page WeChat browser frames them); other HTML may not.

A page's own inline ``<script>`` and ``<style>`` blocks are allowed by their SHA-256 hashes (``page_csp``),
never by 'unsafe-inline', so an injected script cannot run. Pages with a policy of their own keep it; any
other HTML gets the strictest one (no script at all).
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from aiohttp import web

from handlers.kit.errors import Handler

DEFAULT_CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
_BLOCK = {tag: re.compile(rf"<{tag}>(.*?)</{tag}>", re.S) for tag in ("script", "style")}


def _hashes(html: str, tag: str) -> list[str]:
    return [
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"
        for body in _BLOCK[tag].findall(html)
    ]


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def page_csp(html: str, *, script_sources: Iterable[str] = ()) -> str:
    """The policy for one page: its inline blocks by hash, its API on this origin, nothing else. A script
    source named (the JS-SDK) may also be called by the page's scripts (the simulator's SDK calls home)."""
    extra = list(script_sources)
    scripts = " ".join([*_hashes(html, "script"), *extra]) or "'none'"
    styles = " ".join(_hashes(html, "style")) or "'none'"
    connect = " ".join(["'self'", *extra])
    return (
        f"default-src 'none'; script-src {scripts}; style-src {styles}; connect-src {connect}; "
        "img-src 'self' data:; base-uri 'none'; form-action 'self'"
    )


def _secure(request: web.Request, response: web.StreamResponse) -> None:
    headers = response.headers
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Referrer-Policy", "no-referrer")
    # Personal data (reports, identities, rewards) is in most answers: nothing is cached unless the
    # handler said it may be (the OpenAPI document, static page shells).
    headers.setdefault("Cache-Control", "no-store")
    if (response.content_type or "").startswith("text/html"):
        headers.setdefault("Content-Security-Policy", DEFAULT_CSP)


@web.middleware
async def security_headers(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        response = await handler(request)
    except web.HTTPException as exc:  # redirects and refusals are responses too
        _secure(request, exc)
        raise
    _secure(request, response)
    return response
