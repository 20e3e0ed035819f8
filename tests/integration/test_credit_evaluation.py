"""Stored evaluations on PostgreSQL and SQLite: the same grades as ``credit simulate`` on the same facts,
drafts kept from the public until published, publication replacing the public rows, history."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from credit import evaluation
from credit.cli import facts_json, simulate
from credit.errors import CreditError
from credit.models import CreditGrade, CreditRun, PublishedGrade
from credit.regions import scheme_for
from storage.models import AuditEntry
from tests.integration.credit_kit import HEAD, INTAKE, NOW, OFFICER, OUTSIDER, event, places


async def zhenjiang_region() -> None:
    """demo (Zhenjiang stars): a clean pharmacy, one with a violation, one with two, a chain whose
    headquarters is capped by a ★ branch, a new clinic not yet a year in the agreement, a revoked one."""
    await places("P0000001", "P0000002", "P0000003")
    await places("PHQ00001")
    await places("PBR00001", "PBR00002", chain_parent="PHQ00001")
    await places("H0000001", kind="clinic", level="1", agreement_start="2025-06-01")
    await places("H0000002", kind="inpatient_hospital", level="2", status="revoked")
    await event("P0000002", "violation", "2025-03-01")
    await event("P0000003", "violation", "2025-03-01")
    await event("P0000003", "violation", "2025-08-01", source="举报核查")
    await event("PBR00001", "fraud", "2025-05-05")
    await event("P0000001", "violation", "2024-06-01")  # before the rolling year: not counted


async def shizuishan_region() -> None:
    """demo2 (Shizuishan points): refusals by amount and level, commendations, a calendar-year window."""
    await places("S0000001", "S0000002", region="demo2")
    await places("SH000001", region="demo2", kind="inpatient_hospital", level="3")
    await places("SH000002", region="demo2", kind="inpatient_hospital", level="1")
    await event("S0000001", "violation", "2025-02-01", region="demo2")
    await event("S0000001", "commendation", "2025-04-01", region="demo2")
    await event("SH000001", "refused_payment", "2025-05-01", amount="650000", region="demo2")
    await event("SH000002", "refused_payment", "2025-05-01", amount="35000.50", region="demo2")
    await event("S0000002", "fraud", "2024-12-30", region="demo2")  # last calendar year


async def grades_of(run_id: int) -> dict[str, tuple[str | None, str | None, list[str]]]:
    rows = await CreditGrade.filter(run_id=run_id)
    return {r.institution_code: (r.grade, r.not_rated_reason, list(r.explanation)) for r in rows}


@pytest.mark.parametrize(("region", "setup"), [("demo", zhenjiang_region), ("demo2", shizuishan_region)])
async def test_stored_evaluation_gives_what_simulate_gives_on_the_same_facts(
    database: str, region: str, setup: object
) -> None:
    await setup()  # type: ignore[operator]
    run = await evaluation.evaluate(region, "2025", actor=OFFICER, now=NOW)
    assert (run.status, run.scheme, str(run.as_of)) == ("draft", scheme_for(region).name, "2025-12-31")
    facts = await evaluation.facts_for(region, "2025", now=NOW)
    simulated = simulate(scheme_for(region).name, json.dumps(facts_json(facts), ensure_ascii=False))
    stored = await grades_of(run.id)
    expected = {
        code: (g["grade"], g["not_rated_reason"], g["explanation"])
        for code, g in simulated["grades"].items()  # type: ignore[attr-defined]
    }
    assert stored == expected
    assert run.summary["institutions"] == len(stored)
    assert run.summary["not_rated"] == sum(1 for g in stored.values() if g[0] is None)


async def test_zhenjiang_region_grades_and_reasons(database: str) -> None:
    await zhenjiang_region()
    run = await evaluation.evaluate("demo", "2025", actor=OFFICER, now=NOW)
    got = {code: g[0] for code, g in (await grades_of(run.id)).items()}
    assert got == {
        "P0000001": "★★★",
        "P0000002": "★★",
        "P0000003": "★",
        "PHQ00001": "★★",  # one ★ branch: not ★★★ (seed 003 三(一)4)
        "PBR00001": "★",
        "PBR00002": "★★★",
        "H0000001": None,
        "H0000002": None,
    }
    assert run.summary["grades"] == {"★★★": 2, "★★": 2, "★": 2} and run.summary["not_rated"] == 2
    why = await evaluation.explain(run.id, "H0000001", actor=OFFICER)
    assert "不满1年" in why["not_rated_reason"]
    why = await evaluation.explain(run.id, "P0000003", actor=OFFICER)
    assert any("违法违规记录 2 次" in line and "2025-08-01 举报核查" in line for line in why["explanation"])


async def test_shizuishan_region_scores_refusals_by_level(database: str) -> None:
    await shizuishan_region()
    run = await evaluation.evaluate("demo2", "2025", actor=OFFICER, now=NOW)
    got = {code: g[0] for code, g in (await grades_of(run.id)).items()}
    # 100 - 10 + 2 = 92; 650,000 at a tertiary hospital = 2 whole units of 300,000 = -100 → 0;
    # 35,000.50 at a primary one = 3 units of 10,000 = -150 → 0; last year's fraud does not count.
    assert got == {"S0000001": "AAA", "S0000002": "AAA", "SH000001": "B", "SH000002": "B"}


async def test_a_draft_is_not_public_until_published_and_publication_replaces_the_rows(database: str) -> None:
    await zhenjiang_region()
    first = await evaluation.evaluate("demo", "2025", actor=OFFICER, now=NOW)
    assert await PublishedGrade.filter(region="demo").count() == 0
    published = await evaluation.publish(first.id, actor=HEAD, now=NOW)
    assert published.status == "published"
    row = await PublishedGrade.get(institution_code="P0000002")
    assert (row.run_id, row.grade, row.period, str(row.published_on)) == (
        first.id,
        "★★",
        "2025",
        "2026-01-10",
    )
    assert row.meaning.startswith("信用一般（三(一)2") and "监管措施：提醒约谈" in row.meaning
    not_rated = await PublishedGrade.get(institution_code="H0000002")
    assert not_rated.grade is None and not_rated.not_rated_reason and not_rated.meaning == ""

    await event("P0000002", "violation", "2025-09-09")  # a second violation: ★
    later = NOW + timedelta(days=3)
    second = await evaluation.evaluate("demo", "2025", actor=OFFICER, now=later)
    assert (await PublishedGrade.get(institution_code="P0000002")).grade == "★★"  # the draft is not shown
    await evaluation.publish(second.id, actor=OFFICER, now=later)
    row = await PublishedGrade.get(institution_code="P0000002")
    assert (row.run_id, row.grade, str(row.published_on)) == (second.id, "★", "2026-01-13")
    assert await PublishedGrade.filter(region="demo").count() == 8  # one row per institution
    history = await evaluation.runs("demo", actor=OFFICER)
    assert [(r.id, r.status) for r in history] == [(second.id, "published"), (first.id, "superseded")]
    assert (await grades_of(first.id))["P0000002"][0] == "★★"  # the old run is kept as it was
    actions = await AuditEntry.filter(action="credit.publish").values_list("subject", flat=True)
    assert sorted(actions) == sorted([f"credit_run:{first.id}", f"credit_run:{second.id}"])


async def test_only_drafts_are_published_and_only_by_credit_staff_of_the_region(database: str) -> None:
    await places("P0000001")
    run = await evaluation.evaluate("demo", "2025", actor=OFFICER, now=NOW)
    for who in (INTAKE, OUTSIDER):
        with pytest.raises(CreditError) as refused:
            await evaluation.publish(run.id, actor=who, now=NOW)
        assert refused.value.code == "forbidden"
    with pytest.raises(CreditError):
        await evaluation.evaluate("demo", "2025", actor=OUTSIDER, now=NOW)
    await evaluation.publish(run.id, actor=OFFICER, now=NOW)
    with pytest.raises(CreditError) as again:
        await evaluation.publish(run.id, actor=OFFICER, now=NOW)
    assert again.value.code == "not_draft"
    assert (await CreditRun.get(id=run.id)).status == "published"


async def test_a_period_not_yet_begun_or_malformed_is_refused(database: str) -> None:
    for period in ("2027", "2025-13", "25"):
        with pytest.raises(CreditError) as refused:
            await evaluation.evaluate("demo", period, actor=OFFICER, now=NOW)
        assert refused.value.code == "bad_period"
    with pytest.raises(CreditError) as unknown:
        await evaluation.evaluate("nowhere", "2025", actor="cli:test", now=NOW)
    assert unknown.value.code == "unknown_region"


async def test_a_running_month_is_graded_as_of_today(database: str) -> None:
    await places("S0000001", region="demo2")
    await event("S0000001", "violation", "2026-01-05", region="demo2")
    run = await evaluation.evaluate("demo2", "2026-01", actor=OFFICER, now=NOW)
    assert str(run.as_of) == "2026-01-10"
    assert (await grades_of(run.id))["S0000001"][0] == "AAA"  # 90: on the edge, the upper band


async def test_staff_see_which_scheme_values_deciding_a_grade_are_placeholders(database: str) -> None:
    await shizuishan_region()
    run = await evaluation.evaluate("demo2", "2025", actor=OFFICER, now=NOW)
    why = await evaluation.explain(run.id, "S0000001", actor=OFFICER)
    assert why["provisional"] and all("暂定" in line for line in why["provisional"])
    await zhenjiang_region()
    confirmed = await evaluation.evaluate("demo", "2025", actor=OFFICER, now=NOW)
    assert (await evaluation.explain(confirmed.id, "P0000001", actor=OFFICER))["provisional"] == []
