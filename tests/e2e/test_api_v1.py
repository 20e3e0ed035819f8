"""The mini-program API end to end: login through the simulator, uploads, reports, receipts, limits."""

from __future__ import annotations

import json
import logging
import re
import uuid
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import make_mocked_request
from openapi_spec_validator import validate

from handlers import keys
from handlers.kit.access import client_ip
from handlers.kit.config import parse_networks
from handlers.kit.errors import api as api_handler
from handlers.kit.uploads import MB, sniff
from reports.models import Report, ReportEvidence, ReportMessage
from storage.models import Attachment
from tests.conftest import Stack

ID_NUMBER = "11010519491231002X"
WRONG_CHECK_DIGIT = "110105194912310021"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 64 + b"\xff\xd9"
AMR = b"#!AMR\n" + b"\x3c" * 320
RECEIPT = re.compile(r"^[2-9A-HJKMNP-TV-Z]{4}(-[2-9A-HJKMNP-TV-Z]{4}){3}$")
CJK = re.compile(r"[\u4e00-\u9fff]")


class Api:
    """A mini-program: one HTTP session, its login token, and every response body it has seen."""

    def __init__(self, stack: Stack, http: aiohttp.ClientSession) -> None:
        self.base = stack.url.rstrip("/")
        self.http = http
        self.token: str | None = None
        self.seen: list[str] = []

    async def call(
        self, method: str, path: str, *, auth: bool = True, **kwargs: Any
    ) -> tuple[int, Any, aiohttp.ClientResponse]:
        headers = dict(kwargs.pop("headers", {}))
        if auth and self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        async with self.http.request(method, self.base + path, headers=headers, **kwargs) as resp:
            text = await resp.text()
            self.seen.append(text)
            body = await resp.json(content_type=None) if text.startswith(("{", "[")) else text
            return resp.status, body, resp

    async def login(self, openid: str) -> None:
        status, body, _ = await self.call("POST", "/api/v1/login", json={"code": f"test:{openid}"})
        assert status == 200, body
        self.token = body["token"]

    async def upload(self, data: bytes, *, name: str = "photo.jpg", ctype: str = "image/jpeg") -> Any:
        form = aiohttp.FormData()
        form.add_field("file", data, filename=name, content_type=ctype)
        return await self.call("POST", "/api/v1/attachments", data=form)

    async def report(self, **overrides: Any) -> Any:
        return await self.call("POST", "/api/v1/reports", json=report_body(**overrides))


def report_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "category": "daily_goods_on_card",
        "target_code": "P3301000001",
        "target_name": "益丰大药房示范路店",
        "description": "药店允许用医保卡购买鸡蛋和洗发水，收银时按药品结算。",
        "attachments": [],
        "location": {"latitude": 30.27, "longitude": 120.15, "name": "示范路"},
        "anonymous": True,
    }
    body.update(overrides)
    return body


NAMED: dict[str, Any] = {
    "anonymous": False,
    "identity": {"name": "张三", "id_number": ID_NUMBER, "phone": "13800138000"},
    "sensitive_consent": True,
}


@pytest.fixture
async def api(stack: Stack) -> Any:
    async with aiohttp.ClientSession() as http:
        yield Api(stack, http)


def blob_files(stack: Stack) -> int:
    return sum(1 for p in (Path(stack.settings.VAR_DIR) / "blobs").rglob("*") if p.is_file())


async def stored(stack: Stack) -> tuple[int, int, int, int]:
    return (
        await Report.all().count(),
        await ReportEvidence.all().count(),
        await Attachment.all().count(),
        blob_files(stack),
    )


async def test_a_named_report_with_an_uploaded_photo_gets_a_grouped_receipt_and_a_timeline(
    stack: Stack, api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    await api.login("o-user")
    status, photo, _ = await api.upload(JPEG)
    assert status == 201
    assert photo["kind"] == "image" and photo["content_type"] == "image/jpeg" and photo["size"] == len(JPEG)

    status, done, _ = await api.report(attachments=[photo["id"]], **NAMED)
    assert status == 201, done
    assert RECEIPT.match(done["receipt_code"]) and len(done["receipt_code"].replace("-", "")) == 16
    assert done["status"] == "submitted" and re.match(r"^\d{4}-\d{2}-\d{2}$", done["accept_by"])

    status, view, _ = await api.call("GET", f"/api/v1/reports/{done['receipt_code']}", auth=False)
    assert status == 200
    assert view["status"] == "submitted" and view["target"] == "益丰大药房示范路店"
    assert [(t["status"], t["note"]) for t in view["timeline"]] == [("submitted", "收到举报（小程序）")]
    assert view["received_at"].endswith("+08:00")  # shown in China time
    assert view["messages"] == []

    report = await Report.get()
    assert report.channel == "miniprogram" and not report.anonymous
    assert report.reporter_index == stack.app[keys.CIPHER].blind_index("o-user")
    assert ID_NUMBER not in (report.identity_enc or "")
    evidence = await ReportEvidence.get(report_id=report.id)
    assert (evidence.kind, evidence.source, evidence.ref) == ("image", "upload", photo["id"])
    assert all(ID_NUMBER not in text and "session_key" not in text for text in api.seen)
    # Nothing the service logs holds the ID number or the receipt (the test server's access log is left
    # out: production runs without one, see server/cli.py).
    logged = " ".join(r.getMessage() for r in caplog.records if r.name != "aiohttp.access")
    assert ID_NUMBER not in logged and done["receipt_code"].replace("-", "") not in logged.replace("-", "")


async def test_a_message_sent_with_the_receipt_appears_in_the_report_view(api: Api) -> None:
    await api.login("o-user")
    _, done, _ = await api.report()
    typed = done["receipt_code"].replace("-", "").lower()  # as a person might type it
    status, sent, _ = await api.call(
        "POST", f"/api/v1/reports/{typed}/messages", auth=False, json={"body": "  补充：当天下午三点左右。 "}
    )
    assert status == 201 and sent["from"] == "reporter" and sent["body"] == "补充：当天下午三点左右。"
    _, view, _ = await api.call("GET", f"/api/v1/reports/{done['receipt_code']}", auth=False)
    assert [(m["from"], m["body"]) for m in view["messages"]] == [("reporter", "补充：当天下午三点左右。")]

    status, err, _ = await api.call(
        "POST", f"/api/v1/reports/{typed}/messages", auth=False, json={"body": "   "}
    )
    # The input model takes what the service takes (1–1000 characters after stripping): its own 422.
    assert status == 422 and err["code"] == "invalid" and "body" in err["fields"]
    assert await ReportMessage.all().count() == 1


async def test_an_anonymous_report_keeps_no_link_to_the_session_that_sent_it(stack: Stack, api: Api) -> None:
    await api.login("o-anon")
    _, photo, _ = await api.upload(JPEG)
    # An identity sent along with anonymous=true is dropped, not stored.
    status, _, _ = await api.report(
        attachments=[photo["id"]], anonymous=True, identity=NAMED["identity"], sensitive_consent=True
    )
    assert status == 201
    report = await Report.get()
    assert report.anonymous
    assert report.reporter_index is None and report.reporter_openid_enc is None
    assert report.identity_enc is None
    assert report.consent_version is None
    kv = stack.app[keys.KV_KEY]
    assert [k async for k in kv.scan_iter(match=b"api:upload:*")] == []  # the uploader link is gone


async def test_a_forged_image_is_refused_and_nothing_is_stored(stack: Stack, api: Api) -> None:
    await api.login("o-user")
    before = await stored(stack)
    status, err, _ = await api.upload(b"<?php system($_GET['c']); ?> not a picture", name="evil.jpg")
    assert status == 422 and err["code"] == "invalid"
    assert "JPEG" in err["fields"]["file"] and CJK.search(err["message"])
    status, err, _ = await api.upload(b"GIF89a\x01\x00\x01\x00", name="a.png", ctype="image/png")
    assert status == 422 and "file" in err["fields"]
    assert await stored(stack) == before


async def test_an_oversized_file_is_refused_with_413_and_nothing_is_stored(stack: Stack, api: Api) -> None:
    await api.login("o-user")
    before = await stored(stack)
    status, err, _ = await api.upload(JPEG[:20] + b"\x00" * (10 * MB))
    assert status == 413 and err["code"] == "too_large" and "10MB" in err["message"]
    big_mp3 = b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\x00" * (2 * MB)
    status, err, _ = await api.upload(big_mp3, name="v.mp3", ctype="audio/mpeg")
    assert status == 413 and "2MB" in err["message"]
    assert await stored(stack) == before


async def test_voice_is_accepted_by_its_bytes_whatever_the_client_calls_it(api: Api) -> None:
    await api.login("o-user")
    status, voice, _ = await api.upload(AMR, name="voice.jpg", ctype="image/jpeg")
    assert status == 201 and (voice["kind"], voice["content_type"]) == ("voice", "audio/amr")
    status, _, _ = await api.report(attachments=[voice["id"]])
    assert status == 201
    assert (await ReportEvidence.get()).kind == "voice"


async def test_an_upload_needs_one_multipart_file_field(stack: Stack, api: Api) -> None:
    await api.login("o-user")
    status, err, _ = await api.call("POST", "/api/v1/attachments", data=JPEG)
    assert status == 422 and "file" in err["fields"]
    form = aiohttp.FormData()
    form.add_field("file", JPEG, filename="a.jpg")
    form.add_field("file", JPEG, filename="b.jpg")
    status, err, _ = await api.call("POST", "/api/v1/attachments", data=form)
    assert status == 422 and err["fields"]["file"] == "一次只能上传一个文件。"
    cut_short = b'--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\n\r\n' + JPEG
    multipart = {"Content-Type": "multipart/form-data; boundary=xyz"}
    status, err, _ = await api.call("POST", "/api/v1/attachments", data=cut_short, headers=multipart)
    assert status == 422 and "不完整" in err["fields"]["file"]
    assert await Attachment.all().count() == 0


async def test_an_unknown_category_is_refused_and_the_upload_stays_usable(stack: Stack, api: Api) -> None:
    await api.login("o-user")
    _, photo, _ = await api.upload(JPEG)
    before = await stored(stack)
    status, err, _ = await api.report(category="no_such_thing", attachments=[photo["id"]])
    assert status == 422 and err["code"] == "unknown_category"
    assert err["fields"] == {"category": err["message"]} and CJK.search(err["message"])
    assert await stored(stack) == before
    status, _, _ = await api.report(category=9, attachments=[photo["id"]])  # the number works too
    assert status == 201


async def test_a_wrong_id_check_digit_is_refused_without_echoing_the_number(stack: Stack, api: Api) -> None:
    await api.login("o-user")
    identity = {**NAMED["identity"], "id_number": WRONG_CHECK_DIGIT}
    status, err, _ = await api.report(**{**NAMED, "identity": identity})
    assert status == 422 and err["code"] == "bad_id_number"
    assert "校验位" in err["fields"]["identity.id_number"]
    assert WRONG_CHECK_DIGIT not in api.seen[-1]
    assert await stored(stack) == (0, 0, 0, 0)


async def test_malformed_fields_get_chinese_field_errors_and_nothing_is_stored(
    stack: Stack, api: Api
) -> None:
    await api.login("o-user")
    body = report_body(attachments=["not-a-uuid"], anonymous="maybe", extra=1)
    del body["description"]
    status, err, _ = await api.call("POST", "/api/v1/reports", json=body)
    assert status == 422 and err["code"] == "invalid" and err["message"] == "请检查填写的内容"
    assert set(err["fields"]) == {"description", "attachments.0", "anonymous", "extra"}
    assert err["fields"]["description"] == "请填写情况描述。"
    assert all(CJK.search(m) for m in err["fields"].values())
    status, err, _ = await api.report(description="太短")
    assert status == 422 and err["fields"] == {"description": "情况描述至少10个字。"}
    status, err, _ = await api.report(**{**NAMED, "identity": {**NAMED["identity"], "name": "张"}})
    assert status == 422 and err["fields"] == {"identity.name": "姓名至少2个字。"}
    status, err, _ = await api.call("POST", "/api/v1/reports", data=b"{not json")
    assert status == 422 and "JSON" in err["fields"]["request"]
    assert await Report.all().count() == 0


async def test_someone_elses_upload_cannot_be_attached(stack: Stack, api: Api) -> None:
    await api.login("o-alice")
    _, photo, _ = await api.upload(JPEG)
    await api.login("o-mallory")
    status, err, _ = await api.report(attachments=[photo["id"], str(uuid.uuid4())])
    assert status == 422 and set(err["fields"]) == {"attachments.0", "attachments.1"}
    assert await Report.all().count() == 0


async def test_a_guessed_receipt_gets_404_and_repeated_guesses_get_429(api: Api) -> None:
    await api.login("o-user")
    _, done, _ = await api.report()
    guesses = ["ABCD-EFGH-JKMN-PQRS", "0000", "2222-3333-4444-5555", "x" * 500]
    bodies = []
    for n in range(10):
        status, err, _ = await api.call("GET", f"/api/v1/reports/{guesses[n % 4]}", auth=False)
        assert status == 404
        bodies.append(err)
    assert all(b == {"code": "not_found", "message": "没有找到这件举报。"} for b in bodies)
    status, err, resp = await api.call("GET", "/api/v1/reports/ABCD-EFGH-JKMN-PQRT", auth=False)
    assert status == 429 and err["code"] == "too_many_guesses" and resp.headers["Retry-After"]
    # Now blocked for real receipts too, or a blocked guesser would still learn which guesses hit.
    status, _, _ = await api.call("GET", f"/api/v1/reports/{done['receipt_code']}", auth=False)
    assert status == 429
    status, _, _ = await api.call(
        "POST", f"/api/v1/reports/{done['receipt_code']}/messages", auth=False, json={"body": "你好"}
    )
    assert status == 429


async def test_a_used_or_bad_login_code_gets_401(api: Api) -> None:
    status, body, _ = await api.call("POST", "/api/v1/login", json={"code": "test:o-once"})
    assert status == 200 and set(body) == {"token", "expires_in"}
    status, err, _ = await api.call("POST", "/api/v1/login", json={"code": "test:o-once"})
    assert status == 401 and err["code"] == "bad_login_code" and "已使用" in err["message"]
    status, err, _ = await api.call("POST", "/api/v1/login", json={"code": "forged"})
    assert status == 401 and err["code"] == "bad_login_code"
    status, err, _ = await api.call("POST", "/api/v1/login", json={})
    assert status == 422 and err["fields"] == {"code": "请填写登录凭证。"}


async def test_writes_need_a_valid_session_token(api: Api) -> None:
    status, err, resp = await api.call("POST", "/api/v1/reports", json=report_body())
    assert status == 401 and err["message"] == "请先登录。" and resp.headers["WWW-Authenticate"] == "Bearer"
    api.token = "A" * 43
    status, err, _ = await api.upload(JPEG)
    assert status == 401 and "重新登录" in err["message"]
    assert await Report.all().count() == 0 and await Attachment.all().count() == 0


async def test_reports_are_rate_limited_per_user(api: Api) -> None:
    await api.login("o-busy")
    for _ in range(10):
        status, _, _ = await api.report()
        assert status == 201
    status, err, resp = await api.report()
    assert status == 429 and err["code"] == "rate_limited" and int(resp.headers["Retry-After"]) > 0
    assert await Report.all().count() == 10


async def test_report_categories_are_the_regions_list(stack: Stack, api: Api) -> None:
    status, body, resp = await api.call("GET", "/api/v1/report-categories", auth=False)
    assert status == 200 and body["region"] == stack.settings.REGION
    expected = stack.app[keys.REPORT_RULES].taxonomy(stack.settings.REGION).categories
    assert [c["code"] for c in body["categories"]] == [c.code for c in expected]
    first = body["categories"][0]
    assert set(first) == {"number", "code", "group", "title", "description", "examples", "targets"}
    assert "max-age" in resp.headers["Cache-Control"]


async def test_the_openapi_document_is_valid_and_covers_every_api_route(stack: Stack, api: Api) -> None:
    status, doc, _ = await api.call("GET", "/api/v1/openapi.json", auth=False)
    assert status == 200
    validate(doc)  # OpenAPI 3.1
    assert doc["openapi"] == "3.1.0"
    routes = {
        (r.method.lower(), r.resource.canonical)
        for r in stack.app.router.routes()
        if r.resource is not None and r.resource.canonical.startswith("/api/v1/") and r.method != "HEAD"
    }
    documented = {(m, p) for p, ops in doc["paths"].items() for m in ops}
    assert routes == documented
    submit = doc["paths"]["/api/v1/reports"]["post"]
    assert {"201", "401", "422", "429"} <= set(submit["responses"]) and submit["security"] == [
        {"session": []}
    ]
    assert "sensitive_consent" in doc["components"]["schemas"]["ReportIn"]["properties"]


def test_file_types_are_told_by_their_magic_numbers() -> None:
    assert sniff(b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0d") is not None
    assert sniff(b"RIFF\x00\x00\x00\x00WEBPVP8 ") is not None
    assert sniff(b"\xff\xfb\x90\x00") is not None  # MPEG-1 layer III frame
    assert sniff(b"\xff\xd8\xff\xe0") is not None
    assert sniff(b"RIFF\x00\x00\x00\x00WAVEfmt ") is None
    assert sniff(b"\xff\xff\xff\xff") is None  # sync bits but a reserved layer
    assert sniff(b"%PDF-1.7") is None


def test_forwarded_for_is_believed_only_from_a_trusted_proxy() -> None:
    headers = {"X-Forwarded-For": "6.6.6.6, 203.0.113.9, 10.0.0.2"}
    request = make_mocked_request("GET", "/", headers=headers).clone(remote="10.0.0.1")
    assert client_ip(request, ()) == "10.0.0.1"  # no trusted proxy: the header is ignored
    trusted = parse_networks("10.0.0.0/8")
    assert client_ip(request, trusted) == "203.0.113.9"  # not the spoofable left-most entry
    direct = make_mocked_request("GET", "/", headers=headers).clone(remote="198.51.100.7")
    assert client_ip(direct, trusted) == "198.51.100.7"


async def test_an_unexpected_error_is_a_500_whose_log_line_holds_no_receipt(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def broken(request: web.Request) -> web.Response:
        raise RuntimeError("boom")

    request = make_mocked_request("GET", "/api/v1/reports/ABCD-EFGH-JKMN-PQRS")
    response = await api_handler(broken)(request)
    assert isinstance(response, web.Response) and response.status == 500 and response.text
    assert json.loads(response.text)["code"] == "internal"
    assert "服务暂时不可用" in response.text and "boom" not in response.text
    assert "unhandled error" in caplog.text and "ABCD" not in caplog.text
