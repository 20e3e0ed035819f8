"""The ``fundguard`` command: demo, serve, migrate, worker, menu push, audit verify, import, staff."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import signal
import sys
from collections.abc import Mapping, Sequence

import aiohttp
from aiohttp import web

from kernel.module import Command
from server import domains, preflight
from server.logs import setup_logging
from server.settings import Settings, SettingsError, load_settings

log = logging.getLogger("fundguard")

# The demo account's safe-mode key; the demo runs in safe mode like a real account should.
DEMO_AES_KEY = "fundguardDemoEncodingAesKey0123456789abcdef"[:43]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="fundguard", description="医保守护 FundGuard service")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("demo", help="embedded mode with a seeded demo region and the simulator")
    p.add_argument("--port", type=int, default=8080)
    p.add_argument("--host", default="127.0.0.1")
    p = sub.add_parser("simulator", help="the WeChat and WeChat Pay simulator alone, as the demo runs it")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8081)
    p.add_argument("--callback", default=None, help="where pushes go (default PUBLIC_BASE_URL + /wechat)")
    p = sub.add_parser("serve", help="run one web process")
    p.add_argument("--host", default="0.0.0.0")
    p.add_argument("--port", type=int, default=8080)
    sub.add_parser("migrate", help="apply database migrations")
    sub.add_parser("worker", help="run background jobs")
    menu = sub.add_parser("menu", help="the custom menu").add_subparsers(dest="action", required=True)
    menu.add_parser("push", help="check the menu against WeChat's limits and send it")
    audit = sub.add_parser("audit", help="the audit log").add_subparsers(dest="action", required=True)
    audit.add_parser("verify", help="check every link of the audit hash chain")
    groups = domains.commands()
    for name, group in groups.items():
        what = sub.add_parser(name, help=group[0].help).add_subparsers(dest="action", required=True)
        for contributor in group:
            contributor.add_actions(what)
    args = parser.parse_args(argv)

    setup_logging()
    command = _command_of(groups, args)
    if command is not None and args.action in command.offline and command.run_offline is not None:
        raise SystemExit(asyncio.run(command.run_offline(args)))
    try:
        if args.command == "demo":
            settings = load_settings(**_demo_overrides(args.host, args.port))
        else:
            settings = load_settings()
    except SettingsError as exc:
        print(f"fundguard: configuration error: {exc}", file=sys.stderr)
        raise SystemExit(2) from None

    if args.command in NEEDS or command is not None:
        database, redis = NEEDS.get(args.command, (True, False))  # a domain's command: its database
        try:
            asyncio.run(preflight.check(settings, database=database, redis=redis))
        except preflight.Unreachable as exc:
            print(f"fundguard {args.command}: {exc}", file=sys.stderr)
            raise SystemExit(3) from None
    if command is not None:  # a domain's command
        raise SystemExit(asyncio.run(command.run(args, settings)))
    commands = {
        "demo": lambda: run_demo(settings, args.host, args.port),
        "serve": lambda: run_serve(settings, args.host, args.port),
        "simulator": lambda: run_simulator(settings, args.host, args.port, args.callback),
        "migrate": lambda: run_migrate(settings),
        "worker": lambda: run_worker(settings),
        "menu": lambda: run_menu_push(settings),
        "audit": lambda: run_audit_verify(settings),
    }
    code = asyncio.run(commands[args.command]())
    raise SystemExit(code or 0)


# What each command must reach before it starts: (the database, Redis). The demo is embedded.
NEEDS = {
    "serve": (True, True),
    "worker": (True, True),
    "migrate": (True, False),
    "menu": (False, True),
    "audit": (True, False),
    "import": (True, False),
}


def _command_of(groups: Mapping[str, list[Command]], args: argparse.Namespace) -> Command | None:
    """The domain command that added ``args.action`` to ``args.command``'s group (None: a server command)."""
    for command in groups.get(args.command, []):
        probe = argparse.ArgumentParser(add_help=False).add_subparsers(dest="action")
        command.add_actions(probe)
        if args.action in probe.choices:
            return command
    return None


def _demo_overrides(host: str, port: int) -> dict[str, object]:
    import os
    from pathlib import Path

    from simulator.pay.keys import load_or_create

    # WeChat Pay is the simulated one on the simulator's port; both sides read the keys made under VAR_DIR.
    pay_dir = Path(os.environ.get("VAR_DIR", "./var")) / "wechatpay"
    pay = load_or_create(pay_dir)
    return {
        "DATABASE_URL": os.environ.get("DEMO_DATABASE_URL", "sqlite://./var/demo.sqlite3"),
        "REDIS_URL": None,
        "WECHAT_API_BASE": f"http://{host}:{port + 1}",
        "WECHAT_OAUTH_BASE": f"http://{host}:{port + 1}",  # H5 pages sign in at the simulator ...
        "WECHAT_JSSDK_URL": f"http://{host}:{port + 1}/sim/jweixin.js",  # ... and load its JS-SDK
        "PUBLIC_BASE_URL": f"http://{host}:{port}",
        "WECHAT_ENCODING_AES_KEY": os.environ.get("WECHAT_ENCODING_AES_KEY") or DEMO_AES_KEY,
        "WECHATPAY_MCHID": pay.mchid,
        "WECHATPAY_API_BASE": f"http://{host}:{port + 1}",
        "WECHATPAY_PRIVATE_KEY_PATH": str(pay_dir / "apiclient_key.pem"),
        "WECHATPAY_CERT_SERIAL_NO": pay.merchant_serial,
        "WECHATPAY_APIV3_KEY": pay.apiv3_key,
        "WECHATPAY_PUBLIC_KEY_PATH": str(pay_dir / "pub_key.pem"),
        "WECHATPAY_PUBLIC_KEY_ID": pay.public_key_id,
        "WECHATPAY_NOTIFY_URL": f"http://{host}:{port}/wechatpay/notify",
        "COMMITMENTS_TSA_URL": f"http://{host}:{port + 1}/sim/tsa",  # signed letters get a timestamp
        "STAFF_TOTP_ROLES": os.environ.get("STAFF_TOTP_ROLES", ""),  # the demo signs in with passwords only
    }


async def run_migrate(settings: Settings) -> int:
    from storage import db

    ran = await db.migrate(settings.DATABASE_URL)
    print(json.dumps({"migrated": ran}, ensure_ascii=False))
    return 0


def _stop_on_signal() -> asyncio.Event:
    """Install SIGINT/SIGTERM handlers first thing, so a stop during start-up is graceful too."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    return stop


async def run_serve(settings: Settings, host: str, port: int) -> int:
    stop = _stop_on_signal()
    from server.app import create_app

    runner = web.AppRunner(create_app(settings), access_log=None)
    await runner.setup()
    await web.TCPSite(runner, host, port, shutdown_timeout=10).start()
    log.info("serving on http://%s:%s", host, port)
    try:
        await stop.wait()
    finally:
        await runner.cleanup()  # graceful: stop accepting, finish in-flight requests, close
    return 0


async def run_worker(settings: Settings) -> int:
    stop = _stop_on_signal()
    from server.jobs import build_job_runner
    from server.resources import core_of, open_resources

    async with open_resources(core_of(settings)) as resources:
        runner = build_job_runner(resources)
        task = asyncio.create_task(runner.serve())
        log.info("worker started")
        try:
            await stop.wait()
        finally:
            runner.stop()
            done, _ = await asyncio.wait([task], timeout=30)
            if not done:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
    return 0


async def run_menu_push(settings: Settings) -> int:
    from bot.client import WeChatAPIError
    from bot.menu import MENU, menu_payload, validate_menu
    from server.resources import wechat_client
    from storage import kv

    errors = validate_menu(MENU)
    if errors:
        for e in errors:
            print(f"menu: {e}", file=sys.stderr)
        return 1
    store = kv.connect(settings.REDIS_URL)
    try:
        async with aiohttp.ClientSession() as session:
            await wechat_client(settings, session, store).create_menu(menu_payload())
    except (WeChatAPIError, aiohttp.ClientError) as exc:
        print(f"menu push failed: {exc}", file=sys.stderr)
        return 1
    finally:
        await store.aclose()
    print("menu pushed")
    return 0


async def run_audit_verify(settings: Settings) -> int:
    from storage import audit, db

    await db.init_db(settings.DATABASE_URL)
    try:
        report = await audit.verify()
    finally:
        await db.close_db()
    print(json.dumps(report.__dict__, ensure_ascii=False))
    return 0 if report.ok else 1


def simulator_app(settings: Settings, *, callback: str) -> web.Application:
    """The WeChat simulator (pushes to ``callback``, signed and encrypted with the account's token and
    key; the API endpoints; the chat page) with WeChat Pay on the same port, whose merchant keys live
    under VAR_DIR/wechatpay, where the service's WECHATPAY_* paths point."""
    from pathlib import Path

    from simulator.app import Simulator, create_simulator_app
    from simulator.pay.core import SimPay
    from simulator.pay.keys import load_or_create
    from simulator.pusher import AccountConfig

    sim = Simulator(
        AccountConfig(
            url=callback,
            token=settings.WECHAT_TOKEN,
            appid=settings.WECHAT_APPID,
            encoding_aes_key=settings.WECHAT_ENCODING_AES_KEY,
            mode="aes" if settings.WECHAT_ENCODING_AES_KEY else "plain",
        )
    )
    pay = SimPay(
        load_or_create(Path(settings.VAR_DIR) / "wechatpay"),
        appids=[settings.wechatpay_appid],
        balance_fen=1_000_000_00,
        auto_deliver=True,
    )
    return create_simulator_app(sim, appid=settings.WECHAT_APPID, secret=settings.WECHAT_SECRET, pay=pay)


async def run_simulator(settings: Settings, host: str, port: int, callback: str | None) -> int:
    """``fundguard simulator``: point a production-like stack (WECHAT_API_BASE, WECHAT_OAUTH_BASE,
    WECHATPAY_API_BASE, WECHAT_JSSDK_URL) at http://HOST:PORT and chat at http://HOST:PORT/sim/."""
    stop = _stop_on_signal()
    target = callback or settings.PUBLIC_BASE_URL.rstrip("/") + "/wechat"
    runner = web.AppRunner(simulator_app(settings, callback=target), access_log=None)
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    print(f"simulator on http://{host}:{port} (chat page /sim/), pushing to {target}", flush=True)
    try:
        await stop.wait()
    finally:
        await runner.cleanup()
    return 0


async def run_demo(settings: Settings, host: str, port: int) -> int:
    stop = _stop_on_signal()
    from datetime import UTC, datetime

    from tortoise.transactions import in_transaction

    from bot.menu import menu_payload
    from handlers import keys
    from points.service import issue_access_code
    from server.app import create_app
    from server.seed import DEMO_PASSWORD, demo_objection_code, seed_commitments, seed_demo
    from storage import db

    await db.migrate(settings.DATABASE_URL)
    app = create_app(settings)
    sim_app = simulator_app(settings, callback=f"http://{host}:{port}/wechat")
    runners = [web.AppRunner(app, access_log=None), web.AppRunner(sim_app, access_log=None)]
    for r in runners:
        await r.setup()
    await web.TCPSite(runners[0], host, port).start()
    await web.TCPSite(runners[1], host, port + 1).start()
    try:
        points_person = await seed_demo(app[keys.CIPHER])
        signer = await seed_commitments(app[keys.CIPHER])
        await app[keys.CLIENT].create_menu(menu_payload())
        points_line = ""
        if points_person is not None:
            # A fresh access code each start: codes are stored hashed and shown once, as on a real notice.
            async with in_transaction() as conn:
                access = await issue_access_code(conn, points_person, actor="cli:demo", now=datetime.now(UTC))
            points_line = (
                f"  Points (H5)    : http://{host}:{port}/h5/credit/points  "
                f"(人员编码 {points_person}, 查询码 {access})\n"
            )
        from registry.models import Institution

        poster = (
            await Institution.filter(region=settings.REGION, kind="retail_pharmacy").order_by("code").first()
        )
        survey_line = (
            f"  Survey (scan)  : chat simulator ＋ → 场景值 survey:{poster.code} → 扫码 ({poster.name})\n"
            if poster is not None
            else ""
        )
        commitment_line = ""
        if signer is not None:
            commitment_line = (
                f"  Commitment (H5): 参与 → 信用承诺 in the chat, bind as 编码 {signer['code']}, "
                f"姓名 {signer['name']}, 身份证号 {signer['id_number']}\n"
            )
        objection = await demo_objection_code(calendar=app[keys.REPORT_RULES].calendar)
        objection_note = f"  (机构编码 {objection[0]}, 异议码 {objection[1]})" if objection else ""
        print(
            f"\nFundGuard demo is running (embedded mode, SQLite + in-process Redis).\n"
            f"  Chat simulator : http://{host}:{port + 1}/sim/\n"
            f"  Service        : http://{host}:{port}/healthz   /readyz   /metrics\n"
            f"  WeChat callback: http://{host}:{port}/wechat (safe mode)\n"
            f"  Staff console  : http://{host}:{port}/admin/  (one user per role, password {DEMO_PASSWORD}:\n"
            f"                   intake 受理, investigator 调查, head 负责人, finance 财务,\n"
            f"                   credit 信用, admin 管理员)\n"
            f"  Staff API      : http://{host}:{port}/admin/api/  (the same users)\n"
            f"  Mini-program API: http://{host}:{port}/api/v1/openapi.json\n"
            f"  Objection (H5) : http://{host}:{port}/h5/credit/objection{objection_note}\n"
            f"{points_line}"
            f"{survey_line}"
            f"{commitment_line}"
            f"Press Ctrl+C to stop.\n",
            flush=True,
        )
        await stop.wait()
    finally:
        for r in reversed(runners):
            await r.cleanup()
    return 0
