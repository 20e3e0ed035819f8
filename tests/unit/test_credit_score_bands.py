"""Score schemes: exact band edges (90 is AAA, 89.99 is AA), deductions, windows, Shaoxing and Suzhou."""

from __future__ import annotations

from decimal import Decimal

import pytest

from credit.engine.schemes import CompositeScheme, ScoreBandsScheme, load_scheme
from credit.engine.scoring import band_for
from tests.unit.credit_helpers import event, grade, grade_of, inst, violations

# (scheme, score, grade): every edge exactly, and 0.01 below it.
EDGES = [
    ("shizuishan", "100", "AAA"),
    ("shizuishan", "90", "AAA"),
    ("shizuishan", "89.99", "AA"),
    ("shizuishan", "80", "AA"),
    ("shizuishan", "79.99", "A"),
    ("shizuishan", "70", "A"),
    ("shizuishan", "69.99", "B"),
    ("shizuishan", "0", "B"),
    ("inner-mongolia", "90", "A"),
    ("inner-mongolia", "89.99", "B"),
    ("inner-mongolia", "80", "B"),
    ("inner-mongolia", "79.99", "C"),
    ("inner-mongolia", "65", "C"),
    ("inner-mongolia", "64.99", "D"),
    ("shaoxing", "90", "A"),
    ("shaoxing", "89.99", "B"),
    ("shaoxing", "80", "B"),
    ("shaoxing", "79.99", "C"),
    ("shaoxing", "70", "C"),
    ("shaoxing", "69.99", "D"),
    ("shaoxing", "60", "D"),
    ("shaoxing", "59.99", "E"),
    ("shenzhen", "180", "AAA"),
    ("shenzhen", "179.99", "AA"),
    ("shenzhen", "160", "AA"),
    ("shenzhen", "159.99", "A"),
    ("shenzhen", "140", "A"),
    ("shenzhen", "139.99", "B"),
]


@pytest.mark.parametrize(("name", "score", "expected"), EDGES)
def test_a_score_exactly_on_a_band_edge_takes_the_upper_band_and_a_hundredth_less_the_lower(
    name: str, score: str, expected: str
) -> None:
    scheme = load_scheme(name)
    assert isinstance(scheme, ScoreBandsScheme | CompositeScheme)
    assert band_for(scheme.bands, Decimal(score))[0].grade == expected


@pytest.mark.parametrize("name", ["shizuishan", "inner-mongolia", "shaoxing", "shenzhen"])
def test_every_edge_of_every_score_scheme_file_is_exact(name: str) -> None:
    scheme = load_scheme(name)
    assert isinstance(scheme, ScoreBandsScheme | CompositeScheme)
    for upper, lower in zip(scheme.bands, scheme.bands[1:], strict=False):
        assert upper.min is not None
        assert band_for(scheme.bands, upper.min)[0].grade == upper.grade
        assert band_for(scheme.bands, upper.min - Decimal("0.01"))[0].grade == lower.grade


def test_shizuishan_starts_at_100_and_one_violation_lands_exactly_on_the_aaa_edge() -> None:
    outcome = grade("shizuishan", inst(kind="inpatient_hospital", level="3", events=[event("violation")]))[
        "P1"
    ]
    assert (outcome.grade, outcome.score) == ("AAA", Decimal(90))
    assert grade_of("shizuishan", inst(events=violations(2))) == "AA"
    assert grade_of("shizuishan", inst(events=violations(3))) == "A"
    assert grade_of("shizuishan", inst(events=violations(4))) == "B"


def test_shizuishan_scores_never_go_below_zero_or_above_one_hundred() -> None:
    low = grade("shizuishan", inst(events=[event("fraud"), event("fraud"), event("fraud")]))["P1"]
    assert (low.grade, low.score) == ("B", Decimal(0))
    high = grade("shizuishan", inst(events=[event("commendation")] * 3))["P1"]
    assert high.score == Decimal(100)


def test_shizuishan_counts_the_calendar_year_up_to_the_evaluation_day() -> None:
    last_year = [event("violation", on="2024-12-31")] * 4
    assert grade_of("shizuishan", inst(events=last_year)) == "AAA"
    this_year = [event("violation", on="2025-01-01")] * 4
    assert grade_of("shizuishan", inst(events=this_year)) == "B"


def test_inner_mongolia_bands_a_to_d() -> None:
    assert [grade_of("inner-mongolia", inst(events=violations(n))) for n in (1, 2, 3, 4)] == [
        "A",
        "B",
        "C",
        "D",
    ]


def test_shaoxing_grades_pharmacies_a_to_e_and_does_not_rate_hospitals() -> None:
    assert [grade_of("shaoxing", inst(events=violations(n))) for n in (0, 2, 3, 4, 5)] == [
        "A",
        "B",
        "C",
        "D",
        "E",
    ]
    hospital = grade("shaoxing", inst(kind="inpatient_hospital", level="3"))["P1"]
    assert hospital.grade is None and hospital.not_rated_reason is not None
    assert "零售药店" in hospital.not_rated_reason


def test_suzhou_grades_aa_a_no_grade_and_b_and_no_grade_is_a_grade_not_a_refusal() -> None:
    assert grade_of("suzhou", inst()) == "AA"
    assert grade_of("suzhou", inst(events=[event("violation")])) == "A"
    assert grade_of("suzhou", inst(events=[event("refused_payment", amount="10")])) == "A"
    general = grade("suzhou", inst(events=violations(2)))["P1"]
    assert (general.grade, general.not_rated_reason) == ("无等级", None)
    assert grade_of("suzhou", inst(events=[event("fraud")])) == "B"


def test_schemes_other_than_zhenjiang_still_rate_a_suspended_institution_but_not_an_ended_one() -> None:
    assert grade_of("shizuishan", inst(status="suspended")) == "AAA"
    ended = grade("shizuishan", inst(status="ended_by_institution"))["P1"]
    assert ended.grade is None and ended.not_rated_reason is not None
