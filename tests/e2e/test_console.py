"""The staff console in a browser: one journey per role, the refusals, and axe-core on every page.

Each test starts the service and the simulator once (the ``stack`` fixture) and drives the console
at 1366x768 in Debian's chromium, one browser context per staff member.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import aiohttp
import pyotp
import pytest
from playwright.async_api import Page, expect
from tortoise.transactions import in_transaction

from credit.models import PublishedGrade
from handlers import keys
from points.models import PointRecord
from registry.models import Institution
from registry.rows import PractitionerRow
from registry.service import upsert_practitioners
from reports.models import Report, ReportEvidence
from reward.models import BankTransfer
from simulator.pusher import wait_until
from staff.models import StaffAccount, StaffSecondFactor
from storage.models import Attachment, AuditEntry
from tests.conftest import Stack, StackFactory, openid
from tests.e2e.admin_client import ID_NUMBER, PASSWORD, make_staff, named
from tests.e2e.console_pages import DESK, Desk, desk
from tests.e2e.test_admin_credit import Clock, bureau, china, clock  # noqa: F401  (fixtures)
from tests.e2e.test_admin_rewards import consoles, make_team, substantiated
from tests.integration.test_registry import GOOD, HEADER

pytestmark = [pytest.mark.browser]
AMR = b"#!AMR\n" + (b"\x04" + bytes(12)) * 50  # one second of AMR-NB 4.75 kbit/s frames, as WeChat sends
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


async def enter_named_report(page: Page, browser: Desk) -> int:
    """The intake clerk types in a named phone report; returns its id (the receipt is shown once)."""
    await page.get_by_role("link", name="登记举报").click()
    await browser.accessible(page)
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
    login = await browser.page()
    await login.goto(browser.base + "/admin/reports")  # signed out: to the sign-in page, then back
    assert "/admin/login?next=/admin/reports" in login.url
    await browser.accessible(login)
    await expect(login.get_by_label("用户名")).to_be_focused()  # the keyboard alone: type, Tab, Enter
    await login.keyboard.type("head1")
    await login.keyboard.press("Tab")
    await login.keyboard.type(PASSWORD)
    await login.keyboard.press("Enter")
    await expect(login.get_by_role("heading", level=1)).to_contain_text("举报办理")  # back where it was going
    intake = await browser.sign_in("intake1")
    await expect(intake.get_by_role("heading", level=1)).to_contain_text("您好")
    await browser.accessible(intake)
    rid = await enter_named_report(intake, browser)
    await browser.accessible(intake)
    await intake.get_by_role("button", name="受理", exact=True).click()
    await expect(intake.get_by_role("status")).to_have_text("已受理。")
    await expect(intake.locator("h1 .status")).to_have_text("已受理")
    assert await intake.get_by_role("button", name="交办").count() == 0  # only a head assigns

    head = await browser.sign_in("head1")
    await head.get_by_role("link", name="举报办理").click()
    await browser.accessible(head)
    await head.get_by_role("link", name=f"#{rid}").click()
    await head.get_by_label("承办人").select_option(str(team["inv"]))
    await head.get_by_role("button", name="交办").click()
    await expect(head.locator("h1 .status")).to_have_text("已交办")
    report = await Report.get(id=rid)
    assert report.status == "assigned" and report.assignee_id == team["inv"]


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


async def assigned_with_picture(stack: Stack, http: aiohttp.ClientSession) -> tuple[dict[str, int], int]:
    """A named phone report, accepted and assigned to the investigator, with a photo and a voice note."""
    team = await make_team()
    c = await consoles(stack, http)
    entered = await c["intake"].ok("POST", "/admin/api/reports", named(), status=201)
    rid = entered["report_id"]
    await c["intake"].ok("POST", f"/admin/api/reports/{rid}/accept", {})
    await c["head"].ok("POST", f"/admin/api/reports/{rid}/assign", {"assignee_id": team["inv"]})
    for kind, data, content_type in (("image", PNG, "image/png"), ("voice", AMR, "audio/amr")):
        key = await stack.app[keys.BLOBS].put(data)
        async with in_transaction() as conn:
            att = await Attachment.create(
                using_db=conn, id=uuid.uuid4(), blob_key=key, content_type=content_type, size=len(data),
                sha256=hashlib.sha256(data).hexdigest(), source="wechat_media",
            )  # fmt: skip
            await ReportEvidence.create(
                using_db=conn, report_id=rid, kind=kind, source="wechat_media", ref=f"m-{kind}",
                attachment_id=str(att.id),
            )  # fmt: skip
    return team, rid


async def test_the_investigator_views_evidence_messages_the_reporter_and_concludes(
    stack: Stack, browser: Desk, http: aiohttp.ClientSession
) -> None:
    team, rid = await assigned_with_picture(stack, http)
    inv = await browser.sign_in("inv1")
    await inv.get_by_role("link", name="举报办理").click()
    await inv.get_by_role("link", name=f"#{rid}").click()
    await inv.set_viewport_size({"width": 768, "height": 1024})  # a tablet, upright: nothing wider
    assert await inv.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    await inv.set_viewport_size(DESK)
    picture = inv.get_by_role("img", name="证据图片 1")
    await expect(picture).to_be_visible()
    assert await picture.evaluate("img => img.complete && img.naturalWidth") == 1  # the photo itself
    voice = inv.get_by_label("证据语音 2")
    await expect(voice).to_be_visible()
    heard = await inv.request.get(str(await voice.get_attribute("src")).join([browser.base, ""]))
    assert heard.headers["content-type"] == "audio/wav" and (await heard.body())[:4] == b"RIFF"  # playable
    viewed = await AuditEntry.filter(action="evidence.view", subject=f"report:{rid}")
    assert viewed and viewed[0].actor == f"staff:{team['inv']}"
    await browser.accessible(inv)

    await inv.get_by_label("回复举报人").fill("您好，我们已开始调查，如有补充材料请回复。")
    await inv.get_by_role("button", name="发送").click()
    await expect(inv.locator(".thread li.staff")).to_contain_text("我们已开始调查")

    await inv.get_by_label("查看目的").fill("电话联系举报人核实情况")
    await inv.get_by_role("button", name="查看举报人身份").click()
    await expect(inv.locator(".identity")).to_contain_text("张三丰")
    reveal = await AuditEntry.filter(action="identity.reveal", subject=f"report:{rid}").first()
    assert reveal is not None and reveal.detail["purpose"] == "电话联系举报人核实情况"

    await inv.get_by_role("button", name="开始调查").click()
    await expect(inv.locator("h1 .status")).to_have_text("调查核实中")
    await inv.get_by_role("button", name="办结").click()  # the browser asks for the required fields first
    await expect(inv.locator("h1 .status")).to_have_text("调查核实中")
    await inv.get_by_label("办理结果").select_option(label="属实")
    await inv.get_by_label("核实金额（元）").fill("1234.5x")
    await inv.get_by_label("办理情况").fill("查实串换药品")
    await inv.get_by_role("button", name="办结").click()
    await expect(inv.locator(".field-error").first).to_contain_text("核实金额")  # next to its field
    await inv.get_by_label("核实金额（元）").fill("1234.50")
    await inv.get_by_role("button", name="办结").click()
    await expect(inv.locator("h1 .status")).to_have_text("已办结")
    report = await Report.get(id=rid)
    assert report.conclusion == "substantiated" and report.verified_amount_fen == 123_450


async def test_refusals_no_control_403_without_csrf_and_a_stale_version(
    stack: Stack, browser: Desk, http: aiohttp.ClientSession
) -> None:
    await make_team()
    c = await consoles(stack, http)
    rid = (await c["intake"].ok("POST", "/admin/api/reports", named(), status=201))["report_id"]
    case = f"{browser.base}/admin/reports/{rid}"

    finance = await browser.sign_in("fin1")
    assert await finance.get_by_role("link", name="举报办理").count() == 0  # no control for this role
    answer = await finance.goto(case)
    assert answer is not None and answer.status == 403
    await expect(finance.get_by_role("alert")).to_contain_text("没有办理这项操作的权限")
    await browser.accessible(finance)
    token = await finance.locator("input[name=_csrf]").first.input_value()
    posted = await finance.request.post(f"{case}/accept", form={"_csrf": token, "version": "1"})
    assert posted.status == 403  # posting directly, with a valid form token, is refused all the same
    assert await AuditEntry.filter(action="staff.forbidden", actor=f"staff:{c['finance'].me['id']}").exists()

    intake = await browser.sign_in("intake1")
    bare = await intake.request.post(f"{case}/accept", form={"version": "1"})
    assert bare.status == 403 and "安全令牌" in await bare.text()
    forged = await intake.request.post(f"{case}/accept", form={"_csrf": "x" * 40, "version": "1"})
    assert forged.status == 403
    assert (await Report.get(id=rid)).status == "submitted"

    await intake.goto(case)
    other = await browser.sign_in("head1")
    await other.goto(case)
    await other.get_by_role("button", name="受理", exact=True).click()  # the head accepts first
    await expect(other.locator("h1 .status")).to_have_text("已受理")
    await intake.get_by_label("不予受理理由").select_option("out_of_scope")
    await intake.get_by_role("button", name="不予受理").click()  # on the version read before
    await expect(intake.get_by_role("alert")).to_contain_text("刚被其他人改过")
    await expect(intake.locator("h1 .status")).to_have_text("已受理")  # the page now shows the latest
    assert (await Report.get(id=rid)).status == "accepted"


async def test_a_head_approves_anothers_reward_proposal_but_never_their_own(
    stack: Stack, browser: Desk, http: aiohttp.ClientSession
) -> None:
    team = await make_team()
    c = await consoles(stack, http)
    rid, _ = await substantiated(c, team, amount_fen=100_000_00)
    inv = await browser.sign_in("inv1")
    await inv.goto(f"{browser.base}/admin/reports/{rid}")
    await inv.get_by_role("link", name="提出奖励").click()
    await expect(inv.locator("#quote .amount")).to_have_text("2,000.00 元")  # Sichuan's bands on 100,000 yuan
    await expect(inv.locator("#quote .explanation li").first).to_be_visible()
    await browser.accessible(inv)
    await inv.get_by_label("举报人是医保部门工作人员").check()
    await inv.get_by_role("button", name="提出奖励").click()
    await expect(inv.get_by_role("alert")).to_contain_text(
        "不符合奖励条件"
    )  # the exclusion is the domain's refusal
    await inv.get_by_label("举报人是医保部门工作人员").uncheck()
    await inv.get_by_role("button", name="提出奖励").click()
    await expect(inv.get_by_role("status")).to_contain_text("等待另一位负责人审批")
    assert await inv.get_by_role("button", name="批准奖励").count() == 0
    reward_url = inv.url.split("?")[0]

    head = await browser.sign_in("head1")
    await head.get_by_role("link", name="待我审批的奖励").click()
    await browser.accessible(head)
    await head.get_by_role("link", name=re.compile(r"奖励 #\d+")).click()
    await browser.accessible(head)
    await head.get_by_role("button", name="批准奖励").click()
    await expect(head.locator("h1 .status")).to_have_text("待领取")

    other = {"target_code": "P3301000002", "target_name": "老百姓大药房人民路店"}  # not a duplicate
    rid2, _ = await substantiated(c, team, amount_fen=50_000_00, **other)
    await head.goto(f"{browser.base}/admin/reports/{rid2}/reward")
    await head.get_by_role("button", name="提出奖励").click()
    await expect(head.get_by_role("status")).to_contain_text("等待另一位负责人审批")
    assert await head.get_by_role("button", name="批准奖励").count() == 0  # no control for one's own
    token = await head.locator("input[name=_csrf]").first.input_value()
    own = await head.request.post(head.url.split("?")[0] + "/approve", form={"_csrf": token})
    assert own.status == 403 and "审批" in await own.text()
    assert reward_url != head.url.split("?")[0]


async def test_finance_records_a_bank_transfer_with_its_voucher_file(
    stack: Stack, browser: Desk, http: aiohttp.ClientSession
) -> None:
    team = await make_team()
    c = await consoles(stack, http)
    rid, receipt = await substantiated(c, team, amount_fen=100_000_00)
    row = await c["inv"].ok("POST", f"/admin/api/reports/{rid}/reward", {}, status=201)
    await c["head"].ok("POST", f"/admin/api/rewards/{row['id']}/approve", {})
    # A phone report's reporter has no WeChat account to claim from: they come in, and finance checks
    # their identity document (Hardening #3).
    counter = f"/admin/api/rewards/{row['id']}/shares/0/in-person-claim"
    seen = {"name": "张三丰", "id_number": ID_NUMBER, "document": "居民身份证原件"}
    claimed = await c["finance"].ok("POST", counter, seen)
    assert claimed["shares"][0]["status"] == "claimed" and receipt

    finance = await browser.sign_in("fin1")
    await finance.get_by_role("link", name="待登记的银行转账").click()
    await finance.get_by_role("link", name=f"奖励 #{row['id']}").click()
    await expect(finance.locator("table").first).to_contain_text("张**")  # the payee, masked
    await browser.accessible(finance)
    await finance.get_by_label("查看领奖人身份的目的").fill("银行转账核对收款人")
    await finance.get_by_role("button", name="查看领奖人身份").click()
    await expect(finance.locator(".identity")).to_contain_text(ID_NUMBER)
    reveal = await AuditEntry.filter(action="reward.payee_reveal", subject=f"reward:{row['id']}").first()
    assert reveal is not None and reveal.detail["purpose"] == "银行转账核对收款人"
    form = finance.get_by_role("form", name="登记份额 0 的银行转账")
    await form.get_by_label("转账凭证号").fill("BK-2026-0001")
    await form.get_by_label("凭证文件").set_input_files(
        files=[{"name": "voucher.html", "mimeType": "application/pdf", "buffer": b"<html>"}]
    )
    await form.get_by_role("button", name="登记转账").click()
    await expect(finance.locator(".field-error")).to_contain_text("JPEG、PNG或PDF")  # next to the file field
    form = finance.get_by_role("form", name="登记份额 0 的银行转账")
    await form.get_by_label("转账凭证号").fill("BK-2026-0001")
    await form.get_by_label("凭证文件").set_input_files(
        files=[{"name": "voucher.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4 voucher"}]
    )
    await form.get_by_role("button", name="登记转账").click()
    await expect(finance.get_by_role("status")).to_have_text("银行转账已登记。")
    await expect(finance.locator("h1 .status")).to_have_text("已发放")
    await expect(finance.locator("table").first).to_contain_text("BK-2026-0001")
    transfer = await BankTransfer.get(reward_id=row["id"])
    assert (
        transfer.voucher_blob
        and await stack.app[keys.BLOBS].get(transfer.voucher_blob) == b"%PDF-1.4 voucher"
    )
    await finance.get_by_role("link", name="对账").click()
    await finance.get_by_role("button", name="开始对账").click()
    await expect(finance.get_by_role("heading", level=2)).to_contain_text(
        "核对 0 笔"
    )  # a bank transfer has no bill
    await expect(finance.get_by_role("status")).to_have_text("全部一致。")
    await browser.accessible(finance)


async def totp_step(page: Page, *, code: str | None = None) -> str:
    """Enrol (first time) or pass the second factor: reads the secret shown beside the QR code."""
    secret = (await page.locator("#totp-secret").inner_text()).strip()
    await page.get_by_label("6位动态验证码").fill(code or pyotp.TOTP(secret).now())
    await page.get_by_role("button", name="验证").click()
    return secret


async def test_admin_adds_an_account_that_enrols_a_second_factor_and_finds_it_in_the_audit_log(
    make_stack: StackFactory,
) -> None:
    stack = await make_stack(STAFF_TOTP_ROLES="head,finance,admin")  # the setting's default
    await make_staff("admin1", ["admin"], name="系统管理员")
    async with desk(stack.url) as browser:
        admin = await browser.sign_in("admin1")
        assert "/admin/login/totp" in admin.url
        await expect(admin.get_by_role("img", name="动态验证码绑定二维码")).to_be_visible()
        assert not [c for c in await admin.context.cookies() if c["name"] == "fg_console"]  # no session yet
        await browser.accessible(admin)
        await admin.get_by_label("6位动态验证码").fill("000000")
        await admin.get_by_role("button", name="验证").click()
        await expect(admin.locator(".field-error")).to_contain_text("动态验证码不对")
        await totp_step(admin)
        await expect(admin.get_by_role("heading", level=1)).to_contain_text("您好")
        session = next(c for c in await admin.context.cookies() if c["name"] == "fg_console")
        assert session["httpOnly"] and session["sameSite"] == "Strict"

        await admin.get_by_role("link", name="账号管理").click()
        await browser.accessible(admin)
        await admin.get_by_label("用户名").fill("head9")
        await admin.get_by_label("姓名").fill("赵科长")
        await admin.get_by_label("初始密码").fill("short")
        await admin.get_by_label("统筹地区（多个用逗号分隔）").fill("demo")
        await admin.get_by_label("负责人（需动态验证码）").check()
        await admin.get_by_role("button", name="添加").click()
        await expect(admin.locator(".field-error")).to_contain_text("密码至少10位")
        await admin.get_by_label("初始密码").fill("a long staff password")
        await admin.get_by_label("负责人（需动态验证码）").check()
        await admin.get_by_role("button", name="添加").click()
        await expect(admin.get_by_role("status")).to_have_text("账号已添加。")
        row = admin.get_by_role("row", name=re.compile("head9"))
        await expect(row).to_contain_text("未绑定")

        head = await browser.sign_in("head9")
        secret = await totp_step(head)
        await expect(head.get_by_role("heading", level=1)).to_contain_text("赵科长")
        used = pyotp.TOTP(secret).now()
        await head.get_by_role("button", name="退出").click()
        await expect(head.get_by_role("heading", level=1)).to_have_text("工作人员登录")
        again = await browser.page()
        await again.goto(stack.url.rstrip("/") + "/admin/")
        await again.get_by_label("用户名").fill("head9")
        await again.get_by_label("密码").fill("a long staff password")
        await again.get_by_role("button", name="登录").click()
        assert await again.locator("#totp-secret").count() == 0  # enrolled: the code only
        last = await StaffSecondFactor.get(staff_id=(await StaffAccount.get(username="head9")).id)
        if pyotp.TOTP(secret).timecode(datetime.now(UTC)) == last.last_step:
            await again.get_by_label("6位动态验证码").fill(used)  # the code just used, within its 30 s
            await again.get_by_role("button", name="验证").click()
            await expect(again.locator(".field-error")).to_contain_text("已用过")

        await admin.reload()
        await expect(admin.get_by_role("row", name=re.compile("head9"))).to_contain_text("已绑定")
        await admin.get_by_text("修改 head9").click()
        await (
            admin.get_by_role("form", name="head9 的账号状态")
            .get_by_role("button", name="重置动态验证码")
            .click()
        )
        await expect(admin.get_by_role("row", name=re.compile("head9"))).to_contain_text("未绑定")

        await admin.get_by_role("link", name="审计日志").click()
        await expect(admin.get_by_role("status")).to_contain_text("审计链校验通过")
        await admin.get_by_label("操作（如 staff.created；staff.* 为前缀）").fill("staff.created")
        await admin.get_by_role("button", name="筛选").click()
        await expect(admin.locator("table.audit tbody")).to_contain_text("head9")
        await browser.accessible(admin)
        for action in ("staff.second_factor_enrolled", "staff.second_factor_reset"):
            assert await AuditEntry.filter(action=action).exists()


async def evaluate_in_browser(page: Page, browser: Desk, period: str) -> int:
    """Start an evaluation from the runs page, follow its progress bar to the end; the new run's id."""
    await page.goto(f"{browser.base}/admin/credit/runs?region=demo")
    await page.get_by_label("评价期间").fill(period)
    await page.get_by_role("button", name="开始评价").click()
    await expect(page.get_by_role("heading", level=1)).to_contain_text("信用评价（任务")
    await expect(page.locator(".task-status")).to_have_text("已完成", timeout=20_000)  # polled by htmx
    assert await page.locator("progress").get_attribute("value") == "100"
    link = page.get_by_role("link", name=re.compile("查看第 \\d+ 批评价结果"))
    run_id = int(re.findall(r"\d+", await link.inner_text())[0])
    await link.click()
    return run_id


async def test_the_credit_officer_evaluates_with_progress_diffs_publishes_and_answers_an_objection(
    bureau: Stack,  # noqa: F811
    http: aiohttp.ClientSession,
) -> None:
    async with desk(bureau.url) as browser:
        officer = await browser.sign_in("credit1")
        await officer.get_by_role("link", name="信用评价", exact=True).click()
        await browser.accessible(officer)
        first = await evaluate_in_browser(officer, browser, "2025")
        await expect(officer.locator("h1 .status")).to_have_text("草稿（未发布）")

        await officer.goto(f"{browser.base}/admin/credit/events?region=demo")
        await officer.get_by_label("机构编码").fill("P0000002")
        await officer.get_by_label("事件类型").select_option("violation")
        await officer.get_by_label("发生日期").fill("2025-04-01")
        await officer.get_by_label("来源（文书号等）").fill("飞行检查")
        await officer.get_by_role("button", name="记录").click()
        await expect(officer.get_by_role("status")).to_have_text("信用事件已记录。")
        await browser.accessible(officer)

        second = await evaluate_in_browser(officer, browser, "2025")
        await browser.accessible(officer)
        await officer.get_by_label("与哪一批比较").select_option(str(first))
        await officer.get_by_role("button", name="比较").click()
        await expect(officer.locator("table.diff tbody tr")).to_have_count(1)
        await expect(officer.locator("table.diff")).to_contain_text("P0000002")
        await expect(officer.locator("table.diff")).to_contain_text("违法违规记录")  # why it changed
        await browser.accessible(officer)

        await officer.goto(f"{browser.base}/admin/credit/runs/{second}")
        await officer.get_by_role("link", name="P0000002").click()
        await expect(officer.locator(".explanation")).to_contain_text("违法违规记录")
        await browser.accessible(officer)
        await officer.go_back()
        await officer.get_by_role("button", name="发布本批评价").click()
        await expect(officer.get_by_role("status")).to_contain_text("评价结果已发布")
        assert (await PublishedGrade.get(institution_code="P0000002")).run_id == second

        await officer.get_by_role("button", name="发出异议告知").click()
        row = officer.get_by_role("row", name=re.compile("P0000002"))
        code = (await row.locator(".receipt").inner_text()).strip()  # shown this once
        await browser.accessible(officer)
        url = bureau.url.rstrip("/") + "/api/v1/institutions/P0000002/credit/objections"
        body = {"objection_code": code, "reason": "该违规记录系他院误录，附核查说明。", "channel": "h5"}
        async with http.post(url, json=body) as resp:
            assert resp.status == 201, await resp.text()

        await officer.get_by_role("link", name="信用异议", exact=True).click()
        await browser.accessible(officer)
        form = officer.get_by_role("form", name=re.compile("答复异议"))
        await form.get_by_label("答复结论").select_option("upheld")
        await form.get_by_label("答复内容").fill("经核查该记录系误录，予以更正。")
        await form.get_by_label("更正后的等级").fill("★★★")
        await form.get_by_role("button", name="提交答复").click()
        await expect(officer.get_by_role("status")).to_have_text("异议已答复。")
        assert (await PublishedGrade.get(institution_code="P0000002")).grade == "★★★"


async def test_intake_reads_a_suggestion_answers_it_in_wechat_and_closes_it(
    stack: Stack, browser: Desk
) -> None:
    await make_team()
    user = openid()
    for text in ("留言", "2", "药店门口的医保标识被挡住了，希望整改", "跳过", "跳过", "跳过", "确认"):
        await stack.sim.send_text(user, text)
    assert "留言已提交" in stack.sim.texts_to(user)[-1]

    intake = await browser.sign_in("intake1")
    await intake.get_by_role("link", name="留言", exact=True).click()
    await browser.accessible(intake)
    await intake.get_by_role("link", name=re.compile(r"留言 \d+")).click()
    await expect(intake.locator(".description")).to_contain_text("医保标识被挡住了")
    await browser.accessible(intake)
    await intake.get_by_label("答复市民").fill("您好，已通知该药店整改，感谢监督。")
    await intake.get_by_role("button", name="发送答复").click()
    await expect(intake.get_by_role("status")).to_contain_text("微信中收到")
    await expect(intake.locator(".thread li.staff")).to_contain_text("已通知该药店整改")
    assert await wait_until(lambda: any("已通知该药店整改" in t for t in stack.sim.texts_to(user)))
    assert "有了答复" in stack.sim.texts_to(user)[-1]
    await intake.get_by_role("button", name="办结").click()
    await expect(intake.locator("h1 .status")).to_have_text("已办结")
    assert await intake.get_by_role("button", name="发送答复").count() == 0
    assert await AuditEntry.filter(action="suggestion.reply").exists()

    finance = await browser.sign_in("fin1")
    assert await finance.get_by_role("link", name="留言", exact=True).count() == 0


async def test_the_registry_is_searched_edited_and_imported_with_every_bad_row_listed(
    bureau: Stack,  # noqa: F811
    tmp_path: Path,
) -> None:
    async with desk(bureau.url) as browser:
        officer = await browser.sign_in("credit1")
        await officer.get_by_role("link", name="机构登记").click()
        await officer.get_by_label("名称、拼音首字母或编码").fill("测试机构P0000002")
        await officer.get_by_role("button", name="查找").click()
        await browser.accessible(officer)
        await officer.get_by_role("link", name="P0000002").click()
        await browser.accessible(officer)
        await officer.get_by_label("名称").fill("益")
        await officer.get_by_role("button", name="保存").click()
        await expect(officer.get_by_role("alert")).to_contain_text("至少2个字")
        await officer.get_by_label("名称").fill("益丰大药房人民路店")
        await officer.get_by_role("button", name="保存").click()
        await expect(officer.get_by_role("status")).to_have_text("已保存。")
        assert (await Institution.get(code="P0000002")).name == "益丰大药房人民路店"
        assert await AuditEntry.filter(action="registry.edited", subject="institution:P0000002").exists()

        bad = tmp_path / "bad.csv"
        bad.write_text(
            "\n".join([HEADER, GOOD[0], GOOD[1].replace("2022/7/15", "明天")]) + "\n", encoding="utf-8"
        )
        await officer.goto(f"{browser.base}/admin/registry?region=demo")
        form = officer.get_by_role("form", name="导入定点医药机构")
        await form.get_by_label("定点医药机构 CSV 文件").set_input_files(str(bad))
        await form.get_by_role("button", name="导入定点医药机构").click()
        await expect(officer.locator(".task-status")).to_have_text("失败", timeout=20_000)
        await expect(officer.locator("#task-progress table")).to_contain_text("3")  # the bad line, by number
        await browser.accessible(officer)
        assert not await Institution.filter(code="P43990100001").exists()  # all or nothing

        good = tmp_path / "good.csv"
        good.write_text("\n".join([HEADER, *GOOD]) + "\n", encoding="utf-8")
        await officer.goto(f"{browser.base}/admin/registry?region=demo")
        form = officer.get_by_role("form", name="导入定点医药机构")
        await form.get_by_label("定点医药机构 CSV 文件").set_input_files(str(good))
        await form.get_by_role("button", name="导入定点医药机构").click()
        await expect(officer.locator(".task-status")).to_have_text("已完成", timeout=20_000)
        assert await Institution.filter(code="P43990100001").exists()


async def test_a_listing_is_repaired_only_after_its_minimum_period(
    bureau: Stack,  # noqa: F811
    clock: Clock,  # noqa: F811
) -> None:
    async with desk(bureau.url) as browser:
        officer = await browser.sign_in("credit1")
        await officer.get_by_role("link", name="失信名单").click()
        await officer.get_by_label("机构或人员编码").fill("P0000002")
        await officer.get_by_label("严重程度").select_option("ordinary")
        await officer.get_by_label("列入理由").fill("串换药品结算，拒不整改")
        await officer.get_by_role("button", name="列入").click()
        await expect(officer.get_by_role("status")).to_have_text("已列入失信名单。")
        await expect(officer.locator("table")).to_contain_text("2025-12-26")  # repair from
        await browser.accessible(officer)
        await officer.get_by_text("为 P0000002 登记信用修复申请").click()
        await officer.get_by_label("信用承诺").fill("本机构承诺立即纠正串换药品行为，严格执行医保服务协议。")
        await officer.get_by_role("button", name="登记申请").click()
        await expect(officer.get_by_role("alert")).to_contain_text("2025-12-26")  # too early, and until when

        clock.at = china("2025-12-26")
        officer = await browser.sign_in("credit1")  # months later: a new session
        await officer.goto(f"{browser.base}/admin/credit/blacklist?region=demo")
        await officer.get_by_text("为 P0000002 登记信用修复申请").click()
        await officer.get_by_label("信用承诺").fill("本机构承诺立即纠正串换药品行为，严格执行医保服务协议。")
        await officer.get_by_role("button", name="登记申请").click()
        await expect(officer.get_by_role("status")).to_have_text("信用修复申请已登记。")
        await officer.get_by_label("修复决定").select_option("yes")
        await officer.get_by_label("决定说明").fill("已整改")
        await officer.get_by_role("button", name="提交决定").click()
        await expect(officer.get_by_role("status")).to_have_text("已作出修复决定。")
        await expect(officer.locator("table")).to_contain_text("已修复（2025-12-26）")


async def test_the_officer_records_practitioner_points_and_a_refused_band_shows_why(
    bureau: Stack,  # noqa: F811
) -> None:
    row = PractitionerRow(code="Y0000001", name="李药师", role="pharmacist", institution_code="P0000001")
    async with in_transaction() as conn:
        await upsert_practitioners(conn, region="demo", rows=[row], now=bureau.app[keys.CLOCK]())
    async with desk(bureau.url) as browser:
        officer = await browser.sign_in("credit1")
        await officer.get_by_role("link", name="医务人员记分").click()
        await officer.get_by_label("人员编码").fill("Y0000001")
        await officer.get_by_role("button", name="查看").click()
        await expect(officer.get_by_role("heading", level=2).first).to_contain_text("李药师")
        await browser.accessible(officer)
        await officer.get_by_label("情形").select_option("moderate")
        await officer.get_by_label("分值").fill("60")
        await officer.get_by_label("决定日期").fill("2025-09-20")
        await officer.get_by_role("button", name="登记").click()
        await expect(officer.locator(".field-error").first).to_be_visible()  # out of the band, at the field
        await officer.get_by_label("分值").fill("6")
        await officer.get_by_label("决定日期").fill("2025-09-20")
        await officer.get_by_role("button", name="登记").click()
        await expect(officer.get_by_role("status")).to_have_text("记分已登记。")
        await expect(officer.locator("table")).to_contain_text("6")
        assert await PointRecord.filter(practitioner_code="Y0000001", points=6).exists()


def test_every_console_page_but_sign_in_needs_a_role_and_every_form_is_csrf_checked(stack: Stack) -> None:
    from handlers.console import PAGES

    public = {p.path for p in PAGES if not p.roles}
    assert public == {"/admin/login", "/admin/login/totp"}
    pages = [
        r for r in stack.app.router.routes() if r.resource and r.resource.canonical.startswith("/admin/")
    ]
    for route in pages:
        assert route.resource is not None
        path = route.resource.canonical
        if path.startswith(("/admin/api/", "/admin/static")) or path in public:
            continue
        assert getattr(route.handler, "staff_roles", None), path
    assert len([p for p in PAGES if p.method == "POST"]) >= 30
