"""The demo region's seed data (idempotent)."""

from __future__ import annotations

from datetime import UTC, datetime

from tortoise.transactions import in_transaction

from credit.demo import COUNTY, DEMO_ACTOR, seed_credit_demo, seed_points_demo
from credit.evaluation import evaluate
from credit.models import CreditRun
from kernel.clock import china_day
from registry.data.demo import seed_registry
from staff.models import StaffAccount
from staff.service import StaffPolicy, create_staff
from storage.models import Region

DEMO_REGION = {"code": "demo", "name": "示范市", "bureau": "示范市医疗保障局"}
# Demo-only staff, one per role, so the staff API can be tried at once. Printed by `fundguard demo`.
DEMO_PASSWORD = "fundguard-demo"
DEMO_STAFF = [
    ("intake", "受理员小王", ["intake"]),
    ("investigator", "调查员老李", ["investigator"]),
    ("head", "稽核科张科长", ["head"]),
    ("finance", "财务刘会计", ["finance"]),
    ("credit", "信用科陈科员", ["credit_officer"]),
    ("admin", "系统管理员", ["admin"]),
]


async def seed_demo() -> str | None:
    """Seed the demo regions; returns the practitioner whose points the demo banner offers to look up."""
    await Region.get_or_create(code=DEMO_REGION["code"], defaults=DEMO_REGION)
    # Several hundred institutions (hospitals, clinics, chain pharmacies) and their practitioners.
    async with in_transaction() as conn:
        await seed_registry(conn, region=DEMO_REGION["code"], now=datetime.now(UTC))
    # Credit: 示范县 (a second region, graded by another scheme) and credit events in both regions.
    await Region.get_or_create(code=COUNTY["code"], defaults=COUNTY)
    async with in_transaction() as conn:
        await seed_credit_demo(conn, regions=[DEMO_REGION["code"], COUNTY["code"]], now=datetime.now(UTC))
    # One published evaluation per region, so 查药店 shows grades at once; officers run newer drafts.
    for region in (DEMO_REGION["code"], COUNTY["code"]):
        if not await CreditRun.filter(region=region, status="published").exists():
            now = datetime.now(UTC)
            await evaluate(region, str(china_day(now).year), actor=DEMO_ACTOR, now=now, publish=True)
    # Practitioner points (示范市 keeps the national 12-point scheme): one suspended, one with 2 points.
    async with in_transaction() as conn:
        points_person = await seed_points_demo(conn, region=DEMO_REGION["code"], now=datetime.now(UTC))
    policy = StaffPolicy()
    for username, name, roles in DEMO_STAFF:
        if await StaffAccount.filter(username=username).exists():
            continue
        async with in_transaction() as conn:
            await create_staff(
                conn,
                username=username,
                display_name=name,
                password=DEMO_PASSWORD,
                roles=roles,
                regions=[DEMO_REGION["code"], COUNTY["code"]],
                by=DEMO_ACTOR,
                policy=policy,
                now=datetime.now(UTC),
            )
    return points_person
