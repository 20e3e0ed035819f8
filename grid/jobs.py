"""Grid supervision's scheduled work: supervisors' terms end by themselves."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from tortoise.transactions import in_transaction

from grid.supervisors import expire_terms
from storage.jobs import JobHandler

log = logging.getLogger(__name__)
# Hourly: a term ends on its day whatever time the worker started; the sweep is one UPDATE.
EXPIRY_PERIOD_SECONDS = 3600


def job_handlers(*, clock: Callable[[], datetime]) -> dict[str, JobHandler]:
    async def expire(payload: dict[str, Any]) -> None:
        async with in_transaction() as conn:
            ended = await expire_terms(conn, now=clock())
        if ended:
            log.info("%d supervisor terms ended", ended)

    return {"grid.expire_terms": expire}
