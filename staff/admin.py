"""Account administration for the admin role: accounts of the regions an admin administers — add,
roles, regions, lock and unlock, reset password (a temporary one, shown once) — and the audit log
query with the chain's verification state. Every change goes through ``service.update_staff`` or
``service.create_staff``, which audit it without secrets; a lock or reset ends the sessions."""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from kernel.actors import Actor
from staff import second_factor, service
from staff.errors import StaffError
from staff.models import StaffAccount, StaffSession
from storage import audit
from storage.models import AuditEntry

ADMIN_ROLE = "admin"
# Letters and digits a person reads over the phone without confusion (no 0/O, 1/l/I).
_TEMP_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ"


def _admin_regions(actor: Actor) -> frozenset[str]:
    regions = frozenset(r for r in actor.regions if actor.has(ADMIN_ROLE, r))
    if not regions:
        raise StaffError("forbidden")
    return regions


def _within(actor: Actor, regions: Iterable[str]) -> None:
    """An admin manages accounts of their own regions only, and grants no region they do not hold."""
    if not set(regions) <= _admin_regions(actor):
        raise StaffError("forbidden")


def account_json(a: StaffAccount, *, now: datetime) -> dict[str, Any]:
    return {
        "id": a.id,
        "username": a.username,
        "name": a.display_name,
        "roles": list(a.roles),
        "regions": list(a.regions),
        "active": a.active,
        "locked_out": a.locked_until is not None and a.locked_until > now,  # after failed sign-ins
        "failed_logins": a.failed_logins,
        "last_login_at": a.last_login_at.isoformat() if a.last_login_at else None,
        "created_at": a.created_at.isoformat(),
    }


async def accounts(actor: Actor, *, now: datetime) -> list[dict[str, Any]]:
    """Accounts with a region the admin administers, by user name."""
    mine = _admin_regions(actor)
    return [account_json(a, now=now) for a in await service.list_staff() if set(a.regions) & mine]


async def _account(conn: BaseDBAsyncClient, actor: Actor, staff_id: int) -> StaffAccount:
    account = await StaffAccount.filter(id=staff_id).using_db(conn).first()
    if account is None:
        raise StaffError("unknown_staff")
    _within(actor, account.regions)
    return account


async def add_account(
    conn: BaseDBAsyncClient,
    *,
    actor: Actor,
    username: str,
    display_name: str,
    password: str,
    roles: list[str],
    regions: list[str],
    policy: service.StaffPolicy,
    now: datetime,
) -> StaffAccount:
    _within(actor, regions)
    return await service.create_staff(
        conn, username=username, display_name=display_name, password=password, roles=roles, regions=regions,
        by=actor.label, policy=policy, now=now,
    )  # fmt: skip


async def change_account(
    conn: BaseDBAsyncClient,
    staff_id: int,
    *,
    actor: Actor,
    policy: service.StaffPolicy,
    now: datetime,
    roles: list[str] | None = None,
    regions: list[str] | None = None,
    locked: bool | None = None,
) -> StaffAccount:
    """Roles, regions, or lock (the account is deactivated and its sessions end) / unlock (active
    again, failed sign-ins forgotten). An admin cannot lock themself out or drop their own admin role."""
    account = await _account(conn, actor, staff_id)
    if regions is not None:
        _within(actor, regions)
    if account.id == actor.id and (locked or (roles is not None and ADMIN_ROLE not in roles)):
        raise StaffError("forbidden")
    return await service.update_staff(
        conn, account.username, by=actor.label, policy=policy, now=now, roles=roles, regions=regions,
        active=None if locked is None else not locked, unlock=locked is False,
    )  # fmt: skip


@dataclass(frozen=True)
class PasswordReset:
    account: StaffAccount
    temporary_password: str  # shown once to the admin, to hand over; only its hash is kept


async def reset_password(
    conn: BaseDBAsyncClient, staff_id: int, *, actor: Actor, policy: service.StaffPolicy, now: datetime
) -> PasswordReset:
    """A new random password for the account (its sessions end; a lockout is lifted)."""
    account = await _account(conn, actor, staff_id)
    temporary = "".join(secrets.choice(_TEMP_ALPHABET) for _ in range(14))
    done = await service.update_staff(
        conn, account.username, by=actor.label, policy=policy, now=now, password=temporary, unlock=True
    )
    return PasswordReset(done, temporary)


def entry_json(e: AuditEntry) -> dict[str, Any]:
    return {
        "id": e.id,
        "at": e.at.isoformat(),
        "actor": e.actor,
        "action": e.action,
        "subject": e.subject,
        "detail": e.detail,
        "hash": e.hash,
    }


async def audit_log(
    actor: Actor,
    *,
    who: str | None = None,
    subject: str | None = None,
    action: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    before_id: int | None = None,
    limit: int = 100,
) -> dict[str, Any]:
    """Entries newest first (keyset on id) filtered by actor label, subject, action (a trailing ``*``
    matches a prefix, e.g. ``report.*``) and time, with the whole chain's verification state."""
    _admin_regions(actor)
    query = AuditEntry.all()
    if who:
        query = query.filter(actor=who)
    if subject:
        query = query.filter(subject=subject)
    if action:
        query = (
            query.filter(action__startswith=action[:-1])
            if action.endswith("*")
            else query.filter(action=action)
        )
    if since:  # in UTC, the zone rows are stored in (SQLite compares the stored text)
        query = query.filter(at__gte=since.astimezone(UTC))
    if until:
        query = query.filter(at__lt=until.astimezone(UTC))
    if before_id:
        query = query.filter(id__lt=before_id)
    rows = await query.order_by("-id").limit(max(1, min(limit, 500)))
    chain = await audit.verify()
    return {
        "entries": [entry_json(e) for e in rows],
        "next_before_id": rows[-1].id if len(rows) == limit and rows else None,
        "chain": {
            "ok": chain.ok,
            "checked": chain.checked,
            "first_bad_id": chain.first_bad_id,
            "reason": chain.reason,
        },
    }


async def reset_second_factor(
    conn: BaseDBAsyncClient, staff_id: int, *, actor: Actor, now: datetime
) -> StaffAccount:
    """Forget the account's TOTP secret (a lost phone): it enrols again at its next sign-in. Its sessions
    end, since one may be in the hands of whoever has the phone."""
    account = await _account(conn, actor, staff_id)
    await second_factor.reset(conn, account.username, by=actor.label, now=now)
    await StaffSession.filter(staff_id=account.id, revoked_at=None).using_db(conn).update(revoked_at=now)
    return account
