"""Staff second factor (TOTP): enrolment confirmed by a first code, a code accepted once, neighbours of
the current step allowed for clock drift, a reset, and the roles setting checked at start-up."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import pyotp
import pytest
from tortoise.transactions import in_transaction

from server.settings import SettingsError, load_settings
from staff import second_factor, service
from staff.errors import StaffError
from storage.crypto import FieldCipher
from storage.models import AuditEntry

NOW = datetime(2026, 12, 4, 3, 0, 0, tzinfo=UTC)
CIPHER = FieldCipher(bytes(range(32)))


async def enrolled_secret(staff_id: int) -> str:
    async with in_transaction() as conn:
        uri = await second_factor.begin_enrolment(conn, staff_id, username="head9", cipher=CIPHER, now=NOW)
    assert uri.startswith("otpauth://totp/") and "issuer=" in uri
    return parse_qs(urlsplit(uri).query)["secret"][0]


async def check(staff_id: int, code: str, at: datetime) -> None:
    async with in_transaction() as conn:
        refused = await second_factor.check_code(conn, staff_id, code, cipher=CIPHER, now=at)
    if refused is not None:
        raise refused


async def test_a_code_confirms_enrolment_and_is_accepted_only_once(database: str) -> None:
    async with in_transaction() as conn:
        account = await service.create_staff(
            conn, username="head9", display_name="赵科长", password="a long staff password",
            roles=["head"], regions=["demo"], by="cli:test", policy=service.StaffPolicy(), now=NOW,
        )  # fmt: skip
        assert await second_factor.state_of(conn, account.id) == "none"
    secret = await enrolled_secret(account.id)
    totp = pyotp.TOTP(secret)
    with pytest.raises(StaffError) as wrong:
        await check(account.id, "000000" if totp.at(NOW) != "000000" else "111111", NOW)
    assert wrong.value.code == "bad_second_factor"
    await check(account.id, totp.at(NOW), NOW)
    async with in_transaction() as conn:
        assert await second_factor.state_of(conn, account.id) == "enrolled"
    with pytest.raises(StaffError):  # the same code again, within its 30 seconds: a replay
        await check(account.id, totp.at(NOW), NOW + timedelta(seconds=5))
    later = NOW + timedelta(seconds=60)
    await check(account.id, totp.at(later - timedelta(seconds=30)), later)  # one step of drift
    with pytest.raises(StaffError):  # and not older than what was used
        await check(account.id, totp.at(NOW), later)
    async with in_transaction() as conn:
        with pytest.raises(StaffError) as again:
            await second_factor.begin_enrolment(conn, account.id, username="head9", cipher=CIPHER, now=NOW)
        assert again.value.code == "second_factor_enrolled"  # a new QR only after an admin's reset
        await second_factor.reset(conn, "head9", by="staff:1", now=later)
        assert await second_factor.state_of(conn, account.id) == "none"
    actions = [e.action for e in await AuditEntry.filter(subject=f"staff:{account.id}").order_by("id")]
    assert actions.count("staff.second_factor_failed") == 3 and "staff.second_factor_enrolled" in actions
    assert actions[-1] == "staff.second_factor_reset"


def test_the_second_factor_roles_must_be_roles(tmp_path: object) -> None:
    key = base64.b64encode(bytes(32)).decode()
    assert load_settings(STAFF_TOTP_ROLES="", FIELD_ENCRYPTION_KEY=key).staff_totp_roles == frozenset()
    assert load_settings(FIELD_ENCRYPTION_KEY=key).staff_totp_roles == {"head", "finance", "admin"}
    with pytest.raises(SettingsError, match="STAFF_TOTP_ROLES"):
        load_settings(STAFF_TOTP_ROLES="head,boss", FIELD_ENCRYPTION_KEY=key)
