"""``fundguard simulator --port P`` runs the WeChat and WeChat Pay simulator alone, and a service pointed
at it works as against the demo's."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
from aiohttp.test_utils import TestServer, unused_port

from server.app import create_app
from tests.conftest import make_settings
from tests.integration.test_cli_and_ops import FUNDGUARD

APPID, SECRET = "wx2c2769f8efd9abc2", "test-secret"


@pytest.fixture
async def simulator(tmp_path: Path) -> AsyncIterator[str]:
    port = unused_port()
    env = {**os.environ, "WECHAT_APPID": APPID, "WECHAT_SECRET": SECRET, "VAR_DIR": str(tmp_path / "var")}
    proc = await asyncio.create_subprocess_exec(
        FUNDGUARD, "simulator", "--port", str(port), env=env, cwd=tmp_path,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        line = (await asyncio.wait_for(proc.stdout.readline(), timeout=60)).decode()
        assert f"http://127.0.0.1:{port}" in line and "/wechat" in line, line
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()  # the process this test started, by its own handle
        await proc.wait()


async def test_the_standalone_simulator_serves_wechat_wechat_pay_and_the_chat_page(
    simulator: str, database: str, tmp_path: Path
) -> None:
    async with aiohttp.ClientSession() as http:
        async with http.get(simulator + "/sim/") as page:
            assert page.status == 200 and "text/html" in page.headers["Content-Type"]
        token = {"grant_type": "client_credential", "appid": APPID, "secret": SECRET}
        async with http.post(simulator + "/cgi-bin/stable_token", json=token) as resp:
            assert "access_token" in await resp.json()
        async with http.get(simulator + "/sim/pay/ledger") as resp:
            assert resp.status == 200  # WeChat Pay on the same port

        # A service pointed at it signs a mini-program user in through it.
        settings = make_settings(
            tmp_path, DATABASE_URL=database, WECHAT_APPID=APPID, WECHAT_SECRET=SECRET,
            WECHAT_API_BASE=simulator, WECHAT_OAUTH_BASE=simulator,
        )  # fmt: skip
        server = TestServer(create_app(settings, manage_db=False, run_jobs=False), host="127.0.0.1")
        await server.start_server()
        try:
            login = str(server.make_url("/api/v1/login"))
            async with http.post(login, json={"code": "test:o-standalone"}) as resp:
                assert resp.status == 200 and (await resp.json())["token"]
        finally:
            await server.close()
