"""A staff member at the console: signs in to /admin/api and calls it over real HTTP."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import aiohttp
from tortoise.transactions import in_transaction

from staff import service
from staff.models import StaffAccount
from tests.conftest import Stack

PASSWORD = "a long staff password"
ID_NUMBER = "11010519491231002X"
POLICY = service.StaffPolicy()


async def make_staff(
    username: str, roles: list[str], *, name: str = "", regions: tuple[str, ...] = ("demo",)
):
    async with in_transaction() as conn:
        account: StaffAccount = await service.create_staff(
            conn, username=username, display_name=name or username, password=PASSWORD, roles=roles,
            regions=list(regions), by="cli:test", policy=POLICY, now=datetime.now(UTC),
        )  # fmt: skip
    return account


@dataclass
class Console:
    stack: Stack
    http: aiohttp.ClientSession
    token: str | None = None
    me: dict[str, Any] = field(default_factory=dict)

    def url(self, path: str) -> str:
        return self.stack.url.rstrip("/") + path

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}

    async def login(self, username: str, password: str = PASSWORD) -> tuple[int, dict[str, Any]]:
        status, body = await self.call(
            "POST", "/admin/api/login", {"username": username, "password": password}
        )
        if status == 200:
            self.token, self.me = body["token"], body["me"]
        return status, body

    async def call(self, method: str, path: str, json: Any = None) -> tuple[int, dict[str, Any]]:
        async with self.http.request(method, self.url(path), json=json, headers=self.headers()) as resp:
            body = await resp.json() if resp.content_type == "application/json" else {}
            return resp.status, body

    async def ok(self, method: str, path: str, json: Any = None, *, status: int = 200) -> dict[str, Any]:
        got, body = await self.call(method, path, json)
        assert got == status, (got, body)
        return body

    async def download(self, path: str) -> tuple[int, str, bytes]:
        async with self.http.get(self.url(path), headers=self.headers()) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), await resp.read()


async def console(stack: Stack, http: aiohttp.ClientSession, username: str) -> Console:
    c = Console(stack, http)
    status, body = await c.login(username)
    assert status == 200, body
    return c


def phone_report(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "region": "demo",
        "channel": "phone",
        "category": "1",
        "target_code": "P3301000001",
        "target_name": "益丰大药房示范路店",
        "description": "来电反映药店允许用医保卡购买鸡蛋和洗发水，收银时按药品结算。",
    }
    return body | overrides


def named(**overrides: Any) -> dict[str, Any]:
    identity = {"name": "张三丰", "id_number": ID_NUMBER, "phone": "13800138000"}
    return phone_report(anonymous=False, identity=identity, sensitive_consent=True, **overrides)
