"""The demo region's seed data (idempotent)."""

from __future__ import annotations

from datetime import UTC, datetime

from tortoise.transactions import in_transaction

from registry.data.demo import seed_registry
from storage.models import Region

DEMO_REGION = {"code": "demo", "name": "示范市", "bureau": "示范市医疗保障局"}


async def seed_demo() -> None:
    await Region.get_or_create(code=DEMO_REGION["code"], defaults=DEMO_REGION)
    # Several hundred institutions (hospitals, clinics, chain pharmacies) and their practitioners.
    async with in_transaction() as conn:
        await seed_registry(conn, region=DEMO_REGION["code"], now=datetime.now(UTC))
