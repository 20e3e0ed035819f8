"""Staff accounts, argon2id passwords, lockout and sessions (POLICY §9: access control on identity).

Every login, failed login, lockout, logout and account change is appended to the audit chain in the
caller's transaction. A refused login is *returned*, not raised, so the caller's transaction commits
the failure counter and its audit entry (a raised error would roll them back).
"""

from __future__ import annotations

import asyncio
import hashlib
import math
import re
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cached_property

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError

from kernel.actors import ROLES, Actor
from staff.errors import StaffError
from staff.models import StaffAccount, StaffSession
from storage import audit

_USERNAME = re.compile(r"[a-z0-9][a-z0-9_.-]{2,31}", re.ASCII)
_REGION = re.compile(r"[a-z0-9_-]{1,32}", re.ASCII)
MIN_PASSWORD, MAX_PASSWORD = 10, 128


@dataclass(frozen=True)
class StaffPolicy:
    """The numbers of staff sign-in; the defaults are what the service runs with."""

    max_failures: int = 5  # consecutive wrong passwords before the account is locked
    lockout: timedelta = timedelta(minutes=15)
    idle_timeout: timedelta = timedelta(hours=12)
    absolute_timeout: timedelta = timedelta(days=7)
    touch_every: timedelta = timedelta(minutes=1)  # last_seen_at is written at most this often
    login_per_ip: int = 30  # login attempts per address per window (storage.ratelimit)
    login_window_seconds: int = 300
    # argon2id with argon2-cffi's defaults (RFC 9106 low-memory profile: t=3, m=64 MiB, p=4).
    hasher: PasswordHasher = field(default_factory=PasswordHasher, compare=False)

    @cached_property
    def dummy_hash(self) -> str:
        """Verified against when the user name is unknown, so timing does not tell which names exist."""
        return self.hasher.hash(secrets.token_urlsafe(16))


@dataclass(frozen=True)
class LoginResult:
    """A session (``token`` shown once to the client) or the ``refusal`` to answer with."""

    actor: Actor | None = None
    token: str | None = None
    expires_at: datetime | None = None
    refusal: StaffError | None = None


# -- values ---------------------------------------------------------------------------------------


def normalise_username(raw: str) -> str:
    name = raw.strip().lower()
    if not _USERNAME.fullmatch(name):
        raise StaffError("bad_username")
    return name


def checked_roles(roles: Iterable[str]) -> list[str]:
    out = sorted({r.strip() for r in roles if r.strip()})
    if not out or any(r not in ROLES for r in out):
        raise StaffError("bad_role")
    return out


def checked_regions(regions: Iterable[str]) -> list[str]:
    out = sorted({r.strip() for r in regions if r.strip()})
    if not out or any(not _REGION.fullmatch(r) for r in out):
        raise StaffError("bad_region")
    return out


def _checked_display_name(raw: str) -> str:
    name = raw.strip()
    if not 1 <= len(name) <= 64:
        raise StaffError("bad_display_name")
    return name


async def hash_password(password: str, *, policy: StaffPolicy) -> str:
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise StaffError("weak_password")
    # argon2 is deliberately slow and memory-hard: keep it off the event loop.
    return await asyncio.to_thread(policy.hasher.hash, password)


async def _password_ok(stored: str, password: str, *, policy: StaffPolicy) -> bool:
    try:
        return await asyncio.to_thread(policy.hasher.verify, stored, password)
    except (VerificationError, InvalidHashError):
        return False


def token_hash(token: str) -> str:
    """Session tokens carry 256 random bits, so a plain SHA-256 cannot be inverted by guessing."""
    return hashlib.sha256(token.encode()).hexdigest()


def new_token() -> str:
    return "fgs_" + secrets.token_urlsafe(32)


def actor_of(account: StaffAccount) -> Actor:
    return Actor(
        id=account.id,
        name=account.display_name,
        roles=frozenset(account.roles),
        regions=frozenset(account.regions),
    )


# -- accounts -------------------------------------------------------------------------------------


async def create_staff(
    conn: BaseDBAsyncClient,
    *,
    username: str,
    display_name: str,
    password: str,
    roles: Iterable[str],
    regions: Iterable[str],
    by: str,
    policy: StaffPolicy,
    now: datetime,
) -> StaffAccount:
    """A new active account; ``by`` is who created it (``staff:N`` or ``cli:USER``)."""
    name = normalise_username(username)
    values = {
        "display_name": _checked_display_name(display_name),
        "roles": checked_roles(roles),
        "regions": checked_regions(regions),
    }
    if await StaffAccount.filter(username=name).using_db(conn).exists():
        raise StaffError("username_taken")
    hashed = await hash_password(password, policy=policy)
    try:
        account = await StaffAccount.create(using_db=conn, username=name, password_hash=hashed, **values)
    except IntegrityError:
        raise StaffError("username_taken") from None
    await audit.append(
        conn,
        actor=by,
        action="staff.created",
        subject=f"staff:{account.id}",
        detail={"username": name, "roles": values["roles"], "regions": values["regions"]},
        now=now,
    )
    return account


async def update_staff(
    conn: BaseDBAsyncClient,
    username: str,
    *,
    by: str,
    policy: StaffPolicy,
    now: datetime,
    roles: Iterable[str] | None = None,
    regions: Iterable[str] | None = None,
    active: bool | None = None,
    password: str | None = None,
    unlock: bool = False,
) -> StaffAccount:
    """Change an account; a new password or deactivation ends its sessions. Audited without secrets."""
    account = await (
        StaffAccount.filter(username=normalise_username(username)).using_db(conn).select_for_update().first()
    )
    if account is None:
        raise StaffError("unknown_staff")
    changed: dict[str, object] = {}
    if roles is not None:
        account.roles = changed["roles"] = checked_roles(roles)
    if regions is not None:
        account.regions = changed["regions"] = checked_regions(regions)
    if active is not None:
        account.active = changed["active"] = active
    if password is not None:
        account.password_hash = await hash_password(password, policy=policy)
        changed["password"] = "changed"
    if unlock:
        account.failed_logins, account.locked_until = 0, None
        changed["unlocked"] = True
    await account.save(using_db=conn)
    if password is not None or active is False:
        await StaffSession.filter(staff_id=account.id, revoked_at=None).using_db(conn).update(revoked_at=now)
    await audit.append(
        conn, actor=by, action="staff.updated", subject=f"staff:{account.id}", detail=changed, now=now
    )
    return account


async def list_staff() -> list[StaffAccount]:
    return await StaffAccount.all().order_by("username")


async def active_actor(conn: BaseDBAsyncClient, staff_id: int) -> Actor:
    """The acting identity of an active account, e.g. the assignee of a report."""
    account = await StaffAccount.filter(id=staff_id, active=True).using_db(conn).first()
    if account is None:
        raise StaffError("unknown_staff")
    return actor_of(account)


async def names_of(ids: Iterable[int]) -> dict[int, str]:
    wanted = set(ids)
    if not wanted:
        return {}
    rows = await StaffAccount.filter(id__in=wanted).values_list("id", "display_name")
    return {int(i): str(n) for i, n in rows}


# -- sign-in --------------------------------------------------------------------------------------


def _lock_hint(until: datetime, now: datetime) -> str:
    minutes = max(1, math.ceil((until - now).total_seconds() / 60))
    return f"多次登录失败，账号已暂时锁定，请约{minutes}分钟后再试，或联系管理员解锁。"


async def login(
    conn: BaseDBAsyncClient,
    *,
    username: str,
    password: str,
    client_ip: str,
    policy: StaffPolicy,
    now: datetime,
    make_token: Callable[[], str] = new_token,
) -> LoginResult:
    """Check a password and open a session. Unknown names, wrong passwords, inactive and locked
    accounts all get the same ``bad_credentials`` refusal (a locked one with a hint).

    An unknown user name is not written to the audit log: people type passwords into that box.
    """
    try:
        name = normalise_username(username)
    except StaffError:
        name = ""
    account = (
        await StaffAccount.filter(username=name).using_db(conn).select_for_update().first() if name else None
    )

    async def refuse(reason: str, hint: str | None = None, **extra: object) -> LoginResult:
        subject = f"staff:{account.id}" if account else "staff:unknown"
        detail = {"reason": reason, "ip": client_ip, **extra}
        await audit.append(
            conn, actor=subject, action="staff.login_failed", subject=subject, detail=detail, now=now
        )
        return LoginResult(refusal=StaffError("bad_credentials", detail=hint))

    if account is None or not account.active:
        await _password_ok(policy.dummy_hash, password, policy=policy)
        return await refuse("unknown_user" if account is None else "inactive")
    if account.locked_until is not None and account.locked_until > now:
        return await refuse("locked", _lock_hint(account.locked_until, now))
    if not await _password_ok(account.password_hash, password, policy=policy):
        account.failed_logins += 1
        locked = account.failed_logins >= policy.max_failures
        if locked:
            account.locked_until, account.failed_logins = now + policy.lockout, 0
        await account.save(using_db=conn, update_fields=["failed_logins", "locked_until", "updated_at"])
        if locked:
            await audit.append(
                conn,
                actor=f"staff:{account.id}",
                action="staff.locked",
                subject=f"staff:{account.id}",
                detail={"until": (now + policy.lockout).isoformat(), "ip": client_ip},
                now=now,
            )
            return await refuse("bad_password", _lock_hint(now + policy.lockout, now))
        return await refuse("bad_password", failures=account.failed_logins)

    account.failed_logins, account.locked_until, account.last_login_at = 0, None, now
    if policy.hasher.check_needs_rehash(account.password_hash):
        account.password_hash = await asyncio.to_thread(policy.hasher.hash, password)
    await account.save(using_db=conn)
    token = make_token()
    expires_at = now + policy.absolute_timeout
    session = await StaffSession.create(
        using_db=conn,
        token_hash=token_hash(token),
        staff_id=account.id,
        created_at=now,
        last_seen_at=now,
        expires_at=expires_at,
        client_ip=client_ip[:64],
    )
    await audit.append(
        conn,
        actor=f"staff:{account.id}",
        action="staff.login",
        subject=f"staff:{account.id}",
        detail={"session": session.id, "ip": client_ip},
        now=now,
    )
    return LoginResult(actor=actor_of(account), token=token, expires_at=expires_at)


async def resolve_session(token: str, *, policy: StaffPolicy, now: datetime) -> Actor:
    """The staff member a session token stands for; ``not_logged_in`` when unknown, revoked or expired
    (idle too long, or past its absolute lifetime), or when the account has been deactivated."""
    session = None
    if token:
        session = await StaffSession.filter(token_hash=token_hash(token), revoked_at=None).first()
    if session is None or session.expires_at <= now or session.last_seen_at + policy.idle_timeout <= now:
        raise StaffError("not_logged_in")
    account = await StaffAccount.filter(id=session.staff_id, active=True).first()
    if account is None:
        raise StaffError("not_logged_in")
    if now - session.last_seen_at >= policy.touch_every:
        await StaffSession.filter(id=session.id).update(last_seen_at=now)
    return actor_of(account)


async def logout(conn: BaseDBAsyncClient, token: str, *, actor: Actor, now: datetime) -> None:
    await (
        StaffSession.filter(token_hash=token_hash(token), revoked_at=None)
        .using_db(conn)
        .update(revoked_at=now)
    )
    await audit.append(conn, actor=actor.label, action="staff.logout", subject=actor.label, now=now)
