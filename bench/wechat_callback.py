"""Benchmark: encrypted WeChat text pushes answered by a keyword reply, service vs. the stack's floor.

Every push is distinct (own MsgId, own user, own timestamp and nonce) and asks for ``帮助``, which the
service answers with a passive, encrypted text reply. In the same run a bare aiohttp handler (the
*floor*: verify both signatures and the replay window, decrypt, parse, answer an encrypted fixed reply
with the same text, using the service's own ``bot.crypto``/``bot.messages``/``bot.replies``) is driven
with the same pushes.

Each server is a separate process on a free loopback port; the service runs production-like
(``fundguard serve`` on PostgreSQL and a real Redis db that is flushed first). On 2 cores the load
generator saturates a core before a fast server does, so the headline figure is the **server's CPU time
per push**, read from the server process's own accounting (``/proc/<pid>/stat`` utime+stime) before
and after each phase; throughput and p50/p99 latency at each concurrency are reported beside it.
Every response must be 200 and decrypt to the expected reply addressed to the sender, else it counts
as an error (and the exit status is 1). Warm-up first, then ``--rounds`` rounds (each concurrency on
both targets back to back); the figures are medians over the rounds.

    .venv/bin/python bench/wechat_callback.py            # full run (or: make bench)
    .venv/bin/python bench/wechat_callback.py --quick    # smoke run

The last line of stdout is one JSON object with every figure; progress goes to stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import itertools
import json
import os
import platform
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import aiohttp
from aiohttp import web
from measure import CLK_TCK, free_port, fundguard_command, log, percentile, proc_cpu_seconds
from yarl import URL

AIM_RATIO = 1.5
DEFAULT_PG_URL = "postgres://postgres@127.0.0.1:5432/fundguard_bench"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/14"
TOKEN = "fundguardbench"
APPID = "wx5e7b1c0de0bench"
ACCOUNT = "gh_fundguard0001"
AES_KEY = "benchEncodingAesKey0123456789abcdefghijklmn"[:43]
FIELD_KEY = base64.b64encode(b"b" * 32).decode()
KEYWORD = "帮助"
SKEW_SPREAD = 60  # timestamps spread over the last minute: distinct, yet inside the 300 s window
HEADERS = {"User-Agent": "Mozilla/4.0", "Content-Type": "text/xml", "Accept": "*/*", "Pragma": "no-cache"}
MSG_IDS = itertools.count(time.time_ns() // 1000)  # every push of the run gets its own MsgId


# -- the floor: the least any handler on this stack must do for one encrypted push ------------------


def floor_app() -> web.Application:
    """A bare aiohttp app: verify, decrypt, parse, answer with an encrypted fixed reply."""
    from bot.crypto import CryptoError, MessageCrypto, signature_ok
    from bot.dispatch import HELP
    from bot.messages import XMLRejected, parse_xml
    from bot.replies import TextReply, render

    token = os.environ["WECHAT_TOKEN"]
    skew = int(os.environ.get("WECHAT_MAX_CLOCK_SKEW", "300"))
    crypto = MessageCrypto(token, os.environ["WECHAT_ENCODING_AES_KEY"], os.environ["WECHAT_APPID"])
    reply = TextReply(HELP)  # the same text the service answers, so both encrypt the same size

    async def receive(request: web.Request) -> web.Response:
        q = request.query
        timestamp, nonce = q.get("timestamp", ""), q.get("nonce", "")
        if not signature_ok(q.get("signature", ""), token, timestamp, nonce):
            return web.Response(status=403, text="bad signature")
        if skew and (not timestamp.isdigit() or abs(time.time() - int(timestamp)) > skew):
            return web.Response(status=403, text="timestamp outside the allowed window")
        body = await request.content.read(256 * 1024 + 1)
        try:
            encrypted = parse_xml(body).get("Encrypt", "")
            if not signature_ok(q.get("msg_signature", ""), token, timestamp, nonce, encrypted):
                return web.Response(status=403, text="bad msg_signature")
            inner, key = crypto.decrypt(encrypted)
            fields = parse_xml(inner)
        except (XMLRejected, CryptoError):
            return web.Response(status=400, text="bad push")
        to, account = fields.get("FromUserName", ""), fields.get("ToUserName", "")
        xml = render(reply, to=to, account=account, now=int(time.time()))
        text = crypto.encrypt_reply(xml, timestamp=timestamp, nonce=nonce, key=key)
        return web.Response(text=text, content_type="application/xml")

    async def healthz(request: web.Request) -> web.Response:
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_post("/wechat", receive)
    app.router.add_get("/healthz", healthz)
    return app


def serve_floor(host: str, port: int) -> None:
    web.run_app(floor_app(), host=host, port=port, access_log=None, print=None)


# -- servers as subprocesses -------------------------------------------------------------------------


@dataclass
class Server:
    name: str
    port: int
    proc: subprocess.Popen[bytes]
    log_path: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)


def service_env(database_url: str, redis_url: str, var_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        WECHAT_APPID=APPID,
        WECHAT_SECRET="bench-secret",
        WECHAT_TOKEN=TOKEN,
        WECHAT_ENCODING_AES_KEY=AES_KEY,
        WECHAT_API_BASE="http://127.0.0.1:9",  # never called on this path; loopback only regardless
        WECHAT_MAX_CLOCK_SKEW="300",
        FIELD_ENCRYPTION_KEY=FIELD_KEY,
        PUBLIC_BASE_URL="http://127.0.0.1:8080",
        VAR_DIR=str(var_dir),
        PYTHONUNBUFFERED="1",
    )
    return env


def start_server(name: str, env: dict[str, str], workdir: Path, profile: Path | None = None) -> Server:
    """Start one target; with ``profile`` it runs under cProfile and dumps there when stopped."""
    port = free_port()
    if name == "service":
        args = ["serve", "--host", "127.0.0.1", "--port", str(port)]
        code = "from server.cli import main; main()"
    else:
        args = ["--serve-floor", "--port", str(port)]
        here = str(Path(__file__).resolve().parent)
        code = f"import sys; sys.path.insert(0, {here!r}); import wechat_callback as b; b.main()"
    if profile is not None:
        cmd = [sys.executable, "-c", f"import cProfile; cProfile.run({code!r}, {str(profile)!r})", *args]
    elif name == "service":
        cmd = [*fundguard_command(), *args]
    else:
        cmd = [sys.executable, str(Path(__file__).resolve()), *args]
    log_path = workdir / f"{name}.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    return Server(name, port, proc, log_path)


def prepare_service_storage(database_url: str, redis_url: str, env: dict[str, str]) -> int | None:
    """Create and migrate the bench database if needed; flush the bench Redis db.

    Returns the Redis server's pid when it runs on this host (its CPU is a side figure), else None.
    """
    import asyncpg
    import redis

    name = database_url.rsplit("/", 1)[1]

    async def ensure_db() -> None:
        admin = await asyncpg.connect(database_url.rsplit("/", 1)[0] + "/postgres")
        try:
            if not await admin.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name):
                await admin.execute(f'CREATE DATABASE "{name}"')
                log(f"created database {name}")
        finally:
            await admin.close()

    asyncio.run(ensure_db())
    done = subprocess.run(
        [*fundguard_command(), "migrate"], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"fundguard migrate failed:\n{done.stdout}\n{done.stderr}")
    client = redis.Redis.from_url(redis_url)
    try:
        client.flushdb()
        pid = int(client.info("server").get("process_id", 0))
    finally:
        client.close()
    try:
        local = Path(f"/proc/{pid}/comm").read_text().startswith("redis-server")
    except OSError:
        local = False
    return pid if local else None


# -- pushes and replies ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Push:
    url: URL
    body: bytes
    openid: str


def build_pushes(base_url: str, count: int, tag: str) -> list[Push]:
    """``count`` distinct encrypted text pushes, each with its own user, MsgId, timestamp and nonce."""
    from simulator.pusher import AccountConfig, Pusher
    from simulator.state import SimState

    cfg = AccountConfig(
        url=f"{base_url}/wechat", token=TOKEN, appid=APPID, account=ACCOUNT, encoding_aes_key=AES_KEY
    )
    pusher = Pusher(cfg, SimState(), session=None)  # type: ignore[arg-type]  # build() needs no session
    now = int(time.time())
    pushes = []
    for i in range(count):
        openid = f"oBench{tag}{i:014d}"  # 28 characters, like a real OpenID
        ts = now - i % SKEW_SPREAD
        fields = {
            "ToUserName": ACCOUNT,
            "FromUserName": openid,
            "CreateTime": ts,
            "MsgType": "text",
            "Content": KEYWORD,
            "MsgId": next(MSG_IDS),
        }
        query, body = pusher.build(fields, timestamp=ts, nonce=str(secrets.randbelow(10**10)))
        pushes.append(Push(URL(f"{cfg.url}?{urlencode(query)}", encoded=True), body, openid))
    return pushes


def check_reply(push: Push, body: bytes, expected: str) -> tuple[str, str] | None:
    """None if ``body`` is a signed, encrypted text reply to the sender saying ``expected``, else
    (what is wrong, a sample of what came back).

    Decrypts with wechatpy (as the simulator does), independent of the service's own crypto.
    """
    from wechatpy.crypto import PrpCrypto

    from simulator.pusher import sign, xml_fields

    text = body.decode(errors="replace").strip()
    if text in ("", "success"):
        return f"no passive reply ({text or 'empty'})", text
    try:
        env = xml_fields(text)
        if "Encrypt" not in env:
            return "reply is not encrypted", text[:160]
        if sign(TOKEN, env.get("TimeStamp", ""), env.get("Nonce", ""), env["Encrypt"]) != env.get(
            "MsgSignature"
        ):
            return "reply MsgSignature does not verify", text[:160]
        key = base64.b64decode(AES_KEY + "=")
        inner = xml_fields(PrpCrypto(key).decrypt(env["Encrypt"], APPID))
    except Exception as exc:
        return f"undecryptable reply: {type(exc).__name__}", text[:160]
    if inner.get("ToUserName") != push.openid:
        return "reply not addressed to the sender", str(inner.get("ToUserName"))
    if inner.get("MsgType") != "text" or inner.get("Content") != expected:
        return "unexpected reply content", str(inner.get("Content", ""))[:160]
    return None


# -- load generation ---------------------------------------------------------------------------------


@dataclass
class PhaseResult:
    target: str
    phase: str
    round: int
    concurrency: int
    requests: int
    errors: int
    wall_s: float
    throughput_rps: float
    p50_ms: float
    p99_ms: float
    server_cpu_s: float
    server_cpu_us_per_push: float
    server_core_util: float  # server CPU seconds per wall second
    client_cpu_us_per_push: float
    # The Redis server's CPU over the same window (it is shared, so also counts other clients).
    redis_cpu_us_per_push: float | None = None
    error_kinds: dict[str, int] = field(default_factory=dict)
    error_samples: dict[str, str] = field(default_factory=dict)  # one response body (excerpt) per kind


async def drive(
    session: aiohttp.ClientSession, pushes: list[Push], concurrency: int
) -> tuple[list[float], list[int], list[bytes], Counter[str], float]:
    """POST every push with ``concurrency`` workers; return latencies, statuses, bodies, failures, wall."""
    n = len(pushes)
    latencies = [0.0] * n
    statuses = [0] * n
    bodies = [b""] * n
    failures: Counter[str] = Counter()
    next_index = itertools.count()
    timeout = aiohttp.ClientTimeout(total=10)

    async def worker() -> None:
        while (i := next(next_index)) < n:
            push = pushes[i]
            started = time.perf_counter()
            try:
                async with session.post(push.url, data=push.body, headers=HEADERS, timeout=timeout) as resp:
                    bodies[i] = await resp.read()
                    statuses[i] = resp.status
            except (aiohttp.ClientError, TimeoutError) as exc:
                failures[f"transport: {type(exc).__name__}"] += 1
            latencies[i] = time.perf_counter() - started

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(min(concurrency, n))))
    return latencies, statuses, bodies, failures, time.perf_counter() - started


async def run_phase(
    session: aiohttp.ClientSession,
    server: Server,
    *,
    redis_pid: int | None,
    phase: str,
    round_no: int = 0,
    count: int,
    concurrency: int,
    expected: str,
) -> PhaseResult:
    tag = secrets.token_hex(4)
    pushes = build_pushes(server.url, count, tag)  # built right before timing: timestamps stay fresh
    await asyncio.sleep(0.2)  # let the server go idle so the CPU window holds only this phase
    redis0 = proc_cpu_seconds(redis_pid) if redis_pid else 0.0
    cpu0, client0 = proc_cpu_seconds(server.proc.pid), time.process_time()
    latencies, statuses, bodies, failures, wall = await drive(session, pushes, concurrency)
    client1 = time.process_time()
    await asyncio.sleep(0.2)  # work after the last response (none expected) still counts
    cpu1 = proc_cpu_seconds(server.proc.pid)
    redis_us = (proc_cpu_seconds(redis_pid) - redis0) / count * 1e6 if redis_pid else None
    if server.proc.poll() is not None:
        raise RuntimeError(f"{server.name} exited during {phase}:\n{server.log_tail()}")

    samples: dict[str, str] = {}
    for push, status, body in zip(pushes, statuses, bodies, strict=True):
        if status == 0:
            continue  # already counted as a transport failure
        if status != 200:
            problem: tuple[str, str] | None = (f"HTTP {status}", body[:160].decode(errors="replace"))
        else:
            problem = check_reply(push, body, expected)
        if problem:
            failures[problem[0]] += 1
            samples.setdefault(problem[0], problem[1])
    errors = sum(failures.values())
    lat = sorted(latencies)
    cpu = cpu1 - cpu0
    return PhaseResult(
        target=server.name,
        phase=phase,
        round=round_no,
        concurrency=concurrency,
        requests=count,
        errors=errors,
        wall_s=round(wall, 4),
        throughput_rps=round(count / wall, 1),
        p50_ms=round(percentile(lat, 0.50) * 1e3, 3),
        p99_ms=round(percentile(lat, 0.99) * 1e3, 3),
        server_cpu_s=round(cpu, 3),
        server_cpu_us_per_push=round(cpu / count * 1e6, 1),
        server_core_util=round(cpu / wall, 3),
        client_cpu_us_per_push=round((client1 - client0) / count * 1e6, 1),
        redis_cpu_us_per_push=None if redis_us is None else round(redis_us, 1),
        error_kinds=dict(failures.most_common()),
        error_samples=samples,
    )


async def wait_ready(session: aiohttp.ClientSession, server: Server, within: float = 60.0) -> None:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if server.proc.poll() is not None:
            raise RuntimeError(f"{server.name} exited at start-up:\n{server.log_tail()}")
        try:
            async with session.get(f"{server.url}/healthz", timeout=aiohttp.ClientTimeout(total=2)) as r:
                if r.status == 200:
                    return
        except (aiohttp.ClientError, TimeoutError):
            pass
        await asyncio.sleep(0.1)
    raise RuntimeError(f"{server.name} not ready after {within:.0f} s:\n{server.log_tail()}")


@dataclass(frozen=True)
class Plan:
    warmup: int
    rounds: int
    phases: tuple[tuple[int, int], ...]  # (concurrency, requests)


async def bench_all(
    servers: list[Server], plan: Plan, expected: str, redis_pid: int | None
) -> list[PhaseResult]:
    """Warm every target up, then run the rounds; within a round each concurrency is measured on
    every target back to back, so a change in the machine's background load hits both alike."""
    max_c = max(c for c, _ in plan.phases)
    sessions = {s.name: aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=max_c)) for s in servers}
    results: list[PhaseResult] = []
    try:
        for s in servers:
            await wait_ready(sessions[s.name], s)
            log(f"{s.name}: pid {s.proc.pid} on {s.url}")
        if plan.warmup:
            for s in servers:
                log(f"{s.name}: warm-up, {plan.warmup} pushes at c={max_c}")
                warm = await run_phase(
                    sessions[s.name],
                    s,
                    phase="warmup",
                    count=plan.warmup,
                    concurrency=max_c,
                    expected=expected,
                    redis_pid=redis_pid,
                )
                if warm.errors:
                    log(f"{s.name}: warm-up errors {warm.error_kinds}")
                results.append(warm)
        for round_no in range(1, plan.rounds + 1):
            for concurrency, count in plan.phases:
                for s in servers:
                    res = await run_phase(
                        sessions[s.name],
                        s,
                        phase=f"c{concurrency}",
                        round_no=round_no,
                        count=count,
                        concurrency=concurrency,
                        expected=expected,
                        redis_pid=redis_pid,
                    )
                    log(
                        f"round {round_no} {s.name} c={concurrency}: {res.throughput_rps} req/s, "
                        f"{res.server_cpu_us_per_push} µs CPU/push, {res.errors} errors"
                    )
                    results.append(res)
    finally:
        for session in sessions.values():
            await session.close()
    return results


# -- report ------------------------------------------------------------------------------------------

MEDIAN_FIELDS = (
    "wall_s",
    "throughput_rps",
    "p50_ms",
    "p99_ms",
    "server_cpu_s",
    "server_cpu_us_per_push",
    "server_core_util",
    "client_cpu_us_per_push",
    "redis_cpu_us_per_push",
)


def aggregate(rounds: list[PhaseResult]) -> dict[str, Any]:
    """One phase over its rounds: the median of every figure, errors summed, every round's CPU kept."""
    first = rounds[0]
    out: dict[str, Any] = {
        "concurrency": first.concurrency,
        "requests": first.requests,
        "rounds": len(rounds),
    }
    for name in MEDIAN_FIELDS:
        values = [getattr(r, name) for r in rounds if getattr(r, name) is not None]
        out[name] = round(statistics.median(values), 3) if values else None
    out["server_cpu_us_per_push_by_round"] = [r.server_cpu_us_per_push for r in rounds]
    out["errors"] = sum(r.errors for r in rounds)
    kinds: Counter[str] = Counter()
    samples: dict[str, str] = {}
    for r in rounds:
        kinds.update(r.error_kinds)
        for kind, sample in r.error_samples.items():
            samples.setdefault(kind, sample)
    out["error_kinds"] = dict(kinds.most_common())
    out["error_samples"] = samples
    return out


def summary(results: list[PhaseResult], plan: Plan, args: argparse.Namespace) -> dict[str, Any]:
    grouped: dict[str, dict[str, list[PhaseResult]]] = {}
    for r in results:
        grouped.setdefault(r.target, {}).setdefault(r.phase, []).append(r)
    by = {t: {ph: aggregate(rs) for ph, rs in phases.items()} for t, phases in grouped.items()}
    ratios: dict[str, float] = {}
    ratios_by_round: dict[str, list[float]] = {}
    for c, _ in plan.phases:
        key = f"c{c}"
        floor, service = by.get("floor", {}).get(key), by.get("service", {}).get(key)
        if floor and service and floor["server_cpu_us_per_push"]:
            ratios[key] = round(service["server_cpu_us_per_push"] / floor["server_cpu_us_per_push"], 3)
            ratios_by_round[key] = [
                round(s / f, 3) if f else float("nan")
                for s, f in zip(
                    service["server_cpu_us_per_push_by_round"],
                    floor["server_cpu_us_per_push_by_round"],
                    strict=False,
                )
            ]

    def cpu(target: str) -> dict[str, float]:
        return {k: v["server_cpu_us_per_push"] for k, v in by.get(target, {}).items() if k != "warmup"}

    return {
        "bench": "wechat_callback",
        "unit_note": "server CPU µs per push from /proc/<pid>/stat utime+stime; latency in ms; "
        "each figure is the median over rounds",
        "cores": os.cpu_count(),
        "loadavg_1m_at_end": round(os.getloadavg()[0], 2),
        "python": platform.python_version(),
        "aiohttp": aiohttp.__version__,
        "clk_tck": CLK_TCK,
        "quick": bool(args.quick),
        "profiled": bool(args.profile),
        "redis_url": args.redis_url,
        "warmup": plan.warmup,
        "rounds": plan.rounds,
        "phases": [{"concurrency": c, "requests": n} for c, n in plan.phases],
        "results": by,
        "service_cpu_us_per_push": cpu("service"),
        "floor_cpu_us_per_push": cpu("floor"),
        "cpu_ratio_service_over_floor": ratios,
        "cpu_ratio_by_round": ratios_by_round,
        "aim_ratio": AIM_RATIO,
        "meets_aim": bool(ratios) and all(v <= AIM_RATIO for v in ratios.values()),
        "errors": sum(r.errors for r in results if r.phase != "warmup"),
        "warmup_errors": sum(r.errors for r in results if r.phase == "warmup"),
    }


def table(out: dict[str, Any]) -> str:
    head = (
        f"{'target':<8} {'phase':<6} {'reqs':>5} {'rnds':>4} {'errs':>5} {'req/s':>7} {'p50 ms':>7} "
        f"{'p99 ms':>7} {'srv CPU µs/push':>15} {'srv core':>8} {'cli µs/push':>11} {'redis µs/push':>13}"
    )
    lines = [head, "-" * len(head)]
    for target, phases in out["results"].items():
        for phase, r in phases.items():
            if phase == "warmup":
                continue
            redis_us = "-" if r["redis_cpu_us_per_push"] is None else f"{r['redis_cpu_us_per_push']:.1f}"
            lines.append(
                f"{target:<8} {phase:<6} {r['requests']:>5} {r['rounds']:>4} {r['errors']:>5} "
                f"{r['throughput_rps']:>7.0f} {r['p50_ms']:>7.2f} {r['p99_ms']:>7.2f} "
                f"{r['server_cpu_us_per_push']:>15.1f} {r['server_core_util']:>8.2f} "
                f"{r['client_cpu_us_per_push']:>11.1f} {redis_us:>13}"
            )
    lines.append("(medians over rounds; srv core = server CPU s per wall s; redis = the shared server)")
    for target, phases in out["results"].items():
        for phase, r in phases.items():
            for kind, n in r["error_kinds"].items():
                sample = r["error_samples"].get(kind, "")[:100]
                lines.append(f"errors {target} {phase}: {n} × {kind}: {sample!r}")
    for phase, ratio in out["cpu_ratio_service_over_floor"].items():
        verdict = "meets" if ratio <= AIM_RATIO else "misses"
        by_round = ", ".join(f"{x:.2f}" for x in out["cpu_ratio_by_round"].get(phase, []))
        lines.append(
            f"service/floor server CPU per push at {phase}: {ratio:.2f}x "
            f"({verdict} aim ≤ {AIM_RATIO}x; by round {by_round})"
        )
    return "\n".join(lines)


# -- main --------------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    p.add_argument("--quick", action="store_true", help="smoke run: few pushes, one round")
    p.add_argument(
        "--requests", type=int, help="pushes per measured phase (default 3000 at c=10, 4000 at c=200)"
    )
    p.add_argument("--warmup", type=int, help="warm-up pushes per target (default 1000, --quick 100)")
    p.add_argument("--rounds", type=int, help="measured rounds, medians reported (default 3, --quick 1)")
    p.add_argument("--concurrency", default="10,200", help="comma-separated concurrencies (default 10,200)")
    p.add_argument("--targets", default="floor,service", help="comma-separated: floor, service")
    p.add_argument("--database-url", default=DEFAULT_PG_URL)
    p.add_argument(
        "--redis-url",
        default=DEFAULT_REDIS_URL,
        help="a dedicated db, flushed at start; redis-py reads pool options from the URL, "
        "e.g. ?max_connections=1000",
    )
    p.add_argument(
        "--profile",
        metavar="DIR",
        help="run the servers under cProfile, dumping DIR/<target>.prof (inflates the CPU figures)",
    )
    p.add_argument("--serve-floor", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    return p.parse_args(argv)


def make_plan(args: argparse.Namespace) -> Plan:
    try:
        concurrencies = [int(c) for c in args.concurrency.split(",") if c.strip()]
    except ValueError:
        raise SystemExit("--concurrency takes comma-separated integers") from None
    if not concurrencies or min(concurrencies) < 1:
        raise SystemExit("--concurrency needs positive integers")
    defaults = {10: 3000, 200: 4000}
    phases = []
    for c in concurrencies:
        if args.requests is not None:
            n = args.requests
        elif args.quick:
            n = max(200, 2 * c)
        else:
            n = defaults.get(c, max(3000, 20 * c))
        if n < 1:
            raise SystemExit("--requests must be positive")
        phases.append((c, n))
    warmup = args.warmup if args.warmup is not None else (100 if args.quick else 1000)
    rounds = args.rounds if args.rounds is not None else (1 if args.quick else 3)
    if rounds < 1:
        raise SystemExit("--rounds must be positive")
    return Plan(warmup=max(0, warmup), rounds=rounds, phases=tuple(phases))


def _interrupted(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.serve_floor:
        serve_floor("127.0.0.1", args.port)
        return 0
    targets = list(dict.fromkeys(t.strip() for t in args.targets.split(",") if t.strip()))
    if not targets or set(targets) - {"floor", "service"}:
        raise SystemExit("--targets takes floor and/or service")
    plan = make_plan(args)
    signal.signal(signal.SIGTERM, _interrupted)  # a terminated bench still stops its servers

    from bot.dispatch import HELP

    if args.profile:
        Path(args.profile).mkdir(parents=True, exist_ok=True)
        log("profiling: CPU figures include cProfile's overhead")
    workdir = Path(tempfile.mkdtemp(prefix="fundguard-bench-"))
    env = service_env(args.database_url, args.redis_url, workdir / "var")
    results: list[PhaseResult] = []
    redis_pid: int | None = None
    servers: list[Server] = []
    ok = False
    try:
        if "service" in targets:
            log(f"preparing {args.database_url} and flushing {args.redis_url}")
            redis_pid = prepare_service_storage(args.database_url, args.redis_url, env)
        for name in targets:
            profile = Path(args.profile).resolve() / f"{name}.prof" if args.profile else None
            servers.append(start_server(name, env, workdir, profile))
        results = asyncio.run(bench_all(servers, plan, HELP, redis_pid))
        ok = not any(r.errors for r in results)
    finally:
        for server in servers:
            server.stop()
        if ok:
            shutil.rmtree(workdir, ignore_errors=True)
        else:
            log(f"errors or failure: server logs kept in {workdir}")

    out = summary(results, plan, args)
    print(table(out))
    print(json.dumps(out, ensure_ascii=False, separators=(",", ":")))
    return 1 if out["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
