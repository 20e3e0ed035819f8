"""The job runner of a process (web in embedded mode, or a worker): every installed domain's jobs,
event deliveries and periodic schedule (see ``server.domains``)."""

from __future__ import annotations

from collections.abc import Iterable

from kernel.module import Domain
from server import domains
from server.resources import Resources
from storage.jobs import JobRunner


def build_job_runner(resources: Resources, installed: Iterable[Domain] = domains.INSTALLED) -> JobRunner:
    installed = tuple(installed)
    return JobRunner(
        domains.job_table(resources, installed), clock=resources.clock, schedule=domains.schedule(installed)
    )
