"""The credit H5 pages in a real browser (Debian's chromium, a phone viewport): an institution objects to
its published grade with the code on its notice; a practitioner reads their points with the access code
on their points notice and asks for a review of one record."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from playwright.async_api import Page, expect
from tortoise.transactions import in_transaction

from credit.evaluation import evaluate, publish
from credit.models import CreditObjection
from credit.objections import issue_notices
from handlers import keys
from kernel.clock import china_day
from points.models import PointReview
from points.service import issue_access_code, record_points
from registry.rows import PractitionerRow
from registry.service import upsert_practitioners
from tests.conftest import Stack
from tests.e2e.browser import phone_page
from tests.integration.credit_kit import places

pytestmark = [pytest.mark.parametrize("backend", ["sqlite"]), pytest.mark.browser]


@pytest.fixture
async def browser_page(stack: Stack) -> AsyncIterator[Page]:
    async with phone_page() as pg:
        yield pg


async def test_an_institution_objects_to_its_grade_on_the_h5_form(stack: Stack, browser_page: Page) -> None:
    now = datetime.now(UTC)
    await places("P0000001", "P0000002")
    run = await evaluate("demo", str(china_day(now).year), actor="cli:test", now=now)
    await publish(run.id, actor="cli:test", now=now)
    async with in_transaction() as conn:
        notices = await issue_notices(
            conn, run.id, actor="cli:test", now=now, calendar=stack.app[keys.REPORT_RULES].calendar
        )
    code = next(n["objection_code"] for n in notices if n["code"] == "P0000001")

    page = browser_page
    await page.goto(stack.url.rstrip("/") + "/h5/credit/objection")
    await page.get_by_label("机构编码").fill("p0000001")  # typed in lower case: the page upper-cases it
    await page.get_by_label("异议码").fill("WRONG-CODE-0000")
    await page.get_by_label("异议理由").fill("去年的违规记录已在复查中撤销，请予更正。")
    await page.get_by_role("button", name="提交异议").click()
    await expect(page.get_by_role("status")).to_contain_text("异议码")
    assert await CreditObjection.all().count() == 0

    await page.get_by_label("异议码").fill(code)
    await page.get_by_label("联系人及电话").fill("王店长 13800000000")
    await page.get_by_role("button", name="提交异议").click()
    await expect(page.get_by_role("status")).to_contain_text("异议已收到")
    await expect(page.get_by_role("status")).to_contain_text("前答复")
    made = await CreditObjection.get(institution_code="P0000001")
    assert (made.channel, made.status) == ("h5", "open")
    assert made.reason == "去年的违规记录已在复查中撤销，请予更正。"


async def test_a_practitioner_reads_their_points_and_asks_for_a_review(
    stack: Stack, browser_page: Page
) -> None:
    now = datetime.now(UTC)
    today = china_day(now)
    await places("P0000001")
    row = PractitionerRow(code="Y0000001", name="李药师", role="pharmacist", institution_code="P0000001")
    async with in_transaction() as conn:
        await upsert_practitioners(conn, region="demo", rows=[row], now=now)
        given = [("moderate", 6, today, None, "超量开药"), ("minor", 3, today, 2, "串换药品")]
        for kind, pts, on, months, summary in given:
            await record_points(
                conn, region="demo", practitioner_code="Y0000001", kind=kind, points_given=pts,
                decided_on=on, summary=summary, suspension_months=months, actor="cli:test", now=now,
            )  # fmt: skip
        access = await issue_access_code(conn, "Y0000001", actor="cli:test", now=now)

    page = browser_page
    await page.goto(stack.url.rstrip("/") + "/h5/credit/points")
    await page.get_by_label("人员编码").fill("y0000001")
    await page.get_by_label("查询码").fill("AAAA-BBBB-CCCC")
    await page.get_by_role("button", name="查询").click()
    await expect(page.get_by_role("status")).to_contain_text("查询码")
    await expect(page.locator("#standing")).to_be_hidden()

    await page.get_by_label("查询码").fill(access)
    await page.get_by_role("button", name="查询").click()
    await expect(page.locator("#who")).to_contain_text("李药师（Y0000001）")
    await expect(page.locator("#status")).to_contain_text("暂停医保支付资格")
    await expect(page.locator("#figures")).to_contain_text("本年度累计记分 9 分")
    assert await page.locator("#explanation li").count() > 0
    records = page.locator("#records .record")
    await expect(records).to_have_count(2)
    await expect(records.nth(1)).to_contain_text("串换药品")
    await expect(records.nth(1)).to_contain_text("暂停 2 个月")

    await records.nth(1).get_by_role("button", name="申请复核").click()
    await page.get_by_label("复核理由").fill("所涉药品为医保目录内药品，有进货票据为证。")
    await page.get_by_role("button", name="提交复核申请").click()
    await expect(page.get_by_role("status")).to_contain_text("复核申请已提交")
    await expect(records.nth(1)).to_contain_text("复核中")
    await expect(records.nth(1).get_by_role("button", name="申请复核")).to_have_count(0)
    await expect(page.locator("#reviews .review")).to_contain_text("待复核")
    review = await PointReview.get(practitioner_code="Y0000001")
    assert (review.status, review.reason) == ("pending", "所涉药品为医保目录内药品，有进货票据为证。")
