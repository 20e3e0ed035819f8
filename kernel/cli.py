"""The frame of a domain's stored command (``fundguard <group> <action>``): open the database, run,
print one JSON object on stdout; a refusal prints its report on stderr and exits 1."""

from __future__ import annotations

import getpass
import json
import sys
from collections.abc import Awaitable, Callable
from typing import Any

from kernel.errors import DomainError
from kernel.progress import TqdmProgress
from storage import db


def who() -> str:
    """The actor label of a command run from a shell (audit entries name the operator)."""
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:  # no user name in a bare container
        return "cli"


async def stored_command(database_url: str, work: Callable[[TqdmProgress], Awaitable[Any]]) -> int:
    await db.init_db(database_url)
    try:
        with TqdmProgress() as progress:
            result = await work(progress)
    except DomainError as exc:
        print(exc.report(), file=sys.stderr)
        return 1
    finally:
        await db.close_db()
    print(json.dumps(result, ensure_ascii=False, default=str))
    return 0
