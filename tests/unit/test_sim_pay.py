"""The simulated WeChat Pay: signatures, validation, idempotency, the 24-hour window, notifies, faults."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import aiohttp
import httpx
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from simulator.app import Simulator, create_simulator_app
from simulator.pay import crypto
from simulator.pay.core import RETRY_SCHEDULE, ConfirmError, PayError, SimPay
from simulator.pay.keys import PayKeys
from simulator.pusher import AccountConfig

APPID = "wx2c2769f8efd9abc2"
BASE = "/v3/fund-app/mch-transfer/transfer-bills"
INFOS = [
    {"info_type": "活动名称", "info_content": "医保基金监督举报奖励"},
    {"info_type": "奖励说明", "info_content": "举报查实奖励"},
]


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


def bill_body(out_bill_no: str = "RW1000001", **over: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "appid": APPID,
        "out_bill_no": out_bill_no,
        "transfer_scene_id": "1000",
        "openid": "o-citizen-1",
        "transfer_amount": 1200,
        "transfer_remark": "举报奖励",
        "notify_url": "https://fundguard.example/wechatpay/notify",
        "user_recv_perception": "现金奖励",
        "transfer_scene_report_infos": INFOS,
    }
    body.update(over)
    return body


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def pay(pay_keys: PayKeys, clock: Clock) -> SimPay:
    return SimPay(pay_keys, appids=[APPID], clock=clock, balance_fen=100_000)


# -- request signatures ---------------------------------------------------------------------------------


def signed(keys: PayKeys, method: str, path: str, body: str, *, skew: int = 0, **over: str) -> dict[str, str]:
    args = {
        "private_pem": keys.merchant_private_pem,
        "mchid": keys.mchid,
        "serial_no": keys.merchant_serial,
    } | over
    header = crypto.authorization(
        method=method, path_qs=path, body=body, timestamp=int(datetime.now(UTC).timestamp()) + skew, **args
    )
    return {"Authorization": header}


def sign_error(pay: SimPay, headers: dict[str, str], body: str = "{}", path: str = BASE) -> str | None:
    try:
        pay.verify_request("POST", path, headers, body.encode())
    except PayError as exc:
        assert (exc.status, exc.code) == (401, "SIGN_ERROR")
        return exc.message
    return None


def test_a_good_signature_passes(pay: SimPay, pay_keys: PayKeys) -> None:
    body = json.dumps(bill_body())
    assert sign_error(pay, signed(pay_keys, "POST", BASE, body), body) is None
    # The query string is part of what is signed.
    path = BASE + "/out-bill-no/RW1?x=1"
    assert sign_error(pay, signed(pay_keys, "POST", path, ""), "", path) is None


def test_bad_signatures_are_refused(pay: SimPay, pay_keys: PayKeys) -> None:
    body = json.dumps(bill_body())
    good = signed(pay_keys, "POST", BASE, body)
    assert sign_error(pay, good, body.replace("1200", "1201")) == "错误的签名，验签失败"
    assert sign_error(pay, good, body, BASE + "?a=1") == "错误的签名，验签失败"
    tampered = {"Authorization": good["Authorization"].replace('signature="', 'signature="AAAA')}
    assert sign_error(pay, tampered, body) == "错误的签名，验签失败"
    assert "序列号" in str(sign_error(pay, signed(pay_keys, "POST", BASE, body, serial_no="ABCDEF"), body))
    assert "mchid" in str(sign_error(pay, signed(pay_keys, "POST", BASE, body, mchid="1900009999"), body))
    assert "Authorization" in str(sign_error(pay, {}, body))
    assert "Authorization" in str(sign_error(pay, {"Authorization": "Bearer x"}, body))


def test_the_timestamp_window_is_five_minutes(pay: SimPay, pay_keys: PayKeys) -> None:
    body = "{}"
    assert sign_error(pay, signed(pay_keys, "POST", BASE, body, skew=-290), body) is None
    assert sign_error(pay, signed(pay_keys, "POST", BASE, body, skew=290), body) is None
    for skew in (-301, 301):
        message = sign_error(pay, signed(pay_keys, "POST", BASE, body, skew=skew), body)
        assert message == "Http头Authorization中的timestamp与发起请求的时间不得超过5分钟"
    # Milliseconds instead of seconds is the classic bug: far outside the window.
    ms = crypto.authorization(
        private_pem=pay_keys.merchant_private_pem,
        mchid=pay_keys.mchid,
        serial_no=pay_keys.merchant_serial,
        method="POST",
        path_qs=BASE,
        body=body,
        timestamp=int(datetime.now(UTC).timestamp() * 1000),
    )
    assert sign_error(pay, {"Authorization": ms}, body) is not None


def test_answers_are_signed_with_the_platform_key_and_probes_are_not(pay: SimPay, pay_keys: PayKeys) -> None:
    h = pay.signed_headers('{"a":1}')
    assert h["Wechatpay-Serial"] == pay_keys.public_key_id
    assert h["Wechatpay-Signature-Type"] == "WECHATPAY2-SHA256-RSA2048" and h["Request-ID"]
    message = crypto.response_message(h["Wechatpay-Timestamp"], h["Wechatpay-Nonce"], '{"a":1}')
    assert crypto.verify(pay_keys.platform_public_pem, message, h["Wechatpay-Signature"])
    assert not crypto.verify(pay_keys.merchant_public_pem, message, h["Wechatpay-Signature"])
    probe = "WECHATPAY/SIGNTEST/" + h["Wechatpay-Signature"]
    assert not crypto.verify(pay_keys.platform_public_pem, message, probe)


# -- validation -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("over", "status", "code", "needle"),
    [
        ({"openid": ""}, 400, "PARAM_ERROR", "/body/openid"),
        ({"out_bill_no": "RW-1"}, 400, "PARAM_ERROR", "/body/out_bill_no"),
        ({"out_bill_no": "A" * 33}, 400, "PARAM_ERROR", "/body/out_bill_no"),
        ({"appid": "wxother"}, 400, "INVALID_REQUEST", "appid和mch_id不匹配"),
        ({"transfer_scene_id": "1005"}, 400, "INVALID_REQUEST", "转账场景"),
        ({"transfer_amount": 9}, 400, "INVALID_REQUEST", "超过单笔转账上下限"),
        ({"transfer_amount": "100"}, 400, "PARAM_ERROR", "/body/transfer_amount"),
        ({"transfer_remark": "奖" * 33}, 400, "PARAM_ERROR", "/body/transfer_remark"),
        ({"user_recv_perception": "报销"}, 400, "INVALID_REQUEST", "暂不支持展示当前传入的用户收款感知"),
        ({"transfer_scene_report_infos": INFOS[:1]}, 400, "PARAM_ERROR", "需传入转账场景报备信息"),
        ({"transfer_scene_report_infos": None}, 400, "PARAM_ERROR", "需传入转账场景报备信息"),
        ({"notify_url": "ftp://x/notify"}, 400, "PARAM_ERROR", "/body/notify_url"),
        ({"notify_url": "https://x/notify?a=1"}, 400, "PARAM_ERROR", "/body/notify_url"),
        ({"transfer_amount": 200_000}, 400, "PARAM_ERROR", "/body/user_name"),
        ({"transfer_amount": 100_001}, 403, "NOT_ENOUGH", "商户运营账户资金不足"),
    ],
)
def test_fields_are_checked_as_wechat_does(
    pay: SimPay, over: dict[str, Any], status: int, code: str, needle: str
) -> None:
    pay.max_amount_fen = 10_000_000
    with pytest.raises(PayError) as err:
        pay.create(bill_body(**over))
    assert (err.value.status, err.value.code) == (status, code)
    assert needle in err.value.message
    assert pay.bills == {} and pay.balance_fen == 100_000


def test_user_name_must_be_encrypted_for_the_platform_key_with_the_serial_header(
    pay: SimPay, pay_keys: PayKeys
) -> None:
    pay.balance_fen = 1_000_000
    name = crypto.oaep_encrypt(pay_keys.platform_public_pem, "张三")
    with pytest.raises(PayError, match="Wechatpay-Serial"):
        pay.create(bill_body(transfer_amount=200_000, user_name=name))
    wrong_key = crypto.oaep_encrypt(pay_keys.merchant_public_pem, "张三")
    with pytest.raises(PayError, match="/body/user_name"):
        pay.create(
            bill_body(transfer_amount=200_000, user_name=wrong_key), wechatpay_serial=pay_keys.public_key_id
        )
    pay.create(bill_body(transfer_amount=200_000, user_name=name), wechatpay_serial=pay_keys.public_key_id)
    assert pay.bills["RW1000001"].user_name == "张三"
    # A retry encrypts the name again (OAEP is randomised): still the same parameters.
    again = crypto.oaep_encrypt(pay_keys.platform_public_pem, "张三")
    pay.create(bill_body(transfer_amount=200_000, user_name=again), wechatpay_serial=pay_keys.public_key_id)
    assert len(pay.bills) == 1


# -- idempotency and states -----------------------------------------------------------------------------


def test_same_number_same_parameters_is_the_same_bill_and_moves_money_once(pay: SimPay) -> None:
    first = pay.create(bill_body())
    assert first["state"] == "WAIT_USER_CONFIRM" and first["package_info"]
    assert pay.balance_fen == 100_000 - 1200
    again = pay.create(bill_body())
    assert again == first and len(pay.bills) == 1 and pay.balance_fen == 100_000 - 1200
    pay.confirm(first["package_info"], openid="o-citizen-1")
    after = pay.create(bill_body())
    assert after["state"] == "SUCCESS" and "package_info" not in after
    assert len(pay.ledger) == 1 and pay.ledger[0]["amount_fen"] == 1200
    with pytest.raises(ConfirmError):
        pay.confirm(first["package_info"])
    assert len(pay.ledger) == 1 and pay.received_fen("o-citizen-1") == 1200


def test_same_number_other_parameters_is_refused(pay: SimPay) -> None:
    pay.create(bill_body())
    for over in ({"transfer_amount": 1300}, {"openid": "o-other"}, {"transfer_remark": "奖励"}):
        with pytest.raises(PayError) as err:
            pay.create(bill_body(**over))
        assert (err.value.status, err.value.code) == (400, "INVALID_REQUEST")
        assert "单号已存在但信息不一致" in err.value.message
    assert len(pay.bills) == 1 and pay.balance_fen == 100_000 - 1200


def test_only_the_payee_can_confirm(pay: SimPay) -> None:
    bill = pay.create(bill_body())
    with pytest.raises(ConfirmError, match="不一致"):
        pay.confirm(bill["package_info"], openid="o-somebody-else")
    with pytest.raises(ConfirmError, match="package"):
        pay.confirm("no-such-package")
    assert pay.ledger == []


def test_an_unconfirmed_bill_closes_after_24_hours(pay: SimPay, clock: Clock) -> None:
    bill = pay.create(bill_body())
    clock.advance(timedelta(hours=23, minutes=59))
    assert pay.expire_due() == 0
    assert pay.get(out_bill_no="RW1000001").state == "WAIT_USER_CONFIRM"
    clock.advance(timedelta(minutes=1))
    # Checked lazily on access ...
    got = pay.get(out_bill_no="RW1000001")
    assert (got.state, got.fail_reason) == ("FAIL", "OVERDUE_CLOSE")
    assert pay.balance_fen == 100_000 and pay.ledger == []
    with pytest.raises(ConfirmError):
        pay.confirm(bill["package_info"])
    # ... and by expire_due() for bills nobody looks at.
    pay.create(bill_body("RW1000002"))
    clock.advance(timedelta(hours=25))
    assert pay.expire_due() == 1
    assert pay.bills["RW1000002"].state == "FAIL"
    assert [n.out_bill_no for n in pay.notifies] == ["RW1000001", "RW1000002"]


def test_cancel_before_confirmation_only(pay: SimPay) -> None:
    pay.create(bill_body())
    assert pay.cancel("RW1000001")["state"] == "CANCELING"
    assert pay.get(out_bill_no="RW1000001").state == "CANCELLED"
    assert pay.cancel("RW1000001")["state"] == "CANCELLED"  # repeatable
    assert pay.balance_fen == 100_000
    b = pay.create(bill_body("RW1000002"))
    pay.confirm(b["package_info"])
    with pytest.raises(PayError) as err:
        pay.cancel("RW1000002")
    assert err.value.code == "INVALID_REQUEST"
    with pytest.raises(PayError) as err:
        pay.cancel("RW404")
    assert (err.value.status, err.value.code) == (404, "NOT_FOUND")


def test_a_confirmed_bill_stays_transfering_until_it_settles(pay: SimPay, clock: Clock) -> None:
    pay.settle_after = timedelta(seconds=5)
    b = pay.create(bill_body())
    assert pay.confirm(b["package_info"]).state == "TRANSFERING"
    assert pay.get(out_bill_no="RW1000001").state == "TRANSFERING" and pay.ledger == []
    clock.advance(timedelta(seconds=5))
    assert pay.get(out_bill_no="RW1000001").state == "SUCCESS" and len(pay.ledger) == 1


def test_the_fail_fault_fails_the_next_confirmed_bill(pay: SimPay) -> None:
    pay.inject("fail", reason="REAL_NAME_CHECK_FAIL")
    b = pay.create(bill_body())
    bill = pay.confirm(b["package_info"])
    assert (bill.state, bill.fail_reason) == ("FAIL", "REAL_NAME_CHECK_FAIL")
    assert pay.ledger == [] and pay.balance_fen == 100_000
    # FAIL is final: a new bill (new number) for the same reward then succeeds once.
    b2 = pay.create(bill_body("RW1000002"))
    assert pay.confirm(b2["package_info"]).state == "SUCCESS"
    assert [r["out_bill_no"] for r in pay.successes_for("o-citizen-1")] == ["RW1000002"]


def test_fault_validation(pay: SimPay) -> None:
    with pytest.raises(ValueError):
        pay.inject("meteor")
    with pytest.raises(ValueError):
        pay.inject("timeout", count=0)
    pay.inject("http_500", 2, "RW1", op="create")
    assert pay.take_fault({"http_500"}, "query", "RW1") is None
    assert pay.take_fault({"http_500"}, "create", "RW2") is None
    assert pay.take_fault({"http_500"}, "create", "RW1") is not None
    assert pay.take_fault({"http_500"}, "create", "RW1") is not None
    assert pay.take_fault({"http_500"}, "create", "RW1") is None


# -- notify encryption ----------------------------------------------------------------------------------


V8_KEY = "0123456789abcdef0123456789abcdef"
V8_PLAIN = (
    '{"mch_id":"1900001109","out_bill_no":"plfk2020042013",'
    '"transfer_bill_no":"1330000071100999991182020050700019480001","state":"SUCCESS","transfer_amount":100,'
    '"openid":"o-MYE42l80oelYMDE34nYD456Xoy","create_time":"2025-01-15T15:04:03+08:00",'
    '"update_time":"2025-01-15T15:05:03+08:00"}'
)
V8_CIPHER = (
    "MlzVh5mkLrXz8HlAAJHxzTpSdzXkG4k6auJ1/q4+FX6ggQYpV2eCF2ZeqGwEAdzRwnQwFqk0BFXH4jHva77EVjZrftMRoK4/B/Kl"
    "DJYiqu3PVjY8Yrw1hpV/6JNuHthkpWfJj+TOCDY5q9Cd+3RNWziug7C7dmODdBWi//aKcU6bPUaVYY3WWkcNsvLFLYOP8WkJ/EJ5"
    "GfJAcKXKK0f5UuywRVZGWbGQdfxd4mathqKcYMdwDTtJo1XosR/JAiQvYDBmcJc8v0YhjAaDsH22S8pgU9Ki28/CZfXaxTDYL6mDr"
    "Hf4dEDwy8kZiTwLUqbRV7zkqEptrIIphmPv4Wfq74NBfufL2ta52yeX0e2BViYzNuQ7ZycDO99pA56NDmKYo42omDptS9o="
)


def test_aes_gcm_matches_the_v8_vector() -> None:
    assert crypto.aes_gcm_encrypt(V8_KEY, "fPqxLQRZmjVn", "mch_payment", V8_PLAIN) == V8_CIPHER
    assert crypto.aes_gcm_decrypt(V8_KEY, "fPqxLQRZmjVn", "mch_payment", V8_CIPHER) == V8_PLAIN


def test_the_final_notify_decrypts_with_the_apiv3_key(pay: SimPay, pay_keys: PayKeys) -> None:
    b = pay.create(bill_body())
    pay.confirm(b["package_info"])
    (n,) = pay.notifies
    body = json.loads(n.body)
    assert body["event_type"] == "MCHTRANSFER.BILL.FINISHED" and body["summary"] == "商家转账单据终态通知"
    assert body["resource_type"] == "encrypt-resource" and body["id"] == n.id
    r = body["resource"]
    assert (r["original_type"], r["algorithm"], r["associated_data"]) == (
        "mch_payment",
        "AEAD_AES_256_GCM",
        "mch_payment",
    )
    assert len(r["nonce"]) == 12
    plain = json.loads(crypto.aes_gcm_decrypt(pay_keys.apiv3_key, r["nonce"], "mch_payment", r["ciphertext"]))
    assert plain["mch_id"] == pay_keys.mchid and plain["state"] == "SUCCESS"
    assert plain["out_bill_no"] == "RW1000001" and plain["transfer_amount"] == 1200
    assert plain["transfer_bill_no"] == b["transfer_bill_no"] and plain["openid"] == "o-citizen-1"


# -- notify delivery ------------------------------------------------------------------------------------


@dataclass
class Receiver:
    url: str
    answers: list[int] = field(default_factory=list)  # statuses to answer, in order; then 204
    got: list[dict[str, Any]] = field(default_factory=list)


@pytest.fixture
async def receiver(pay_keys: PayKeys) -> AsyncIterator[Receiver]:
    rec = Receiver(url="")

    async def notify(request: web.Request) -> web.Response:
        text = await request.text()
        h = request.headers
        ok = h.get("Wechatpay-Signature-Type") == "WECHATPAY2-SHA256-RSA2048" and crypto.verify(
            pay_keys.platform_public_pem,
            crypto.response_message(h["Wechatpay-Timestamp"], h["Wechatpay-Nonce"], text),
            h["Wechatpay-Signature"],
        )
        rec.got.append({"body": json.loads(text), "verified": ok, "serial": h.get("Wechatpay-Serial")})
        if not ok:
            return web.json_response({"code": "FAIL", "message": "签名错误"}, status=401)
        return web.Response(status=rec.answers.pop(0) if rec.answers else 204)

    app = web.Application()
    app.router.add_post("/notify", notify)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    rec.url = str(server.make_url("/notify"))
    yield rec
    await server.close()


async def test_failed_notifies_are_retried_on_the_schedule(
    pay: SimPay, clock: Clock, receiver: Receiver
) -> None:
    receiver.answers = [500, 500, 500]
    b = pay.create(bill_body(notify_url=receiver.url))
    pay.confirm(b["package_info"])
    assert await pay.deliver_due() == 1
    assert await pay.deliver_due() == 0  # not due yet
    for wait in RETRY_SCHEDULE[:3]:
        clock.advance(wait - timedelta(seconds=1))
        assert await pay.deliver_due() == 0
        clock.advance(timedelta(seconds=1))
        assert await pay.deliver_due() == 1
    assert [d["status"] for d in pay.deliveries] == [500, 500, 500, 204]
    assert [d["attempt"] for d in pay.deliveries] == [1, 2, 3, 4]
    assert pay.notifies[0].done and not pay.notifies[0].gave_up
    clock.advance(timedelta(days=2))
    assert await pay.deliver_due() == 0
    assert all(g["verified"] and g["serial"] == pay.keys.public_key_id for g in receiver.got)
    await pay.close()


async def test_notifies_stop_after_the_last_retry(pay: SimPay, clock: Clock) -> None:
    b = pay.create(bill_body(notify_url="http://127.0.0.1:9/notify"))  # nobody listens
    pay.confirm(b["package_info"])
    for _ in range(len(RETRY_SCHEDULE) + 3):
        await pay.deliver_due()
        clock.advance(timedelta(hours=6))
    assert len(pay.deliveries) == len(RETRY_SCHEDULE) + 1
    assert all(d["status"] == 0 and d["error"] for d in pay.deliveries)
    assert pay.notifies[0].gave_up
    await pay.close()


async def test_duplicate_notify_and_sign_probe_faults(pay: SimPay, receiver: Receiver) -> None:
    pay.inject("duplicate_notify")
    pay.inject("sign_probe")
    b = pay.create(bill_body(notify_url=receiver.url))
    pay.confirm(b["package_info"])
    assert await pay.deliver_due() == 3
    assert [(d["probe"], d["status"]) for d in pay.deliveries] == [(True, 401), (False, 204), (False, 204)]
    assert [g["verified"] for g in receiver.got] == [False, True, True]
    assert receiver.got[1]["body"] == receiver.got[2]["body"]  # the same notification twice
    await pay.close()


# -- HTTP faults ----------------------------------------------------------------------------------------


@dataclass
class Http:
    pay: SimPay
    session: aiohttp.ClientSession
    base: str
    call: Callable[..., Any]


@pytest.fixture
async def http(pay: SimPay, pay_keys: PayKeys) -> AsyncIterator[Http]:
    sim = Simulator(AccountConfig(url="", token="t", appid=APPID), pay=pay)
    server = TestServer(create_simulator_app(sim, appid=APPID, secret="s"), host="127.0.0.1")
    await server.start_server()
    base = str(server.make_url("")).rstrip("/")
    # The merchant API through httpx, as the Pay client does (aiohttp's client silently retries an
    # idempotent request whose connection was dropped, which would hide the timeout faults).
    async with aiohttp.ClientSession() as session, httpx.AsyncClient(base_url=base) as client:

        async def call(method: str, path: str, body: dict[str, Any] | None = None) -> tuple[int, Any]:
            text = json.dumps(body) if body is not None else ""
            headers = signed(pay_keys, method, path, text) | {"Content-Type": "application/json"}
            resp = await client.request(method, path, content=text, headers=headers)
            if 200 <= resp.status_code < 300:
                h = resp.headers
                message = crypto.response_message(h["Wechatpay-Timestamp"], h["Wechatpay-Nonce"], resp.text)
                assert crypto.verify(pay_keys.platform_public_pem, message, h["Wechatpay-Signature"])
            return resp.status_code, resp.json()

        yield Http(pay, session, base, call)
    await server.close()


async def test_http_error_faults_do_not_process(http: Http) -> None:
    for kind, status, code in (
        ("http_500", 500, "SYSTEM_ERROR"),
        ("http_429", 429, "FREQUENCY_LIMITED"),
        ("not_enough", 403, "NOT_ENOUGH"),
    ):
        http.pay.inject(kind)
        got = await http.call("POST", BASE, bill_body())
        assert (got[0], got[1]["code"]) == (status, code)
        assert http.pay.bills == {}
    status, bill = await http.call("POST", BASE, bill_body())
    assert status == 200 and bill["state"] == "WAIT_USER_CONFIRM"


async def test_timeout_faults_drop_the_answer(http: Http) -> None:
    http.pay.inject("timeout_before")
    with pytest.raises(httpx.TransportError):
        await http.call("POST", BASE, bill_body())
    assert http.pay.bills == {}
    http.pay.inject("timeout")
    with pytest.raises(httpx.TransportError):
        await http.call("POST", BASE, bill_body())
    assert list(http.pay.bills) == ["RW1000001"]  # processed, though nobody heard
    http.pay.inject("timeout", op="query")
    with pytest.raises(httpx.TransportError):
        await http.call("GET", BASE + "/out-bill-no/RW1000001")
    status, bill = await http.call("GET", BASE + "/out-bill-no/RW1000001")
    assert status == 200 and bill["state"] == "WAIT_USER_CONFIRM"


async def test_notify_first_delivers_before_the_query_answers(http: Http, receiver: Receiver) -> None:
    status, bill = await http.call("POST", BASE, bill_body(notify_url=receiver.url))
    http.pay.confirm(bill["package_info"])
    http.pay.inject("notify_first")
    assert receiver.got == []
    status, queried = await http.call("GET", BASE + "/out-bill-no/RW1000001")
    assert status == 200 and queried["state"] == "SUCCESS"
    assert len(receiver.got) == 1  # the notify arrived before the answer
    assert await http.pay.deliver_due() == 0


async def test_controls_over_http(http: Http) -> None:
    s, base = http.session, http.base
    async with s.post(base + "/sim/pay/faults", json={"kind": "fail", "reason": "ACCOUNT_FROZEN"}) as r:
        assert r.status == 200 and (await r.json())["faults"][0]["kind"] == "fail"
    async with s.post(base + "/sim/pay/faults", json={"kind": "nope"}) as r:
        assert r.status == 400
    _, bill = await http.call("POST", BASE, bill_body())
    async with s.get(base + "/sim/pay/bills", params={"openid": "o-citizen-1"}) as r:
        (listed,) = (await r.json())["bills"]
        assert listed["package_info"] == bill["package_info"]
    async with s.post(
        base + "/sim/pay/confirm", json={"package": bill["package_info"], "openid": "o-x"}
    ) as r:
        assert r.status == 400 and "不一致" in (await r.json())["error"]
    async with s.post(base + "/sim/pay/confirm", json={"package": bill["package_info"]}) as r:
        assert r.status == 200 and (await r.json())["bill"]["fail_reason"] == "ACCOUNT_FROZEN"
    async with s.delete(base + "/sim/pay/faults") as r:
        assert (await r.json())["faults"] == []
    await http.call("POST", BASE, bill_body("RW1000002"))
    async with s.post(base + "/sim/pay/confirm", json={"out_bill_no": "RW1000002"}) as r:
        assert (await r.json())["bill"]["state"] == "SUCCESS"
    async with s.get(base + "/sim/pay/ledger") as r:
        data = await r.json()
    assert [row["out_bill_no"] for row in data["ledger"]] == ["RW1000002"]
    assert data["total_fen"] == 1200 and data["merchant_balance_fen"] == 100_000 - 1200
    async with s.post(base + "/sim/pay/balance", json={"balance_fen": 5}) as r:
        assert (await r.json())["merchant_balance_fen"] == 5
    status, err = await http.call("POST", BASE, bill_body("RW1000003"))
    assert (status, err["code"]) == (403, "NOT_ENOUGH")


async def test_pay_routes_are_absent_without_simpay() -> None:
    sim = Simulator(AccountConfig(url="", token="t", appid=APPID))
    server = TestServer(create_simulator_app(sim, appid=APPID, secret="s"), host="127.0.0.1")
    await server.start_server()
    try:
        async with aiohttp.ClientSession() as s, s.get(str(server.make_url("/sim/pay/ledger"))) as r:
            assert r.status == 404
    finally:
        await server.close()
