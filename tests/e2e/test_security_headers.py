"""Security headers on the H5 pages and the API: a strict CSP (inline blocks by hash, never
'unsafe-inline'), no-store where personal data is shown, nosniff, and no referrer."""

from __future__ import annotations

import base64
import hashlib
import re

import aiohttp

from tests.conftest import Stack


def _inline_hash(html: str) -> str:
    body = re.search(r"<script>(.*?)</script>", html, re.S)
    assert body is not None
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.group(1).encode()).digest()).decode() + "'"


async def test_h5_pages_get_a_strict_csp_that_allows_only_their_own_script(stack: Stack) -> None:
    async with aiohttp.ClientSession() as http:
        for path in ("h5/credit/objection", "h5/credit/points"):
            async with http.get(stack.url + path) as resp:
                html, headers = await resp.text(), resp.headers
            csp = headers["Content-Security-Policy"]
            script_src = re.search(r"script-src ([^;]*)", csp)
            assert script_src is not None and "unsafe-inline" not in csp and "unsafe-eval" not in csp
            assert script_src.group(1).split() == [_inline_hash(html)]
            assert "default-src 'none'" in csp and "base-uri 'none'" in csp
            assert headers["X-Content-Type-Options"] == "nosniff"
            assert headers["Referrer-Policy"] == "no-referrer"


async def test_api_answers_are_not_stored_sniffed_or_referred(stack: Stack) -> None:
    async with aiohttp.ClientSession() as http:
        for method, path in (
            ("GET", "api/v1/reports/ABCD-EFGH-JKMN-PQRS"),  # a receipt in the path; personal data if found
            ("POST", "admin/api/login"),
            ("GET", "h5/rewards/claim"),  # the claim page: a redirect to sign in
        ):
            async with http.request(method, stack.url + path, allow_redirects=False) as resp:
                headers = resp.headers
            assert headers["X-Content-Type-Options"] == "nosniff", path
            assert headers["Referrer-Policy"] == "no-referrer", path
            assert headers["Cache-Control"] == "no-store", path
