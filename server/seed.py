"""The demo region's seed data (idempotent)."""

from __future__ import annotations

from storage.models import Region

DEMO_REGION = {"code": "demo", "name": "示范市", "bureau": "示范市医疗保障局"}


async def seed_demo() -> None:
    await Region.get_or_create(code=DEMO_REGION["code"], defaults=DEMO_REGION)
