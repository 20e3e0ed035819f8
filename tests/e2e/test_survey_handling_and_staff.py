"""The handling questionnaire and the staff JSON API of surveys, over HTTP: a report marked informed
is offered the questionnaire once; its reporter answers with the receipt (anonymous here), once per
report; heads read the handling figure; credit officers read results, list the held-out answers and
release or reject them; other roles are refused."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import aiohttp
import pytest
from tortoise.transactions import in_transaction

from kernel.actors import Actor
from reports import lifecycle
from reports.models import Report
from surveys.models import SurveyOffer, SurveyResponse
from tests.conftest import Stack
from tests.e2e.admin_client import Console, make_staff
from tests.e2e.test_api_v1 import Api, api  # noqa: F401  (the fixture)
from tests.e2e.test_report_chat import settle
from tests.integration.survey_kit import pharmacy, rate

HEAD = Actor(2, "科长", frozenset({"head"}), frozenset({"demo"}))


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


async def informed(report_id: int, *, inform: bool = True) -> None:
    now = datetime.now(UTC)
    from reports.rules import load_rules

    rules = load_rules(receipt_key=b"r" * 32)
    async with in_transaction() as conn:
        await lifecycle.accept(conn, report_id, actor=HEAD, rules=rules, now=now)
        await lifecycle.assign(conn, report_id, assignee=HEAD, actor=HEAD, now=now)
        await lifecycle.start_investigation(conn, report_id, actor=HEAD, now=now)
        await lifecycle.conclude(
            conn, report_id, conclusion="substantiated", verified_amount_fen=5000, summary="查实",
            actor=HEAD, rules=rules, now=now,
        )  # fmt: skip
        if inform:
            await lifecycle.mark_informed(conn, report_id, actor=HEAD, now=now)


async def test_the_handling_questionnaire_is_offered_once_and_answered_with_the_receipt(
    stack: Stack,
    api: Api,  # noqa: F811
    http: aiohttp.ClientSession,
) -> None:
    await api.login("o-reporter")
    status, made, _ = await api.report()
    assert status == 201, made
    receipt = made["receipt_code"]
    url = f"/api/v1/reports/{receipt}/survey"
    report = await Report.get()
    await informed(report.id, inform=False)
    await settle(stack)
    status, body, _ = await api.call("GET", url, auth=False)
    assert status == 200 and body["offered"] is False and body["questionnaire"] == "handling"
    status, body, _ = await api.call(
        "POST", url, auth=False, json={"client_id": "h-00000001", "answers": {"overall": 5}}
    )
    assert status == 409 and body["code"] == "report_not_informed"

    async with in_transaction() as conn:
        await lifecycle.mark_informed(conn, report.id, actor=HEAD, now=datetime.now(UTC))
    await settle(stack)
    assert await SurveyOffer.filter(report_id=report.id).count() == 1
    status, body, _ = await api.call("GET", url, auth=False)
    assert body["offered"] is True
    answer = {"client_id": "h-00000001", "answers": {"overall": 4, "speed": 5}}
    status, first, _ = await api.call("POST", url, auth=False, json=answer)
    assert status == 201, first
    status, second, _ = await api.call(
        "POST", url, auth=False, json={"client_id": "h-00000002", "answers": {"overall": 2}}
    )
    assert status == 201 and second["id"] == first["id"]  # one response per report
    assert await SurveyResponse.filter(subject_kind="report").count() == 1

    await make_staff("head1", ["head"])
    await make_staff("credit1", ["credit_officer"])
    head = Console(stack, http)
    await head.login("head1")
    period = datetime.now(UTC).strftime("%Y-%m")
    figure = await head.ok("GET", f"/admin/api/surveys/handling?period={period}")
    assert figure["offered"] == 1 and figure["answered"] == 1 and figure["satisfaction"] == "25.00"
    assert figure["response_rate"] == "1.000" and figure["items"]["overall"]["mean"] == "2.00"
    officer = Console(stack, http)
    await officer.login("credit1")
    status, _ = await officer.call("GET", f"/admin/api/surveys/handling?period={period}")
    assert status == 403


async def test_officers_release_or_reject_held_answers_and_read_results(
    stack: Stack, http: aiohttp.ClientSession
) -> None:
    code = await pharmacy("P0000001")
    now = datetime.now(UTC)
    for i in range(22):
        await rate(code, person=f"o-b-{i}", now=now)
    await make_staff("credit1", ["credit_officer"])
    await make_staff("intake1", ["intake"])
    officer = Console(stack, http)
    await officer.login("credit1")
    queue = (await officer.ok("GET", "/admin/api/surveys/held"))["held"]
    assert len(queue) == 2 and {q["hold_reason"] for q in queue} == {"burst"}
    assert "疑似集中刷评" in queue[0]["hold_reason_text"]
    done = await officer.ok("POST", f"/admin/api/surveys/responses/{queue[0]['id']}/release")
    assert done["status"] == "released"
    done = await officer.ok("POST", f"/admin/api/surveys/responses/{queue[1]['id']}/reject")
    assert done["status"] == "rejected"
    status, body = await officer.call("POST", f"/admin/api/surveys/responses/{queue[1]['id']}/release")
    assert status == 409 and body["code"] == "not_held"
    results = await officer.ok("GET", f"/admin/api/surveys/results?period={now.strftime('%Y-%m')}")
    one = results["institutions"][code]
    assert one["responses"] == 21 and one["held"] == 0 and one["rejected"] == 1
    clerk = Console(stack, http)
    await clerk.login("intake1")
    status, _ = await clerk.call("GET", "/admin/api/surveys/held")
    assert status == 403
