"""The demo seed (`fundguard demo`): two regions with registries, credit events, one published evaluation
each (so 查药店 shows grades at once), the demo staff; and a second seed changes nothing."""

from __future__ import annotations

from credit.models import CreditEventRecord, CreditRun, PublishedGrade
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
    }


async def test_the_demo_seed_publishes_a_grade_for_every_institution_once(database: str) -> None:
    await seed_demo()
    first = await counts()
    assert first["regions"] == 2 and first["staff"] == 6 and first["events"] > 0
    for region in ("demo", "demo2"):
        runs = await CreditRun.filter(region=region)
        assert [r.status for r in runs] == ["published"]
        institutions = await Institution.filter(region=region).count()
        assert await PublishedGrade.filter(region=region).count() == institutions > 0
    graded = await PublishedGrade.filter(region="demo", grade__not_isnull=True).count()
    assert graded > 0  # not everything "not rated"
    await seed_demo()
    assert await counts() == first
