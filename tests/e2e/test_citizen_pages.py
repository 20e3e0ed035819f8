"""The citizen's H5 pages in a real browser (Debian's chromium, a phone viewport), issue 16: the claim page
refreshes after 领取 and shows each error by its field; the objection page shows the objection's status
and the bureau's answer."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import aiohttp
import pytest
from playwright.async_api import Page, expect
from tortoise.transactions import in_transaction

from credit.evaluation import evaluate, publish
from credit.models import CreditObjection
from credit.objections import answer_objection, issue_notices
from handlers import keys
from kernel.actors import Actor
from kernel.clock import china_day
from registry.data.demo import CENTRE
from tests.conftest import Stack
from tests.e2e.a11y import assert_accessible, violations
from tests.e2e.browser import phone_page
from tests.e2e.test_admin_rewards import consoles
from tests.e2e.test_api_v1 import Api
from tests.e2e.test_reward_claim import http, offered, team
from tests.e2e.test_simulator_page import bubbles, expect_reply, open_tools, page, png, say
from tests.integration.credit_kit import places

pytestmark = [pytest.mark.parametrize("backend", ["sqlite"]), pytest.mark.browser]
__all__ = ["http", "page", "team"]  # fixtures, used by name


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
    await expect(page.get_by_role("button", name="确认收款", exact=True)).to_be_visible()
    await expect(offer).not_to_contain_text("待领取")  # the card was read again
    await expect(offer.get_by_role("button", name="领取", exact=True)).to_have_count(0)
    await expect(offer.get_by_role("button", name="去确认收款")).to_be_visible()
    await assert_accessible(page)  # with cards, the status chip and the payment step shown


async def test_the_objection_page_shows_the_objections_status_and_the_bureaus_answer(
    stack: Stack, browser_page: Page
) -> None:
    now = datetime.now(UTC)
    await places("P0000001")
    run = await evaluate("demo", str(china_day(now).year), actor="cli:test", now=now)
    await publish(run.id, actor="cli:test", now=now)
    calendar = stack.app[keys.REPORT_RULES].calendar
    async with in_transaction() as conn:
        notices = await issue_notices(conn, run.id, actor="cli:test", now=now, calendar=calendar)
    code = notices[0]["objection_code"]

    page = browser_page
    await page.goto(stack.url.rstrip("/") + "/h5/credit/objection")
    await page.get_by_label("机构编码").fill("P0000001")
    await page.get_by_label("异议码").fill(code)
    await page.get_by_label("异议理由").fill("去年的违规记录已在复查中撤销，请予更正。")
    await page.get_by_role("button", name="提交异议").click()
    progress = page.get_by_role("region", name="异议办理情况")
    await expect(progress).to_contain_text("待答复")

    made = await CreditObjection.get(institution_code="P0000001")
    officer = Actor(id=1, name="信用科", roles=frozenset({"credit_officer"}), regions=frozenset({"demo"}))
    async with in_transaction() as conn:
        await answer_objection(
            conn,
            made.id,
            decision="rejected",
            answer="复查结论维持原记录，不予更正。",
            actor=officer,
            now=now,
        )
    await page.reload()
    await page.get_by_label("机构编码").fill("P0000001")
    await page.get_by_label("异议码").fill(code)
    await page.get_by_role("button", name="查看异议办理情况").click()
    await expect(progress).to_contain_text("不予更正")
    await expect(progress).to_contain_text("复查结论维持原记录，不予更正。")
    await assert_accessible(page)


async def test_the_simulator_shows_thumbnails_titles_and_starts_inside_the_demo_region(
    stack: Stack, page: Page
) -> None:
    lat, lng = (
        float(await page.get_by_label("纬度").input_value()),
        float(await page.get_by_label("经度").input_value()),
    )
    assert abs(lat - CENTRE[0]) < 0.1 and abs(lng - CENTRE[1]) < 0.1  # a location sent as is finds pharmacies

    await say(page, "留言")
    await say(page, "2")
    await say(page, "药店门口的医保标识被货架挡住了，希望整改")
    await expect_reply(page, "如有图片请发送")
    await open_tools(page)
    await page.locator("#file").set_input_files(
        files=[{"name": "p.png", "mimeType": "image/png", "buffer": png()}]
    )
    thumb = bubbles(page, "in").last.locator("img.thumb")
    await expect(thumb).to_be_visible()
    assert await thumb.evaluate("img => img.complete && img.naturalWidth") == 4

    await say(page, "取消")
    await say(page, "记分查询")
    await bubbles(page, "out").last.get_by_role("link", name="记分查询").click()
    await expect(page.locator("#browser-title")).to_have_text("医保支付资格记分查询")  # the page's <title>


async def until(check: Any, *, tries: int = 200) -> Any:
    for _ in range(tries):
        if found := await check():
            return found
        await asyncio.sleep(0.02)
    raise AssertionError("condition not reached")


async def test_each_simulated_user_keeps_their_own_h5_session(stack: Stack, page: Page) -> None:
    service = stack.url.rstrip("/")

    async def session_cookie() -> str | None:
        found = [c["value"] for c in await page.context.cookies(service + "/h5/") if c["name"] == "fg_h5"]
        return found[0] if found else None

    await say(page, "奖励")
    await bubbles(page, "out").last.get_by_role("link", name="领取奖励").click()
    await expect(page.locator("#browser-title")).to_have_text("领取举报奖励")
    first = await until(session_cookie)  # signed in by silent OAuth as o-citizen-1

    await page.get_by_placeholder(re.compile("openid")).fill("o-citizen-2")
    await page.get_by_role("button", name="添加").click()
    await expect(page.locator("#title")).to_contain_text("o-citizen-2")
    assert await session_cookie() is None  # not the first user's session (the switch awaited the jar)

    await page.locator("#userlist").get_by_text("o-citizen-1", exact=True).click()
    await expect(page.locator("#title")).to_contain_text("o-citizen-1")
    assert await until(session_cookie) == first


async def test_every_h5_page_and_the_simulator_page_pass_axe_core(stack: Stack, page: Page) -> None:
    problems: dict[str, list[dict[str, Any]]] = {}
    problems["/sim/"] = await violations(page)
    await say(page, "帮助")
    await expect_reply(page, "留言")
    await page.locator("#menu").get_by_role("button", name="举报", exact=True).click()
    await open_tools(page)
    problems["/sim/ (a conversation, the menu and the tools open)"] = await violations(page)
    await as_wechat_user(page, stack, "o-a11y")
    base = stack.url.rstrip("/")
    for path in ("/h5/rewards/claim", "/h5/credit/objection", "/h5/credit/points", "/h5/typical-cases"):
        await page.goto(base + path)
        await page.wait_for_load_state("networkidle")
        problems[path] = await violations(page)
    await page.goto(base + "/h5/credit/objection")
    await page.get_by_role("button", name="提交异议").click()  # the error state too
    problems["/h5/credit/objection (error)"] = await violations(page)
    assert {k: v for k, v in problems.items() if v} == {}
