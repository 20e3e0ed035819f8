"""The reward side of retention: when a closed case's identity is destroyed (``report.purged``), the
payee identity sealed on its settled shares goes too; amounts, statuses and the ledger stay."""

from __future__ import annotations

from datetime import datetime

from tortoise.backends.base.client import BaseDBAsyncClient

from reward.models import Reward, RewardShare
from reward.shares import FINAL
from storage import audit

IDENTITY_COLUMNS = ("payee_name_enc", "payee_id_enc", "payee_id_index", "openid_enc")


async def forget_payees(conn: BaseDBAsyncClient, report_id: int, *, now: datetime) -> int:
    """Clear the payee identity of the report's settled shares (idempotent); returns how many."""
    reward = await Reward.filter(report_id=report_id).using_db(conn).first()
    if reward is None:
        return 0
    settled = RewardShare.filter(reward_id=reward.id, status__in=list(FINAL)).exclude(payee_id_enc=None)
    ids = list(await settled.using_db(conn).values_list("id", flat=True))
    if not ids:
        return 0
    await RewardShare.filter(id__in=ids).using_db(conn).update(**dict.fromkeys(IDENTITY_COLUMNS))
    await audit.append(
        conn, actor="system:retention", action="reward.retention_purge", subject=f"reward:{reward.id}",
        detail={"shares": len(ids)}, now=now,
    )  # fmt: skip
    return len(ids)
