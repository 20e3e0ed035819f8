"""Shenzhen composite (POLICY §4): 80% standard score + 20% satisfaction on a 200-point scale."""

from __future__ import annotations

from decimal import Decimal

from credit.engine.facts import parse_facts
from credit.engine.grading import grade_institutions
from credit.engine.schemes import load_scheme
from tests.unit.credit_helpers import event, grade, inst

S = "shenzhen"


def _hospital(satisfaction: str | None, *events: dict[str, object]) -> dict[str, object]:
    indicators = {} if satisfaction is None else {"satisfaction": Decimal(satisfaction)}
    return inst("H1", kind="outpatient_hospital", level="2", events=list(events), indicators=indicators)


def test_standard_score_weighs_80_percent_and_satisfaction_20_percent() -> None:
    assert grade(S, _hospital("100"))["H1"].score == Decimal(200)
    assert grade(S, _hospital("0"))["H1"].score == Decimal(160)  # 0.8 × 200
    # one violation: standard 180 → 144; satisfaction 50 → 0.2 × 50/100 × 200 = 20
    result = grade(S, _hospital("50", event("violation")))["H1"]
    assert (result.score, result.grade) == (Decimal(164), "AA")
    text = "\n".join(result.explanation)
    assert "权重 80%" in text and "权重 20%" in text and "综合得分 164 分" in text


def test_a_composite_score_exactly_on_the_top_edge_is_the_top_grade_and_a_hundredth_less_is_not() -> None:
    assert grade(S, _hospital("50"))["H1"].grade == "AAA"  # 160 + 20 = 180
    edge = grade(S, _hospital("49.975"))["H1"]  # 160 + 19.99 = 179.99
    assert (edge.score, edge.grade) == (Decimal("179.99"), "AA")


def test_the_composite_is_rounded_half_up_to_the_hundredth_before_banding() -> None:
    assert grade(S, _hospital("49.9875"))["H1"].score == Decimal("180.00")  # 179.995
    assert grade(S, _hospital("49.9874"))["H1"].score == Decimal("179.99")  # 179.99496


def test_satisfaction_from_a_json_file_is_exact_not_float() -> None:
    text = '{"as_of": "2025-06-30", "institutions": [{"code": "H1", "kind": "clinic", "level": "none",'
    text += ' "agreement_start": "2020-01-01", "status": "active", "indicators": {"satisfaction": 49.975}}]}'
    outcome = grade_institutions(load_scheme(S), parse_facts(text))["H1"]
    assert (outcome.score, outcome.grade) == (Decimal("179.99"), "AA")


def test_without_a_satisfaction_indicator_the_institution_is_not_rated_and_told_why() -> None:
    outcome = grade(S, _hospital(None))["H1"]
    assert outcome.grade is None
    assert outcome.not_rated_reason is not None and "satisfaction" in outcome.not_rated_reason
