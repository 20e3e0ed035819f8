"""A NUL or another control character in any text field is a 422 naming the field, and nothing is stored.

On PostgreSQL, where a NUL used to reach the database and fail there with a 500.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from reports.models import Report, ReportEvent, ReportMessage
from tests.conftest import Stack
from tests.e2e.admin_client import console, make_staff, named, phone_report
from tests.e2e.test_api_v1 import NAMED, Api, report_body

pytestmark = pytest.mark.parametrize("backend", ["postgres"])

BAD = ["\x00", "\x01", "\x1b[2J", "\r", "\x7f", "\x85"]


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


async def _rows() -> tuple[int, int, int]:
    return await Report.all().count(), await ReportEvent.all().count(), await ReportMessage.all().count()


def _field_refused(status: int, body: Any, field: str, *, expected: int = 422) -> None:
    assert status == expected, body
    assert body["code"] == "invalid" and field in body["fields"], body
    assert "控制字符" in body["fields"][field]


@pytest.mark.parametrize("char", BAD)
async def test_control_characters_in_mini_program_text_get_422_and_store_nothing(
    stack: Stack, http: aiohttp.ClientSession, char: str
) -> None:
    api = Api(stack, http)
    await api.login("o-ctl")
    _, done, _ = await api.report()
    before = await _rows()
    cases: list[tuple[dict[str, Any], str]] = [
        ({"description": f"药店允许用医保卡购买鸡蛋{char}和洗发水，按药品结算。"}, "description"),
        ({"target_name": f"益丰{char}大药房"}, "target_name"),
        ({"location": {"latitude": 30.27, "longitude": 120.15, "name": f"示范路{char}"}}, "location.name"),
        ({**NAMED, "identity": {**NAMED["identity"], "name": f"张{char}三"}}, "identity.name"),
    ]
    for overrides, field in cases:
        status, body, _ = await api.call("POST", "/api/v1/reports", json=report_body(**overrides))
        _field_refused(status, body, field)
    code = done["receipt_code"]
    status, body, _ = await api.call(
        "POST", f"/api/v1/reports/{code}/messages", auth=False, json={"body": f"补充{char}说明"}
    )
    _field_refused(status, body, "body")
    status, body, _ = await api.call("GET", "/api/v1/pharmacies", auth=False, params={"q": f"益丰{char}"})
    _field_refused(status, body, "q", expected=400)  # a bad query string is a 400 on this route
    assert await _rows() == before


async def test_control_characters_in_staff_text_get_422_and_store_nothing(
    stack: Stack, http: aiohttp.ClientSession
) -> None:
    await make_staff("intake1", ["intake"])
    head_id = (await make_staff("head1", ["head"])).id
    intake, head = await console(stack, http, "intake1"), await console(stack, http, "head1")
    rid = (await intake.ok("POST", "/admin/api/reports", phone_report(), status=201))["report_id"]
    await intake.ok("POST", f"/admin/api/reports/{rid}/accept", {"version": 0})
    await head.ok("POST", f"/admin/api/reports/{rid}/assign", {"assignee_id": head_id})
    await head.ok("POST", f"/admin/api/reports/{rid}/start", {})
    before = await _rows()
    calls: list[tuple[str, dict[str, Any], str]] = [
        ("/admin/api/reports", phone_report(description="来电反映\x00用医保卡买鸡蛋。"), "description"),
        ("/admin/api/reports", phone_report(target_name="益丰\x00大药房"), "target_name"),
        ("/admin/api/reports", {**named(), "identity": {"name": "张\x00三"}}, "identity.name"),
        (f"/admin/api/reports/{rid}/messages", {"body": "请补充\x00材料"}, "body"),
        (f"/admin/api/reports/{rid}/extend", {"reason": "案情\x00复杂"}, "reason"),
    ]
    for path, payload, field in calls:
        who = intake if path == "/admin/api/reports" else head
        status, body = await who.call("POST", path, payload)
        _field_refused(status, body, field)
    assert await _rows() == before
    report = await Report.get(id=rid)
    assert report.status == "investigating" and report.extensions == 0


async def test_newlines_and_tabs_stay_allowed(stack: Stack, http: aiohttp.ClientSession) -> None:
    api = Api(stack, http)
    await api.login("o-nl")
    status, done, _ = await api.report(description="第一行：药店允许用医保卡购买鸡蛋。\n第二行：\t按药品结。")
    assert status == 201, done
