"""Background work of the reward domain: offers not claimed in time expire."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from tortoise.transactions import in_transaction

from reward.workflow import expire_unclaimed
from storage.jobs import JobHandler

log = logging.getLogger(__name__)
EXPIRY_PERIOD_SECONDS = 3600


def job_handlers(*, clock: Callable[[], datetime]) -> dict[str, JobHandler]:
    async def expire(payload: dict[str, Any]) -> None:
        async with in_transaction() as conn:
            expired = await expire_unclaimed(conn, now=clock())
        if expired:
            log.info("reward offers expired unclaimed: %s", expired)

    return {"reward.expire_unclaimed": expire}
