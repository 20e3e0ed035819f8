"""满意度评价 through the mini-program API: the questionnaire of an institution's kind, an answer with a
client idempotency key (a replay returns the first with 200, a conflicting replay is 409), a second
answer replacing the first, bad input refused with nothing stored, and both in the OpenAPI document."""

from __future__ import annotations

from typing import Any

from surveys.models import SurveyResponse
from tests.conftest import Stack
from tests.e2e.test_api_v1 import Api, api  # noqa: F401  (the fixture)
from tests.integration.survey_kit import pharmacy

PATH = "/api/v1/institutions/{}/survey"


async def test_the_questionnaire_follows_the_institutions_kind(api: Api) -> None:  # noqa: F811
    await pharmacy("P0000001")
    await pharmacy("H0000001", kind="inpatient_hospital", name="示范市人民医院")
    status, body, _ = await api.call("GET", PATH.format("P0000001"), auth=False)
    assert status == 200 and body["questionnaire"] == "pharmacy"
    assert body["items"][0]["id"] == "overall" and len(body["scale"]) == 5 and body["period"]
    status, body, _ = await api.call("GET", PATH.format("H0000001"), auth=False)
    assert body["questionnaire"] == "hospital" and body["name"] == "示范市人民医院"
    assert 3 <= len(body["items"]) <= 5
    status, body, _ = await api.call("GET", PATH.format("X0000404"), auth=False)
    assert status == 404 and body["code"] == "not_found"


async def test_a_replay_returns_the_first_answer_and_a_conflicting_one_is_409(api: Api) -> None:  # noqa: F811
    await pharmacy("P0000001")
    await api.login("o-mini")
    url = PATH.format("P0000001") + "/responses"
    answer: dict[str, Any] = {"client_id": "3f6c2a9e-0001", "answers": {"overall": 4, "price": 5}}
    status, first, _ = await api.call("POST", url, json=answer)
    assert status == 201 and first["replayed"] is False and first["answers"] == {"overall": 4, "price": 5}
    status, again, _ = await api.call("POST", url, json=answer)
    assert status == 200 and again["replayed"] is True and again["id"] == first["id"]
    status, body, _ = await api.call("POST", url, json={**answer, "answers": {"overall": 1}})
    assert status == 409 and body["code"] == "idempotency_conflict"
    # A new submission in the period replaces the first.
    status, body, _ = await api.call(
        "POST", url, json={"client_id": "3f6c2a9e-0002", "answers": {"overall": 2}}
    )
    assert status == 201 and body["id"] == first["id"]
    rows = await SurveyResponse.all()
    assert len(rows) == 1 and rows[0].answers == {"overall": 2} and rows[0].channel == "api"
    assert "held" not in str(body) and "status" not in body  # a stuffer is never told


async def test_an_answer_needs_a_login_and_valid_ratings(stack: Stack, api: Api) -> None:  # noqa: F811
    await pharmacy("P0000001")
    url = PATH.format("P0000001") + "/responses"
    status, body, _ = await api.call("POST", url, json={"client_id": "abcdefgh", "answers": {"overall": 4}})
    assert status == 401
    await api.login("o-mini")
    for bad in (
        {"client_id": "abcdefgh", "answers": {"overall": 9}},
        {"client_id": "abcdefgh", "answers": {"doctor": 4}},
        {"client_id": "short", "answers": {"overall": 4}},
        {"answers": {"overall": 4}},
    ):
        status, body, _ = await api.call("POST", url, json=bad)
        assert status == 422, (bad, body)
    assert await SurveyResponse.all().count() == 0


async def test_both_operations_are_in_the_openapi_document(api: Api) -> None:  # noqa: F811
    status, doc, _ = await api.call("GET", "/api/v1/openapi.json", auth=False)
    assert status == 200
    ops = doc["paths"]["/api/v1/institutions/{code}/survey/responses"]["post"]
    assert ops["operationId"] == "answerSurvey" and "409" in ops["responses"]
    assert "get" in doc["paths"]["/api/v1/institutions/{code}/survey"]
