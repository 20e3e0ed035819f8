"""The simulated WeChat Pay merchant: 商家转账 bills, the user's confirmation, notifies, faults, a ledger.

State and rules only; ``simulator.pay.routes`` puts them on HTTP. Two clocks:

- ``clock`` (injectable ``Callable[[], datetime]``) drives the business: bill times, the 24-hour
  confirmation window, the notify retry schedule. Tests move it to expire bills or make retries due.
- ``wall`` (``time.time``) is what signatures are checked and made against: the client stamps its
  requests with the real time, and the receiver of a notify checks our timestamp against its real time.

Facts followed (WECHAT.md §5): bills start in WAIT_USER_CONFIRM with a ``package_info``; the same
out_bill_no with identical parameters answers the existing bill (no second bill, no second money
movement), with different parameters ``400 INVALID_REQUEST``; funds are locked from the operating
account at creation and returned on FAIL or CANCELLED; an unconfirmed bill closes after 24 h as FAIL
(WeChat Pay staff: "超时状态为FAIL"; fail reason OVERDUE_CLOSE, "超过系统重试期,系统自动关闭"); only
final states (SUCCESS, FAIL, CANCELLED) are notified, retried on the payment-notify schedule until the
receiver answers 200 or 204. Error messages are WeChat's where published, else close paraphrases.
"""

from __future__ import annotations

import asyncio
import json
import re
import secrets
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import aiohttp

from simulator.pay import crypto
from simulator.pay.keys import PayKeys

CST = timezone(timedelta(hours=8))
FINAL = frozenset({"SUCCESS", "FAIL", "CANCELLED"})
# Payment-notify retry intervals; WeChat Pay staff say transfer-bills use the same ("一样的").
RETRY_SCHEDULE = tuple(
    timedelta(seconds=s)
    for s in (15, 15, 30, 180, 600, 1200, 1800, 1800, 1800, 3600, 10800, 10800, 10800, 21600, 21600)
)
CONFIRM_WINDOW = timedelta(hours=24)
QUERY_WINDOW = timedelta(days=30)
FAULT_KINDS = frozenset(
    {
        "timeout",  # processed, then the connection is dropped: the caller never sees the answer
        "timeout_before",  # dropped before processing
        "http_500",  # 500 SYSTEM_ERROR, not processed
        "http_429",  # 429 FREQUENCY_LIMITED, not processed
        "not_enough",  # 403 NOT_ENOUGH on a create, not processed
        "fail",  # the next confirmed bill ends FAIL (reason PAYEE_ACCOUNT_ABNORMAL unless given)
        "duplicate_notify",  # the final notify is delivered twice
        "sign_probe",  # a WECHATPAY/SIGNTEST/ probe precedes the final notify
        "notify_first",  # a query of a final bill first delivers its pending notify
    }
)
PERCEPTIONS = {"1000": frozenset({"现金奖励", "活动奖励"})}
REPORT_TYPES = {"1000": ("活动名称", "奖励说明")}
OUT_BILL_NO = re.compile(r"[0-9A-Za-z]{5,32}")
NOTIFY_URL = re.compile(r"https?://[^\s?#]+")
LABELS = {
    "appid": "商户AppID",
    "out_bill_no": "商户单号",
    "transfer_scene_id": "转账场景ID",
    "openid": "收款用户OpenID",
    "transfer_amount": "转账金额",
    "transfer_remark": "转账备注",
    "notify_url": "通知地址",
    "user_recv_perception": "用户收款感知",
    "transfer_scene_report_infos": "转账场景报备信息",
    "user_name": "收款用户姓名",
}


class PayError(Exception):
    """A WeChat Pay error answer: HTTP status and ``{"code","message"}``."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"{status} {code} {message}")
        self.status, self.code, self.message = status, code, message

    def body(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


class ConfirmError(Exception):
    """The user could not confirm (what the WeChat client would show)."""


def fmt(dt: datetime) -> str:
    return dt.astimezone(CST).isoformat(timespec="seconds")


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class Fault:
    kind: str
    count: int
    out_bill_no: str | None = None
    op: str | None = None  # create | query | cancel; None = any
    reason: str | None = None  # for "fail"

    def matches(self, op: str | None, out_bill_no: str | None) -> bool:
        if self.op is not None and op != self.op:
            return False
        return self.out_bill_no is None or self.out_bill_no == out_bill_no

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None}


@dataclass
class Bill:
    out_bill_no: str
    transfer_bill_no: str
    appid: str
    openid: str
    amount: int
    remark: str
    notify_url: str | None
    user_name: str | None  # plaintext; answered encrypted for the merchant
    params: dict[str, Any]  # the request as compared for idempotency (user_name decrypted)
    package_info: str
    state: str
    create_time: datetime
    update_time: datetime
    fail_reason: str | None = None
    confirmed_at: datetime | None = None


@dataclass
class Notify:
    id: str
    out_bill_no: str
    url: str
    body: str
    next_at: datetime
    copies: int = 1  # >1 with the duplicate_notify fault
    probes: int = 0  # WECHATPAY/SIGNTEST/ probes still to send
    attempts: int = 0
    done: bool = False
    gave_up: bool = False


class SimPay:
    """One merchant (``keys.mchid``) paying out of an operating account of ``balance_fen``."""

    def __init__(
        self,
        keys: PayKeys,
        *,
        appids: Iterable[str],
        clock: Callable[[], datetime] = _utcnow,
        wall: Callable[[], float] = time.time,
        balance_fen: int = 100_000_000,
        max_amount_fen: int = 1_000_000,
        scenes: Iterable[str] = ("1000",),
        settle_after: timedelta = timedelta(0),
        auto_deliver: bool = False,
        notify_timeout: float = 5.0,
    ) -> None:
        self.keys = keys
        self.appids = frozenset(appids)
        self.clock = clock
        self.wall = wall
        self.balance_fen = balance_fen
        self.max_amount_fen = max_amount_fen
        self.scenes = frozenset(scenes)
        self.settle_after = settle_after  # how long a confirmed bill stays TRANSFERING
        self.auto_deliver = auto_deliver  # the app runs deliver_due() every second (the demo)
        self.notify_timeout = notify_timeout
        self.bills: dict[str, Bill] = {}
        self.ledger: list[dict[str, Any]] = []  # one row per SUCCESS: the money that really moved
        self.notifies: list[Notify] = []
        self.deliveries: list[dict[str, Any]] = []  # every notify attempt, probes included
        self.faults: list[Fault] = []
        self.requests: list[dict[str, Any]] = []  # every signed API call: op, out_bill_no, answer
        self._by_transfer_no: dict[str, Bill] = {}
        self._by_package: dict[str, Bill] = {}
        self._seq = 0
        self._lock = asyncio.Lock()
        self._session: aiohttp.ClientSession | None = None

    # -- faults ---------------------------------------------------------------------------------

    def inject(
        self,
        kind: str,
        count: int = 1,
        out_bill_no: str | None = None,
        *,
        op: str | None = None,
        reason: str | None = None,
    ) -> None:
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault {kind!r}; one of {sorted(FAULT_KINDS)}")
        if count < 1:
            raise ValueError("count must be at least 1")
        if op not in (None, "create", "query", "cancel"):
            raise ValueError("op must be create, query or cancel")
        self.faults.append(Fault(kind, count, out_bill_no, op, reason))

    def clear_faults(self) -> None:
        self.faults.clear()

    def take_fault(self, kinds: Iterable[str], op: str | None, out_bill_no: str | None) -> Fault | None:
        wanted = set(kinds)
        for f in self.faults:
            if f.kind in wanted and f.matches(op, out_bill_no):
                f.count -= 1
                if f.count <= 0:
                    self.faults.remove(f)
                return f
        return None

    # -- signatures -----------------------------------------------------------------------------

    def verify_request(self, method: str, path_qs: str, headers: Mapping[str, str], body: bytes) -> None:
        """Check the merchant's Authorization header as WeChat Pay does; raise 401 SIGN_ERROR."""
        auth = crypto.parse_authorization(headers.get("Authorization", ""))
        if auth is None:
            raise PayError(401, "SIGN_ERROR", "Http头缺少Authorization或格式错误，请检查后再试")
        if auth["mchid"] != self.keys.mchid:
            raise PayError(401, "SIGN_ERROR", "Http头Authorization中的mchid与商户号不匹配")
        if auth["serial_no"].upper() != self.keys.merchant_serial.upper():
            raise PayError(401, "SIGN_ERROR", "商户证书序列号有误。请使用签名私钥匹配的证书序列号")
        ts = auth["timestamp"]
        if not ts.isdigit() or abs(self.wall() - int(ts)) > 300:
            raise PayError(401, "SIGN_ERROR", "Http头Authorization中的timestamp与发起请求的时间不得超过5分钟")
        text = body.decode("utf-8", "replace")
        bodies = [text]
        if text == "null":
            # wechatpayv3 signs "" but sends json.dumps(None) for a body-less POST (cancel).
            bodies.append("")
        pub = self.keys.merchant_public_pem
        if not any(
            crypto.verify(
                pub, crypto.request_message(method, path_qs, ts, auth["nonce_str"], b), auth["signature"]
            )
            for b in bodies
        ):
            raise PayError(401, "SIGN_ERROR", "错误的签名，验签失败")

    def signed_headers(self, body: str, *, signature: str | None = None) -> dict[str, str]:
        headers = crypto.signed_headers(
            self.keys.platform_private_pem, self.keys.public_key_id, body, int(self.wall())
        )
        if signature is not None:
            headers["Wechatpay-Signature"] = signature
        return headers

    # -- the merchant API -----------------------------------------------------------------------

    def create(self, body: Mapping[str, Any], *, wechatpay_serial: str = "") -> dict[str, Any]:
        """``POST /v3/fund-app/mch-transfer/transfer-bills``: the answer body or PayError."""
        params = self._validate(body, wechatpay_serial)
        out_bill_no = params["out_bill_no"]
        existing = self.bills.get(out_bill_no)
        if existing is not None:
            if existing.params != params:
                raise PayError(400, "INVALID_REQUEST", "单号已存在但信息不一致，请查单后比较确认")
            self._advance(existing)
            return self._create_answer(existing)
        amount = params["transfer_amount"]
        if amount > self.balance_fen:
            raise PayError(403, "NOT_ENOUGH", "商户运营账户资金不足，充值后可以原单号发起重试")
        now = self.clock()
        self._seq += 1
        bill = Bill(
            out_bill_no=out_bill_no,
            transfer_bill_no=f"1330{self.keys.mchid}{now.astimezone(CST):%Y%m%d}{self._seq:018d}"[:40],
            appid=params["appid"],
            openid=params["openid"],
            amount=amount,
            remark=params["transfer_remark"],
            notify_url=params.get("notify_url"),
            user_name=params.get("user_name"),
            params=params,
            package_info="ABBQO+oYAAAB" + secrets.token_urlsafe(48),
            state="WAIT_USER_CONFIRM",  # ACCEPTED and PROCESSING pass at once: the funds are there
            create_time=now,
            update_time=now,
        )
        self.balance_fen -= amount  # locked until SUCCESS, returned on FAIL or CANCELLED
        self.bills[out_bill_no] = bill
        self._by_transfer_no[bill.transfer_bill_no] = bill
        self._by_package[bill.package_info] = bill
        return self._create_answer(bill)

    def get(self, *, out_bill_no: str | None = None, transfer_bill_no: str | None = None) -> Bill:
        bill = (
            self.bills.get(out_bill_no or "")
            if out_bill_no is not None
            else self._by_transfer_no.get(transfer_bill_no or "")
        )
        if bill is None or self.clock() - bill.create_time > QUERY_WINDOW:
            raise PayError(404, "NOT_FOUND", "记录不存在")
        self._advance(bill)
        return bill

    def query_answer(self, bill: Bill) -> dict[str, Any]:
        data: dict[str, Any] = {
            "mch_id": self.keys.mchid,
            "out_bill_no": bill.out_bill_no,
            "transfer_bill_no": bill.transfer_bill_no,
            "appid": bill.appid,
            "state": bill.state,
            "transfer_amount": bill.amount,
            "transfer_remark": bill.remark,
            "openid": bill.openid,
            "create_time": fmt(bill.create_time),
            "update_time": fmt(bill.update_time),
        }
        if bill.fail_reason:
            data["fail_reason"] = bill.fail_reason
        if bill.user_name:
            # Sensitive fields in answers are encrypted for the merchant (its API key pair).
            data["user_name"] = crypto.oaep_encrypt(self.keys.merchant_public_pem, bill.user_name)
        return data

    def cancel(self, out_bill_no: str) -> dict[str, Any]:
        bill = self.get(out_bill_no=out_bill_no)
        if bill.state in ("ACCEPTED", "PROCESSING", "WAIT_USER_CONFIRM"):
            bill.state, bill.update_time = "CANCELING", self.clock()
        elif bill.state not in ("CANCELING", "CANCELLED"):
            raise PayError(400, "INVALID_REQUEST", f"当前单据状态为{bill.state}，不支持撤销")
        answer = {
            "out_bill_no": bill.out_bill_no,
            "transfer_bill_no": bill.transfer_bill_no,
            "state": bill.state,
            "update_time": fmt(bill.update_time),
        }
        return answer

    # -- the user -------------------------------------------------------------------------------

    def find(self, ref: str) -> Bill | None:
        """A bill by package_info, out_bill_no or transfer_bill_no."""
        return self._by_package.get(ref) or self.bills.get(ref) or self._by_transfer_no.get(ref)

    def confirm(
        self, ref: str, *, openid: str | None = None, appid: str | None = None, mchid: str | None = None
    ) -> Bill:
        """The user taps 确认收款 (ref: package_info or out_bill_no). Raises ConfirmError."""
        bill = self.find(ref)
        if bill is None:
            raise ConfirmError("package参数有问题，请检查")
        self._advance(bill)
        if mchid is not None and mchid != self.keys.mchid:
            raise ConfirmError("商户号与转账单不一致")
        if appid is not None and appid != bill.appid:
            raise ConfirmError("AppID与转账单不一致")
        if openid is not None and openid != bill.openid:
            raise ConfirmError("你的微信号与商家指定的微信号不一致")
        if bill.state == "SUCCESS":
            raise ConfirmError("你已收款，无需重复确认")
        if bill.state != "WAIT_USER_CONFIRM":
            raise ConfirmError("该笔转账已失效")
        now = self.clock()
        bill.state, bill.confirmed_at, bill.update_time = "TRANSFERING", now, now
        self._advance(bill)
        return bill

    # -- time -----------------------------------------------------------------------------------

    def expire_due(self) -> int:
        """Move every bill whose time has come (24-hour close, settlement, cancel); how many moved."""
        moved = 0
        for bill in list(self.bills.values()):
            before = bill.state
            self._advance(bill)
            moved += bill.state != before
        return moved

    async def deliver_due(self) -> int:
        """Send every notify whose time has come; the number of attempts made (probes included)."""
        async with self._lock:
            self.expire_due()
            now = self.clock()
            made = 0
            for n in [n for n in self.notifies if not n.done and n.next_at <= now]:
                made += await self._deliver(n)
            return made

    @property
    def delivering(self) -> bool:
        """A delivery round is running (its receiver may be querying us from inside the notify)."""
        return self._lock.locked()

    async def deliver_for(self, out_bill_no: str) -> int:
        """Deliver a bill's pending notify now, whatever its schedule (the notify_first fault)."""
        async with self._lock:
            made = 0
            for n in [n for n in self.notifies if not n.done and n.out_bill_no == out_bill_no]:
                made += await self._deliver(n)
            return made

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    # -- assertions -----------------------------------------------------------------------------

    def successes_for(self, openid: str) -> list[dict[str, Any]]:
        return [row for row in self.ledger if row["openid"] == openid]

    def received_fen(self, openid: str) -> int:
        return sum(row["amount_fen"] for row in self.successes_for(openid))

    def bill_dicts(self, *, openid: str | None = None, state: str | None = None) -> list[dict[str, Any]]:
        self.expire_due()
        out = []
        for bill in self.bills.values():
            if (openid and bill.openid != openid) or (state and bill.state != state):
                continue
            row = self.query_answer(bill) | {"notify_url": bill.notify_url}
            if bill.user_name:
                row["user_name"] = bill.user_name  # the simulator's own view: plaintext
            if bill.state == "WAIT_USER_CONFIRM":
                row["package_info"] = bill.package_info
            out.append(row)
        return out

    # -- internals ------------------------------------------------------------------------------

    def _create_answer(self, bill: Bill) -> dict[str, Any]:
        data: dict[str, Any] = {
            "out_bill_no": bill.out_bill_no,
            "transfer_bill_no": bill.transfer_bill_no,
            "create_time": fmt(bill.create_time),
            "state": bill.state,
        }
        if bill.state == "WAIT_USER_CONFIRM":
            data["package_info"] = bill.package_info
        if bill.fail_reason:
            data["fail_reason"] = bill.fail_reason
        return data

    def _advance(self, bill: Bill) -> None:
        now = self.clock()
        if bill.state == "WAIT_USER_CONFIRM" and now - bill.create_time >= CONFIRM_WINDOW:
            self._finish(bill, "FAIL", "OVERDUE_CLOSE")
        elif (
            bill.state == "TRANSFERING" and bill.confirmed_at and now - bill.confirmed_at >= self.settle_after
        ):
            fault = self.take_fault({"fail"}, None, bill.out_bill_no)
            if fault is not None:
                self._finish(bill, "FAIL", fault.reason or "PAYEE_ACCOUNT_ABNORMAL")
            else:
                self._finish(bill, "SUCCESS", None)
        elif bill.state == "CANCELING":
            self._finish(bill, "CANCELLED", "MCH_CANCEL")

    def _finish(self, bill: Bill, state: str, reason: str | None) -> None:
        now = self.clock()
        bill.state, bill.fail_reason, bill.update_time = state, reason, now
        if state == "SUCCESS":
            self.ledger.append(
                {
                    "out_bill_no": bill.out_bill_no,
                    "transfer_bill_no": bill.transfer_bill_no,
                    "openid": bill.openid,
                    "amount_fen": bill.amount,
                    "at": fmt(now),
                }
            )
        else:
            self.balance_fen += bill.amount
        if bill.notify_url:
            self._queue_notify(bill)

    def _queue_notify(self, bill: Bill) -> None:
        resource: dict[str, Any] = {
            "mch_id": self.keys.mchid,
            "out_bill_no": bill.out_bill_no,
            "transfer_bill_no": bill.transfer_bill_no,
            "state": bill.state,
            "transfer_amount": bill.amount,
            "openid": bill.openid,
            "create_time": fmt(bill.create_time),
            "update_time": fmt(bill.update_time),
        }
        if bill.fail_reason:
            resource["fail_reason"] = bill.fail_reason
        nonce, notify_id = crypto.nonce(12), "EV-" + secrets.token_hex(10)
        plaintext = json.dumps(resource, ensure_ascii=False, separators=(",", ":"))
        body = {
            "id": notify_id,
            "create_time": fmt(bill.update_time),
            "resource_type": "encrypt-resource",
            "event_type": "MCHTRANSFER.BILL.FINISHED",
            "summary": "商家转账单据终态通知",
            "resource": {
                "original_type": "mch_payment",
                "algorithm": "AEAD_AES_256_GCM",
                "ciphertext": crypto.aes_gcm_encrypt(self.keys.apiv3_key, nonce, "mch_payment", plaintext),
                "associated_data": "mch_payment",
                "nonce": nonce,
            },
        }
        dup = self.take_fault({"duplicate_notify"}, None, bill.out_bill_no)
        probe = self.take_fault({"sign_probe"}, None, bill.out_bill_no)
        self.notifies.append(
            Notify(
                id=notify_id,
                out_bill_no=bill.out_bill_no,
                url=str(bill.notify_url),
                body=json.dumps(body, ensure_ascii=False),
                next_at=bill.update_time,
                copies=2 if dup else 1,
                probes=1 if probe else 0,
            )
        )

    async def _post(self, n: Notify, headers: dict[str, str]) -> tuple[int, str]:
        if self._session is None:
            self._session = aiohttp.ClientSession()
        headers = {**headers, "Content-Type": "application/json", "User-Agent": "Mozilla/4.0"}
        try:
            async with self._session.post(
                n.url,
                data=n.body.encode(),
                headers=headers,
                timeout=aiohttp.ClientTimeout(total=self.notify_timeout),
            ) as resp:
                await resp.read()
                return resp.status, ""
        except (aiohttp.ClientError, TimeoutError) as exc:
            return 0, f"{type(exc).__name__}: {exc}"

    def _record(self, n: Notify, status: int, error: str, *, probe: bool = False) -> None:
        self.deliveries.append(
            {
                "id": n.id,
                "out_bill_no": n.out_bill_no,
                "url": n.url,
                "attempt": n.attempts,
                "status": status,
                "error": error,
                "at": fmt(self.clock()),
                "probe": probe,
                "accepted": status in (200, 204),
            }
        )

    async def _deliver(self, n: Notify) -> int:
        made = 0
        while n.probes > 0:
            n.probes -= 1
            probe_sig = "WECHATPAY/SIGNTEST/" + crypto.sign(self.keys.platform_private_pem, n.id)
            status, error = await self._post(n, self.signed_headers(n.body, signature=probe_sig))
            self._record(n, status, error, probe=True)
            made += 1
        n.attempts += 1
        status, error = await self._post(n, self.signed_headers(n.body))
        self._record(n, status, error)
        made += 1
        if status in (200, 204):
            while n.copies > 1:
                n.copies -= 1
                n.attempts += 1
                status, error = await self._post(n, self.signed_headers(n.body))
                self._record(n, status, error)
                made += 1
            n.done = True
        elif n.attempts > len(RETRY_SCHEDULE):
            n.done = n.gave_up = True
        else:
            n.next_at = self.clock() + RETRY_SCHEDULE[n.attempts - 1]
        return made

    def _validate(self, body: Mapping[str, Any], wechatpay_serial: str) -> dict[str, Any]:
        def param(field_name: str, rule: str) -> PayError:
            return PayError(
                400, "PARAM_ERROR", f"输入源“/body/{field_name}”映射到值字段“{LABELS[field_name]}”{rule}"
            )

        for name in (
            "appid",
            "out_bill_no",
            "transfer_scene_id",
            "openid",
            "transfer_amount",
            "transfer_remark",
        ):
            if body.get(name) in (None, ""):
                raise param(name, "必填性规则校验失败，此字段为必填项")
        for name in ("appid", "out_bill_no", "transfer_scene_id", "openid", "transfer_remark"):
            if not isinstance(body[name], str):
                raise param(name, "类型校验失败，应为字符串")
        amount = body["transfer_amount"]
        if isinstance(amount, bool) or not isinstance(amount, int):
            raise param("transfer_amount", "类型校验失败，应为整数")
        if not OUT_BILL_NO.fullmatch(body["out_bill_no"]):
            raise param("out_bill_no", "字符串规则校验失败，只能由数字、大小写字母组成，长度5到32")
        if body["appid"] not in self.appids:
            raise PayError(400, "INVALID_REQUEST", "appid和mch_id不匹配，请检查后再试")
        scene = body["transfer_scene_id"]
        if scene not in self.scenes:
            raise PayError(
                400, "INVALID_REQUEST", "转账场景ID未开通或不可用，请前往商户平台-商家转账-转账场景查看"
            )
        if amount < 10 or amount > self.max_amount_fen:
            raise PayError(400, "INVALID_REQUEST", "超过单笔转账上下限，核实产品设置是否准确")
        if len(body["transfer_remark"]) > 32:
            raise param("transfer_remark", "字符串规则校验失败，最多32个字符")
        notify_url = body.get("notify_url")
        if notify_url is not None and (
            not isinstance(notify_url, str) or not NOTIFY_URL.fullmatch(notify_url)
        ):
            raise param("notify_url", "字符串规则校验失败，须为http(s)地址且不能携带参数")
        perception = body.get("user_recv_perception")
        allowed = PERCEPTIONS.get(scene)
        if perception is not None and allowed is not None and perception not in allowed:
            raise PayError(400, "INVALID_REQUEST", "暂不支持展示当前传入的用户收款感知")
        infos = body.get("transfer_scene_report_infos")
        needed = REPORT_TYPES.get(scene)
        if needed is not None and not _report_infos_ok(infos, needed):
            raise PayError(400, "PARAM_ERROR", "需传入转账场景报备信息，请检查")
        params: dict[str, Any] = {
            "appid": body["appid"],
            "out_bill_no": body["out_bill_no"],
            "transfer_scene_id": scene,
            "openid": body["openid"],
            "transfer_amount": amount,
            "transfer_remark": body["transfer_remark"],
            "notify_url": notify_url,
            "user_recv_perception": perception,
            "transfer_scene_report_infos": infos,
        }
        cipher = body.get("user_name")
        if cipher not in (None, ""):
            if wechatpay_serial != self.keys.public_key_id:
                raise PayError(400, "PARAM_ERROR", "Wechatpay-Serial缺失或与加密所用的微信支付公钥ID不一致")
            plain = crypto.oaep_decrypt(self.keys.platform_private_pem, str(cipher))
            if not plain:
                raise param("user_name", "解密失败，请使用微信支付公钥加密")
            params["user_name"] = plain
        elif amount >= 200_000:
            raise param("user_name", "必填性规则校验失败，转账金额大于等于2000元时必填")
        return params


def _report_infos_ok(infos: Any, needed: tuple[str, ...]) -> bool:
    if not isinstance(infos, list) or len(infos) != len(needed):
        return False
    types = []
    for item in infos:
        if not isinstance(item, dict):
            return False
        info_type, content = item.get("info_type"), item.get("info_content")
        if not isinstance(info_type, str) or not isinstance(content, str) or not content:
            return False
        if len(info_type) > 15 or len(content) > 32:
            return False
        types.append(info_type)
    return sorted(types) == sorted(needed)
