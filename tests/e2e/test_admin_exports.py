"""The staff API's read sides over real HTTP: the 台账 as CSV and XLSX with no identity in it, reports
entered by phone, duplicates, and the deadline lists."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import aiohttp
import openpyxl
import pytest
from tortoise import connections

from kernel.clock import china_day
from reports.models import Report, ReportEvent
from storage.models import AuditEntry
from tests.conftest import Stack
from tests.e2e.admin_client import ID_NUMBER, console, make_staff, named, phone_report

SECRETS = (ID_NUMBER, "张三丰", "13800138000")
TITLES = [
    "编号",
    "收到时间",
    "渠道",
    "类别",
    "被举报对象",
    "定点编码",
    "状态",
    "受理期限",
    "受理决定时间",
    "不予受理理由",
    "承办人",
    "办理期限",
    "延期次数",
    "办理结果",
    "核实金额（分）",
    "重复线索",
]


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
async def team(stack: Stack) -> dict[str, int]:
    people = [
        await make_staff("intake1", ["intake"], name="受理员小陈"),
        await make_staff("head1", ["head"], name="王科长"),
        await make_staff("inv1", ["investigator"], name="调查员小李"),
    ]
    return {a.username: a.id for a in people}


async def test_the_ledger_in_csv_and_xlsx_holds_no_identity_receipt_or_formula(
    stack: Stack, http: aiohttp.ClientSession, team: dict[str, int]
) -> None:
    intake, head = await console(stack, http, "intake1"), await console(stack, http, "head1")
    entered = await intake.ok("POST", "/admin/api/reports", named(), status=201)
    rid, receipt = entered["report_id"], entered["receipt_code"]
    await intake.ok("POST", f"/admin/api/reports/{rid}/accept", {})
    await head.ok("POST", f"/admin/api/reports/{rid}/assign", {"assignee_id": team["inv1"]})
    formula = '=HYPERLINK("http://evil.example","点我")'
    await intake.ok(
        "POST", "/admin/api/reports", phone_report(target_name=formula, target_code=None), status=201
    )

    status, kind, raw = await head.download("/admin/api/ledger.csv?region=demo")
    assert status == 200 and kind.startswith("text/csv") and raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == TITLES and len(rows) == 3
    first = dict(zip(TITLES, rows[1], strict=True))
    assert first["编号"] == str(rid) and first["渠道"] == "电话" and first["状态"] == "已交办"
    assert first["承办人"] == "调查员小李" and first["类别"] != "" and first["类别"] != "1"
    assert rows[2][4] == "'" + formula  # written as text: Excel never runs it

    status, kind, xlsx = await intake.download("/admin/api/ledger.xlsx")  # the only region is the default
    assert status == 200 and kind.startswith("application/vnd.openxmlformats")
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx)).active
    cells = [[c.value for c in row] for row in sheet.iter_rows()]
    assert cells[0] == TITLES and cells[1][0] == rid and cells[1][2] == "电话"
    assert cells[2][4] == formula and sheet.cell(row=3, column=5).data_type == "s"

    with zipfile.ZipFile(io.BytesIO(xlsx)) as parts:
        xml = b"".join(parts.read(name) for name in parts.namelist())
    for secret in (*SECRETS, receipt, receipt.replace("-", "")):
        assert secret not in raw.decode("utf-8-sig") and secret.encode() not in xml
        assert secret not in repr(cells)
    # Nor in any database column in plain text.
    conn = connections.get("default")
    for table in ("report", "report_event", "report_message", "audit_entry", "job", "staff_account"):
        dump = repr(await conn.execute_query_dict(f"SELECT * FROM {table}"))
        for secret in (*SECRETS, receipt.replace("-", "")):
            assert secret not in dump, table
    today = china_day(datetime.now(UTC)).isoformat()
    assert len((await head.download(f"/admin/api/ledger.csv?since={today}"))[2].splitlines()) == 3
    later = (await head.download("/admin/api/ledger.csv?since=2100-01-01"))[2].decode("utf-8-sig")
    assert later.splitlines() == [",".join(TITLES)]
    status, body = await head.call("GET", "/admin/api/ledger.csv?since=yesterday")
    assert status == 422 and body["fields"] == {"since": "起始日期应为日期，如2026-01-31。"}
    status, body = await (await console(stack, http, "inv1")).call("GET", "/admin/api/ledger.csv")
    assert status == 403 and body["code"] == "forbidden"


async def test_a_report_taken_by_phone_records_the_channel_and_who_entered_it(
    stack: Stack, http: aiohttp.ClientSession, team: dict[str, int]
) -> None:
    intake = await console(stack, http, "intake1")
    entered = await intake.ok("POST", "/admin/api/reports", phone_report(), status=201)
    walk_in = await intake.ok("POST", "/admin/api/reports", phone_report(channel="walk_in"), status=201)
    row = await Report.get(id=entered["report_id"])
    assert row.channel == "phone" and row.anonymous and row.reporter_index is None
    assert (await Report.get(id=walk_in["report_id"])).channel == "walk_in"
    event = await ReportEvent.get(report_id=row.id)
    assert event.actor == f"staff:{team['intake1']}" and event.note == "收到举报（电话）"
    entry = await AuditEntry.get(action="report.entered", subject=f"report:{row.id}")
    assert entry.detail == {"channel": "phone"} and entry.actor == f"staff:{team['intake1']}"
    case = await intake.ok("GET", f"/admin/api/reports/{row.id}")
    assert case["channel"] == "phone" and case["identity_on_file"] is False
    assert case["timeline"][0]["actor_name"] == "受理员小陈"
    inv = await console(stack, http, "inv1")
    status, body = await inv.call("POST", "/admin/api/reports", phone_report())
    assert status == 403 and body["code"] == "forbidden"


async def test_two_reports_of_the_same_target_and_category_link_the_second_to_the_first(
    stack: Stack, http: aiohttp.ClientSession, team: dict[str, int]
) -> None:
    intake = await console(stack, http, "intake1")
    first = (await intake.ok("POST", "/admin/api/reports", phone_report(), status=201))["report_id"]
    again = phone_report(channel="mail", description="来信反映同一家药店用医保卡卖日用品，我也亲眼看到了。")
    second = (await intake.ok("POST", "/admin/api/reports", again, status=201))["report_id"]
    other = phone_report(target_code="P3301000002", target_name="老百姓大药房")
    third = (await intake.ok("POST", "/admin/api/reports", other, status=201))["report_id"]
    rows = {
        rid: await intake.ok("POST", f"/admin/api/reports/{rid}/accept", {}) for rid in (first, second, third)
    }
    assert rows[first]["duplicate_of"] is None
    assert rows[second]["duplicate_of"] == first
    assert rows[third]["duplicate_of"] is None
    case = await intake.ok("GET", f"/admin/api/reports/{second}")
    assert case["duplicate_of"] == first
    assert any("合并办理" in e["note"] for e in case["timeline"])  # staff see the link


async def test_the_deadline_lists_show_overdue_and_due_soon_reports_of_a_region(
    stack: Stack, http: aiohttp.ClientSession, team: dict[str, int]
) -> None:
    intake = await console(stack, http, "intake1")
    ids = [
        (await intake.ok("POST", "/admin/api/reports", phone_report(), status=201))["report_id"]
        for _ in "abc"
    ]
    today = china_day(datetime.now(UTC))
    await Report.filter(id=ids[0]).update(accept_by=today - timedelta(days=1))
    await Report.filter(id=ids[1]).update(accept_by=today)
    lists = await intake.ok("GET", "/admin/api/deadlines?region=demo")
    assert lists["region"] == "demo" and lists["today"] == today.isoformat()
    assert [(r["id"], r["step"]) for r in lists["overdue"]] == [(ids[0], "accept_by")]
    assert [r["id"] for r in lists["due_soon"]] == [ids[1]]
    status, body = await intake.call("GET", "/admin/api/deadlines?region=north")
    assert status == 403 and body["code"] == "forbidden"
