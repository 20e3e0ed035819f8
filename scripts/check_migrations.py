"""Check that the committed migrations match the models: on a fresh database of each dialect, apply
every migration, then ask aerich for a new one; anything it would write is a model change without a
migration (run ``scripts/makemigrations.py NAME``). Exit 1 then.

Usage: python scripts/check_migrations.py   (needs the local PostgreSQL server)
"""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import asyncpg
from aerich import Command
from tortoise import Tortoise

from storage.db import MIGRATIONS_ROOT, tortoise_config

PG_ADMIN = "postgres://postgres@127.0.0.1:5432/postgres"


async def pending(url: str, dialect: str) -> list[str]:
    """The migration files aerich would write for ``dialect`` (in a scratch copy of the history)."""
    with tempfile.TemporaryDirectory() as tmp:
        location = Path(tmp) / dialect
        shutil.copytree(MIGRATIONS_ROOT / dialect, location)
        before = set((location / "models").glob("*.py"))
        cmd = Command(tortoise_config=tortoise_config(url), app="models", location=str(location))
        await cmd.init()
        await cmd.upgrade(run_in_transaction=True)
        await cmd.init()  # re-read the state the upgrade just applied
        await cmd.migrate("check", no_input=True)
        await Tortoise.close_connections()
        return sorted(p.name for p in set((location / "models").glob("*.py")) - before)


async def check(dialect: str) -> list[str]:
    if dialect == "sqlite":
        with tempfile.TemporaryDirectory() as tmp:
            return await pending(f"sqlite://{tmp}/check.sqlite3", "sqlite")
    dbname = "fg_checkmigrations_" + uuid.uuid4().hex[:8]
    admin = await asyncpg.connect(PG_ADMIN)
    await admin.execute(f'CREATE DATABASE "{dbname}"')
    try:
        return await pending(f"postgres://postgres@127.0.0.1:5432/{dbname}", "postgres")
    finally:
        await admin.execute(f'DROP DATABASE "{dbname}" WITH (FORCE)')
        await admin.close()


if __name__ == "__main__":
    # aerich keeps per-dialect state on classes: one process per dialect.
    if len(sys.argv) > 1:
        extra = asyncio.run(check(sys.argv[1]))
        if extra:
            print(f"{sys.argv[1]}: the models differ from the migrations; aerich would write {extra}")
            raise SystemExit(1)
        print(f"{sys.argv[1]}: migrations match the models")
    else:
        codes = [subprocess.run([sys.executable, __file__, d]).returncode for d in ("sqlite", "postgres")]
        raise SystemExit(1 if any(codes) else 0)
