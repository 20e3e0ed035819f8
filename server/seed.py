"""The demo region's seed data (idempotent)."""

from __future__ import annotations

from datetime import UTC, datetime

from tortoise.transactions import in_transaction

from commitments.demo import seed_commitments_demo
from credit.demo import COUNTY, DEMO_ACTOR, seed_credit_demo, seed_points_demo
from credit.evaluation import evaluate
from credit.models import CreditRun, PublishedGrade
from credit.objections import issue_notices
from grid.demo import seed_grids, seed_supervisors
from kernel.actors import Actor
from kernel.clock import china_day
from kernel.workdays import WorkCalendar
from registry.data.demo import seed_registry
from registry.models import Institution
from staff.models import StaffAccount
from staff.service import StaffPolicy, create_staff
from storage.crypto import FieldCipher
from storage.models import Job, Region
from surveys.demo import DISTRICT, seed_survey_demo

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


async def seed_demo(cipher: FieldCipher | None = None) -> str | None:
    """Seed the demo regions; returns the practitioner whose points the demo banner offers to look up.
    With the service's ``cipher`` (encrypted identities, keyed hashes): the grids' social supervisors,
    and the seeded survey answers' hashes (the service's own, under ``fundguard demo``)."""
    await Region.get_or_create(code=DEMO_REGION["code"], defaults=DEMO_REGION)
    # Several hundred institutions (hospitals, clinics, chain pharmacies) and their practitioners.
    async with in_transaction() as conn:
        await seed_registry(conn, region=DEMO_REGION["code"], now=datetime.now(UTC))
    # Credit: 示范县 (a second region, graded by another scheme) and credit events in both regions.
    await Region.get_or_create(code=COUNTY["code"], defaults=COUNTY)
    async with in_transaction() as conn:
        await seed_credit_demo(conn, regions=[DEMO_REGION["code"], COUNTY["code"]], now=datetime.now(UTC))
    # Surveys: 示范区 (Shenzhen scheme) with answers aggregated into satisfaction indicators; the
    # aggregation's event is delivered here at once, so the published grade below already counts it.
    await Region.get_or_create(code=DISTRICT["code"], defaults=DISTRICT)
    async with in_transaction() as conn:
        period = await seed_survey_demo(
            conn, now=datetime.now(UTC), cipher=cipher or FieldCipher(b"fundguard-demo-survey-hash-key!!")
        )
    await deliver_survey_indicators(DISTRICT["code"], period)
    # One published evaluation per region, so 查药店 shows grades at once; officers run newer drafts.
    for region in (DEMO_REGION["code"], COUNTY["code"], DISTRICT["code"]):
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
                regions=[DEMO_REGION["code"], COUNTY["code"], DISTRICT["code"]],
                by=DEMO_ACTOR,
                policy=policy,
                now=datetime.now(UTC),
            )
    # Grids (seed 004's shape: 5 counties, 79 grids); the intake clerk and the investigator take
    # every grid's findings.
    clerks = await StaffAccount.filter(username__in=["intake", "investigator"]).order_by("id")
    async with in_transaction() as conn:
        await seed_grids(
            conn, region=DEMO_REGION["code"], staff_ids=[c.id for c in clerks], now=datetime.now(UTC)
        )
        head = await StaffAccount.filter(username="head").using_db(conn).first()
        if cipher is not None and head is not None:
            approver = Actor(head.id, head.display_name, frozenset(head.roles), frozenset(head.regions))
            await seed_supervisors(conn, region=DEMO_REGION["code"], cipher=cipher, approver=approver,
                                   now=datetime.now(UTC))  # fmt: skip
    return points_person


async def deliver_survey_indicators(region: str, period: str) -> None:
    """Hand the latest ``survey.aggregated`` of ``region``'s ``period`` to credit now (the worker
    delivers it again later; the subscriber sets values, so that changes nothing)."""
    from credit.jobs import job_handlers
    from surveys.events import SURVEY_AGGREGATED

    for job in await Job.filter(kind=SURVEY_AGGREGATED).order_by("-id"):
        if (job.payload.get("region"), job.payload.get("period")) == (region, period):
            await job_handlers(clock=lambda: datetime.now(UTC))[SURVEY_AGGREGATED](job.payload)
            return


async def seed_commitments(cipher: FieldCipher) -> dict[str, str] | None:
    """The demo campaign with a third signed (after ``seed_demo``: it needs the registry); an unsigned
    practitioner's details for the banner. ID numbers are encrypted with the service's ``cipher``."""
    async with in_transaction() as conn:
        return await seed_commitments_demo(
            conn, region=DEMO_REGION["code"], cipher=cipher, now=datetime.now(UTC)
        )


async def demo_objection_code(*, calendar: WorkCalendar) -> tuple[str, str] | None:
    """A fresh objection code for one graded pharmacy of 示范市's published run, for the demo banner
    (as the points banner prints an access code): (institution code, objection code). Codes are stored
    hashed and shown once, so each start issues the notice again."""
    run = await CreditRun.filter(region=DEMO_REGION["code"], status="published").order_by("-id").first()
    if run is None:
        return None
    codes = await Institution.filter(region=DEMO_REGION["code"], kind="retail_pharmacy").values_list(
        "code", flat=True
    )
    graded = await (
        PublishedGrade.filter(run_id=run.id, grade__not_isnull=True, institution_code__in=list(codes))
        .order_by("institution_code")
        .first()
    )
    if graded is None:
        return None
    now = datetime.now(UTC)
    async with in_transaction() as conn:
        notices = await issue_notices(
            conn,
            run.id,
            actor=DEMO_ACTOR,
            now=now,
            calendar=calendar,
            reissue=True,
            only=graded.institution_code,
        )
    code = notices[0]["objection_code"]
    return (graded.institution_code, code) if code else None
