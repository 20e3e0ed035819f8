"""Grid supervision: its wiring (models, the term expiry job, the 监督员 chat entries and flows, the
finding photos' owner, errors, ``fundguard grid``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from tortoise.backends.base.client import BaseDBAsyncClient

from grid import cli, findings, jobs
from grid.errors import GridError
from kernel.module import Answer, ChatEntry, Command, Domain, on_database
from storage.jobs import JobHandler

if TYPE_CHECKING:
    from bot.flows.registry import FlowDeps
    from server.resources import Resources


def _jobs(r: Resources) -> Mapping[str, JobHandler]:
    return jobs.job_handlers(clock=r.clock)


def _flows(deps: FlowDeps) -> Sequence[Any]:
    from bot.flows import finding, inspection, supervisor

    c, k, w, r, region = deps.cipher, deps.clock, deps.wake_jobs, deps.rules, deps.region
    return [
        supervisor.build(cipher=c, clock=k, region=region, public_base_url=deps.public_base_url),
        finding.build(cipher=c, clock=k, wake_jobs=w, rules=r, region=region),
        inspection.build(cipher=c, clock=k, wake_jobs=w, rules=r, region=region),
    ]


def _answers(deps: FlowDeps) -> Mapping[str, Answer]:
    from bot.flows import finding, supervisor

    return {
        supervisor.HOME: supervisor.home(
            cipher=deps.cipher, clock=deps.clock, public_base_url=deps.public_base_url
        ),
        finding.MINE: finding.mine(cipher=deps.cipher),
    }


def _chat() -> tuple[ChatEntry, ...]:
    from bot.flows import finding, inspection
    from bot.flows.supervisor import APPLY, APPLY_WORDS, HOME

    return (
        ChatEntry(HOME, keywords=("监督员", "社会监督员"), clicks=("SUPERVISOR",)),
        ChatEntry(APPLY, keywords=APPLY_WORDS),
        ChatEntry(finding.NAME, keywords=finding.WORDS),
        ChatEntry(finding.MINE, keywords=finding.MINE_WORDS),
        ChatEntry(inspection.NAME, keywords=inspection.WORDS),
    )


async def _attach(conn: BaseDBAsyncClient, owner_id: int, ref: str, attachment_id: str) -> None:
    await findings.attach(conn, finding_id=owner_id, ref=ref, attachment_id=attachment_id)


DOMAIN = Domain(
    name="grid",
    models=("grid.models",),
    jobs=_jobs,
    schedule={"grid.expire_terms": jobs.EXPIRY_PERIOD_SECONDS},
    errors=(GridError,),
    chat=_chat(),
    flows=_flows,
    answers=_answers,
    attachment_owners={"finding": _attach},
    commands=(Command("grid", "网格监督", cli.add_actions, on_database(cli.run)),),
)
