"""The reward ledger: every state change and money movement, written in the caller's transaction
together with an audit entry. Rows are never changed (database triggers refuse it)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from reward.models import RewardLedgerEntry
from storage import audit


async def append(
    conn: BaseDBAsyncClient,
    *,
    reward_id: int,
    actor: str,
    kind: str,
    from_status: str,
    to_status: str,
    now: datetime,
    amount_fen: int = 0,
    detail: dict[str, Any] | None = None,
) -> None:
    """One ledger row and one audit entry. ``detail`` names the share and bill when there is one."""
    await RewardLedgerEntry.create(
        using_db=conn,
        reward_id=reward_id,
        at=now,
        actor=actor,
        kind=kind,
        from_status=from_status,
        to_status=to_status,
        amount_fen=amount_fen,
        detail=detail or {},
    )
    await audit.append(
        conn,
        actor=actor,
        action=f"reward.{kind}",
        subject=f"reward:{reward_id}",
        detail={"status": to_status, "amount_fen": amount_fen, **_ids(detail)},
        now=now,
    )


def _ids(detail: dict[str, Any] | None) -> dict[str, Any]:
    # The audit chain keeps the identifiers only; amounts and states are in the ledger row.
    return {k: v for k, v in (detail or {}).items() if k in ("share_id", "out_bill_no")}
