"""The accessibility check of the browser tests: axe-core (vendored, ``tests/e2e/vendor/axe-core``) run in
the page; a page passes with no serious or critical violation (WCAG 2 A/AA rules, colour contrast among
them)."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from playwright.async_api import Page

AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
BLOCKING = ("serious", "critical")


@functools.cache
def _source() -> str:
    return AXE.read_text(encoding="utf-8")


async def violations(page: Page) -> list[dict[str, Any]]:
    """The serious and critical violations axe-core finds on the page as it is now, with their nodes."""
    # Evaluated through the DevTools protocol, so a page's Content-Security-Policy cannot refuse it.
    if not await page.evaluate("() => typeof window.axe !== 'undefined'"):
        await page.evaluate(_source())
    found: list[dict[str, Any]] = await page.evaluate(
        """async () => {
            const only = {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa"]};
            const r = await axe.run(document, {runOnly: only, resultTypes: ["violations"]});
            return r.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => n.target.join(" ") + " :: " + n.failureSummary),
            }));
        }"""
    )
    return [v for v in found if v["impact"] in BLOCKING]


async def assert_accessible(page: Page) -> None:
    bad = await violations(page)
    assert bad == [], "axe-core: " + "; ".join(f"{v['id']} ({v['impact']}): {v['nodes'][:3]}" for v in bad)
