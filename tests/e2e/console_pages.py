"""The staff console in Debian's chromium at a desk's 1366x768: signing in, filling forms, and axe-core
(vendored under tests/e2e/vendor/, pinned, licence beside it) checked on every page visited."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from playwright.async_api import Browser, BrowserContext, Page, async_playwright

from tests.e2e.admin_client import PASSWORD
from tests.e2e.browser import CHROMIUM, CHROMIUM_ARGS

EXPECTED_REFUSAL = re.compile(r"status of (401|403|409|422|429) ")
DESK = {"width": 1366, "height": 768}
AXE = Path(__file__).parent / "vendor" / "axe-core-4.10.3" / "axe.min.js"


class Desk:
    """One browser; each staff member gets their own context (own cookies), like their own PC."""

    def __init__(self, browser: Browser, base: str) -> None:
        self.browser, self.base = browser, base.rstrip("/")
        self.errors: list[str] = []
        self.checked: set[str] = set()
        self.contexts: list[BrowserContext] = []

    async def page(self) -> Page:
        context = await self.browser.new_context(viewport=DESK, locale="zh-CN")
        context.set_default_timeout(10_000)
        self.contexts.append(context)
        page = await context.new_page()
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        page.on("console", lambda msg: self._console(msg.type, msg.text))
        return page

    def _console(self, kind: str, text: str) -> None:
        # A refusal page (401/403/409/422/429) is an answer the test expects; a 404 or 500 is not.
        if kind == "error" and not EXPECTED_REFUSAL.search(text):
            self.errors.append(text)

    async def sign_in(self, username: str, password: str = PASSWORD) -> Page:
        page = await self.page()
        await page.goto(self.base + "/admin/")
        await page.get_by_label("用户名").fill(username)
        await page.get_by_label("密码").fill(password)
        await page.get_by_role("button", name="登录").click()
        await page.wait_for_load_state()
        return page

    async def axe(self, page: Page) -> list[dict[str, Any]]:
        """Serious and critical axe-core violations of the page as shown now, in a CSP-free copy (axe
        is injected as an inline script): the page's HTML served again at its URL (it may be the answer
        to a form), with the same cookies for its style sheet and scripts."""
        url, html = page.url, await page.content()
        cookies = await page.context.cookies()
        context = await self.browser.new_context(viewport=DESK, locale="zh-CN", bypass_csp=True)
        try:
            await context.add_cookies(cookies)  # type: ignore[arg-type]
            copy = await context.new_page()
            await copy.route(
                url, lambda route: route.fulfill(body=html, content_type="text/html; charset=utf-8")
            )
            await copy.goto(url)
            await copy.add_script_tag(path=str(AXE))
            result = await copy.evaluate("async () => JSON.stringify((await axe.run()).violations)")
        finally:
            await context.close()
        self.checked.add(url.split("?")[0])
        found: list[dict[str, Any]] = json.loads(result)
        return [
            {"id": v["id"], "impact": v["impact"], "nodes": [n["html"] for n in v["nodes"]][:3]}
            for v in found
            if v["impact"] in ("serious", "critical")
        ]

    async def accessible(self, page: Page) -> None:
        bad = await self.axe(page)
        assert bad == [], f"axe-core on {page.url}: {bad}"


@asynccontextmanager
async def desk(base: str) -> AsyncIterator[Desk]:
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        d = Desk(browser, base)
        try:
            yield d
            assert d.errors == [], f"errors on console pages: {d.errors}"
        finally:
            await browser.close()
