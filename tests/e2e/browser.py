"""Debian's chromium driven by Playwright with a phone viewport: the browser every page test uses."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from playwright.async_api import Page, async_playwright

CHROMIUM = "/usr/bin/chromium"  # Debian's; no browser downloads work here
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
PHONE = {"width": 390, "height": 844}


@asynccontextmanager
async def phone_page(url: str | None = None, *, timeout_ms: int = 10_000) -> AsyncIterator[Page]:
    """A fresh browser with one phone-sized page (at ``url`` if given); a JavaScript error on the page
    fails the test when the block ends."""
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = await browser.new_context(viewport=PHONE, locale="zh-CN")
            context.set_default_timeout(timeout_ms)
            page = await context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            if url is not None:
                await page.goto(url)
            yield page
            assert errors == [], f"JavaScript errors on the page: {errors}"
        finally:
            await browser.close()
