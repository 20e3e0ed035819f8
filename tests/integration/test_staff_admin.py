"""Account administration on both backends: admins manage their regions' accounts only; lock ends
sessions and sign-in, unlock restores it; a reset password works once handed over; the audit log
filters by actor, subject, action and time and reports the chain's state."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher
from tortoise.transactions import in_transaction

from kernel.actors import Actor
from staff import admin, service
from staff.errors import StaffError
from staff.models import StaffSession

NOW = datetime(2026, 12, 2, 2, 0, tzinfo=UTC)
POLICY = service.StaffPolicy(hasher=PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
ADMIN = Actor(1000, "管理员", frozenset({"admin"}), frozenset({"demo"}))
PASSWORD = "a long staff password"


async def add(username: str, *, regions: list[str] | None = None, roles: list[str] | None = None) -> int:
    async with in_transaction() as conn:
        made = await admin.add_account(
            conn, actor=ADMIN, username=username, display_name=username, password=PASSWORD,
            roles=roles or ["intake"], regions=regions or ["demo"], policy=POLICY, now=NOW,
        )  # fmt: skip
    return int(made.id)


async def login(username: str, password: str = PASSWORD) -> service.LoginResult:
    async with in_transaction() as conn:
        return await service.login(
            conn, username=username, password=password, client_ip="127.0.0.1", policy=POLICY, now=NOW
        )


async def test_an_admin_manages_accounts_of_their_regions_only(database: str) -> None:
    clerk = await add("clerk1")
    with pytest.raises(StaffError) as refused:
        await add("north1", regions=["north"])
    assert refused.value.code == "forbidden"
    async with in_transaction() as conn:
        await service.create_staff(
            conn, username="north2", display_name="北区", password=PASSWORD, roles=["head"],
            regions=["north"], by="cli:test", policy=POLICY, now=NOW,
        )  # fmt: skip
    assert [a["username"] for a in await admin.accounts(ADMIN, now=NOW)] == ["clerk1"]
    async with in_transaction() as conn:
        done = await admin.change_account(
            conn, clerk, actor=ADMIN, policy=POLICY, now=NOW, roles=["head", "intake"]
        )
    assert done.roles == ["head", "intake"]
    with pytest.raises(StaffError):
        async with in_transaction() as conn:
            await admin.change_account(conn, clerk, actor=ADMIN, policy=POLICY, now=NOW, regions=["north"])
    outsider = Actor(5, "受理员", frozenset({"intake"}), frozenset({"demo"}))
    with pytest.raises(StaffError):
        await admin.accounts(outsider, now=NOW)


async def test_lock_ends_sessions_and_sign_in_and_a_reset_password_works(database: str) -> None:
    clerk = await add("clerk1")
    assert (await login("clerk1")).token is not None
    async with in_transaction() as conn:
        locked = await admin.change_account(conn, clerk, actor=ADMIN, policy=POLICY, now=NOW, locked=True)
    assert not locked.active
    assert await StaffSession.filter(staff_id=clerk, revoked_at=None).count() == 0
    assert (await login("clerk1")).refusal is not None
    async with in_transaction() as conn:
        await admin.change_account(conn, clerk, actor=ADMIN, policy=POLICY, now=NOW, locked=False)
    assert (await login("clerk1")).token is not None
    async with in_transaction() as conn:
        reset = await admin.reset_password(conn, clerk, actor=ADMIN, policy=POLICY, now=NOW)
    assert len(reset.temporary_password) == 14
    assert (await login("clerk1")).refusal is not None  # the old one no longer works
    assert (await login("clerk1", reset.temporary_password)).token is not None
    me = await add("admin2", roles=["admin"])
    self_admin = Actor(me, "管理员乙", frozenset({"admin"}), frozenset({"demo"}))
    with pytest.raises(StaffError):
        async with in_transaction() as conn:
            await admin.change_account(conn, me, actor=self_admin, policy=POLICY, now=NOW, locked=True)


async def test_the_audit_log_filters_and_reports_the_chain(database: str) -> None:
    clerk = await add("clerk1")
    await add("clerk2")
    async with in_transaction() as conn:
        await admin.change_account(conn, clerk, actor=ADMIN, policy=POLICY, now=NOW, locked=True)
    found = await admin.audit_log(ADMIN, subject=f"staff:{clerk}")
    assert [e["action"] for e in found["entries"]] == ["staff.updated", "staff.created"]
    assert found["chain"] == {"ok": True, "checked": 3, "first_bad_id": None, "reason": ""}
    assert len((await admin.audit_log(ADMIN, action="staff.*"))["entries"]) == 3
    assert len((await admin.audit_log(ADMIN, action="staff.created", who=ADMIN.label))["entries"]) == 2
    assert (await admin.audit_log(ADMIN, since=NOW + timedelta(seconds=1)))["entries"] == []
    page = await admin.audit_log(ADMIN, limit=2)
    assert page["next_before_id"] is not None
    rest = await admin.audit_log(ADMIN, before_id=page["next_before_id"])
    assert len(page["entries"]) + len(rest["entries"]) == 3
