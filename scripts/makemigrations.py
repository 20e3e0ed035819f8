"""Generate an aerich migration for each dialect (SQLite and PostgreSQL) from the current models.

Usage: python scripts/makemigrations.py NAME   (needs the local PostgreSQL server)
Each dialect gets its own directory under migrations/, since aerich writes dialect-specific SQL.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import tempfile
import uuid

import asyncpg
from aerich import Command
from tortoise import Tortoise

from storage.db import MIGRATIONS_ROOT, tortoise_config

PG_ADMIN = "postgres://postgres@127.0.0.1:5432/postgres"


async def generate(url: str, dialect: str, name: str) -> None:
    location = MIGRATIONS_ROOT / dialect
    cmd = Command(tortoise_config=tortoise_config(url), app="models", location=str(location))
    app_dir = location / "models"
    if not app_dir.exists() or not any(app_dir.glob("*.py")):
        await cmd.init_db(safe=True)
        print(f"{dialect}: initial migration written")
    else:
        await cmd.init()
        await cmd.upgrade()
        await cmd.init()  # re-read the state the upgrade just applied, or aerich diffs against nothing
        print(f"{dialect}: {await cmd.migrate(name, no_input=True)}")
    await Tortoise.close_connections()


async def main(name: str, dialect: str) -> None:
    if dialect == "sqlite":
        with tempfile.TemporaryDirectory() as tmp:
            await generate(f"sqlite://{tmp}/m.sqlite3", "sqlite", name)
        return
    dbname = "fg_makemigrations_" + uuid.uuid4().hex[:8]
    admin = await asyncpg.connect(PG_ADMIN)
    await admin.execute(f'CREATE DATABASE "{dbname}"')
    try:
        await generate(f"postgres://postgres@127.0.0.1:5432/{dbname}", "postgres", name)
    finally:
        await admin.execute(f'DROP DATABASE "{dbname}" WITH (FORCE)')
        await admin.close()


if __name__ == "__main__":
    # aerich keeps per-dialect state on classes: one process per dialect.
    migration_name = sys.argv[1] if len(sys.argv) > 1 else "update"
    if len(sys.argv) > 2:
        asyncio.run(main(migration_name, sys.argv[2]))
    else:
        for d in ("sqlite", "postgres"):
            subprocess.run([sys.executable, __file__, migration_name, d], check=True)
