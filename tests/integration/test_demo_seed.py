"""The demo seed (`fundguard demo`): two regions with registries, credit events, one published evaluation
each (so 查药店 shows grades at once), practitioner points, the demo staff; a second seed changes nothing."""

from __future__ import annotations

from datetime import UTC, datetime

from tortoise.transactions import in_transaction

from credit.models import CreditEventRecord, CreditIndicator, CreditRun, PublishedGrade
from credit.objections import objections_by_code, submit_objection
from kernel.clock import china_day
from points.models import PointRecord
from points.service import standing
from registry.models import Institution
from reports.rules import load_rules
from server.seed import demo_objection_code, seed_demo
from staff.models import StaffAccount
from storage.models import Region
from surveys.models import SurveyResponse


async def counts() -> dict[str, int]:
    return {
        "regions": await Region.all().count(),
        "institutions": await Institution.all().count(),
        "events": await CreditEventRecord.all().count(),
        "runs": await CreditRun.all().count(),
        "published": await PublishedGrade.all().count(),
        "staff": await StaffAccount.all().count(),
        "points": await PointRecord.all().count(),
    }


async def test_the_demo_seed_publishes_a_grade_for_every_institution_once(database: str) -> None:
    person = await seed_demo()
    first = await counts()
    assert first["regions"] == 3 and first["staff"] == 6 and first["events"] > 0
    for region in ("demo", "demo2", "demo3"):
        runs = await CreditRun.filter(region=region)
        assert [r.status for r in runs] == ["published"]
        institutions = await Institution.filter(region=region).count()
        assert await PublishedGrade.filter(region=region).count() == institutions > 0
    graded = await PublishedGrade.filter(region="demo", grade__not_isnull=True).count()
    assert graded > 0  # not everything "not rated"
    # Practitioner points: the banner's practitioner reached 9 points this year and is suspended 3 months.
    assert person is not None and first["points"] == 3
    now = await standing(person, as_of=china_day(datetime.now(UTC)))
    assert (now.status, now.points_this_year) == ("suspended", 9)
    # Surveys: 示范区's seeded answers became satisfaction indicators its Shenzhen-scheme grades use.
    grades = {g.institution_code: g for g in await PublishedGrade.filter(region="demo3")}
    assert grades["Z339903000001"].grade is not None and grades["Z339903000002"].grade is not None
    assert grades["Z339903000003"].grade is None and grades["Z339903000004"].grade is None
    assert await CreditIndicator.filter(region="demo3", source="survey").count() == 2
    answers = await SurveyResponse.all().count()
    assert await seed_demo() == person
    assert await counts() == first and await SurveyResponse.all().count() == answers


async def test_the_demo_banners_objection_code_opens_an_objection(database: str) -> None:
    await seed_demo()
    calendar = load_rules(receipt_key=b"k" * 32).calendar
    found = await demo_objection_code(calendar=calendar)
    assert found is not None
    code, objection_code = found
    now = datetime.now(UTC)
    async with in_transaction() as conn:
        made = await submit_objection(
            conn, institution_code=code, objection_code=objection_code, reason="记录有误，请予核实更正。",
            channel="h5", now=now, calendar=calendar,
        )  # fmt: skip
        shown = await objections_by_code(conn, institution_code=code, objection_code=objection_code)
    assert made.status == "open" and [o["status_title"] for o in shown] == ["待答复"]
    again = await demo_objection_code(calendar=calendar)  # each start prints a fresh one
    assert again is not None and again[1] != objection_code
