"""The registry of designated institutions and practitioners: its wiring."""

from __future__ import annotations

from kernel.module import Command, Domain, on_database
from registry import cli
from registry.errors import RegistryError

DOMAIN = Domain(
    name="registry",
    models=("registry.models",),
    errors=(RegistryError,),
    commands=(
        Command(
            "import",
            "import a registry file (CSV, UTF-8 or GBK)",
            cli.add_actions,
            on_database(cli.run_stored),
        ),
    ),
)
