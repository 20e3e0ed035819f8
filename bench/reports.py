"""Benchmark: fraud reports through the mini-program API (with an uploaded photo) and through chat intake.

The service runs production-like, as a subprocess ``fundguard serve`` on PostgreSQL (database
``fundguard_bench_reports``, created if missing and migrated with ``fundguard migrate``; its report, upload
and job tables are emptied first) and a real Redis db (13, flushed first), with a ``fundguard worker``
beside it; both talk to the WeChat simulator, which runs in this process on its own thread and event
loop, on a free loopback port. The demo registry is seeded for the service's REGION before the run (the
chat flow searches it; seeding is idempotent).

Two suites, each at fixed concurrencies:

- **api**: distinct mini-program users. Each logs in (``code2session`` through the simulator), uploads
  one small JPEG (unique bytes, so the blob store writes and fsyncs every one), submits a report naming
  it (anonymous and named alternately), then opens it with its receipt. Ops: login, upload, report, view.
- **chat**: distinct WeChat users, each doing the whole 我要举报 flow with safe-mode (AES) pushes:
  举报 → 9 → 益丰 人民路 → 1 → what happened → one picture → 完成 → 跳过 (place) → 匿名 → 确认. The
  worker is paused (SIGSTOP) meanwhile; then it is resumed and timed fetching every picture from the
  simulator's media API into the blob store (op media_fetch), so each figure stands on its own.

Ops run in lockstep: every user of a phase does op k (at the fixed concurrency) before any does op k+1,
so the CPU of each op is read on its own, before and after, from ``/proc/<pid>/stat`` (utime+stime): the
web process (the headline), the worker, the Redis server and this database's PostgreSQL backends (side
figures: Redis is shared). Rate and p50/p99 latency per op beside it; figures are medians over rounds.
On 2 cores one web process saturates a core: rates are that core's, latency at c=50 is mostly queueing.

Errors are counted and verified, never dropped: every API answer must have the expected status and body
(a receipt of 16 characters, ``accept_by`` = 15 working days from today in China, the report opening by
its receipt); every chat reply must be a signed, encrypted passive reply to the sender (decrypted with
wechatpy, independently of the service) holding the step's expected prompt, and the last one a receipt
with the right accept-by day. Afterwards the database must hold every report with its evidence, every
picture fetched, no failed job. Any error sets exit status 1.

Rate limits: the service trusts 127.0.0.1 as its proxy (TRUSTED_PROXIES) and each virtual user sends its
own X-Forwarded-For address, as nginx would, so per-IP limits never bind. Per-user limits (10 reports,
60 uploads an hour) cannot be set from the environment: every virtual user is new and reports once, so
a run of N reports has N users (12,100 in a full run).

    .venv/bin/python bench/reports.py            # full run
    .venv/bin/python bench/reports.py --quick    # smoke run

The last line of stdout is one JSON object with every figure; progress goes to stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import itertools
import json
import math
import os
import platform
import re
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import urlencode

import aiohttp
from aiohttp import web
from measure import cpu_seconds, free_port, fundguard_command, log, percentile
from yarl import URL

if TYPE_CHECKING:
    import asyncpg

    from simulator.app import Simulator
    from simulator.pusher import Pusher

# bench/ is taken off sys.path by ``measure`` (imported above): see there.

DEFAULT_PG_URL = "postgres://postgres@127.0.0.1:5432/fundguard_bench_reports"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/13"
TOKEN = "fundguardbench"
APPID = "wx5e7b1c0de0bench"
SECRET = "bench-secret"
ACCOUNT = "gh_fundguard0001"
AES_KEY = "benchReportsAesKey0123456789abcdefghijklmnop"[:43]
FIELD_KEY = base64.b64encode(b"r" * 32).decode()
REGION = "demo"
SEARCH = "益丰 人民路"
STORY = "药店店员让我用医保卡买了洗发水和两箱鸡蛋，小票上写的是感冒药。"
ID_NUMBER = "11010519491231002X"
RECEIPT = re.compile(r"回执码：([2-9A-Z]{4}(?:-[2-9A-Z]{4}){3})")
API_RECEIPT = re.compile(r"^[2-9A-Z]{4}(?:-[2-9A-Z]{4}){3}$")
PUSH_HEADERS = {
    "User-Agent": "Mozilla/4.0",
    "Content-Type": "text/xml",
    "Accept": "*/*",
    "Pragma": "no-cache",
}
API_OPS = ("login", "upload", "report", "view")
CHAT_OPS = (
    "start",
    "category",
    "target",
    "pick",
    "describe",
    "photo",
    "photos_done",
    "place",
    "mode",
    "confirm",
)
MEDIA_OP = "media_fetch"
BENCH_TABLES = ("report", "report_event", "report_message", "report_evidence", "attachment", "job")
Problem = tuple[str, str]  # (kind of error, a sample of what came back)


def jpeg(n: int) -> bytes:
    """A small JPEG, unique per ``n`` (a comment segment), so the content-addressed store writes each."""
    comment = f"fundguard bench photo {n} {secrets.token_hex(8)}".encode() * 8
    body = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    return body + b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment + bytes(1024) + b"\xff\xd9"


# -- processes -----------------------------------------------------------------------------------------


@dataclass
class Server:
    name: str
    proc: subprocess.Popen[bytes]
    log_path: Path
    port: int = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def cpu(self) -> float:
        return cpu_seconds(f"/proc/{self.proc.pid}/stat")

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def alive(self) -> None:
        if self.proc.poll() is not None:
            raise RuntimeError(f"{self.name} exited:\n{self.log_tail()}")

    def pause(self, paused: bool) -> None:
        """SIGSTOP / SIGCONT: the worker sits out the chat steps, so the pictures' fetch is timed alone."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGSTOP if paused else signal.SIGCONT)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.pause(False)  # a paused process would not act on SIGTERM
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)


def start_process(name: str, args: list[str], env: dict[str, str], workdir: Path, port: int = 0) -> Server:
    log_path = workdir / f"{name}.log"
    with log_path.open("wb") as out:
        proc = subprocess.Popen(
            [*fundguard_command(), *args],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    return Server(name, proc, log_path, port)


def service_env(args: argparse.Namespace, var_dir: Path, sim_url: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DATABASE_URL=args.database_url,
        REDIS_URL=args.redis_url,
        WECHAT_APPID=APPID,
        WECHAT_SECRET=SECRET,
        WECHAT_TOKEN=TOKEN,
        WECHAT_ENCODING_AES_KEY=AES_KEY,
        WECHAT_API_BASE=sim_url,
        WECHAT_MAX_CLOCK_SKEW="300",
        FIELD_ENCRYPTION_KEY=FIELD_KEY,
        VAR_DIR=str(var_dir),
        REGION=REGION,
        TRUSTED_PROXIES="127.0.0.1",  # as behind nginx: each virtual user's address comes in X-Forwarded-For
        PYTHONUNBUFFERED="1",
    )
    return env


class SimThread:
    """The WeChat simulator's app on its own thread and event loop, so the load generator's loop never
    delays the service's calls to it (login, token, media); its CPU is read from its own thread."""

    def __init__(self, sim: Simulator, port: int) -> None:
        self.sim, self.port = sim, port
        self.ready = threading.Event()
        self.tid = 0
        self.loop: asyncio.AbstractEventLoop | None = None
        self.thread = threading.Thread(target=self._run, name="simulator", daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _run(self) -> None:
        from simulator.app import create_simulator_app

        self.tid = threading.get_native_id()
        self.loop = loop = asyncio.new_event_loop()
        runner = web.AppRunner(create_simulator_app(self.sim, appid=APPID, secret=SECRET), access_log=None)
        loop.run_until_complete(runner.setup())
        loop.run_until_complete(web.TCPSite(runner, "127.0.0.1", self.port).start())
        self.ready.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(runner.cleanup())
            loop.close()

    def start(self) -> None:
        self.thread.start()
        if not self.ready.wait(15):
            raise RuntimeError("simulator did not start")

    def stop(self) -> None:
        if self.loop is not None and self.thread.is_alive():
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(15)

    def cpu(self) -> float:
        return cpu_seconds(f"/proc/self/task/{self.tid}/stat")


# -- storage -------------------------------------------------------------------------------------------


def prepare_storage(args: argparse.Namespace, env: dict[str, str]) -> tuple[int | None, dict[str, str]]:
    """Create and migrate the database, flush the Redis db, seed the registry. Returns the Redis server's
    pid when it runs on this host, and the institution the reports name (code, name)."""
    import asyncpg
    import redis

    name = args.database_url.rsplit("/", 1)[1]

    async def ensure_db() -> None:
        admin = await asyncpg.connect(args.database_url.rsplit("/", 1)[0] + "/postgres")
        try:
            if not await admin.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name):
                await admin.execute(f'CREATE DATABASE "{name}"')
                log(f"created database {name}")
        finally:
            await admin.close()

    asyncio.run(ensure_db())
    done = subprocess.run(
        [*fundguard_command(), "migrate"], env=env, capture_output=True, text=True, timeout=180, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"fundguard migrate failed:\n{done.stdout}\n{done.stderr}")
    asyncio.run(empty_report_tables(args.database_url))
    target = asyncio.run(seed_registry(args.database_url))
    client = redis.Redis.from_url(args.redis_url)
    try:
        client.flushdb()
        info = cast("dict[str, Any]", client.info("server"))  # redis-py types it for async use too
        pid = int(info.get("process_id", 0))
    finally:
        client.close()
    return (pid if is_process(pid, "redis-server") else None), target


async def empty_report_tables(database_url: str) -> None:
    """Every run starts from no reports, uploads or jobs (the database is the bench's own): leftovers of
    earlier runs would make the hourly deadline sweep, if due mid-run, cost more each time."""
    import asyncpg

    conn = await asyncpg.connect(database_url)
    try:
        await conn.execute(f"TRUNCATE {', '.join(BENCH_TABLES)} RESTART IDENTITY")
    finally:
        await conn.close()


async def seed_registry(database_url: str) -> dict[str, str]:
    """The demo registry for REGION (idempotent), and the pharmacy that searching SEARCH ranks first."""
    from tortoise.transactions import in_transaction

    from registry.data.demo import seed_registry as seed
    from registry.search import search_institutions
    from server.seed import DEMO_REGION
    from storage import db
    from storage.models import Region

    await db.init_db(database_url)
    try:
        await Region.get_or_create(code=REGION, defaults={**DEMO_REGION, "code": REGION})
        async with in_transaction() as conn:
            await seed(conn, region=REGION, now=datetime.now(UTC))
        found = await search_institutions(region=REGION, query=SEARCH, kind="retail_pharmacy", limit=1)
    finally:
        await db.close_db()
    if not found:
        raise SystemExit(f"the {REGION} registry has no pharmacy matching {SEARCH!r}")
    return {"code": found[0].code, "name": found[0].name}


def is_process(pid: int, comm: str) -> bool:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip().startswith(comm)
    except OSError:
        return False


# -- one measured op -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Req:
    method: str
    url: URL
    headers: dict[str, str]
    body: bytes | None = None


@dataclass(frozen=True)
class PhaseId:
    suite: str  # api | chat
    phase: str  # "c10", "c50", … or "warmup"
    round: int
    concurrency: int


@dataclass
class OpResult:
    suite: str
    op: str
    phase: str
    round: int
    concurrency: int
    requests: int
    errors: int
    wall_s: float
    throughput_rps: float
    p50_ms: float
    p99_ms: float
    server_cpu_us: float  # the web process, per op
    worker_cpu_us: float
    redis_cpu_us: float | None  # the shared Redis server (other clients count too)
    pg_cpu_us: float | None  # this database's backends
    client_cpu_us: float  # the load generator's thread (not the simulator's)
    sim_cpu_us: float
    error_kinds: dict[str, int] = field(default_factory=dict)
    error_samples: dict[str, str] = field(default_factory=dict)


CPU_KEYS = ("service", "worker", "client", "sim", "redis", "pg")


@dataclass
class Meters:
    service: Server
    worker: Server
    sim: SimThread
    redis_pid: int | None
    pg: asyncpg.Connection  # on the bench database (its own backend is left out)
    pg_local: bool  # the database's backends run on this host: their CPU can be read

    async def snapshot(self) -> dict[str, Any]:
        self.service.alive()
        self.worker.alive()
        pg: dict[int, float] | None = None
        if self.pg_local:
            pg = {}
            for row in await self.pg.fetch(
                "SELECT pid FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            ):
                try:
                    pg[row["pid"]] = cpu_seconds(f"/proc/{row['pid']}/stat")
                except OSError:
                    pass  # a backend that just left
        return {
            "service": self.service.cpu(),
            "worker": self.worker.cpu(),
            "client": time.thread_time(),
            "sim": self.sim.cpu(),
            "redis": cpu_seconds(f"/proc/{self.redis_pid}/stat") if self.redis_pid else None,
            "pg": pg,
        }


def cpu_delta(before: dict[str, Any], after: dict[str, Any], count: int) -> dict[str, float | None]:
    """CPU µs per op of each meter; a backend that started within the window counts whole (pool
    connections persist, so one that ended within it is rare and lost)."""
    seconds: dict[str, float | None] = {}
    for key in CPU_KEYS:
        if before[key] is None:
            seconds[key] = None
        elif key == "pg":
            seconds[key] = sum(cpu - before["pg"].get(pid, 0.0) for pid, cpu in after["pg"].items())
        else:
            seconds[key] = after[key] - before[key]
    return {k: None if v is None else round(v / count * 1e6, 1) for k, v in seconds.items()}


def result(
    pid: PhaseId,
    op: str,
    count: int,
    failures: Counter[str],
    samples: dict[str, str],
    wall: float,
    latencies: list[float],
    cpu: dict[str, float | None],
) -> OpResult:
    lat = sorted(latencies)
    return OpResult(
        pid.suite,
        op,
        pid.phase,
        pid.round,
        pid.concurrency,
        count,
        sum(failures.values()),
        wall_s=round(wall, 4),
        throughput_rps=round(count / wall, 1),
        p50_ms=round(percentile(lat, 0.50) * 1e3, 3),
        p99_ms=round(percentile(lat, 0.99) * 1e3, 3),
        server_cpu_us=cpu["service"] or 0.0,
        worker_cpu_us=cpu["worker"] or 0.0,
        redis_cpu_us=cpu["redis"],
        pg_cpu_us=cpu["pg"],
        client_cpu_us=cpu["client"] or 0.0,
        sim_cpu_us=cpu["sim"] or 0.0,
        error_kinds=dict(failures.most_common()),
        error_samples=samples,
    )


async def drive(
    http: aiohttp.ClientSession, reqs: Sequence[Req | None], concurrency: int
) -> tuple[list[float], list[int], list[bytes], list[str], float]:
    """Send every request with ``concurrency`` workers; None entries (an earlier op of that user failed)
    are not sent. Returns latencies, statuses (0 = no answer), bodies, transport errors, wall time."""
    n = len(reqs)
    latencies, statuses, bodies, failures = [0.0] * n, [0] * n, [b""] * n, [""] * n
    next_index = itertools.count()
    timeout = aiohttp.ClientTimeout(total=10)

    async def worker() -> None:
        while (i := next(next_index)) < n:
            req = reqs[i]
            if req is None:
                continue
            started = time.perf_counter()
            try:
                async with http.request(
                    req.method, req.url, data=req.body, headers=req.headers, timeout=timeout
                ) as resp:
                    bodies[i], statuses[i] = await resp.read(), resp.status
            except (aiohttp.ClientError, TimeoutError) as exc:
                failures[i] = f"transport: {type(exc).__name__}"
            latencies[i] = time.perf_counter() - started

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(min(concurrency, n))))
    return latencies, statuses, bodies, failures, time.perf_counter() - started


Check = Callable[[int, int, bytes], "Problem | None"]  # (index, status, body) → problem or None


async def measure(ctx: Context, pid: PhaseId, op: str, reqs: Sequence[Req | None], check: Check) -> OpResult:
    """One op for every user of a phase: CPU read before and after, every answer checked."""
    before = await ctx.meters.snapshot()
    latencies, statuses, bodies, transport, wall = await drive(ctx.http, reqs, pid.concurrency)
    await asyncio.sleep(0.2)  # work finishing after the last response still counts
    after = await ctx.meters.snapshot()
    failures: Counter[str] = Counter()
    samples: dict[str, str] = {}
    for i, req in enumerate(reqs):
        if req is None:
            problem: Problem | None = ("not sent: an earlier op of this user failed", "")
        elif transport[i]:
            problem = (transport[i], "")
        else:
            problem = check(i, statuses[i], bodies[i])
        if problem:
            failures[problem[0]] += 1
            samples.setdefault(problem[0], problem[1][:200])
    sent = [lat for lat, req in zip(latencies, reqs, strict=True) if req is not None]
    return result(pid, op, len(reqs), failures, samples, wall, sent, cpu_delta(before, after, len(reqs)))


class Context:
    """What every phase needs: the service, the meters, the HTTP client, the registry target, a pusher
    (the simulator's, for building pushes exactly as WeChat does), and the expected accept-by day."""

    def __init__(self, service: Server, meters: Meters, http: aiohttp.ClientSession, target: dict[str, str]):
        from kernel.clock import china_day
        from reports.deadlines import due_date
        from reports.rules import load_rules
        from simulator.pusher import AccountConfig, Pusher

        self.service, self.meters, self.http, self.target = service, meters, http, target
        rules = load_rules(receipt_key=bytes(32))  # deadlines do not depend on the key
        policy = rules.policy(REGION)

        def accept_by() -> date:
            today = china_day(datetime.now(UTC))
            return due_date("accept_by", today, policy=policy, region=REGION, calendar=rules.calendar)

        self._accept_by = accept_by
        self.accept_by_days: set[date] = {accept_by()}  # two if the China day turns over mid-run
        cfg = AccountConfig(
            url=f"{service.url}/wechat", token=TOKEN, appid=APPID, account=ACCOUNT, encoding_aes_key=AES_KEY
        )
        self.pusher: Pusher = Pusher(cfg, meters.sim.sim.state, session=None)  # type: ignore[arg-type]
        self.users = itertools.count(1)
        self.tag = secrets.token_hex(3)

    def accept_by_ok(self, day: date) -> bool:
        self.accept_by_days.add(self._accept_by())
        return day in self.accept_by_days

    def next_user(self) -> int:
        return next(self.users)

    def url(self, path: str) -> URL:
        return URL(self.service.url + path)


def http_problem(status: int, body: bytes, want: int) -> Problem | None:
    return None if status == want else (f"HTTP {status} (want {want})", body.decode(errors="replace"))


# -- the api suite -------------------------------------------------------------------------------------


@dataclass
class ApiUser:
    n: int
    openid: str
    named: bool
    photo: bytes
    token: str = ""
    attachment: str = ""
    receipt: str = ""

    @property
    def ip(self) -> str:
        """Its own address, as nginx would pass it on: per-IP limits never bind."""
        return f"10.{self.n >> 16 & 255}.{self.n >> 8 & 255}.{self.n & 255}"

    def headers(self, content_type: str = "application/json", *, auth: bool = True) -> dict[str, str]:
        h = {"X-Forwarded-For": self.ip, "Content-Type": content_type}
        return h | {"Authorization": f"Bearer {self.token}"} if auth else h


@dataclass(frozen=True)
class ApiOp:
    name: str
    request: Callable[[ApiUser], Req | None]  # None: the user has nothing to send (an earlier op failed)
    status: int
    accept: Callable[[ApiUser, dict[str, Any]], str | None]  # keeps what later ops need; an error or None


def api_ops(ctx: Context) -> tuple[ApiOp, ...]:
    target, boundary = ctx.target, "fgbench" + secrets.token_hex(8)
    multipart = f"multipart/form-data; boundary={boundary}"

    def upload_body(u: ApiUser) -> bytes:
        head = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="photo.jpg"\r\n'
            "Content-Type: image/jpeg\r\n\r\n"
        )
        return head.encode() + u.photo + f"\r\n--{boundary}--\r\n".encode()

    def report_body(u: ApiUser) -> bytes:
        body: dict[str, Any] = {
            "category": "daily_goods_on_card",
            "target_code": target["code"],
            "target_name": target["name"],
            "description": STORY,
            "attachments": [u.attachment],
            "anonymous": not u.named,
            "location": {"latitude": 28.23, "longitude": 112.94, "name": "人民东路"},
        }
        if u.named:
            body["identity"] = {"name": "张三", "id_number": ID_NUMBER, "phone": "13800138000"}
            body["sensitive_consent"] = True
        return json.dumps(body, ensure_ascii=False).encode()

    def logged_in(u: ApiUser, got: dict[str, Any]) -> str | None:
        u.token = str(got.get("token") or "")
        return None if u.token else "login: no token"

    def uploaded(u: ApiUser, got: dict[str, Any]) -> str | None:
        if (got.get("kind"), got.get("content_type"), got.get("size")) != (
            "image",
            "image/jpeg",
            len(u.photo),
        ):
            return "upload: not the photo sent"
        u.attachment = str(got["id"])
        return None

    def submitted(u: ApiUser, got: dict[str, Any]) -> str | None:
        if not API_RECEIPT.match(str(got.get("receipt_code"))) or got.get("status") != "submitted":
            return "report: no receipt"
        if not ctx.accept_by_ok(date.fromisoformat(str(got.get("accept_by")))):
            return "report: accept_by is not 15 working days on"
        u.receipt = str(got["receipt_code"])
        return None

    def viewed(u: ApiUser, got: dict[str, Any]) -> str | None:
        timeline = [(t.get("status"), t.get("note")) for t in got.get("timeline", [])]
        seen = (got.get("status"), got.get("target"), timeline)
        return (
            None
            if seen == ("submitted", target["name"], [("submitted", "收到举报（小程序）")])
            else "view: wrong"
        )

    def login_req(u: ApiUser) -> Req:
        code = json.dumps({"code": f"test:{u.openid}"}).encode()
        return Req("POST", ctx.url("/api/v1/login"), u.headers(auth=False), code)

    def upload_req(u: ApiUser) -> Req | None:
        return (
            Req("POST", ctx.url("/api/v1/attachments"), u.headers(multipart), upload_body(u))
            if u.token
            else None
        )

    def report_req(u: ApiUser) -> Req | None:
        return Req("POST", ctx.url("/api/v1/reports"), u.headers(), report_body(u)) if u.attachment else None

    def view_req(u: ApiUser) -> Req | None:
        path = f"/api/v1/reports/{u.receipt}"
        return Req("GET", ctx.url(path), u.headers(auth=False)) if u.receipt else None

    return (
        ApiOp("login", login_req, 200, logged_in),
        ApiOp("upload", upload_req, 201, uploaded),
        ApiOp("report", report_req, 201, submitted),
        ApiOp("view", view_req, 200, viewed),
    )


async def api_suite(ctx: Context, pid: PhaseId, users: int) -> list[OpResult]:
    """Login, upload, report, view for ``users`` new mini-program users (half named), op by op."""
    people = []
    for _ in range(users):
        n = ctx.next_user()
        people.append(ApiUser(n, f"oBenchApi{ctx.tag}{n:012d}", named=n % 2 == 0, photo=jpeg(n)))
    out = []
    for op in api_ops(ctx):

        def check(i: int, status: int, body: bytes, op: ApiOp = op) -> Problem | None:
            if bad := http_problem(status, body, op.status):
                return bad
            try:
                got = json.loads(body)
                error = op.accept(people[i], got if isinstance(got, dict) else {})
            except (ValueError, KeyError, TypeError) as exc:
                error = f"{op.name}: unreadable answer ({type(exc).__name__})"
            return (error, body.decode(errors="replace")) if error else None

        out.append(await measure(ctx, pid, op.name, [op.request(u) for u in people], check))
    # Every report is in the database with its photo as its evidence.
    ids = [u.attachment for u in people if u.receipt]
    stored = await ctx.meters.pg.fetchval(
        "SELECT count(*) FROM report_evidence e JOIN report r ON r.id = e.report_id "
        "WHERE e.source = 'upload' AND e.ref = ANY($1::text[]) AND e.attachment_id = e.ref "
        "AND r.channel = 'miniprogram'",
        ids,
    )
    if stored != len(ids):
        out[-1].errors += len(ids) - stored
        out[-1].error_kinds["stored: report or evidence missing"] = len(ids) - stored
    return out


# -- the chat suite ------------------------------------------------------------------------------------


@dataclass
class ChatUser:
    openid: str
    media_id: str
    receipt: str = ""
    ok: bool = True  # every step so far answered as expected


def decrypt_reply(openid: str, body: bytes) -> tuple[str, Problem | None]:
    """The text of a signed, encrypted passive reply to ``openid`` (decrypted with wechatpy)."""
    from wechatpy.crypto import PrpCrypto

    from simulator.pusher import sign, xml_fields

    text = body.decode(errors="replace").strip()
    if text in ("", "success"):
        return "", (f"no passive reply ({text or 'empty'})", text)
    try:
        env = xml_fields(text)
        signed = sign(TOKEN, env.get("TimeStamp", ""), env.get("Nonce", ""), env.get("Encrypt", ""))
        if signed != env.get("MsgSignature"):
            return "", ("reply MsgSignature does not verify", text)
        inner = xml_fields(PrpCrypto(base64.b64decode(AES_KEY + "=")).decrypt(env["Encrypt"], APPID))
    except Exception as exc:
        return "", (f"undecryptable reply: {type(exc).__name__}", text)
    if inner.get("ToUserName") != openid or inner.get("MsgType") != "text":
        return "", ("reply is not a text to the sender", str(inner))
    return inner.get("Content", ""), None


@dataclass(frozen=True)
class ChatStep:
    name: str
    send: Callable[[ChatUser], dict[str, Any]]  # the message fields
    expect: tuple[str, ...]  # what the reply must contain


def chat_steps(ctx: Context) -> tuple[ChatStep, ...]:
    text, name = ctx.pusher.text, ctx.target["name"]
    return (
        ChatStep(
            "start",
            lambda u: text(u.openid, "举报"),
            ("【我要举报】", "请选择举报类别", "9. 医保卡购买生活用品"),
        ),
        ChatStep("category", lambda u: text(u.openid, "9"), ("已选：9. 医保卡购买生活用品",)),
        ChatStep(
            "target", lambda u: text(u.openid, SEARCH), ("在定点医药机构名录中找到以下机构", f"1. {name}")
        ),
        ChatStep("pick", lambda u: text(u.openid, "1"), (f"被举报对象：{name}", "请描述发生了什么")),
        ChatStep("describe", lambda u: text(u.openid, STORY), ("请发送照片或截图作为证据",)),
        ChatStep("photo", lambda u: ctx.pusher.image(u.openid, u.media_id), ("已收到第1项",)),
        ChatStep("photos_done", lambda u: text(u.openid, "完成"), ("如知道发生地点",)),
        ChatStep("place", lambda u: text(u.openid, "跳过"), ("请选择举报方式",)),
        ChatStep("mode", lambda u: text(u.openid, "匿名"), ("请核对您的举报", "图片1张", "方式：匿名")),
        ChatStep("confirm", lambda u: text(u.openid, "确认"), ("举报已提交", "唯一凭证")),
    )


def chat_check(ctx: Context, people: list[ChatUser], step: ChatStep) -> Check:
    def check(i: int, status: int, body: bytes) -> Problem | None:
        u = people[i]
        u.ok = False  # until the reply is right: a user whose step failed sends nothing more
        if bad := http_problem(status, body, 200):
            return bad
        content, problem = decrypt_reply(u.openid, body)
        if problem:
            return problem
        missing = [e for e in step.expect if e not in content]
        if missing:
            return f"{step.name}: reply lacks {missing[0]!r}", content
        if step.name == "confirm":
            found = RECEIPT.search(content)
            day = re.search(r"医保部门将在(\d{4})年(\d{1,2})月(\d{1,2})日前决定是否受理", content)
            if not found or not day:
                return "confirm: no receipt or accept-by day", content
            if not ctx.accept_by_ok(date(*(int(g) for g in day.groups()))):
                return "confirm: accept-by is not 15 working days on", content
            u.receipt = found.group(1)
        u.ok = True
        return None

    return check


async def chat_suite(ctx: Context, pid: PhaseId, users: int) -> list[OpResult]:
    """The whole 我要举报 flow for ``users`` new WeChat users, step by step, then the pictures' fetch."""
    state = ctx.meters.sim.sim.state
    people = []
    for _ in range(users):
        n = ctx.next_user()
        people.append(ChatUser(f"oBenchChat{ctx.tag}{n:012d}", state.add_media(jpeg(n), "image/jpeg")))
    started_at = datetime.now(UTC)
    out = []
    ctx.meters.worker.pause(True)  # the fetch jobs wait, enqueued, until media_drain starts its clock
    try:
        out += await chat_flow(ctx, pid, people)
        out.append(await media_drain(ctx, pid, people, since=started_at))
    finally:
        ctx.meters.worker.pause(False)
    return out


async def chat_flow(ctx: Context, pid: PhaseId, people: list[ChatUser]) -> list[OpResult]:
    out = []
    for step in chat_steps(ctx):
        reqs: list[Req | None] = []
        for u in people:  # built just before sending: timestamps well inside the replay window
            query, body = ctx.pusher.build(step.send(u)) if u.ok else ({}, b"")
            url = URL(f"{ctx.service.url}/wechat?{urlencode(query)}", encoded=True)
            reqs.append(Req("POST", url, PUSH_HEADERS, body) if u.ok else None)
        out.append(await measure(ctx, pid, step.name, reqs, chat_check(ctx, people, step)))
    return out


async def media_drain(ctx: Context, pid: PhaseId, people: list[ChatUser], *, since: datetime) -> OpResult:
    """Resume the paused worker and wait (at most 2 minutes) for it to fetch every picture of the phase
    into the blob store; check that each report holds its fetched picture and no fetch job failed."""
    pg = ctx.meters.pg
    done = [u.media_id for u in people if u.receipt]
    keys = [f"media:{m}" for m in done]
    before, started = await ctx.meters.snapshot(), time.perf_counter()
    ctx.meters.worker.pause(False)  # its poll timer is overdue and fires at once: no idle second is timed
    for _ in range(2400):  # polls of 50 ms: two minutes at most
        if not await pg.fetchval(
            "SELECT count(*) FROM job WHERE dedup_key = ANY($1::text[]) AND status IN ('pending', 'running')",
            keys,
        ):
            break
        await asyncio.sleep(0.05)
    wall = time.perf_counter() - started
    after = await ctx.meters.snapshot()
    failures: Counter[str] = Counter()
    for row in await pg.fetch(
        "SELECT status, count(*) AS n FROM job WHERE dedup_key = ANY($1::text[]) GROUP BY status", keys
    ):
        if row["status"] != "done":
            failures[f"fetch job {row['status']}"] += row["n"]
    held = await pg.fetchval(
        "SELECT count(*) FROM report_evidence e JOIN report r ON r.id = e.report_id "
        "JOIN attachment a ON a.id::text = e.attachment_id WHERE e.ref = ANY($1::text[]) "
        "AND r.channel = 'wechat' AND r.anonymous AND r.received_at >= $2",
        done,
        since,
    )
    failures["stored: report or fetched picture missing"] += len(done) - held
    failures["not fetched: no report"] += len(people) - len(done)
    count = max(1, len(people))
    return result(pid, MEDIA_OP, count, +failures, {}, max(wall, 1e-6), [], cpu_delta(before, after, count))


# -- the run -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Plan:
    warmup: int
    rounds: int
    phases: tuple[tuple[int, int], ...]  # (concurrency, users)
    suites: tuple[str, ...]


async def bench_all(
    plan: Plan,
    args: argparse.Namespace,
    service: Server,
    worker: Server,
    sim: SimThread,
    redis_pid: int | None,
    target: dict[str, str],
) -> tuple[list[OpResult], dict[str, Any]]:
    import asyncpg

    max_c = max(c for c, _ in plan.phases)
    pg = await asyncpg.connect(args.database_url)
    http = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=max_c))
    results: list[OpResult] = []
    run_start = datetime.now(UTC)
    suites = {"api": api_suite, "chat": chat_suite}
    try:
        await wait_ready(http, service, worker)
        local_pg = is_process(int(await pg.fetchval("SELECT pg_backend_pid()")), "postgres")
        ctx = Context(service, Meters(service, worker, sim, redis_pid, pg, local_pg), http, target)
        runs = [PhaseId(s, "warmup", 0, max_c) for s in plan.suites] if plan.warmup else []
        runs += [
            PhaseId(s, f"c{c}", r, c)
            for r in range(1, plan.rounds + 1)
            for c, _ in plan.phases
            for s in plan.suites
        ]
        users = dict(plan.phases)
        for pid in runs:
            got = await suites[pid.suite](
                ctx, pid, plan.warmup if pid.phase == "warmup" else users[pid.concurrency]
            )
            results.extend(got)
            ops = ", ".join(f"{r.op} {r.throughput_rps:.0f}/s {r.server_cpu_us:.0f}µs" for r in got)
            log(f"{pid.phase} round {pid.round} {pid.suite}: {ops}; {sum(r.errors for r in got)} errors")
        failed = await pg.fetchval(
            "SELECT count(*) FROM job WHERE status = 'failed' AND created_at >= $1", run_start
        )
        reports = await pg.fetchval("SELECT count(*) FROM report WHERE received_at >= $1", run_start)
        verification = {"reports_stored": reports, "failed_jobs": failed, "pg_cpu_measured": local_pg}
    finally:
        await http.close()
        await pg.close()
    return results, verification


async def wait_ready(
    http: aiohttp.ClientSession, service: Server, worker: Server, within: float = 60
) -> None:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        service.alive()
        worker.alive()
        try:
            async with http.get(f"{service.url}/readyz", timeout=aiohttp.ClientTimeout(total=2)) as r:
                if r.status == 200 and "worker started" in worker.log_path.read_text(errors="replace"):
                    log(f"service pid {service.proc.pid} on {service.url}; worker pid {worker.proc.pid}")
                    return
        except (aiohttp.ClientError, TimeoutError):
            pass
        await asyncio.sleep(0.1)
    raise RuntimeError(f"not ready after {within:.0f} s:\n{service.log_tail()}\n{worker.log_tail()}")


# -- report --------------------------------------------------------------------------------------------

MEDIAN_FIELDS = (
    "wall_s",
    "throughput_rps",
    "p50_ms",
    "p99_ms",
    "server_cpu_us",
    "worker_cpu_us",
    "redis_cpu_us",
    "pg_cpu_us",
    "client_cpu_us",
    "sim_cpu_us",
)


def aggregate(rounds: list[OpResult]) -> dict[str, Any]:
    """One op over its rounds: the median of every figure, errors summed."""
    out: dict[str, Any] = {
        "concurrency": rounds[0].concurrency,
        "requests": rounds[0].requests,
        "rounds": len(rounds),
    }
    for name in MEDIAN_FIELDS:
        values = [
            getattr(r, name)
            for r in rounds
            if getattr(r, name) is not None and not math.isnan(getattr(r, name))
        ]
        out[name] = round(statistics.median(values), 3) if values else None
    out["server_cpu_us_by_round"] = [r.server_cpu_us for r in rounds]
    out["errors"] = sum(r.errors for r in rounds)
    kinds: Counter[str] = Counter()
    samples: dict[str, str] = {}
    for r in rounds:
        kinds.update(r.error_kinds)
        for kind, sample in r.error_samples.items():
            samples.setdefault(kind, sample)
    out["error_kinds"], out["error_samples"] = dict(kinds.most_common()), samples
    return out


def summary(
    results: list[OpResult], plan: Plan, args: argparse.Namespace, verification: dict[str, Any]
) -> dict[str, Any]:
    grouped: dict[str, dict[str, dict[str, list[OpResult]]]] = {}
    for r in results:
        grouped.setdefault(r.suite, {}).setdefault(r.phase, {}).setdefault(r.op, []).append(r)
    by = {
        s: {ph: {op: aggregate(rs) for op, rs in ops.items()} for ph, ops in phases.items()}
        for s, phases in grouped.items()
    }

    def total(suite: str, ops: Sequence[str], key: str) -> dict[str, float]:
        return {
            ph: round(sum((v[op][key] or 0.0) for op in ops if op in v), 1)
            for ph, v in by.get(suite, {}).items()
            if ph != "warmup"
        }

    errors = sum(r.errors for r in results if r.phase != "warmup") + int(verification.get("failed_jobs") or 0)
    return {
        "bench": "reports",
        "unit_note": "CPU µs per op from /proc/<pid>/stat utime+stime (server = the web process; worker, "
        "redis and pg = side figures); latency in ms; each figure is the median over rounds",
        "cores": os.cpu_count(),
        "loadavg_1m_at_end": round(os.getloadavg()[0], 2),
        "python": platform.python_version(),
        "aiohttp": aiohttp.__version__,
        "quick": bool(args.quick),
        "database_url": args.database_url,
        "redis_url": args.redis_url,
        "region": REGION,
        "warmup_users": plan.warmup,
        "rounds": plan.rounds,
        "phases": [{"concurrency": c, "users": n} for c, n in plan.phases],
        "results": by,
        "api_submission_server_cpu_us": total("api", ("upload", "report"), "server_cpu_us"),
        "api_submission_p50_ms": total("api", ("upload", "report"), "p50_ms"),
        "chat_report_server_cpu_us": total("chat", CHAT_OPS, "server_cpu_us"),
        "chat_report_worker_cpu_us": total("chat", (*CHAT_OPS, MEDIA_OP), "worker_cpu_us"),
        "chat_report_p50_ms_sum": total("chat", CHAT_OPS, "p50_ms"),
        "verification": verification,
        "errors": errors,
        "warmup_errors": sum(r.errors for r in results if r.phase == "warmup"),
    }


def table(out: dict[str, Any]) -> str:
    columns = "suite phase op reqs errs op/s p50ms p99ms srv_µs/op wrk_µs/op pg_µs/op redis_µs cli_µs sim_µs"
    widths = (5, 5, 11, 5, 4, 6, 7, 7, 9, 9, 8, 8, 7, 7)

    def row(cells: Sequence[object]) -> str:
        return " ".join(
            f"{c!s:<{w}}" if i < 3 else f"{c!s:>{w}}"
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        )

    def num(v: float | None, digits: int = 0) -> str:
        return "-" if v is None or math.isnan(v) else f"{v:.{digits}f}"

    lines = [row(columns.split()), "-" * (sum(widths) + len(widths) - 1)]
    for suite, phases in out["results"].items():
        for phase, ops in phases.items():
            for op, r in ops.items() if phase != "warmup" else ():
                lines.append(
                    row(
                        (
                            suite,
                            phase,
                            op,
                            r["requests"],
                            r["errors"],
                            num(r["throughput_rps"]),
                            num(r["p50_ms"], 2),
                            num(r["p99_ms"], 2),
                            num(r["server_cpu_us"]),
                            num(r["worker_cpu_us"]),
                            num(r["pg_cpu_us"]),
                            num(r["redis_cpu_us"]),
                            num(r["client_cpu_us"]),
                            num(r["sim_cpu_us"]),
                        )
                    )
                )
    lines.append(
        "(medians over rounds; CPU in µs per op; media_fetch = the worker, paused during the chat steps, "
        "fetching every picture of the phase from the simulator into the blob store)"
    )
    for key, title in (
        ("api_submission_server_cpu_us", "api upload+report, server CPU µs"),
        ("chat_report_server_cpu_us", "chat whole flow, server CPU µs"),
        ("chat_report_worker_cpu_us", "chat whole flow + fetch, worker CPU µs"),
    ):
        lines.append(f"{title}: " + ", ".join(f"{ph} {v:.0f}" for ph, v in out[key].items()))
    for suite, phases in out["results"].items():
        for phase, ops in phases.items():
            for op, r in ops.items():
                for kind, n in r["error_kinds"].items():
                    sample = r["error_samples"].get(kind, "")[:100]
                    lines.append(f"errors {suite} {phase} {op}: {n} × {kind}: {sample!r}")
    lines.append(f"verification: {out['verification']}")
    return "\n".join(lines)


# -- main ----------------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    p.add_argument("--quick", action="store_true", help="smoke run: few users, one round")
    p.add_argument(
        "--users", type=int, help="users per suite and phase (default max(1000, 20×c); --quick 40)"
    )
    p.add_argument("--warmup", type=int, help="warm-up users per suite (default 50, --quick 10)")
    p.add_argument("--rounds", type=int, help="measured rounds, medians reported (default 3, --quick 1)")
    p.add_argument("--concurrency", default="10,50", help="comma-separated concurrencies (default 10,50)")
    p.add_argument("--suites", default="api,chat", help="comma-separated: api, chat")
    p.add_argument("--database-url", default=DEFAULT_PG_URL)
    p.add_argument("--redis-url", default=DEFAULT_REDIS_URL, help="a dedicated db, flushed at start")
    return p.parse_args(argv)


def make_plan(args: argparse.Namespace) -> Plan:
    try:
        concurrencies = [int(c) for c in args.concurrency.split(",") if c.strip()]
    except ValueError:
        raise SystemExit("--concurrency takes comma-separated integers") from None
    if not concurrencies or min(concurrencies) < 1:
        raise SystemExit("--concurrency needs positive integers")
    suites = tuple(dict.fromkeys(s.strip() for s in args.suites.split(",") if s.strip()))
    if not suites or set(suites) - {"api", "chat"}:
        raise SystemExit("--suites takes api and/or chat")
    phases = []
    for c in concurrencies:
        n = args.users if args.users is not None else (40 if args.quick else max(1000, 20 * c))
        if n < 1:
            raise SystemExit("--users must be positive")
        phases.append((c, n))
    warmup = args.warmup if args.warmup is not None else (10 if args.quick else 50)
    rounds = args.rounds if args.rounds is not None else (1 if args.quick else 3)
    if rounds < 1:
        raise SystemExit("--rounds must be positive")
    return Plan(warmup=max(0, warmup), rounds=rounds, phases=tuple(phases), suites=suites)


def _interrupted(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    plan = make_plan(args)
    signal.signal(signal.SIGTERM, _interrupted)  # a terminated bench still stops its servers

    from simulator.app import Simulator
    from simulator.pusher import AccountConfig

    workdir = Path(tempfile.mkdtemp(prefix="fundguard-bench-reports-"))
    port = free_port()
    sim = Simulator(
        AccountConfig(
            url=f"http://127.0.0.1:{port}/wechat",
            token=TOKEN,
            appid=APPID,
            account=ACCOUNT,
            encoding_aes_key=AES_KEY,
            mode="aes",
        )
    )
    sim_thread = SimThread(sim, free_port())
    env = service_env(args, workdir / "var", sim_thread.url)
    servers: list[Server] = []
    results: list[OpResult] = []
    verification: dict[str, Any] = {}
    ok = False
    try:
        log(f"preparing {args.database_url}, seeding the {REGION} registry, flushing {args.redis_url}")
        redis_pid, target = prepare_storage(args, env)
        sim_thread.start()
        service = start_process(
            "service", ["serve", "--host", "127.0.0.1", "--port", str(port)], env, workdir, port
        )
        servers.append(service)
        worker = start_process("worker", ["worker"], env, workdir)
        servers.append(worker)
        results, verification = asyncio.run(
            bench_all(plan, args, service, worker, sim_thread, redis_pid, target)
        )
        ok = not any(r.errors for r in results) and not verification.get("failed_jobs")
    finally:
        for server in servers:
            server.stop()
        sim_thread.stop()
        if ok:
            shutil.rmtree(workdir, ignore_errors=True)
        else:
            log(f"errors or failure: server logs kept in {workdir}")

    out = summary(results, plan, args, verification)
    print(table(out))
    print(json.dumps(out, ensure_ascii=False, separators=(",", ":")))
    return 1 if out["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
