"""The staff API asks the roles of STAFF_TOTP_ROLES for their second factor, as the console does: a
password alone never gives a head, finance or admin a session."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

import aiohttp
import pyotp
import pytest
from tortoise.transactions import in_transaction

from staff import second_factor
from storage.crypto import FieldCipher
from storage.models import AuditEntry
from tests.conftest import TEST_FIELD_KEY, StackFactory
from tests.e2e.admin_client import PASSWORD, Console, make_staff


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


async def _enrol(staff_id: int, username: str) -> pyotp.TOTP:
    import base64

    cipher = FieldCipher(base64.b64decode(TEST_FIELD_KEY))
    async with in_transaction() as conn:
        uri = await second_factor.begin_enrolment(
            conn, staff_id, username=username, cipher=cipher, now=datetime.now(UTC)
        )
    return pyotp.TOTP(parse_qs(urlsplit(uri).query)["secret"][0])


async def test_a_head_needs_the_code_at_the_api_and_a_password_alone_opens_nothing(
    make_stack: StackFactory, http: aiohttp.ClientSession
) -> None:
    stack = await make_stack(STAFF_TOTP_ROLES="head,finance,admin")
    head = await make_staff("head1", ["head"], name="王科长")
    await make_staff("intake1", ["intake"], name="受理员小陈")
    api = Console(stack, http)
    status, body = await api.login("head1")
    assert status == 401 and body["code"] == "second_factor_required" and api.token is None
    # The session the password opened was closed again at once.
    actions = [e.action for e in await AuditEntry.all().order_by("id")]
    assert actions[-2:] == ["staff.login", "staff.logout"]
    status, body = await api.call(
        "POST", "/admin/api/login", {"username": "head1", "password": PASSWORD, "totp_code": "123456"}
    )
    assert status == 401 and body["code"] == "second_factor_missing"  # enrolment happens in the console
    totp = await _enrol(head.id, "head1")
    code = totp.now()
    good = {"username": "head1", "password": PASSWORD, "totp_code": code}
    status, body = await api.call("POST", "/admin/api/login", good)
    assert status == 200 and body["me"]["roles"] == ["head"]
    api.token = body["token"]
    assert (await api.ok("GET", "/admin/api/me"))["name"] == "王科长"
    again = Console(stack, http)
    status, body = await again.call("POST", "/admin/api/login", good)  # a code works once
    assert status == 401 and body["code"] == "bad_second_factor" and again.token is None
    clerk = Console(stack, http)
    assert (await clerk.login("intake1"))[0] == 200  # intake is not a second-factor role
