"""Reminders to non-signers: a template message (outbox job) to each bound non-signer, at most once a
day per person and campaign; the unbound ones are listed per institution for the bureau to reach."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from commitments.access import Who, label_of
from commitments.campaigns import non_signers
from kernel.clock import china_day
from storage import audit, jobs

REMIND = "commitments.reminder"


async def send_reminders(
    conn: BaseDBAsyncClient, campaign_id: int, *, actor: Who, now: datetime
) -> dict[str, Any]:
    """Queue a reminder for every bound non-signer (once a day each); the unbound by institution."""
    missing = await non_signers(conn, campaign_id, actor=actor)
    queued = 0
    unbound: dict[str, int] = {}
    for entry in missing:
        if entry.openid_enc is None:
            place = entry.institution_code or entry.party
            unbound[place] = unbound.get(place, 0) + 1
            continue
        job = await jobs.enqueue(
            conn,
            REMIND,
            {"roster_id": entry.id},
            now=now,
            dedup_key=f"{REMIND}:{entry.id}:{china_day(now).isoformat()}",
        )
        queued += job is not None
    await audit.append(
        conn,
        actor=label_of(actor),
        action="commitments.reminders_sent",
        subject=f"commitment_campaign:{campaign_id}",
        detail={"queued": queued, "unbound": sum(unbound.values())},
        now=now,
    )
    return {"queued": queued, "unbound_by_institution": dict(sorted(unbound.items()))}
