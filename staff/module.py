"""Staff accounts and sessions: their wiring."""

from __future__ import annotations

from kernel.module import Command, Domain, on_database
from staff import cli
from staff.errors import StaffError

DOMAIN = Domain(
    name="staff",
    models=("staff.models",),
    errors=(StaffError,),
    commands=(Command("staff", "staff accounts", cli.add_actions, on_database(cli.run)),),
)
