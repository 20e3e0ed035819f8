"""Institutions' credit: its wiring (models, the complaint event of a concluded report, grade lookup
in chat, the CLI)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from credit import cli, jobs, tasks
from credit.errors import CreditError
from kernel.module import ChatEntry, Command, Domain, on_database
from storage.jobs import JobHandler

if TYPE_CHECKING:
    from bot.flows.registry import FlowDeps
    from server.resources import Resources


def _subscribes(r: Resources) -> Mapping[str, JobHandler]:
    return jobs.job_handlers(clock=r.clock)


def _jobs(r: Resources) -> Mapping[str, JobHandler]:
    """Evaluations and event imports started from the console (credit.tasks)."""
    return tasks.job_handlers(clock=r.clock, blobs=r.blobs)


def _flows(deps: FlowDeps) -> Sequence[Any]:
    from bot.flows import credit

    return [credit.build(region=deps.region, kv=deps.kv, clock=deps.clock, key_of=deps.cipher.blind_index)]


def _chat() -> tuple[ChatEntry, ...]:
    from bot.flows.credit import NAME, NAME_WORDS, NEARBY_WORDS

    return (
        ChatEntry(NAME, keywords=NAME_WORDS, clicks=("CREDIT_PHARMACY",), with_openid=True),
        ChatEntry(
            NAME,
            keywords=NEARBY_WORDS,
            clicks=("CREDIT_NEARBY",),
            opening={"mode": "nearby"},
            with_openid=True,
        ),
    )


DOMAIN = Domain(
    name="credit",
    models=("credit.models",),
    jobs=_jobs,
    subscribes=_subscribes,
    errors=(CreditError,),
    chat=_chat(),
    flows=_flows,
    commands=(
        Command(
            "credit",
            "信用评价",
            cli.add_actions,
            on_database(cli.run_stored),
            offline=frozenset({"simulate"}),  # a file: no settings, no database
            run_offline=cli.run,
        ),
    ),
)
