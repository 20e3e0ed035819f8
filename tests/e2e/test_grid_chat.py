"""Grid supervision through the simulator and the staff API: a person applies in chat (参与 → 监督员),
a blacklisted practitioner is refused at that step with the reason, a head approves with grids, and
the certificate's QR page says the supervisor is current."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta

import aiohttp
import pytest
from tortoise.transactions import in_transaction

from credit.models import BlacklistEntry
from grid import service
from grid.models import Supervisor
from kernel.actors import Actor
from tests.conftest import Stack, openid
from tests.e2e.admin_client import console, make_staff
from tests.grid_kit import collection, id_number

APPLICANT_ID = id_number("19850615", "251")


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


async def say(stack: Stack, user: str, *texts: str) -> str:
    for text in texts:
        await stack.sim.send_text(user, text)
    return stack.sim.texts_to(user)[-1]


async def click(stack: Stack, user: str) -> str:
    await stack.sim.click(user, "SUPERVISOR", "监督员")
    return stack.sim.texts_to(user)[-1]


async def home(stack: Stack, user: str) -> str:
    """The menu item's word (a second click in the same second would be WeChat's retry of the first)."""
    return await say(stack, user, "监督员")


async def boundaries() -> None:
    async with in_transaction() as conn:
        await service.import_boundaries(conn, region="demo", text=collection(), by="t", now=datetime.now(UTC))


async def test_a_person_applies_in_chat_is_approved_and_their_certificate_is_current(
    stack: Stack, http: aiohttp.ClientSession
) -> None:
    await boundaries()
    user = openid()
    assert "回复“申请监督员”开始申请" in await click(stack, user)
    reply = await say(stack, user, "申请监督员", "钱 多多")
    assert "身份证" in reply
    assert "校验位不符" in await say(
        stack, user, APPLICANT_ID[:-1] + ("0" if APPLICANT_ID[-1] != "0" else "1")
    )
    assert "22–65周岁" in await say(stack, user, id_number("20100101"))
    assert "手机" in await say(stack, user, APPLICANT_ID)
    assert "来自哪一类" in await say(stack, user, "13900139000")
    assert "没有这个网格" in await say(stack, user, "6", "G9")
    assert "医保人员编码" in await say(stack, user, "G1")
    assert "我承诺" in await say(stack, user, "跳过")
    summary = await say(stack, user, "我承诺")
    assert "钱多多" in summary and "110***********" in summary and APPLICANT_ID not in summary
    assert "申请已提交" in await say(stack, user, "确认")
    assert "正在审核中" in await home(stack, user)

    await make_staff("head1", ["head"])
    head = await console(stack, http, "head1")
    listed = (await head.ok("GET", "/admin/api/supervisors?status=applied"))["supervisors"]
    assert [(s["name"], s["pool_title"], s["preferred_grid"]) for s in listed] == [
        ("钱多多", "参保群众", "G1")
    ]
    sid = listed[0]["id"]
    assert (await head.ok("GET", f"/admin/api/supervisors/{sid}/identity"))["id_number"] == APPLICANT_ID
    got, body = await head.call("POST", f"/admin/api/supervisors/{sid}/approve", {"grids": ["G7"]})
    assert got == 404 and body["code"] == "unknown_grid"
    made = await head.ok("POST", f"/admin/api/supervisors/{sid}/approve", {"grids": ["G1", "G2"]})
    assert made["status"] == "active" and made["certificate_url"].startswith(stack.settings.PUBLIC_BASE_URL)

    standing = await home(stack, user)
    assert "在任社会监督员" in standing and made["certificate_url"] in standing
    async with http.get(made["certificate_url"]) as resp:
        page = await resp.text()
        assert resp.status == 200 and resp.headers["Cache-Control"] == "no-store"
    assert "钱多多" in page and "有效（在任）" in page and "<svg" in page and "G1名、G2名" in page
    assert APPLICANT_ID not in page and "13900139000" not in page

    await head.ok("POST", f"/admin/api/supervisors/{sid}/suspend", {"reason": "核查投诉期间暂停"})
    async with http.get(made["certificate_url"]) as resp:
        assert "无效（暂停）" in await resp.text()
    assert "已暂停：核查投诉期间暂停" in await home(stack, user)
    async with http.get(made["certificate_url"][:-3] + "xyz") as resp:
        assert resp.status == 404


async def test_a_blacklisted_practitioner_is_refused_with_the_reason_in_chat(stack: Stack) -> None:
    await boundaries()
    await BlacklistEntry.create(
        region="demo", subject_kind="practitioner", subject_code="Y0000009", subject_name="孙",
        severity="serious", reason="伪造处方骗取医保基金", listed_on=date(2025, 1, 10),
        repair_from=date(2099, 1, 1), publish_until=date(2099, 1, 1), created_by="t",
        created_at=datetime.now(UTC),
    )  # fmt: skip
    user = openid()
    await say(stack, user, "申请监督员", "孙某某", APPLICANT_ID, "13900139000", "4", "跳过")
    reply = await say(stack, user, "Y0000009")
    assert "您在医保失信名单中" in reply and "伪造处方骗取医保基金" in reply and "医保人员编码" in reply
    # Nothing is stored; leaving the flow keeps it that way.
    assert "已退出" in await say(stack, user, "取消")
    assert await Supervisor.all().count() == 0


JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x01" * 64 + b"\xff\xd9"
SAW = "晚上九点药店店员用医保卡给顾客刷了两桶食用油，小票打印为感冒灵颗粒。"


async def test_a_supervisor_submits_a_finding_in_chat_and_a_clerk_turns_it_into_a_case(
    stack: Stack, http: aiohttp.ClientSession
) -> None:
    from grid import supervisors
    from grid.models import Finding, FindingPhoto
    from handlers import keys
    from registry.rows import InstitutionRow
    from registry.service import upsert_institutions

    now = datetime.now(UTC)
    user, stranger = openid(), openid()
    clerk = await make_staff("clerk1", ["intake"])
    head = await make_staff("head2", ["head"])
    async with in_transaction() as conn:
        await upsert_institutions(conn, region="demo", now=now, rows=[
            InstitutionRow(code="P4399010001", name="康泰大药房（东风路店）", kind="retail_pharmacy",
                           address="示范市东城区东风路8号", latitude=28.005, longitude=113.005,
                           agreement_start=date(2020, 1, 1)),
        ])  # fmt: skip
        await service.import_boundaries(conn, region="demo", text=collection(), by="t", now=now)
        await service.assign_staff(conn, region="demo", grid_code="G1", staff_id=clerk.id, by="t", now=now)
        row = await supervisors.apply(
            conn, region="demo", openid=user, name="吴监督", id_number=APPLICANT_ID, phone="13600136000",
            pool="7", preferred_grid="G1", practitioner_code=None, declaration=True,
            cipher=stack.app[keys.CIPHER], now=now,
        )  # fmt: skip
        approver = Actor(head.id, head.display_name, frozenset({"head"}), frozenset({"demo"}))
        await supervisors.approve(conn, row.id, grids=["G1"], actor=approver, now=now)

    assert "还不是在任的社会监督员" in await say(stack, stranger, "提交发现")
    assert "机构名称" in await say(stack, user, "提交发现")
    await stack.sim.send_location(user, 28.0051, 113.0049, "东风路")
    assert "1. 康泰大药房（东风路店）" in stack.sim.texts_to(user)[-1]
    assert "举报类别" in await say(stack, user, "1")
    assert "看到的情况" in await say(stack, user, "9")
    assert "照片" in await say(stack, user, SAW)
    await stack.sim.send_image(user, JPEG)
    summary = await say(stack, user, "完成")  # the location came with the institution: no second ask
    assert "康泰大药房（东风路店）" in summary and "图片：1张" in summary and "位置：已发送" in summary
    done = await say(stack, user, "确认")
    assert "监督发现已提交" in done and "不在您负责的网格内" not in done
    finding = await Finding.get()
    assert (finding.grid_code, finding.outside_grid, finding.category) == ("G1", False, "daily_goods_on_card")
    assert await FindingPhoto.filter(finding_id=finding.id, kind="image").count() == 1

    desk = await console(stack, http, "clerk1")
    queue = (await desk.ok("GET", "/admin/api/findings?mine=true&status=new"))["findings"]
    assert [(f["id"], f["institution_name"]) for f in queue] == [(finding.id, "康泰大药房（东风路店）")]
    opened = await desk.ok("POST", f"/admin/api/findings/{finding.id}/open-case", status=201)
    case = await desk.ok("GET", f"/admin/api/reports/{opened['report_id']}")
    assert case["channel"] == "grid" and case["anonymous"] is False
    got, body = await desk.call("POST", f"/admin/api/findings/{finding.id}/close", {"reason": "重复"})
    assert got == 409 and body["code"] == "bad_state"
    mine = await say(stack, user, "我的发现")
    assert f"已转为举报案件（案件编号 {opened['report_id']}" in mine


async def test_an_assignee_checks_in_from_chat_too_far_is_refused_and_a_failed_item_becomes_a_finding(
    stack: Stack,
) -> None:
    from grid import supervisors, tasks
    from grid.models import Finding, TaskVisit
    from handlers import keys
    from registry.rows import InstitutionRow
    from registry.service import upsert_institutions

    now = datetime.now(UTC)
    user = openid()
    head = await make_staff("head4", ["head"])
    actor = Actor(head.id, "h", frozenset({"head"}), frozenset({"demo"}))
    async with in_transaction() as conn:
        await upsert_institutions(conn, region="demo", now=now, rows=[
            InstitutionRow(code="P4399010008", name="同济堂药店", kind="retail_pharmacy", address="某路8号",
                           latitude=28.005, longitude=113.005, agreement_start=date(2020, 1, 1)),
        ])  # fmt: skip
        await service.import_boundaries(conn, region="demo", text=collection(), by="t", now=now)
        row = await supervisors.apply(
            conn, region="demo", openid=user, name="冯监督", id_number=APPLICANT_ID, phone="13600136001",
            pool="7", preferred_grid=None, practitioner_code=None, declaration=True,
            cipher=stack.app[keys.CIPHER], now=now,
        )  # fmt: skip
        await supervisors.approve(conn, row.id, grids=["G1"], actor=actor, now=now)
        draft = tasks.TaskIn(
            kind="night_check", title="周末夜查", checklist=["执业药师在岗", "未串换药品"],
            institutions=["P4399010008"], assignees=[row.id], due_on=now.date() + timedelta(days=2),
        )  # fmt: skip
        await tasks.create_task(conn, draft, region="demo", actor=actor, now=now)

    assert "1. 夜查·周末夜查：同济堂药店" in await say(stack, user, "任务签到")
    assert "发送您的位置" in await say(stack, user, "1")
    await stack.sim.send_location(user, 28.0095, 113.005, "别处")
    assert "离机构太远（约500米，须在300米内）" in stack.sim.texts_to(user)[-1]
    await stack.sim.send_location(user, 28.0051, 113.0051, "门口")
    assert "1. 执业药师在岗" in stack.sim.texts_to(user)[-1]
    assert "逐项回复全部2项" in await say(stack, user, "1否")
    assert "照片" in await say(stack, user, "1否 2是")
    assert "说明" in await say(stack, user, "跳过")
    assert "不合格项已生成监督发现" in await say(stack, user, "22:10到店，药师不在")
    visit = await TaskVisit.get()
    assert visit.answers == {"执业药师在岗": False, "未串换药品": True} and visit.distance_m < 20
    finding = await Finding.get(id=visit.finding_id)
    assert "未通过：执业药师在岗" in finding.description and "药师不在" in finding.description
    assert "没有待完成的检查任务" in await say(stack, user, "取消", "任务签到")
