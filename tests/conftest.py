"""Test wiring: real PostgreSQL and Redis (TEST_DATABASE_URL, TEST_REDIS_URL), or embedded mode.

Databases are migrated with the committed aerich migrations once per session; each test starts from
empty tables. ``stack`` runs the service and the WeChat simulator on real ports and wires them
together, the way the demo does.
"""

from __future__ import annotations

import asyncio
import base64
import os
import shutil
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import asyncpg
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer, unused_port
from tortoise import Tortoise, connections
from tortoise.backends.base.executor import EXECUTOR_CACHE

from server.app import create_app
from server.settings import Settings, load_settings
from simulator.app import Simulator, create_simulator_app
from simulator.pay.core import SimPay
from simulator.pay.keys import PayKeys
from simulator.pay.keys import save as save_pay_keys
from simulator.pusher import AccountConfig
from storage import db

# Each test session gets its own database and Redis db number, so sessions run side by side on one
# machine (several engineers, or CI and a developer) do not drop each other's data.
PG_URL = os.environ.get(
    "TEST_DATABASE_URL", f"postgres://postgres@127.0.0.1:5432/fundguard_test_{os.getpid()}"
)
REDIS_URL = os.environ.get("TEST_REDIS_URL", f"redis://127.0.0.1:6379/{os.getpid() % 15 + 1}")
AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"
TEST_FIELD_KEY = base64.b64encode(b"k" * 32).decode()


def installed_tables() -> list[str]:
    """Every table of the installed domains' models (``server.domains``), once Tortoise is up: what
    each test empties, so a new domain's tables are emptied without a line here."""
    return sorted({m._meta.db_table for m in Tortoise.apps["models"].values()} - {"aerich"})


async def _fresh_pg_database(url: str) -> None:
    """Recreate the test database so every session migrates from nothing, as a new install does."""
    name = url.rsplit("/", 1)[1]
    admin = await asyncpg.connect(url.rsplit("/", 1)[0] + "/postgres")
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()


@pytest.fixture(scope="session")
def pg_migrated() -> Iterator[str]:
    async def prepare() -> None:
        await _fresh_pg_database(PG_URL)
        EXECUTOR_CACHE.clear()  # a SQLite-first test (the fuzz stack) leaves '?' INSERTs cached
        await db.migrate(PG_URL)

    async def drop() -> None:
        name = PG_URL.rsplit("/", 1)[1]
        admin = await asyncpg.connect(PG_URL.rsplit("/", 1)[0] + "/postgres")
        try:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await admin.close()

    asyncio.run(prepare())
    yield PG_URL
    asyncio.run(drop())


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sqlite") / "template.sqlite3"
    asyncio.run(db.migrate(f"sqlite://{path}"))
    return path


@pytest.fixture(params=["postgres", "sqlite"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def database_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if backend == "postgres":
        return str(request.getfixturevalue("pg_migrated"))
    template: Path = request.getfixturevalue("sqlite_template")
    target = tmp_path / "db.sqlite3"
    shutil.copy(template, target)
    return f"sqlite://{target}"


@pytest.fixture
async def database(database_url: str) -> AsyncIterator[str]:
    # Tortoise caches each table's INSERT per connection name, and both backends are "default" here:
    # SQLite's "?" placeholders would reach PostgreSQL after a SQLite test inserted first.
    EXECUTOR_CACHE.clear()
    await db.init_db(database_url)
    try:
        await db.ping()  # open the connection now, not inside a worker task a fast test may cancel
        if database_url.startswith("postgres"):
            conn = connections.get("default")
            tables = ", ".join(f'"{t}"' for t in installed_tables())
            await conn.execute_script(f"TRUNCATE {tables} RESTART IDENTITY")
        yield database_url
    finally:
        await Tortoise.close_connections()


@pytest.fixture
def redis_url(backend: str) -> str | None:
    return REDIS_URL if backend == "postgres" else None


@pytest.fixture
async def flush_redis(redis_url: str | None) -> None:
    if redis_url:
        from storage import kv

        r = kv.connect(redis_url)
        await r.flushdb()
        await r.aclose()


def make_settings(tmp_path: Path, **overrides: Any) -> Settings:
    base: dict[str, Any] = {
        "DATABASE_URL": "sqlite://:memory:",
        "REDIS_URL": None,
        "WECHAT_APPID": "wx2c2769f8efd9abc2",
        "WECHAT_SECRET": "test-secret",
        "WECHAT_TOKEN": "spamtest",
        "WECHAT_ENCODING_AES_KEY": AES_KEY,
        "FIELD_ENCRYPTION_KEY": TEST_FIELD_KEY,
        "VAR_DIR": str(tmp_path / "var"),
        # Heads, finance and admins sign in with passwords here, as in the demo; the second factor's own
        # tests name the roles (tests/e2e/test_console.py, test_admin_api.py).
        "STAFF_TOTP_ROLES": "",
    }
    base.update(overrides)
    return load_settings(**base)


@dataclass
class Stack:
    """The service and the simulator, wired together on real ports."""

    sim: Simulator
    app: web.Application
    server: TestServer
    sim_server: TestServer
    settings: Settings

    @property
    def url(self) -> str:
        return str(self.server.make_url("/"))

    @property
    def pay(self) -> SimPay:
        """The simulated WeChat Pay merchant the service pays rewards through."""
        assert self.sim.pay is not None
        return self.sim.pay


StackFactory = Callable[..., Any]


@pytest.fixture
async def make_stack(
    database: str, redis_url: str | None, flush_redis: None, tmp_path: Path, pay_keys: PayKeys
) -> AsyncIterator[StackFactory]:
    started: list[TestServer] = []

    async def factory(
        *,
        mode: str = "aes",
        reply_budget: float = 4.0,
        deliveries: int = 3,
        sim: Simulator | None = None,
        clock: Callable[[], Any] | None = None,
        run_jobs: bool = True,
        **overrides: Any,
    ) -> Stack:
        """``clock`` drives the service and the simulated WeChat Pay (tests move it to make retries due or
        expire bills); ``run_jobs=False`` leaves the jobs to the test (``stack.app[keys.JOBS]``)."""
        cfg = AccountConfig(
            url="",
            token="spamtest",
            appid="wx2c2769f8efd9abc2",
            encoding_aes_key=AES_KEY if mode != "plain" else None,
            mode=mode,
            deliveries=deliveries,
        )
        if sim is None:
            pay = SimPay(pay_keys, appids=[cfg.appid], **({"clock": clock} if clock else {}))
            sim = Simulator(cfg, pay=pay)
            sim_app = create_simulator_app(sim, appid=cfg.appid, secret="test-secret")
            sim_server = TestServer(sim_app, host="127.0.0.1")
            await sim_server.start_server()
            started.append(sim_server)
        else:
            sim_server = started[0]
        port = unused_port()
        key_dir = tmp_path / "wechatpay"
        save_pay_keys(pay_keys, key_dir)
        wiring: dict[str, Any] = {
            "DATABASE_URL": database,
            "REDIS_URL": redis_url,
            "WECHAT_API_BASE": str(sim_server.make_url("")).rstrip("/"),
            "WECHAT_ENCODING_AES_KEY": AES_KEY if mode != "plain" else None,
            # Links in messages point at this service; H5 pages sign in and load the JS-SDK at the simulator.
            "PUBLIC_BASE_URL": f"http://127.0.0.1:{port}",
            "WECHAT_OAUTH_BASE": str(sim_server.make_url("")).rstrip("/"),
            "WECHAT_JSSDK_URL": str(sim_server.make_url("/sim/jweixin.js")),
            # WeChat Pay: the simulator's merchant, its keys, and the service's notify endpoint.
            "WECHATPAY_MCHID": pay_keys.mchid,
            "WECHATPAY_API_BASE": str(sim_server.make_url("")).rstrip("/"),
            "WECHATPAY_PRIVATE_KEY_PATH": str(key_dir / "apiclient_key.pem"),
            "WECHATPAY_CERT_SERIAL_NO": pay_keys.merchant_serial,
            "WECHATPAY_APIV3_KEY": pay_keys.apiv3_key,
            "WECHATPAY_PUBLIC_KEY_PATH": str(key_dir / "pub_key.pem"),
            "WECHATPAY_PUBLIC_KEY_ID": pay_keys.public_key_id,
            "WECHATPAY_NOTIFY_URL": f"http://127.0.0.1:{port}/wechatpay/notify",
            "WECHATPAY_TIMEOUT_SECONDS": 3.0,
        }
        settings = make_settings(tmp_path, **{**wiring, **overrides})
        app = create_app(
            settings,
            manage_db=False,
            run_jobs=run_jobs,
            reply_budget=reply_budget,
            **({"clock": clock} if clock else {}),
        )
        server = TestServer(app, host="127.0.0.1", port=port)
        await server.start_server()
        started.append(server)
        sim.cfg.url = str(server.make_url("/wechat"))
        return Stack(sim=sim, app=app, server=server, sim_server=sim_server, settings=settings)

    yield factory
    for s in reversed(started):
        await s.close()


@pytest.fixture
async def stack(make_stack: StackFactory) -> Stack:
    result: Stack = await make_stack()
    return result


def openid() -> str:
    return "o-" + uuid.uuid4().hex[:20]


@pytest.fixture(scope="session")
def pay_keys() -> Any:
    """WeChat Pay merchant, platform and APIv3 keys (``simulator.pay.keys.PayKeys``), made once a session."""
    from simulator.pay.keys import generate

    return generate()
