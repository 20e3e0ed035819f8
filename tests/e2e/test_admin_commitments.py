"""The staff JSON API for commitment letters over real HTTP: templates, a campaign, its roster (all or
nothing), coverage, non-signers, reminders by template message, voiding, and the roles."""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import aiohttp
import pytest
from openpyxl import load_workbook

from commitments.models import Campaign
from storage import kv as kvs
from tests.conftest import Stack, StackFactory
from tests.e2e.admin_client import Console, console, make_staff
from tests.integration.commitments_kit import (
    NOW,
    bind,
    bound_and_signed,
    id_number,
    region_with_people,
    roster_csv,
)

API = "/admin/api/commitments"


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


async def post_csv(c: Console, path: str, data: bytes) -> tuple[int, dict[str, Any]]:
    headers = {**c.headers(), "Content-Type": "text/csv"}
    async with c.http.post(c.url(path), data=data, headers=headers) as resp:
        return resp.status, await resp.json()


async def test_staff_run_a_campaign_from_templates_to_reminders(
    make_stack: StackFactory, http: aiohttp.ClientSession
) -> None:
    stack: Stack = await make_stack(clock=lambda: NOW + timedelta(hours=1))
    await make_staff("credit1", ["credit_officer"], name="信用科")
    await make_staff("intake1", ["intake"])
    made = await region_with_people()
    officer, intake = await console(stack, http, "credit1"), await console(stack, http, "intake1")
    assert (await intake.call("GET", f"{API}/templates"))[0] == 403
    listed = await officer.ok("GET", f"{API}/templates")
    assert {t["kind"] for t in listed["templates"]} == {"practitioner", "institution", "enterprise"}
    draft = await officer.ok(
        "POST",
        f"{API}/templates",
        {"kind": "practitioner", "title": "信用承诺书", "body": "第二版承诺正文。" * 5},
        status=201,
    )
    assert draft["version"] == 2 and draft["published_at"] is None
    published = await officer.ok("POST", f"{API}/templates/{draft['id']}/publish")
    assert published["published_at"] is not None and published["sha256"] == draft["sha256"]

    window = {
        "opens_at": (NOW - timedelta(days=1)).isoformat(),
        "closes_at": (NOW + timedelta(days=9)).isoformat(),
    }
    assert (await officer.call("POST", f"{API}/campaigns", {"name": "x", "template_id": 999999, **window}))[
        0
    ] == 404
    campaign = await officer.ok(
        "POST",
        f"{API}/campaigns",
        {
            "name": "2026年承诺",
            "template_id": made["practitioner"].id,
            "consequence": {"kind": "credit_event"},
            **window,
        },
        status=201,
    )
    bad = roster_csv([f"医师,D0000001,张三,{id_number(1)},P0000001", "医师,D0000002,李四,123,P0000001"])
    status, refused = await post_csv(officer, f"{API}/campaigns/{campaign['id']}/roster", bad)
    assert status == 422 and list(refused["fields"]) == ["第3行"]
    status, done = await post_csv(officer, f"{API}/campaigns/{campaign['id']}/roster", roster_csv())
    assert status == 201 and done["created"] == 3

    kv = kvs.connect(None)
    stored = await Campaign.get(id=campaign["id"])
    signed = await bound_and_signed(kv, stored, "o-signer", 1)
    await bind(kv, stored, "o-waiting", 2)
    cover = await officer.ok("GET", f"{API}/campaigns/{campaign['id']}/coverage")
    assert (cover["roster"], cover["signed"], cover["bound"]) == (3, 1, 2)
    missing = await officer.ok("GET", f"{API}/campaigns/{campaign['id']}/non-signers")
    assert [(m["party"], m["bound"]) for m in missing["non_signers"]] == [
        ("D0000002", True),
        ("D0000003", False),
    ]
    status, ctype, sheet = await officer.download(f"{API}/campaigns/{campaign['id']}/non-signers.xlsx")
    assert status == 200 and ctype.startswith("application/vnd.openxmlformats")
    rows = list(load_workbook(io.BytesIO(sheet)).active.iter_rows(values_only=True))
    assert rows[0][:3] == ("签署人类别", "编码", "姓名") and [r[1] for r in rows[1:]] == [
        "D0000002",
        "D0000003",
    ]
    sent = await officer.ok("POST", f"{API}/campaigns/{campaign['id']}/reminders", status=202)
    assert sent == {"queued": 1, "unbound_by_institution": {"P0000002": 1}}
    for _ in range(200):  # the reminder job runs after the commit
        notes = [m for m in stack.sim.state.sent if m["via"] == "template"]
        if notes:
            break
        await asyncio.sleep(0.05)
    assert [m["touser"] for m in notes] == ["o-waiting"]
    assert notes[0]["url"] == stack.settings.PUBLIC_BASE_URL + "/h5/commitments"

    firms = "统一社会信用代码,企业名称,企业类型,法定代表人\n91350100M000100Y4X,示范制药,药品生产企业,赵六\n"
    status, refused = await post_csv(officer, f"{API}/enterprises/import", firms.encode())
    assert status == 422 and "GB 32100" in refused["fields"]["第2行"]
    status, done = await post_csv(officer, f"{API}/enterprises/import", firms.replace("Y4X", "Y43").encode())
    assert status == 201 and done["created"] == 1

    voided = await officer.ok("POST", f"{API}/signatures/{signed.code}/void", {"reason": "签署人身份有误"})
    assert voided["void_reason"] == "签署人身份有误"
    cover = await officer.ok("GET", f"{API}/campaigns/{campaign['id']}/coverage")
    assert cover["signed"] == 0
