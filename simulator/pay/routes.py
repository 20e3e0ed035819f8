"""HTTP face of the simulated WeChat Pay, on the simulator app (same port as the WeChat API).

Merchant API (signed requests, signed answers), as on ``https://api.mch.weixin.qq.com``:

- ``POST /v3/fund-app/mch-transfer/transfer-bills``
- ``GET  /v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}``
- ``GET  /v3/fund-app/mch-transfer/transfer-bills/transfer-bill-no/{transfer_bill_no}``
- ``POST /v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}/cancel``

Simulator controls (unsigned; for tests, the demo and the chat page):

- ``POST /sim/pay/faults`` ``{"kind","count"?,"out_bill_no"?,"op"?,"reason"?}``; ``DELETE /sim/pay/faults``
- ``GET /sim/pay/ledger[?openid=]`` → ``{"ledger":[…],"total_fen","merchant_balance_fen"}``
- ``GET /sim/pay/bills[?openid=&state=]`` → ``{"bills":[…]}``; ``GET /sim/pay/wallet?openid=`` (the page)
- ``POST /sim/pay/confirm`` ``{"package"|"out_bill_no","openid"?,"appId"?,"mchId"?}`` (CORS-open: the
  JS bridge in a claim page on the service's origin calls it); ``POST /sim/pay/package`` ``{"package"}``
  → the bill as the confirmation sheet shows it
- ``POST /sim/pay/deliver`` runs ``deliver_due()`` now; ``POST /sim/pay/balance`` ``{"balance_fen"}``
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from contextlib import suppress
from typing import Any

from aiohttp import web

from simulator.pay.core import FAULT_KINDS, ConfirmError, PayError, SimPay

log = logging.getLogger(__name__)
PAY = web.AppKey("sim_pay", SimPay)
BASE = "/v3/fund-app/mch-transfer/transfer-bills"
PRE_FAULTS = {"timeout_before", "http_500", "http_429"}
CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "POST, OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type",
}


class Dropped(Exception):
    """The connection is cut: the caller sees no answer."""


def _signed(pay: SimPay, status: int, data: dict[str, Any]) -> web.Response:
    text = json.dumps(data, ensure_ascii=False)
    return web.Response(
        status=status, text=text, content_type="application/json", headers=pay.signed_headers(text)
    )


def _drop(request: web.Request) -> web.Response:
    if request.transport is not None:
        request.transport.abort()
    # Nothing reaches the caller; aiohttp drops this answer on the closed transport.
    return web.Response(status=204)


def _pre_fault(pay: SimPay, op: str, ref: str | None) -> PayError | None:
    kinds = PRE_FAULTS | ({"not_enough"} if op == "create" else set())
    fault = pay.take_fault(kinds, op, ref)
    if fault is None:
        return None
    if fault.kind == "timeout_before":
        raise Dropped
    return {
        "http_500": PayError(500, "SYSTEM_ERROR", "系统异常，请稍后重试"),
        "http_429": PayError(429, "FREQUENCY_LIMITED", "频率超限，请降低请求频率"),
        "not_enough": PayError(403, "NOT_ENOUGH", "商户运营账户资金不足，充值后可以原单号发起重试"),
    }[fault.kind]


async def _serve(request: web.Request, op: str, ref: str | None, body: bytes) -> web.Response:
    pay = request.app[PAY]
    try:
        pay.verify_request(request.method, request.raw_path, request.headers, body)
        injected = _pre_fault(pay, op, ref)
        if injected is not None:
            raise injected
        status, data = 200, await _process(request, pay, op, ref, body)
    except PayError as exc:
        status, data = exc.status, exc.body()
    except Dropped:
        pay.requests.append({"op": op, "out_bill_no": ref, "status": 0, "processed": False})
        return _drop(request)
    processed = status == 200
    if pay.take_fault({"timeout"}, op, ref) is not None:
        pay.requests.append({"op": op, "out_bill_no": ref, "status": 0, "processed": processed})
        return _drop(request)
    pay.requests.append({"op": op, "out_bill_no": ref, "status": status, "processed": processed})
    return _signed(pay, status, data)


async def _process(
    request: web.Request, pay: SimPay, op: str, ref: str | None, body: bytes
) -> dict[str, Any]:
    if op == "create":
        return pay.create(_json_body(body), wechatpay_serial=request.headers.get("Wechatpay-Serial", ""))
    if op == "cancel":
        assert ref is not None
        return pay.cancel(ref)
    by_transfer = "transfer_bill_no" in request.match_info
    bill = (
        pay.get(transfer_bill_no=request.match_info["transfer_bill_no"])
        if by_transfer
        else pay.get(out_bill_no=ref)
    )
    final = bill.state in ("SUCCESS", "FAIL", "CANCELLED")
    if final and not pay.delivering and pay.take_fault({"notify_first"}, "query", bill.out_bill_no):
        await pay.deliver_for(bill.out_bill_no)
    return pay.query_answer(bill)


def _json_body(body: bytes) -> dict[str, Any]:
    try:
        data = json.loads(body)
    except ValueError:
        raise PayError(400, "PARAM_ERROR", "请求体不是合法的JSON") from None
    if not isinstance(data, dict):
        raise PayError(400, "PARAM_ERROR", "请求体应为JSON对象")
    return data


async def create_bill(request: web.Request) -> web.Response:
    body = await request.read()
    try:
        ref = json.loads(body).get("out_bill_no")
    except (ValueError, AttributeError):
        ref = None
    return await _serve(request, "create", ref if isinstance(ref, str) else None, body)


async def query_out(request: web.Request) -> web.Response:
    return await _serve(request, "query", request.match_info["out_bill_no"], await request.read())


async def query_transfer(request: web.Request) -> web.Response:
    pay = request.app[PAY]
    bill = pay.find(request.match_info["transfer_bill_no"])
    return await _serve(request, "query", bill.out_bill_no if bill else None, await request.read())


async def cancel_bill(request: web.Request) -> web.Response:
    return await _serve(request, "cancel", request.match_info["out_bill_no"], await request.read())


# -- simulator controls -----------------------------------------------------------------------------


async def _control_json(request: web.Request) -> dict[str, Any]:
    try:
        data = json.loads(await request.read() or b"{}")
    except ValueError:
        raise web.HTTPBadRequest(text="bad json") from None
    if not isinstance(data, dict):
        raise web.HTTPBadRequest(text="body must be a JSON object")
    return data


async def faults_add(request: web.Request) -> web.Response:
    pay, data = request.app[PAY], await _control_json(request)
    try:
        pay.inject(
            str(data.get("kind")),
            int(data.get("count", 1)),
            data.get("out_bill_no"),
            op=data.get("op"),
            reason=data.get("reason"),
        )
    except (ValueError, TypeError) as exc:
        return web.json_response({"error": str(exc), "kinds": sorted(FAULT_KINDS)}, status=400)
    return web.json_response({"faults": [f.as_dict() for f in pay.faults]})


async def faults_clear(request: web.Request) -> web.Response:
    request.app[PAY].clear_faults()
    return web.json_response({"faults": []})


async def ledger(request: web.Request) -> web.Response:
    pay = request.app[PAY]
    pay.expire_due()
    openid = request.query.get("openid")
    rows = pay.successes_for(openid) if openid else list(pay.ledger)
    return web.json_response(
        {
            "ledger": rows,
            "total_fen": sum(r["amount_fen"] for r in rows),
            "merchant_balance_fen": pay.balance_fen,
        }
    )


async def bills(request: web.Request) -> web.Response:
    pay = request.app[PAY]
    found = pay.bill_dicts(openid=request.query.get("openid"), state=request.query.get("state"))
    return web.json_response({"bills": found})


async def wallet(request: web.Request) -> web.Response:
    """The chat page's wallet for one user: transfers awaiting confirmation and money received."""
    pay = request.app[PAY]
    openid = request.query.get("openid", "")
    waiting = pay.bill_dicts(openid=openid, state="WAIT_USER_CONFIRM") if openid else []
    received = pay.successes_for(openid) if openid else []
    return web.json_response(
        {"waiting": waiting, "received": received, "balance_fen": sum(r["amount_fen"] for r in received)}
    )


async def confirm(request: web.Request) -> web.Response:
    pay = request.app[PAY]
    try:
        data = await _control_json(request)
    except web.HTTPBadRequest:
        return web.json_response({"error": "bad json"}, status=400, headers=CORS)
    ref = data.get("package") or data.get("out_bill_no")
    if not isinstance(ref, str) or not ref:
        return web.json_response({"error": "package or out_bill_no required"}, status=400, headers=CORS)

    def opt(name: str) -> str | None:
        value = data.get(name)
        return str(value) if value not in (None, "") else None

    try:
        bill = pay.confirm(ref, openid=opt("openid"), appid=opt("appId"), mchid=opt("mchId"))
    except ConfirmError as exc:
        return web.json_response({"error": str(exc)}, status=400, headers=CORS)
    return web.json_response({"ok": True, "bill": pay.query_answer(bill)}, headers=CORS)


async def package(request: web.Request) -> web.Response:
    """What the confirmation sheet shows for a package_info (CORS-open like confirm)."""
    pay = request.app[PAY]
    try:
        data = await _control_json(request)
    except web.HTTPBadRequest:
        data = {}
    bill = pay.find(str(data.get("package", "")))
    if bill is None:
        return web.json_response({"error": "package参数有问题，请检查"}, status=404, headers=CORS)
    pay.expire_due()
    shown = {k: getattr(bill, k) for k in ("out_bill_no", "openid", "state")}
    shown |= {"transfer_amount": bill.amount, "transfer_remark": bill.remark}
    return web.json_response({"bill": shown}, headers=CORS)


async def preflight(request: web.Request) -> web.Response:
    return web.Response(status=204, headers=CORS)


async def deliver(request: web.Request) -> web.Response:
    made = await request.app[PAY].deliver_due()
    return web.json_response({"attempts": made})


async def balance(request: web.Request) -> web.Response:
    pay, data = request.app[PAY], await _control_json(request)
    value = data.get("balance_fen")
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        return web.json_response({"error": "balance_fen must be a non-negative integer"}, status=400)
    pay.balance_fen = value
    return web.json_response({"merchant_balance_fen": pay.balance_fen})


def setup_pay(app: web.Application, pay: SimPay) -> None:
    app[PAY] = pay
    r = app.router
    r.add_post(BASE, create_bill)
    r.add_get(BASE + "/out-bill-no/{out_bill_no}", query_out)
    r.add_get(BASE + "/transfer-bill-no/{transfer_bill_no}", query_transfer)
    r.add_post(BASE + "/out-bill-no/{out_bill_no}/cancel", cancel_bill)
    r.add_post("/sim/pay/faults", faults_add)
    r.add_delete("/sim/pay/faults", faults_clear)
    r.add_get("/sim/pay/ledger", ledger)
    r.add_get("/sim/pay/bills", bills)
    r.add_get("/sim/pay/wallet", wallet)
    r.add_post("/sim/pay/confirm", confirm)
    r.add_route("OPTIONS", "/sim/pay/confirm", preflight)
    r.add_post("/sim/pay/package", package)
    r.add_route("OPTIONS", "/sim/pay/package", preflight)
    r.add_post("/sim/pay/deliver", deliver)
    r.add_post("/sim/pay/balance", balance)

    async def lifecycle(_: web.Application) -> AsyncIterator[None]:
        task = asyncio.create_task(_deliver_loop(pay)) if pay.auto_deliver else None
        yield
        if task is not None:
            task.cancel()
            with suppress(asyncio.CancelledError):
                await task
        await pay.close()

    app.cleanup_ctx.append(lifecycle)


async def _deliver_loop(pay: SimPay) -> None:
    """The demo's notifier: every second in real time, whatever is due on the pay clock."""
    while True:
        await asyncio.sleep(1.0)
        try:
            await pay.deliver_due()
        except Exception:  # a bad notify_url must not stop the notifier
            log.exception("simulated WeChat Pay: notify delivery failed")
