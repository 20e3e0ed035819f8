"""Staff accounts on real PostgreSQL and embedded SQLite: passwords, lockout, sessions, audit, CLI."""

from __future__ import annotations

import asyncio
import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from tortoise import connections
from tortoise.transactions import in_transaction

from staff import service
from staff.errors import StaffError
from staff.models import StaffAccount, StaffSession
from staff.service import StaffPolicy
from storage import audit
from storage.models import AuditEntry
from tests.conftest import TEST_FIELD_KEY

PASSWORD = "correct horse battery"
NOW = datetime(2026, 10, 9, 1, 0, tzinfo=UTC)
FUNDGUARD = str(Path(sys.executable).with_name("fundguard"))


@pytest.fixture
def policy() -> StaffPolicy:
    return StaffPolicy()


async def add(policy: StaffPolicy, username: str = "zhang.san", **kw: object) -> StaffAccount:
    values: dict[str, object] = {"display_name": "张三", "roles": ["intake"], "regions": ["demo"]} | kw
    async with in_transaction() as conn:
        return await service.create_staff(
            conn, username=username, password=PASSWORD, by="cli:test", policy=policy, now=NOW, **values
        )  # type: ignore[arg-type]


async def login(policy: StaffPolicy, password: str, *, now: datetime = NOW, username: str = "zhang.san"):
    async with in_transaction() as conn:
        return await service.login(
            conn, username=username, password=password, client_ip="10.1.2.3", policy=policy, now=now
        )


async def test_a_new_account_keeps_only_an_argon2id_hash_and_is_audited(database: str, policy) -> None:
    account = await add(policy, roles=["head", "intake"], regions=["demo", "north"])
    rows = await connections.get("default").execute_query_dict("SELECT * FROM staff_account")
    assert PASSWORD not in repr(rows) and rows[0]["password_hash"].startswith("$argon2id$")
    assert account.roles == ["head", "intake"] and account.regions == ["demo", "north"]
    entry = await AuditEntry.get(action="staff.created")
    assert entry.subject == f"staff:{account.id}" and entry.detail["roles"] == ["head", "intake"]
    assert PASSWORD not in repr(entry.detail)
    with pytest.raises(StaffError) as err:
        await add(policy, username="Zhang.San")
    assert err.value.code == "username_taken"


@pytest.mark.parametrize(
    ("overrides", "code"),
    [
        ({"username": "x"}, "bad_username"),
        ({"roles": ["cashier"]}, "bad_role"),
        ({"regions": []}, "bad_region"),
        ({"regions": ["Demo Region"]}, "bad_region"),
        ({"display_name": " "}, "bad_display_name"),
    ],
)
async def test_bad_account_details_are_refused_in_chinese(
    database: str, policy, overrides: dict[str, object], code: str
) -> None:
    with pytest.raises(StaffError) as err:
        await add(policy, **overrides)  # type: ignore[arg-type]
    assert err.value.code == code and err.value.message
    assert await StaffAccount.all().count() == 0


async def test_a_short_password_is_refused(database: str, policy) -> None:
    async with in_transaction() as conn:
        with pytest.raises(StaffError) as err:
            await service.create_staff(
                conn, username="li.si", display_name="李四", password="short", roles=["head"],
                regions=["demo"], by="cli:test", policy=policy, now=NOW,
            )  # fmt: skip
    assert err.value.code == "weak_password"


async def test_five_wrong_passwords_lock_the_account_for_fifteen_minutes(database: str, policy) -> None:
    account = await add(policy)
    for _ in range(4):
        result = await login(policy, "wrong password")
        assert result.refusal is not None and result.refusal.message == "用户名或密码错误。"
    fifth = await login(policy, "wrong password")
    assert fifth.refusal is not None and fifth.refusal.code == "bad_credentials"
    assert "锁定" in fifth.refusal.message and "15分钟" in fifth.refusal.message
    # Locked: even the right password is refused, the same way plus the hint.
    locked = await login(policy, PASSWORD, now=NOW + timedelta(minutes=5))
    assert locked.refusal is not None and locked.token is None
    assert locked.refusal.message.startswith("用户名或密码错误。") and "10分钟" in locked.refusal.message
    after = await login(policy, PASSWORD, now=NOW + timedelta(minutes=15, seconds=1))
    assert after.refusal is None and after.token is not None
    assert (await StaffAccount.get(id=account.id)).failed_logins == 0
    actions = [e.action for e in await AuditEntry.all().order_by("id")]
    assert actions.count("staff.login_failed") == 6 and actions.count("staff.locked") == 1
    assert actions[-1] == "staff.login" and (await audit.verify()).ok


async def test_an_unknown_user_is_refused_like_a_wrong_password_and_its_name_is_not_logged(
    database: str, policy
) -> None:
    await add(policy)
    result = await login(policy, PASSWORD, username="my-secret-password")
    assert result.refusal is not None and result.refusal.message == "用户名或密码错误。"
    entry = await AuditEntry.get(action="staff.login_failed")
    assert entry.subject == "staff:unknown" and "my-secret-password" not in repr(entry.detail)


async def test_sessions_end_when_idle_or_old_or_logged_out_and_only_a_hash_is_stored(
    database: str, policy
) -> None:
    await add(policy)
    first = await login(policy, PASSWORD)
    assert first.token is not None and first.expires_at == NOW + timedelta(days=7)
    rows = await connections.get("default").execute_query_dict("SELECT * FROM staff_session")
    assert first.token not in repr(rows) and rows[0]["token_hash"] == service.token_hash(first.token)
    # Used every 11 hours, the session lives until its absolute end (7 days).
    moment = NOW
    while moment + timedelta(hours=11) < NOW + timedelta(days=7):
        moment += timedelta(hours=11)
        actor = await service.resolve_session(first.token, policy=policy, now=moment)
        assert actor.roles == frozenset({"intake"})
    with pytest.raises(StaffError):
        await service.resolve_session(first.token, policy=policy, now=NOW + timedelta(days=7))
    second = await login(policy, PASSWORD)
    assert second.token is not None
    with pytest.raises(StaffError) as err:  # idle for 12 hours
        await service.resolve_session(second.token, policy=policy, now=NOW + timedelta(hours=12))
    assert err.value.code == "not_logged_in"
    third = await login(policy, PASSWORD)
    assert third.token is not None and third.actor is not None
    async with in_transaction() as conn:
        await service.logout(conn, third.token, actor=third.actor, now=NOW)
    with pytest.raises(StaffError):
        await service.resolve_session(third.token, policy=policy, now=NOW)
    assert await AuditEntry.filter(action="staff.logout").count() == 1


async def test_deactivating_or_changing_the_password_ends_sessions(database: str, policy) -> None:
    await add(policy)
    session = await login(policy, PASSWORD)
    assert session.token is not None
    async with in_transaction() as conn:
        await service.update_staff(
            conn, "zhang.san", by="staff:9", policy=policy, now=NOW, password="another long secret"
        )
    with pytest.raises(StaffError):
        await service.resolve_session(session.token, policy=policy, now=NOW)
    assert (await login(policy, PASSWORD)).refusal is not None
    fresh = await login(policy, "another long secret")
    assert fresh.token is not None
    async with in_transaction() as conn:
        await service.update_staff(conn, "zhang.san", by="staff:9", policy=policy, now=NOW, active=False)
    with pytest.raises(StaffError):
        await service.resolve_session(fresh.token, policy=policy, now=NOW)
    assert await StaffSession.filter(revoked_at=None).count() == 0
    changes = [e.detail for e in await AuditEntry.filter(action="staff.updated").order_by("id")]
    assert changes == [{"password": "changed"}, {"active": False}]


async def test_staff_add_reads_the_password_from_stdin_and_staff_list_shows_the_account(
    database: str, tmp_path: Path
) -> None:
    env = {**os.environ, "DATABASE_URL": database, "FIELD_ENCRYPTION_KEY": TEST_FIELD_KEY}

    async def run(*args: str, stdin: bytes = b"") -> tuple[int, str, str]:
        proc = await asyncio.create_subprocess_exec(
            FUNDGUARD, "staff", *args, env=env, cwd=tmp_path, stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        out, err = await asyncio.wait_for(proc.communicate(stdin), timeout=60)
        return proc.returncode or 0, out.decode(), err.decode()

    add_args = ["--username", "wang.wu", "--name", "王五", "--roles", "intake,head", "--regions", "demo"]
    code, out, err = await run("add", *add_args, "--password-stdin", stdin=f"{PASSWORD}\n".encode())
    assert code == 0, err
    assert '"username": "wang.wu"' in out and '"roles": ["head", "intake"]' in out
    code, _out, err = await run("add", *add_args, "--password-stdin", stdin=f"{PASSWORD}\n".encode())
    assert code == 1 and "已被使用" in err
    code, out, err = await run("list")
    assert code == 0 and "wang.wu" in out and "王五" in out and "启用" in out, err
    assert PASSWORD not in out
    code, out, err = await run("set", "--username", "wang.wu", "--disable")
    assert code == 0, err
    account = await StaffAccount.get(username="wang.wu")
    assert not account.active and account.password_hash.startswith("$argon2id$")
    assert [e.action for e in await AuditEntry.all().order_by("id")] == ["staff.created", "staff.updated"]
