"""Tortoise ORM set-up on SQLite or PostgreSQL, and aerich migrations per dialect."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tortoise import Tortoise, connections
from tortoise.backends.base.config_generator import expand_db_url

MIGRATIONS_ROOT = Path(__file__).resolve().parent.parent / "migrations"


def dialect_of(url: str) -> str:
    return "sqlite" if url.startswith("sqlite") else "postgres"


async def _keep_session(connection: Any) -> None:
    """What a connection released to the pool needs beyond asyncpg's own clean-up (which rolls back an
    open transaction and drops listeners): nothing. asyncpg's default sends a reset query (advisory
    unlock, CLOSE ALL, UNLISTEN, RESET ALL), one more round trip after every query; FundGuard sets no
    session state, declares no cursors outside transactions, never LISTENs and takes only
    transaction-level advisory locks."""


def model_modules() -> list[str]:
    """The installed domains' model modules: the composition root decides which domains there are."""
    from server.domains import model_modules as installed

    return installed()


def tortoise_config(url: str) -> dict[str, Any]:
    if url.startswith("sqlite://") and not url.startswith("sqlite://:memory:"):
        Path(url.removeprefix("sqlite://")).expanduser().parent.mkdir(parents=True, exist_ok=True)
    connection: str | dict[str, Any] = url
    if url.startswith("postgres"):
        connection = expand_db_url(
            url.replace("postgres://", "asyncpg://", 1).replace("postgresql://", "asyncpg://", 1)
        )
        connection["credentials"]["reset"] = _keep_session
    return {
        "connections": {"default": connection},
        "apps": {
            "models": {
                "models": [*model_modules(), "aerich.models"],
                "default_connection": "default",
            }
        },
        "use_tz": True,
        "timezone": "UTC",  # stored in UTC; shown in China time at the edges
    }


async def init_db(url: str) -> None:
    # The global fallback lets aiohttp's request tasks and worker tasks, which do not inherit the
    # start-up task's context, use the same connections.
    await Tortoise.init(config=tortoise_config(url), _enable_global_fallback=True)


async def close_db() -> None:
    # Tortoise's own shutdown also clears the global fallback context init_db enabled, so a later
    # init_db in the same process (the tests, a CLI step after serving) starts clean.
    await Tortoise.close_connections()


async def migrate(url: str) -> list[str]:
    """Apply the committed aerich migrations for this database's dialect; return what ran."""
    from aerich import Command

    location = MIGRATIONS_ROOT / dialect_of(url)
    command = Command(tortoise_config=tortoise_config(url), app="models", location=str(location))
    await command.init()
    try:
        return await command.upgrade(run_in_transaction=True)
    finally:
        await Tortoise.close_connections()


async def ping() -> None:
    await connections.get("default").execute_query("SELECT 1")
