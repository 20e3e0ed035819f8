"""The WeChat face's wiring: its followers table and the jobs that talk to WeChat (late replies,
media downloads into the attachment owners the domains register, and notices)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from kernel.module import Domain
from storage.jobs import JobHandler

if TYPE_CHECKING:
    from server.resources import Resources


def _jobs(r: Resources) -> Mapping[str, JobHandler]:
    from bot.flows.reward import CLAIM_PATH
    from bot.jobs import job_handlers

    return job_handlers(
        r.client,
        r.blobs,
        cipher=r.cipher,
        owners=r.attachment_owners,
        notice_template=r.settings.WECHAT_REPORT_NOTICE_TEMPLATE,
        claim_url=r.settings.PUBLIC_BASE_URL.rstrip("/") + CLAIM_PATH,
    )


DOMAIN = Domain(name="bot", models=("bot.models",), jobs=_jobs)
