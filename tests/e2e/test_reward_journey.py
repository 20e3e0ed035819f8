"""Issue 4's "Done when", in the simulator's page (Debian's chromium): a report sent in chat is found true
by staff through the admin API, proposed and approved by another head; the reporter opens 我的 → 奖励,
follows the link into the in-page WeChat browser, proves their identity, taps 确认收款, confirms in the
simulated WeChat Pay sheet, and the page shows 已到账 — with exactly one transfer in WeChat Pay's ledger."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import aiohttp
import pytest
from playwright.async_api import Page, expect

from bot.flows.reward import MINE_MENU
from bot.menu import menu_payload
from handlers import keys
from reward.models import Reward, RewardShare
from tests.conftest import Stack
from tests.e2e.browser import phone_page
from tests.e2e.test_admin_rewards import consoles, investigate, make_team
from tests.e2e.test_report_journey import ID_NUMBER, NAME, report_named, seed_pharmacies
from tests.e2e.test_simulator_page import bubbles, say

pytestmark = [pytest.mark.browser, pytest.mark.parametrize("backend", ["sqlite"])]
USER = "o-citizen-1"  # the simulator page's first user
SCREENSHOT = "/tmp/reward_journey.png"


@pytest.fixture
async def page(stack: Stack) -> AsyncIterator[Page]:
    await stack.app[keys.CLIENT].create_menu(menu_payload())
    async with phone_page(str(stack.sim_server.make_url("/sim/")), timeout_ms=15_000) as pg:
        yield pg


async def offered_in_chat(stack: Stack) -> int:
    """The reporter reports in chat; staff find it true, propose, and another head approves: reward id."""
    await seed_pharmacies()
    await report_named(stack, USER)
    team = await make_team()
    async with aiohttp.ClientSession() as http:
        c = await consoles(stack, http)
        rid = (await c["intake"].ok("GET", "/admin/api/reports?status=submitted"))["reports"][0]["id"]
        await investigate(c, team, rid, amount_fen=100_000_00)
        row = await c["inv"].ok("POST", f"/admin/api/reports/{rid}/reward", {}, status=201)
        approved = await c["head2"].ok("POST", f"/admin/api/rewards/{row['id']}/approve", {})
    assert approved["status"] == "offered" and approved["amount_fen"] == 2_000_00
    return int(row["id"])


async def test_a_reporter_claims_a_reward_in_the_simulator_page_and_sees_it_paid(
    stack: Stack, page: Page
) -> None:
    reward_id = await offered_in_chat(stack)
    await expect(page.locator("#title")).to_contain_text(USER)

    # 我的 → 奖励: the offer, with a link to the claim page.
    menu = page.locator("#menu")
    await menu.get_by_role("button", name="参与", exact=True).click()
    await menu.get_by_role("button", name="我的", exact=True).click()
    await expect(bubbles(page, "out").last).to_contain_text(MINE_MENU.splitlines()[1])
    await say(page, "奖励")
    await expect(bubbles(page, "out").last).to_contain_text("奖励2,000.00元，待领取")
    await bubbles(page, "out").last.locator("a", has_text="领取奖励").click()

    # The claim page in the in-page WeChat browser, signed in by OAuth as this user.
    frame = page.frame_locator("#browser-frame")
    offer = frame.locator("#offers .offer")
    await expect(offer).to_have_count(1)
    await expect(offer).to_contain_text("2,000.00元")
    await offer.get_by_role("button", name="领取", exact=True).click()
    await frame.get_by_label("姓名").fill(NAME)
    await frame.get_by_label("身份证号码").fill(ID_NUMBER)
    await frame.locator("#submit-claim").click()
    await expect(frame.locator("#pay")).to_be_visible()
    await frame.locator("#confirm").click()

    # WeChat Pay's sheet: the amount, then 确认收款.
    sheet = frame.locator("#sim-wx-transfer")
    await expect(sheet).to_contain_text("¥2000.00")
    await sheet.get_by_role("button", name="确认收款").click()
    await expect(sheet).to_be_hidden()

    # WeChat Pay tells the service (its notify); the page, polling, shows the money received.
    done = frame.locator("#done-title")
    for _ in range(300):
        await stack.pay.deliver_due()
        if await done.is_visible():
            break
        await asyncio.sleep(0.05)
    await expect(done).to_have_text("已到账")
    await page.screenshot(path=SCREENSHOT)

    assert [(r["openid"], r["amount_fen"]) for r in stack.pay.ledger] == [(USER, 2_000_00)]
    assert (await Reward.get(id=reward_id)).status == "paid"
    share = await RewardShare.get(reward_id=reward_id)
    assert (share.status, share.rail) == ("paid", "wechat")
