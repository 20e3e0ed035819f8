"""Satisfaction surveys: their wiring (models, the daily aggregation, the QR scene and the menu click
in chat, errors, the CLI). Credit takes the indicators through its ``survey.aggregated`` subscription."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from kernel.module import Answer, ChatEntry, Command, Domain
from storage.jobs import JobHandler
from surveys import cli, jobs
from surveys.errors import SurveyError

if TYPE_CHECKING:
    from bot.flows.registry import FlowDeps
    from server.resources import Resources

HELP_ANSWER = "survey_help"


def _jobs(r: Resources) -> Mapping[str, JobHandler]:
    return jobs.job_handlers(clock=r.clock)


def _subscribes(r: Resources) -> Mapping[str, JobHandler]:
    return jobs.subscriptions(clock=r.clock)


def _flows(deps: FlowDeps) -> Sequence[Any]:
    from bot.flows import survey

    return [survey.build(cipher=deps.cipher, clock=deps.clock, region=deps.region)]


def _answers(deps: FlowDeps) -> Mapping[str, Answer]:
    from bot.flows.survey import SURVEY_HELP

    async def survey_help(openid: str) -> str:
        return SURVEY_HELP

    return {HELP_ANSWER: survey_help}


async def _run(args: argparse.Namespace, settings: Any) -> int:
    """The commands need the database and, for posters, the WeChat API (the permanent QR codes)."""
    import json

    from kernel.errors import DomainError
    from kernel.progress import TqdmProgress
    from server.resources import core_of, open_resources

    async with open_resources(core_of(settings)) as r:

        async def qr_url(scene: str) -> str:
            made = await r.client.create_qrcode(scene, expire_seconds=None)
            return str(made["url"])

        try:
            with TqdmProgress() as progress:
                result = await cli.run(args, qr_url=qr_url, now=datetime.now(UTC), progress=progress)
        except DomainError as exc:
            print(exc.report(), file=sys.stderr)
            return 1
    print(json.dumps(result, ensure_ascii=False))
    return 0


DOMAIN = Domain(
    name="surveys",
    models=("surveys.models",),
    jobs=_jobs,
    schedule={jobs.AGGREGATE: jobs.AGGREGATE_PERIOD_SECONDS},
    subscribes=_subscribes,
    errors=(SurveyError,),
    chat=(
        ChatEntry("survey", scenes=("survey",)),
        ChatEntry(HELP_ANSWER, keywords=("满意度评价", "评价"), clicks=("SURVEY",)),
    ),
    flows=_flows,
    answers=_answers,
    commands=(Command("surveys", "满意度评价", cli.add_actions, _run),),
)
