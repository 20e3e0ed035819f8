"""Start-up against a database or Redis that cannot be reached: one line naming the setting and the
address, a non-zero exit; a worker that loses its database later backs off with one line per attempt."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest

from storage.jobs import JobRunner
from storage.models import Job
from tests.conftest import TEST_FIELD_KEY
from tests.integration.test_cli_and_ops import run

NOWHERE_PG = "postgres://fundguard:secret@127.0.0.1:1/fundguard"
NOWHERE_REDIS = "redis://:secret@127.0.0.1:2/0"


def _one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err and "secret" not in err
    return lines[0]


@pytest.mark.parametrize("command", ["migrate", "serve", "worker"])
async def test_an_unreachable_database_stops_each_command_with_one_line(tmp_path: Path, command: str) -> None:
    env = {"DATABASE_URL": NOWHERE_PG, "FIELD_ENCRYPTION_KEY": TEST_FIELD_KEY}
    args = [command, "--port", "0"] if command == "serve" else [command]
    code, _out, err = await run(*args, env=env, cwd=tmp_path)
    line = _one_line(err)
    assert code != 0
    assert "DATABASE_URL" in line and "127.0.0.1:1" in line


@pytest.mark.parametrize("command", ["serve", "worker"])
async def test_an_unreachable_redis_stops_serve_and_worker_with_one_line(
    tmp_path: Path, command: str, pg_migrated: str
) -> None:
    env = {"DATABASE_URL": pg_migrated, "REDIS_URL": NOWHERE_REDIS, "FIELD_ENCRYPTION_KEY": TEST_FIELD_KEY}
    args = [command, "--port", "0"] if command == "serve" else [command]
    code, _out, err = await run(*args, env=env, cwd=tmp_path)
    line = _one_line(err)
    assert code != 0
    assert "REDIS_URL" in line and "127.0.0.1:2" in line


class LostDatabase(JobRunner):
    """A worker whose database went away: every claim fails as asyncpg fails on a refused connection."""

    async def claim(self, limit: int = 10) -> list[Job]:
        raise ConnectionRefusedError(111, "Connect call failed ('10.0.0.5', 5432)")


async def test_a_worker_that_loses_its_database_backs_off_with_one_line_per_attempt() -> None:
    runner = LostDatabase({}, clock=lambda: datetime.now(UTC))

    class StopAfterFour(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.levelno >= logging.ERROR and record.name == "storage.jobs":
                failed.append(record)
                if len(failed) == 4:
                    runner.stop()

    failed: list[logging.LogRecord] = []
    watcher = StopAfterFour()
    logging.getLogger("storage.jobs").addHandler(watcher)
    try:
        await runner.serve(poll_seconds=0.01, max_backoff_seconds=0.04)
    finally:
        logging.getLogger("storage.jobs").removeHandler(watcher)
    assert len(failed) == 4
    assert all(r.exc_info is None and "\n" not in r.getMessage() for r in failed)
    assert all("ConnectionRefusedError" in r.getMessage() for r in failed)
    assert [r.args[0] for r in failed] == [1, 2, 3, 4]  # type: ignore[index]
    assert [r.args[1] for r in failed] == [0.01, 0.02, 0.04, 0.04]  # type: ignore[index]
