"""Start-up checks: a command reaches what it needs before it starts, or exits with one line naming the
setting and the address it could not reach (never a traceback, never a web process answering 500s)."""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

import asyncpg
import redis.asyncio as aioredis

from server.settings import Settings

TIMEOUT_SECONDS = 5.0


class Unreachable(Exception):
    """One line for the operator: which setting, which address, what went wrong."""

    def __init__(self, setting: str, address: str, reason: str) -> None:
        super().__init__(f"cannot reach {setting} at {address}: {reason}")


def address_of(url: str) -> str:
    """host:port/db of a URL, without its user or password (the line goes to logs)."""
    parts = urlsplit(url)
    if parts.scheme.startswith("sqlite"):
        return url
    if parts.scheme == "unix":
        return parts.path
    host = parts.hostname or "localhost"
    port = f":{parts.port}" if parts.port else ""
    return f"{host}{port}{parts.path}"


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


async def check_database(url: str) -> None:
    if not url.startswith(("postgres", "asyncpg")):
        return  # SQLite: a local file the ORM creates; nothing to reach
    dsn = url.replace("asyncpg://", "postgres://", 1)
    try:
        conn = await asyncio.wait_for(asyncpg.connect(dsn, timeout=TIMEOUT_SECONDS), TIMEOUT_SECONDS + 1)
    except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
        raise Unreachable("DATABASE_URL", address_of(url), _reason(exc)) from None
    await conn.close()


async def check_redis(url: str | None) -> None:
    if not url:
        return  # embedded mode: the in-process stand-in
    client = aioredis.Redis.from_url(
        url, socket_connect_timeout=TIMEOUT_SECONDS, socket_timeout=TIMEOUT_SECONDS
    )
    try:
        await client.ping()
    except (OSError, TimeoutError, aioredis.RedisError) as exc:
        raise Unreachable("REDIS_URL", address_of(url), _reason(exc)) from None
    finally:
        await client.aclose()


async def check(settings: Settings, *, database: bool = True, redis: bool = True) -> None:
    """Raise ``Unreachable`` for the first thing a command needs and cannot reach."""
    if database:
        await check_database(settings.DATABASE_URL)
    if redis:
        await check_redis(settings.REDIS_URL)
