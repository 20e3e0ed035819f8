"""A person in the simulator's chat page (real Chromium) looks a pharmacy up by name, by pinyin initials and
by sending a location, and sees its published grade."""

from __future__ import annotations

import pytest
from playwright.async_api import Page, expect

from registry.data.demo import CENTRE
from tests.conftest import Stack
from tests.e2e.test_simulator_page import bubbles, expect_reply, open_tools, page, say
from tests.integration.test_credit_lookup import seed_lookup

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])
__all__ = ["page"]  # the browser fixture, shared with the page's own test


@pytest.mark.browser
async def test_a_person_looks_a_pharmacy_up_by_name_initials_and_location(stack: Stack, page: Page) -> None:
    await seed_lookup()

    await say(page, "查药店 益丰 人民路")
    await expect_reply(page, "益丰大药房（人民路店）")
    await expect_reply(page, "信用等级：★★★ 信用优秀 · 2025年度 · 2026-01-15公布")

    await say(page, "查药店 yfdyf")
    answer = bubbles(page, "out").last
    await expect(answer).to_contain_text("1. 益丰大药房（人民路店）")
    await expect(answer).to_contain_text("2. 益丰大药房（解放路店）")
    await expect(answer).to_contain_text("未评级：签订医保服务协议不满1年")

    # The menu's 查信用 → 附近药店, then a location from the page's tools.
    menu = page.locator("#menu")
    await menu.get_by_role("button", name="查信用", exact=True).click()
    await menu.get_by_role("button", name="附近药店").click()
    await expect_reply(page, "请发送您的位置")
    await open_tools(page)
    await page.get_by_label("地点名").fill("示范市人民广场")
    await page.get_by_label("纬度").fill(str(CENTRE[0]))
    await page.get_by_label("经度").fill(str(CENTRE[1]))
    await page.get_by_role("button", name="发送位置").click()
    await expect(bubbles(page, "in").last).to_contain_text("示范市人民广场")
    near = bubbles(page, "out").last
    await expect(near).to_contain_text("您附近（示范市人民广场）的定点药店")
    await expect(near).to_contain_text("1. 益丰大药房（人民路店） 约100米")
    await expect(near).to_contain_text("信用等级：★★★")
    await expect(near).to_contain_text("老百姓大药房（五一路店）【暂停】 约800米")
