"""Grid supervision: its wiring (models, the term expiry job, the 监督员 chat entries and flows, the
finding photos' owner, errors, ``fundguard grid``)."""

from __future__ import annotations

from grid import cli
from grid.errors import GridError
from kernel.module import Command, Domain, on_database

DOMAIN = Domain(
    name="grid",
    models=("grid.models",),
    errors=(GridError,),
    commands=(Command("grid", "网格监督", cli.add_actions, on_database(cli.run)),),
)
