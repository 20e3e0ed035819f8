"""The registry of designated institutions and practitioners: its wiring."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from kernel.module import Command, Domain, on_database
from registry import cli, tasks
from registry.errors import RegistryError
from storage.jobs import JobHandler

if TYPE_CHECKING:
    from server.resources import Resources


def _jobs(r: Resources) -> Mapping[str, JobHandler]:
    """Registry imports started from the console (registry.tasks)."""
    return tasks.job_handlers(clock=r.clock, blobs=r.blobs)


DOMAIN = Domain(
    name="registry",
    models=("registry.models",),
    jobs=_jobs,
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
