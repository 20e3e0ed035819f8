"""Fraud reports: their wiring (models, the deadline sweep and upload clean-up, chat entries and
flows, the evidence owner, errors)."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from tortoise.backends.base.client import BaseDBAsyncClient

from kernel.module import ChatEntry, Domain
from reports import jobs
from reports.errors import ReportError
from reports.events import REPORT_INFORMED
from reports.intake import attach_evidence
from storage.jobs import JobHandler

log = logging.getLogger(__name__)
SURVEY_HOOK = "subscribe to reports.events.REPORT_INFORMED"

if TYPE_CHECKING:
    from bot.flows.registry import FlowDeps
    from server.resources import Resources


def _jobs(r: Resources) -> Mapping[str, JobHandler]:
    return jobs.job_handlers(rules=r.rules, clock=r.clock, on_sweep=r.metrics.deadline_counts, blobs=r.blobs)


def _subscribes(r: Resources) -> Mapping[str, JobHandler]:
    """Reports listens to its own ``report.informed`` only so that the event always has a delivery: the
    satisfaction survey (the Surveys issue) subscribes to it as well, and is what acts on it."""

    async def noted(payload: dict[str, Any]) -> None:
        log.info("report %s informed; satisfaction survey hook: %s", payload.get("report_id"), SURVEY_HOOK)

    return {REPORT_INFORMED: noted}


def _flows(deps: FlowDeps) -> Sequence[Any]:
    from bot.flows import progress, report

    return [
        report.build(
            cipher=deps.cipher,
            clock=deps.clock,
            wake_jobs=deps.wake_jobs,
            rules=deps.rules,
            region=deps.region,
            kv=deps.kv,
        ),
        progress.build(
            cipher=deps.cipher,
            clock=deps.clock,
            rules=deps.rules,
            kv=deps.kv,
            wake_jobs=deps.wake_jobs,
            public_base_url=deps.public_base_url,
        ),
    ]


async def _attach(conn: BaseDBAsyncClient, owner_id: int, ref: str, attachment_id: str) -> None:
    await attach_evidence(conn, report_id=owner_id, ref=ref, attachment_id=attachment_id)


DOMAIN = Domain(
    name="reports",
    models=("reports.models",),
    jobs=_jobs,
    schedule={
        "reports.deadline_sweep": jobs.SWEEP_PERIOD_SECONDS,
        "reports.cleanup_uploads": jobs.SWEEP_PERIOD_SECONDS,
        "reports.retention_sweep": jobs.RETENTION_PERIOD_SECONDS,
    },
    errors=(ReportError,),
    subscribes=_subscribes,
    chat=(
        ChatEntry("report", keywords=("举报", "我要举报"), clicks=("REPORT_NEW",)),
        ChatEntry(
            "report_progress", keywords=("举报进度", "进度", "查询", "我的举报"), clicks=("REPORT_PROGRESS",)
        ),
    ),
    flows=_flows,
    attachment_owners={"report": _attach},
)
