"""Keyword-default factories for the stored-credit tests: institutions, events, the officers."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from tortoise.transactions import in_transaction

from credit import events
from credit.models import CreditEventRecord
from kernel.actors import Actor
from registry.rows import InstitutionRow
from registry.service import upsert_institutions

# 10 Jan 2026, 10:00 in China: the 2025 evaluations are done in the new year.
NOW = datetime(2026, 1, 10, 2, 0, tzinfo=UTC)
OFFICER = Actor(10, "信用科", frozenset({"credit_officer"}), frozenset({"demo", "demo2"}))
HEAD = Actor(11, "科长", frozenset({"head"}), frozenset({"demo", "demo2"}))
INTAKE = Actor(12, "受理员", frozenset({"intake"}), frozenset({"demo", "demo2"}))
OUTSIDER = Actor(13, "外区信用科", frozenset({"credit_officer"}), frozenset({"elsewhere"}))


async def places(*codes: str, region: str = "demo", **fields: object) -> None:
    """Institutions ``codes`` of ``region`` (pharmacies signed in 2020, active, unless told)."""
    rows = [
        InstitutionRow.model_validate(
            {
                "code": code,
                "name": f"测试机构{code}",
                "kind": "retail_pharmacy",
                "address": "示范市人民路1号",
                "agreement_start": date(2020, 1, 1),
                **fields,
            }
        )
        for code in codes
    ]
    async with in_transaction() as conn:
        await upsert_institutions(conn, region=region, rows=rows, now=NOW)


async def event(
    code: str,
    kind: str,
    on: str,
    *,
    region: str = "demo",
    amount: str | None = None,
    source: str = "飞行检查",
    now: datetime = NOW,
) -> CreditEventRecord:
    async with in_transaction() as conn:
        return await events.record_event(
            conn,
            region=region,
            code=code,
            kind=kind,
            occurred_on=on,
            amount_yuan=None if amount is None else Decimal(amount),
            source=source,
            actor=OFFICER,
            now=now,
        )
