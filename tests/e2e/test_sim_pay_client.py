"""The simulated WeChat Pay driven by the real ``wechatpayv3`` AsyncWeChatPay client, unchanged.

The client is pointed at the simulator the way the service does it (``wxpay._core._gate_way``); it checks
every 2xx answer's signature against the platform public key it is configured with, and its
``callback()`` must accept the simulator's notifies.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from wechatpayv3 import WeChatPayType
from wechatpayv3.async_ import AsyncWeChatPay

from simulator.app import Simulator, create_simulator_app
from simulator.pay.core import SimPay
from simulator.pay.keys import PayKeys
from simulator.pusher import AccountConfig

APPID = "wx2c2769f8efd9abc2"
SCENE_INFOS = [
    {"info_type": "活动名称", "info_content": "医保基金监督举报奖励"},
    {"info_type": "奖励说明", "info_content": "举报查实奖励"},
]


@dataclass
class PayWorld:
    pay: SimPay
    sim_url: str
    notify_url: str
    received: list[dict[str, Any]]  # what the receiver's callback() decrypted
    rejected: list[str]  # Wechatpay-Signature of notifies the receiver refused
    keys: PayKeys

    def client(self) -> AsyncWeChatPay:
        return AsyncWeChatPay(
            wechatpay_type=WeChatPayType.MINIPROG,
            mchid=self.keys.mchid,
            private_key=self.keys.merchant_private_pem,
            cert_serial_no=self.keys.merchant_serial,
            appid=APPID,
            apiv3_key=self.keys.apiv3_key,
            notify_url=self.notify_url,
            public_key=self.keys.platform_public_pem,
            public_key_id=self.keys.public_key_id,
            timeout=(2, 2),
        )


@pytest.fixture
async def world(pay_keys: PayKeys) -> AsyncIterator[PayWorld]:
    pay = SimPay(pay_keys, appids=[APPID])
    sim = Simulator(AccountConfig(url="", token="t", appid=APPID))
    sim_server = TestServer(create_simulator_app(sim, appid=APPID, secret="s", pay=pay), host="127.0.0.1")
    await sim_server.start_server()
    received: list[dict[str, Any]] = []
    rejected: list[str] = []
    holder: dict[str, AsyncWeChatPay] = {}

    async def notify(request: web.Request) -> web.Response:
        body = await request.text()
        try:
            result = holder["client"].callback(request.headers, body)
        except Exception:  # the library raises on malformed headers
            result = None
        if not result:
            rejected.append(request.headers.get("Wechatpay-Signature", ""))
            return web.json_response({"code": "FAIL", "message": "验签失败"}, status=401)
        received.append(result)
        return web.Response(status=204)

    receiver = web.Application()
    receiver.router.add_post("/pay/notify", notify)
    receiver_server = TestServer(receiver, host="127.0.0.1")
    await receiver_server.start_server()
    w = PayWorld(
        pay=pay,
        sim_url=str(sim_server.make_url("")).rstrip("/"),
        notify_url=str(receiver_server.make_url("/pay/notify")),
        received=received,
        rejected=rejected,
        keys=pay_keys,
    )
    holder["client"] = w.client()
    try:
        yield w
    finally:
        await receiver_server.close()
        await sim_server.close()


async def transfer(
    wxpay: AsyncWeChatPay, out_bill_no: str, openid: str, amount: int = 500
) -> tuple[int, Any]:
    code, text = await wxpay.mch_transfer_bills(
        out_bill_no=out_bill_no,
        transfer_scene_id="1000",
        openid=openid,
        transfer_amount=amount,
        transfer_remark="举报奖励",
        user_recv_perception="现金奖励",
        transfer_scene_report_infos=SCENE_INFOS,
    )
    return code, json.loads(text)


async def test_transfer_confirm_notify_with_the_real_client(world: PayWorld) -> None:
    async with world.client() as wxpay:
        wxpay._core._gate_way = world.sim_url
        code, bill = await transfer(wxpay, "RW0001A", "o-citizen-1")
        assert code == 200, bill
        assert bill["state"] == "WAIT_USER_CONFIRM" and bill["package_info"]

        # A retry with the same number and parameters is the same bill.
        code, again = await transfer(wxpay, "RW0001A", "o-citizen-1")
        assert code == 200 and again["transfer_bill_no"] == bill["transfer_bill_no"]
        # The same number with other parameters is refused.
        code, clash = await transfer(wxpay, "RW0001A", "o-citizen-1", amount=501)
        assert (code, clash["code"]) == (400, "INVALID_REQUEST")

        world.pay.confirm(bill["package_info"], openid="o-citizen-1")
        code, text = await wxpay.mch_transfer_bills_query(out_bill_no="RW0001A")
        assert code == 200
        queried = json.loads(text)
        assert queried["state"] == "SUCCESS" and queried["mch_id"] == world.keys.mchid
        code, text = await wxpay.mch_transfer_bills_query(transfer_bill_no=bill["transfer_bill_no"])
        assert code == 200 and json.loads(text)["out_bill_no"] == "RW0001A"

        assert await world.pay.deliver_due() == 1
    assert len(world.received) == 1
    resource = world.received[0]["resource"]
    assert world.received[0]["event_type"] == "MCHTRANSFER.BILL.FINISHED"
    assert resource["out_bill_no"] == "RW0001A" and resource["state"] == "SUCCESS"
    assert resource["mch_id"] == world.keys.mchid and resource["transfer_amount"] == 500
    assert [r["out_bill_no"] for r in world.pay.successes_for("o-citizen-1")] == ["RW0001A"]


async def test_cancel_and_user_name_with_the_real_client(world: PayWorld) -> None:
    async with world.client() as wxpay:
        wxpay._core._gate_way = world.sim_url
        code, _ = await transfer(wxpay, "RW0002B", "o-citizen-2")
        assert code == 200
        code, text = await wxpay.mch_transfer_bills_cancel(out_bill_no="RW0002B")
        assert code == 200 and json.loads(text)["state"] == "CANCELING"
        code, text = await wxpay.mch_transfer_bills_query(out_bill_no="RW0002B")
        assert json.loads(text)["state"] == "CANCELLED"

        # ≥ 2000 yuan needs the real name, RSA-OAEP encrypted with the platform public key.
        code, text = await wxpay.mch_transfer_bills(
            out_bill_no="RW0003C",
            transfer_scene_id="1000",
            openid="o-citizen-3",
            transfer_amount=200_000,
            transfer_remark="举报奖励",
            user_name="张三",
            transfer_scene_report_infos=SCENE_INFOS,
        )
        assert code == 200, text
        assert world.pay.bills["RW0003C"].user_name == "张三"
        code, text = await wxpay.mch_transfer_bills_query(out_bill_no="RW0003C")
        assert wxpay._core.decrypt(json.loads(text)["user_name"]) == "张三"

        code, text = await wxpay.mch_transfer_bills_query(out_bill_no="NOSUCHBILL")
        assert (code, json.loads(text)["code"]) == (404, "NOT_FOUND")
    await world.pay.deliver_due()
    assert [r["resource"]["state"] for r in world.received] == ["CANCELLED"]
    assert world.pay.ledger == []


async def test_the_client_rejects_a_signature_probe_and_accepts_the_real_notify(world: PayWorld) -> None:
    world.pay.inject("sign_probe")
    async with world.client() as wxpay:
        wxpay._core._gate_way = world.sim_url
        code, _ = await transfer(wxpay, "RW0004D", "o-citizen-4")
    assert code == 200
    world.pay.confirm("RW0004D")
    await world.pay.deliver_due()
    assert len(world.rejected) == 1 and world.rejected[0].startswith("WECHATPAY/SIGNTEST/")
    assert [d["accepted"] for d in world.pay.deliveries] == [False, True]
    assert len(world.received) == 1


async def test_a_wrongly_keyed_client_is_refused(world: PayWorld, pay_keys: PayKeys) -> None:
    from dataclasses import replace

    from simulator.pay.keys import generate

    other = generate(pay_keys.mchid)
    world.keys = replace(pay_keys, merchant_private_pem=other.merchant_private_pem)
    async with world.client() as wxpay:
        wxpay._core._gate_way = world.sim_url
        code, answer = await transfer(wxpay, "RW0005E", "o-citizen-5")
    assert (code, answer["code"]) == (401, "SIGN_ERROR")
    assert world.pay.bills == {}


async def test_timeout_then_success_is_one_bill(world: PayWorld) -> None:
    import httpx

    world.pay.inject("timeout", op="create")
    async with world.client() as wxpay:
        wxpay._core._gate_way = world.sim_url
        with pytest.raises(httpx.TransportError):
            await transfer(wxpay, "RW0006F", "o-citizen-6")
        assert world.pay.bills["RW0006F"].state == "WAIT_USER_CONFIRM"  # it went through
        code, bill = await transfer(wxpay, "RW0006F", "o-citizen-6")
        assert code == 200 and bill["transfer_bill_no"] == world.pay.bills["RW0006F"].transfer_bill_no
    assert len(world.pay.bills) == 1
    assert [(r["status"], r["processed"]) for r in world.pay.requests] == [(0, True), (200, True)]
