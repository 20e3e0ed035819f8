"""The mini-program API fuzzed from its own OpenAPI document (Schemathesis): no request it generates may
get a 5xx, a status the document does not list, or a body that breaks the documented schema.

The service (embedded mode) and the WeChat simulator run in a thread of their own, because Schemathesis
drives the requests synchronously. Examples are derandomised and capped per operation, so the test is
the same every run and bounded in time.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from aiohttp import web
from aiohttp.test_utils import unused_port
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from handlers.miniprogram.openapi import document
from server.app import create_app
from simulator.app import Simulator, create_simulator_app
from simulator.pusher import AccountConfig
from storage import db
from tests.conftest import make_settings

SCHEMA = schemathesis.openapi.from_dict(document())
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


class LiveService:
    """create_app and the simulator on real ports, on an event loop in another thread."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.port, self.sim_port = unused_port(), unused_port()
        self.ready = threading.Event()
        self.loop = asyncio.new_event_loop()
        self.stopping: asyncio.Event | None = None
        self.failed: BaseException | None = None
        self.thread = threading.Thread(target=self._run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _run(self) -> None:
        try:
            self.loop.run_until_complete(self._serve())
        except BaseException as exc:  # reported by start()
            self.failed = exc
            self.ready.set()

    async def _serve(self) -> None:
        self.stopping = asyncio.Event()
        url = f"sqlite://{self.tmp / 'fuzz.sqlite3'}"
        await db.migrate(url)
        cfg = AccountConfig(url=f"{self.url}/wechat", token="spamtest", appid="wx2c2769f8efd9abc2")
        sim_app = create_simulator_app(Simulator(cfg), appid=cfg.appid, secret="test-secret")
        sim_url = f"http://127.0.0.1:{self.sim_port}"
        config = make_settings(
            self.tmp, DATABASE_URL=url, WECHAT_API_BASE=sim_url, WECHAT_OAUTH_BASE=sim_url,
            PUBLIC_BASE_URL=self.url,
        )  # fmt: skip
        runners = [web.AppRunner(sim_app), web.AppRunner(create_app(config, run_jobs=False))]
        for runner, port in zip(runners, (self.sim_port, self.port), strict=True):
            await runner.setup()
            await web.TCPSite(runner, "127.0.0.1", port).start()
        self.ready.set()
        try:
            await self.stopping.wait()
        finally:
            for runner in reversed(runners):
                await runner.cleanup()

    def start(self) -> None:
        self.thread.start()
        self.ready.wait(timeout=60)
        if self.failed is not None:
            raise self.failed

    def stop(self) -> None:
        if self.stopping is not None:
            self.loop.call_soon_threadsafe(self.stopping.set)
        self.thread.join(timeout=30)


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    service = LiveService(tmp_path_factory.mktemp("fuzz"))
    service.start()
    try:
        login = requests.post(f"{service.url}/api/v1/login", json={"code": "test:o-fuzzer"}, timeout=10)
        token = login.json()["token"]
        yield {"url": service.url, "headers": {"Authorization": f"Bearer {token}"}}
    finally:
        service.stop()


@SCHEMA.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_the_api_answers_every_generated_request_as_its_document_says(
    case: Any, live: dict[str, Any]
) -> None:
    headers = None if case.headers and "Authorization" in case.headers else live["headers"]
    case.call_and_validate(base_url=live["url"], headers=headers, checks=CHECKS, timeout=10)


def test_the_document_states_the_lengths_the_service_takes() -> None:
    from reports.intake import DESCRIPTION_CHARS, TARGET_CHARS
    from reports.queries import MESSAGE_CHARS
    from reward.shares import NAME_CHARS

    schemas = document()["components"]["schemas"]

    def bounds(model: str, field: str) -> tuple[int, int]:
        prop = schemas[model]["properties"][field]
        return prop["minLength"], prop["maxLength"]

    assert bounds("ReportIn", "description") == DESCRIPTION_CHARS == (10, 2000)
    assert bounds("ReportIn", "target_name") == TARGET_CHARS
    assert bounds("MessageIn", "body") == MESSAGE_CHARS == (1, 1000)
    assert bounds("ClaimIn", "name") == bounds("DeclineIn", "name") == NAME_CHARS == (2, 32)
    assert schemas["ReportIn"]["properties"]["category"]["anyOf"][0]["minLength"] == 1
    params = document()["paths"]["/api/v1/pharmacies"]["get"]["parameters"]
    said = {p["name"]: p["description"] for p in params}
    assert "二选一" in said["q"] and "二选一" in said["lat"] and "二选一" in said["lng"]
