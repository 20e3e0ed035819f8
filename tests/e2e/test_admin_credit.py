"""Credit through the staff API and the objection API over real HTTP: an officer records and imports
events, evaluates a Zhenjiang-style and a Shizuishan-style region, explains and publishes, issues
notices; an institution objects with its code; the officer answers; blacklist and repair."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import aiohttp
import pytest

from credit.models import PublishedGrade
from tests.conftest import Stack, StackFactory
from tests.e2e.admin_client import Console, console, make_staff
from tests.integration.credit_kit import places


def china(day: str, hour: int = 10) -> datetime:
    return datetime.fromisoformat(f"{day}T{hour:02d}:00:00+08:00").astimezone(UTC)


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
def clock() -> Clock:
    return Clock(china("2025-09-26"))  # a Friday before National Day


@pytest.fixture
async def bureau(make_stack: StackFactory, clock: Clock) -> Stack:
    stack: Stack = await make_stack(clock=clock)
    await make_staff("credit1", ["credit_officer"], name="信用科陈科员", regions=("demo", "demo2"))
    await make_staff("intake1", ["intake"], name="受理员小陈", regions=("demo", "demo2"))
    await make_staff("north1", ["credit_officer"], name="北区信用科", regions=("north",))
    await places("P0000001", "P0000002", "P0000003")
    await places("S0000001", "S0000002", region="demo2")
    await places("SH000001", region="demo2", kind="inpatient_hospital", level="2")
    return stack


async def post_csv(officer: Console, path: str, text: str) -> tuple[int, dict[str, Any]]:
    headers = {**officer.headers(), "Content-Type": "text/csv"}
    async with officer.http.post(officer.url(path), data=text.encode("utf-8"), headers=headers) as resp:
        return resp.status, await resp.json()


async def test_an_officer_evaluates_publishes_and_answers_an_objection(
    bureau: Stack, http: aiohttp.ClientSession, clock: Clock
) -> None:
    officer = await console(bureau, http, "credit1")
    event = {
        "region": "demo",
        "code": "P0000001",
        "kind": "violation",
        "date": "2025-03-01",
        "source": "飞行检查",
    }
    made = await officer.ok("POST", "/admin/api/credit/events", event, status=201)
    assert (made["code"], made["kind"], made["origin"]) == ("P0000001", "violation", "staff")
    status, bad = await officer.call("POST", "/admin/api/credit/events", {**event, "kind": "refused_payment"})
    assert status == 422 and bad["code"] == "bad_event" and "拒付金额" in bad["message"]

    header = "机构编码,事件类型,日期,金额,来源\n"
    status, refused = await post_csv(
        officer,
        "/admin/api/credit/events/import?region=demo",
        header + "P0000002,违规,2025-04-01,,巡查\nP9,违规,x,,\n",
    )
    assert status == 422 and refused["code"] == "bad_rows" and list(refused["fields"]) == ["第3行"]
    good = header + "P0000002,违规,2025-04-01,,巡查\nP0000002,违规,2025-05-01,,巡查\n"
    for created in (2, 0):  # the second upload is the same file: nothing new
        status, summary = await post_csv(officer, "/admin/api/credit/events/import?region=demo", good)
        assert status == 201 and summary["created"] == created
    listed = await officer.ok("GET", "/admin/api/credit/events?region=demo")
    assert listed["total"] == 3

    run = await officer.ok("POST", "/admin/api/credit/runs", {"region": "demo", "period": "2025"}, status=201)
    assert run["status"] == "draft" and run["summary"]["grades"] == {"★★★": 1, "★★": 1, "★": 1}
    assert await PublishedGrade.all().count() == 0  # a draft is never shown
    detail = await officer.ok("GET", f"/admin/api/credit/runs/{run['id']}?grade=★")
    assert detail["total"] == 1 and detail["grades"][0]["code"] == "P0000002"
    why = await officer.ok("GET", f"/admin/api/credit/runs/{run['id']}/grades/P0000002")
    assert why["grade"] == "★" and any("违法违规记录 2 次" in line for line in why["explanation"])
    published = await officer.ok("POST", f"/admin/api/credit/runs/{run['id']}/publish")
    assert published["status"] == "published"
    assert (await PublishedGrade.get(institution_code="P0000001")).grade == "★★"
    notices = (await officer.ok("POST", f"/admin/api/credit/runs/{run['id']}/notices", {}))["notices"]
    codes = {n["code"]: n["objection_code"] for n in notices}
    assert {n["objection_by"] for n in notices} == {"2025-10-16"} and all(codes.values())
    again = (await officer.ok("POST", f"/admin/api/credit/runs/{run['id']}/notices", {}))["notices"]
    assert [n["objection_code"] for n in again] == [None, None, None]  # shown once

    clock.at = china("2025-10-16", 20)  # the 10th working day after the notice
    url = bureau.url.rstrip("/") + "/api/v1/institutions/P0000001/credit/objections"
    objection = {
        "objection_code": codes["P0000002"],
        "reason": "该违规记录系他院误录，附核查说明。",
        "channel": "h5",
    }
    async with http.post(url, json=objection) as resp:
        assert resp.status == 403 and (await resp.json())["code"] == "bad_objection_code"
    async with http.post(url, json={**objection, "objection_code": codes["P0000001"]}) as resp:
        assert resp.status == 201, await resp.text()
        taken = await resp.json()
    assert (taken["grade"], taken["answer_by"]) == ("★★", "2025-11-06")
    clock.at = china("2025-10-17")
    other = bureau.url.rstrip("/") + "/api/v1/institutions/P0000003/credit/objections"
    async with http.post(other, json={**objection, "objection_code": codes["P0000003"]}) as resp:
        assert resp.status == 409 and (await resp.json())["code"] == "objection_closed"
    async with http.get(bureau.url.rstrip("/") + "/h5/credit/objection") as resp:
        assert resp.status == 200 and "异议码" in await resp.text()

    officer = await console(bureau, http, "credit1")  # weeks later: a new session
    queue = (await officer.ok("GET", "/admin/api/credit/objections?region=demo"))["objections"]
    assert [(o["id"], o["status"], o["overdue"]) for o in queue] == [(taken["id"], "open", False)]
    answer = {"decision": "upheld", "answer": "经核查该记录系误录，予以更正。", "corrected_grade": "★★★"}
    answered = await officer.ok("POST", f"/admin/api/credit/objections/{taken['id']}/answer", answer)
    assert (answered["status"], answered["corrected_grade"]) == ("upheld", "★★★")
    shown = await PublishedGrade.get(institution_code="P0000001")
    assert (shown.grade, shown.run_id) == ("★★★", answered["correction_run_id"])
    history = (await officer.ok("GET", "/admin/api/credit/runs?region=demo"))["runs"]
    assert [(r["status"], r["corrects_run_id"]) for r in history] == [
        ("published", run["id"]),
        ("published", None),
    ]


async def test_a_shizuishan_style_region_is_evaluated_and_published_at_once(
    bureau: Stack, http: aiohttp.ClientSession, clock: Clock
) -> None:
    officer = await console(bureau, http, "credit1")
    refusal = {"region": "demo2", "code": "SH000001", "kind": "refused_payment", "date": "2025-05-01"}
    await officer.ok("POST", "/admin/api/credit/events", {**refusal, "amount_yuan": "150000"}, status=201)
    run = await officer.ok(
        "POST", "/admin/api/credit/runs", {"region": "demo2", "period": "2025", "publish": True}, status=201
    )
    assert (run["scheme"], run["status"]) == ("shizuishan", "published")
    # 150,000 refused at a secondary hospital: one whole 100,000 unit, 50 points off → 50 → B.
    assert run["summary"]["grades"] == {"AAA": 2, "AA": 0, "A": 0, "B": 1}
    row = await PublishedGrade.get(institution_code="SH000001")
    assert (row.grade, row.scheme) == ("B", "shizuishan") and row.meaning.startswith("信用较差（分数 < 70）")


async def test_credit_routes_refuse_other_roles_and_other_regions(
    bureau: Stack, http: aiohttp.ClientSession
) -> None:
    intake, north = await console(bureau, http, "intake1"), await console(bureau, http, "north1")
    status, _ = await intake.call("GET", "/admin/api/credit/runs?region=demo")
    assert status == 403
    status, body = await north.call("POST", "/admin/api/credit/runs", {"region": "demo", "period": "2025"})
    assert status == 403 and body["code"] == "forbidden"


async def test_blacklist_and_repair_through_the_api(
    bureau: Stack, http: aiohttp.ClientSession, clock: Clock
) -> None:
    officer = await console(bureau, http, "credit1")
    listing = {
        "region": "demo",
        "subject_kind": "institution",
        "subject_code": "P0000002",
        "severity": "ordinary",
        "reason": "串换药品结算，拒不整改",
    }
    entry = await officer.ok("POST", "/admin/api/credit/blacklist", listing, status=201)
    assert (entry["listed_on"], entry["repair_from"], entry["publish_until"], entry["public"]) == (
        "2025-09-26",
        "2025-12-26",
        "2026-09-26",
        True,
    )
    commitment = {"commitment": "本机构承诺立即纠正串换药品行为，严格执行医保服务协议，接受监督。"}
    status, early = await officer.call(
        "POST", f"/admin/api/credit/blacklist/{entry['id']}/repairs", commitment
    )
    assert status == 409 and early["code"] == "repair_too_early" and "2025-12-26" in early["message"]
    clock.at = china("2025-12-26")
    officer = await console(bureau, http, "credit1")
    asked = await officer.ok(
        "POST", f"/admin/api/credit/blacklist/{entry['id']}/repairs", commitment, status=201
    )
    queue = (await officer.ok("GET", "/admin/api/credit/repairs?region=demo&status=pending"))["requests"]
    assert [r["id"] for r in queue] == [asked["id"]]
    await officer.ok(
        "POST", f"/admin/api/credit/repairs/{asked['id']}/decide", {"approve": True, "note": "已整改"}
    )
    entries = (await officer.ok("GET", "/admin/api/credit/blacklist?region=demo"))["entries"]
    assert [(e["repaired_on"], e["public"]) for e in entries] == [("2025-12-26", False)]
