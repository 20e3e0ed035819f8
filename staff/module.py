"""Staff accounts and sessions: their wiring."""

from __future__ import annotations

import argparse
from typing import Any

from kernel.module import Command, Domain
from staff import cli
from staff.errors import StaffError


async def _run(args: argparse.Namespace, settings: Any) -> int:
    return await cli.run(settings.DATABASE_URL, args)


DOMAIN = Domain(
    name="staff",
    models=("staff.models",),
    errors=(StaffError,),
    commands=(Command("staff", "staff accounts", cli.add_actions, _run),),
)
