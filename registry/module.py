"""The registry of designated institutions and practitioners: its wiring."""

from __future__ import annotations

import argparse
from typing import Any

from kernel.module import Command, Domain
from registry import cli
from registry.errors import RegistryError


async def _run(args: argparse.Namespace, settings: Any) -> int:
    return await cli.run_stored(settings.DATABASE_URL, args)


DOMAIN = Domain(
    name="registry",
    models=("registry.models",),
    errors=(RegistryError,),
    commands=(Command("import", "import a registry file (CSV, UTF-8 or GBK)", cli.add_actions, _run),),
)
