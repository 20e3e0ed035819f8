"""The staff console in a browser: one journey per role, the refusals, and axe-core on every page.

Each test starts the service and the simulator once (the ``stack`` fixture) and drives the console
at 1366x768 in Debian's chromium, one browser context per staff member.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import pytest
from playwright.async_api import Page, expect

from reports.models import Report
from tests.conftest import Stack, StackFactory
from tests.e2e.admin_client import ID_NUMBER
from tests.e2e.console_pages import Desk, desk
from tests.e2e.test_admin_rewards import make_team

pytestmark = [pytest.mark.browser]
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cf00000301010018dd8db40000000049454e44ae426082"
)


@pytest.fixture
async def stack(make_stack: StackFactory) -> Stack:
    """The demo's setting: passwords only (the second factor has its own test)."""
    result: Stack = await make_stack(STAFF_TOTP_ROLES="")
    return result


@pytest.fixture
async def browser(stack: Stack) -> AsyncIterator[Desk]:
    async with desk(stack.url) as d:
        yield d


async def enter_named_report(page: Page) -> int:
    """The intake clerk types in a named phone report; returns its id (the receipt is shown once)."""
    await page.get_by_role("link", name="登记举报").click()
    await page.get_by_label("渠道").select_option("phone")
    await page.get_by_label("举报类别").select_option(index=1)
    await page.get_by_label("被举报对象").fill("益丰大药房示范路店")
    await page.get_by_label("情况描述").fill("来电反映药店允许用医保卡购买鸡蛋和洗发水，收银时按药品结算。")
    await page.get_by_label("实名", exact=True).check()
    await page.get_by_label("姓名（实名时填写）").fill("张三丰")
    await page.get_by_label("身份证号码（实名时填写）").fill(ID_NUMBER)
    await page.get_by_label("手机号码（实名时填写）").fill("13800138000")
    await page.get_by_label("举报人已单独同意").check()
    await page.get_by_role("button", name="登记").click()
    await expect(page.locator(".receipt")).to_have_text(re.compile(r"\w{4}"))
    link = page.get_by_role("status").get_by_role("link")
    rid = int((await link.inner_text()).lstrip("#"))
    await link.click()
    return rid


async def test_intake_accepts_and_the_head_assigns(stack: Stack, browser: Desk) -> None:
    team = await make_team()
    intake = await browser.sign_in("intake1")
    await expect(intake.get_by_role("heading", level=1)).to_contain_text("您好")
    await browser.accessible(intake)
    rid = await enter_named_report(intake)
    await browser.accessible(intake)
    await intake.get_by_role("button", name="受理", exact=True).click()
    await expect(intake.get_by_role("status")).to_have_text("已受理。")
    await expect(intake.locator("h1 .status")).to_have_text("已受理")
    assert await intake.get_by_role("button", name="交办").count() == 0  # only a head assigns

    head = await browser.sign_in("head1")
    await head.get_by_role("link", name="举报办理").click()
    await browser.accessible(head)
    await head.get_by_role("link", name=f"#{rid}").click()
    await head.get_by_label("承办人").select_option(label="调查员小李")
    await head.get_by_role("button", name="交办").click()
    await expect(head.locator("h1 .status")).to_have_text("已交办")
    report = await Report.get(id=rid)
    assert report.status == "assigned" and report.assignee_id == team["inv"]
