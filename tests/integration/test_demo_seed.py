"""The demo seed (`fundguard demo`): two regions with registries, credit events, one published evaluation
each (so 查药店 shows grades at once), practitioner points, the demo staff; a second seed changes nothing."""

from __future__ import annotations

from datetime import UTC, datetime

from credit.models import CreditEventRecord, CreditRun, PublishedGrade
from kernel.clock import china_day
from points.models import PointRecord
from points.service import standing
from registry.models import Institution
from server.seed import seed_demo
from staff.models import StaffAccount
from storage.models import Region


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
    assert first["regions"] == 2 and first["staff"] == 6 and first["events"] > 0
    for region in ("demo", "demo2"):
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
    assert await seed_demo() == person
    assert await counts() == first
