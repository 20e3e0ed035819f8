"""WeChat Pay notify verification and decryption, and the sorting of WeChat Pay's answers."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

from reward.notify import NotifyRejected, NotifyVerifier
from reward.wechatpay import classify
from simulator.pay import crypto
from simulator.pay.keys import PayKeys

RESOURCE = {
    "mch_id": "1900000001",
    "out_bill_no": "FGS1A1T20261102100000",
    "transfer_bill_no": "1330000071100999991182020050700019480001",
    "state": "SUCCESS",
    "transfer_amount": 80000,
    "openid": "o-payee",
}


def notify(
    keys: PayKeys, *, apiv3_key: str | None = None, aad: str = "mch_payment"
) -> tuple[bytes, dict[str, str]]:
    nonce = crypto.nonce(12)
    body = json.dumps(
        {
            "id": "EV-1",
            "event_type": "MCHTRANSFER.BILL.FINISHED",
            "resource_type": "encrypt-resource",
            "resource": {
                "algorithm": "AEAD_AES_256_GCM",
                "ciphertext": crypto.aes_gcm_encrypt(
                    apiv3_key or keys.apiv3_key, nonce, aad, json.dumps(RESOURCE, ensure_ascii=False)
                ),
                "associated_data": aad,
                "nonce": nonce,
            },
        },
        ensure_ascii=False,
    )
    headers = crypto.signed_headers(keys.platform_private_pem, keys.public_key_id, body, int(time.time()))
    return body.encode(), headers


def verifier(keys: PayKeys) -> NotifyVerifier:
    return NotifyVerifier(
        public_key_pem=keys.platform_public_pem, public_key_id=keys.public_key_id, apiv3_key=keys.apiv3_key
    )


@pytest.mark.parametrize("aad", ["mch_payment", ""])
def test_a_signed_notify_is_decrypted(pay_keys: PayKeys, aad: str) -> None:
    body, headers = notify(pay_keys, aad=aad)
    notice = verifier(pay_keys).verify(headers, body, at=time.time())
    assert notice.resource == RESOURCE and notice.event_type == "MCHTRANSFER.BILL.FINISHED"


def refusal(
    keys: PayKeys, body: bytes, headers: dict[str, str], *, at: float | None = None
) -> NotifyRejected:
    with pytest.raises(NotifyRejected) as err:
        verifier(keys).verify(headers, body, at=time.time() if at is None else at)
    return err.value


def test_a_signature_probe_is_refused_even_when_the_rest_is_valid(pay_keys: PayKeys) -> None:
    body, headers = notify(pay_keys)
    headers["Wechatpay-Signature"] = "WECHATPAY/SIGNTEST/" + headers["Wechatpay-Signature"]
    err = refusal(pay_keys, body, headers)
    assert err.status == 401 and "probe" in err.reason


def test_a_changed_body_or_a_foreign_signature_is_refused(pay_keys: PayKeys) -> None:
    body, headers = notify(pay_keys)
    assert refusal(pay_keys, body.replace(b"EV-1", b"EV-2"), headers).reason == "bad signature"
    forged = dict(headers, **{"Wechatpay-Signature": crypto.sign(pay_keys.merchant_private_pem, "x")})
    assert refusal(pay_keys, body, forged).reason == "bad signature"
    assert refusal(pay_keys, body, dict(headers, **{"Wechatpay-Signature": "%%%"})).status == 401


def test_an_unknown_serial_or_signature_type_is_refused(pay_keys: PayKeys) -> None:
    body, headers = notify(pay_keys)
    assert "Serial" in refusal(pay_keys, body, dict(headers, **{"Wechatpay-Serial": "PUB_KEY_ID_X"})).reason
    odd: dict[str, Any] = dict(headers, **{"Wechatpay-Signature-Type": "WECHATPAY2-SM2-WITH-SM3"})
    assert refusal(pay_keys, body, odd).status == 401


def test_a_notify_outside_five_minutes_is_refused(pay_keys: PayKeys) -> None:
    body, headers = notify(pay_keys)
    assert "window" in refusal(pay_keys, body, headers, at=time.time() + 301).reason
    assert verifier(pay_keys).verify(headers, body, at=time.time() + 250).resource == RESOURCE


def test_a_resource_that_does_not_decrypt_asks_for_a_retry(pay_keys: PayKeys) -> None:
    body, headers = notify(pay_keys, apiv3_key="0" * 32)
    err = refusal(pay_keys, body, headers)
    assert err.status == 500  # a 5xx: WeChat Pay sends it again once the APIv3 key is right


@pytest.mark.parametrize(
    ("status", "body", "query", "outcome"),
    [
        (200, {"state": "WAIT_USER_CONFIRM", "package_info": "x"}, False, "definite"),
        (200, {"state": "SUCCESS"}, True, "definite"),
        (200, {"message": "?"}, False, "unclear"),
        (404, {"code": "NOT_FOUND", "message": "记录不存在"}, True, "not_found"),
        (404, {"code": "NOT_FOUND"}, False, "unclear"),
        (500, {"code": "SYSTEM_ERROR"}, False, "unclear"),
        (429, {"code": "FREQUENCY_LIMITED"}, False, "unclear"),
        (403, {"code": "NOT_ENOUGH", "message": "商户运营账户资金不足"}, False, "unclear"),
        (401, {"code": "SIGN_ERROR"}, False, "unclear"),
        (400, {"code": "PARAM_ERROR", "message": "需传入转账场景报备信息"}, False, "rejected"),
        (400, {"code": "INVALID_REQUEST", "message": "超过单笔转账上下限"}, False, "rejected"),
        (403, {"code": "NO_AUTH"}, False, "rejected"),
        (502, {}, False, "unclear"),
    ],
)
def test_answers_are_sorted_so_only_a_clear_refusal_stops_the_retries(
    status: int, body: dict[str, str], query: bool, outcome: str
) -> None:
    assert classify(status, json.dumps(body), query=query).outcome == outcome
    assert classify(status, b"<html>gateway</html>", query=query).outcome in ("unclear", "not_found")
