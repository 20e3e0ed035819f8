"""The fundguard command and the operations endpoints, as an operator uses them."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import aiohttp
from aiohttp.test_utils import TestServer

from simulator.app import Simulator, create_simulator_app
from simulator.pusher import AccountConfig
from tests.conftest import TEST_FIELD_KEY, Stack, openid

FUNDGUARD = str(Path(sys.executable).with_name("fundguard"))


async def run(*args: str, env: dict[str, str], cwd: Path) -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(
        FUNDGUARD,
        *args,
        env={**os.environ, **env},
        cwd=cwd,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), timeout=60)
    return proc.returncode or 0, out.decode(), err.decode()


async def test_a_bad_setting_stops_start_up_with_one_line_naming_it(tmp_path: Path) -> None:
    for name, value in [
        ("DATABASE_URL", "mysql://x"),
        ("WECHAT_ENCODING_AES_KEY", "short"),
        ("FIELD_ENCRYPTION_KEY", "bm90MzJieXRlcw=="),
        ("WECHAT_MAX_CLOCK_SKEW", "-1"),
        ("REDIS_URL", "http://x"),
        ("TRUSTED_PROXIES", "nginx-host"),
        ("REGION", "示范市"),
    ]:
        code, _out, err = await run("migrate", env={name: value}, cwd=tmp_path)
        assert code == 2, (name, err)
        lines = [line for line in err.splitlines() if line.strip()]
        assert len(lines) == 1 and name in lines[0], err


async def test_migrate_then_audit_verify_on_a_fresh_embedded_database(tmp_path: Path) -> None:
    code, out, err = await run("migrate", env={}, cwd=tmp_path)
    assert code == 0, err
    assert "init" in out and (tmp_path / "var" / "fundguard.sqlite3").exists()
    key_file = tmp_path / "var" / "field-encryption.key"
    assert key_file.exists() and "generated" in err
    key = key_file.read_text()
    code, out, _ = await run("migrate", env={}, cwd=tmp_path)  # idempotent; the key is kept
    assert code == 0 and '"migrated": []' in out and key_file.read_text() == key
    code, out, _ = await run("audit", "verify", env={}, cwd=tmp_path)
    assert code == 0 and '"ok": true' in out


async def test_menu_push_sends_the_menu_to_wechat(tmp_path: Path) -> None:
    sim = Simulator(AccountConfig(url="", token="t", appid="wxmenu"))
    server = TestServer(create_simulator_app(sim, appid="wxmenu", secret="s"), host="127.0.0.1")
    await server.start_server()
    try:
        env = {
            "WECHAT_APPID": "wxmenu",
            "WECHAT_SECRET": "s",
            "FIELD_ENCRYPTION_KEY": TEST_FIELD_KEY,
            "WECHAT_API_BASE": str(server.make_url("")).rstrip("/"),
        }
        code, _out, err = await run("menu", "push", env=env, cwd=tmp_path)
        assert code == 0, err
        assert [b["name"] for b in sim.state.menu["button"]] == ["举报", "查信用", "参与"]
        code, _, err = await run("menu", "push", env={**env, "WECHAT_SECRET": "wrong"}, cwd=tmp_path)
        assert code == 1 and "40125" in err
    finally:
        await server.close()


async def test_health_readiness_and_metrics(stack: Stack) -> None:
    await stack.sim.send_text(openid(), "留言")
    async with aiohttp.ClientSession() as s:
        async with s.get(stack.url + "healthz") as r:
            assert r.status == 200 and (await r.json())["status"] == "ok"
            assert r.headers["X-Request-Id"]
        async with s.get(stack.url + "readyz") as r:
            body = await r.json()
            assert r.status == 200 and body["database"] == "ok" and body["redis"] == "ok"
        async with s.get(stack.url + "metrics") as r:
            text = await r.text()
    assert 'fundguard_http_requests_total{method="POST",route="/wechat",status="200"}' in text
    assert 'fundguard_flows_total{event="started",flow="feedback"} 1.0' in text
    assert "fundguard_http_request_seconds_bucket" in text


async def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_serve_and_worker_start_and_stop_gracefully_on_sigterm(tmp_path: Path) -> None:
    import signal

    code, _, err = await run("migrate", env={}, cwd=tmp_path)
    assert code == 0, err
    port = await _free_port()
    serve = await asyncio.create_subprocess_exec(
        FUNDGUARD,
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        cwd=tmp_path,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    worker = await asyncio.create_subprocess_exec(
        FUNDGUARD,
        "worker",
        cwd=tmp_path,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        healthy = False
        async with aiohttp.ClientSession() as s:
            for _ in range(200):
                try:
                    async with s.get(f"http://127.0.0.1:{port}/readyz") as r:
                        healthy = r.status == 200
                        break
                except aiohttp.ClientError:
                    await asyncio.sleep(0.1)
        assert healthy
        # Stop the worker only once it is up (before that, a signal finds Python still importing).
        assert worker.stderr is not None
        started = b""
        while b"worker started" not in started:
            line = await asyncio.wait_for(worker.stderr.readline(), 30)
            assert line, "the worker exited before starting"
            started += line
    finally:
        for proc in (serve, worker):
            proc.send_signal(signal.SIGTERM)
    serve_code = await asyncio.wait_for(serve.wait(), 30)
    worker_code = await asyncio.wait_for(worker.wait(), 30)
    assert serve_code == 0 and worker_code == 0
