"""The citizen's H5 pages in a real browser (Debian's chromium, a phone viewport), issue 16: the claim page
refreshes after 领取 and shows each error by its field."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest
from playwright.async_api import Page, expect

from tests.conftest import Stack
from tests.e2e.browser import phone_page
from tests.e2e.test_admin_rewards import consoles
from tests.e2e.test_api_v1 import Api
from tests.e2e.test_reward_claim import http, offered, team

pytestmark = [pytest.mark.parametrize("backend", ["sqlite"]), pytest.mark.browser]
__all__ = ["http", "team"]  # fixtures, used by name


@pytest.fixture
async def browser_page(stack: Stack) -> AsyncIterator[Page]:
    async with phone_page() as pg:
        yield pg


async def as_wechat_user(page: Page, stack: Stack, openid: str) -> None:
    """Who the simulator's OAuth sees, as the chat page's in-page browser tells it (a cookie)."""
    await page.context.add_cookies(
        [{"name": "sim_openid", "value": openid, "url": stack.settings.WECHAT_OAUTH_BASE}]
    )


async def test_the_claim_page_shows_errors_by_their_field_and_refreshes_after_claiming(
    stack: Stack, browser_page: Page, http: aiohttp.ClientSession, team: dict[str, int]
) -> None:
    c, api = await consoles(stack, http), Api(stack, http)
    await api.login("o-anon-sender")
    receipt, _ = await offered(stack, c, team, api, target="P-PAGE-1", anonymous=True)
    page = browser_page
    await as_wechat_user(page, stack, "o-page-claimant")
    await page.goto(stack.url.rstrip("/") + "/h5/rewards/claim")

    await page.get_by_label("回执码").fill("2345-6789-ABCD-EFGH")
    await page.get_by_role("button", name="查询奖励").click()
    await expect(page.locator("#err-receipt")).to_contain_text("没有找到")
    await expect(page.locator("#notice")).to_be_empty()

    await page.get_by_label("回执码").fill(receipt)
    await page.get_by_role("button", name="查询奖励").click()
    offer = page.locator("#receipt-offer .offer")
    await expect(offer).to_contain_text("待领取")
    await expect(page.locator("#err-receipt")).to_be_empty()
    await offer.get_by_role("button", name="领取").click()

    await page.get_by_label("姓名").fill("王五")
    await page.get_by_label("身份证号码").fill("110105194912310041")  # a wrong check digit
    await page.locator("#submit-claim").click()
    await expect(page.locator("#err-id-number")).to_contain_text("身份证号码有误")
    await expect(page.get_by_label("身份证号码")).to_have_attribute("aria-invalid", "true")
    await expect(page.locator("#notice")).to_be_empty()

    await page.get_by_label("身份证号码").fill("110105194912310046")
    await page.locator("#submit-claim").click()
    await expect(page.get_by_role("button", name="确认收款")).to_be_visible()
    await expect(offer).not_to_contain_text("待领取")  # the card was read again
    await expect(offer.get_by_role("button", name="领取", exact=True)).to_have_count(0)
    await expect(offer.get_by_role("button", name="去确认收款")).to_be_visible()
