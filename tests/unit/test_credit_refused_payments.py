"""Shizuishan refused payments (seed 000 二(一)四): 50 points per 300,000 / 100,000 / 10,000 yuan by level."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pydantic import ValidationError

from credit.engine.schemes import ScoreBandsScheme, load_scheme
from tests.unit.credit_helpers import event, facts, grade, inst


def _score(level: str, *amounts: str, scheme: ScoreBandsScheme | None = None) -> Decimal | None:
    kind = "retail_pharmacy" if level == "none" else "inpatient_hospital"
    refusals = [event("refused_payment", amount=a) for a in amounts]
    return grade(scheme or "shizuishan", inst(kind=kind, level=level, events=refusals))["P1"].score


@pytest.mark.parametrize(
    ("level", "unit"),
    [("3", "300000"), ("2", "100000"), ("1", "10000"), ("none", "10000")],
)
def test_each_full_unit_refused_costs_fifty_points_by_level(level: str, unit: str) -> None:
    one = Decimal(unit)
    assert _score(level, str(one)) == Decimal(50)
    assert _score(level, str(one - Decimal("0.01"))) == Decimal(100)
    assert _score(level, str(one * 2 - Decimal("0.01"))) == Decimal(50)
    assert _score(level, str(one * 2)) == Decimal(0)


def test_refusals_in_the_window_are_summed_before_counting_units() -> None:
    assert _score("3", "150000", "150000") == Decimal(50)
    assert _score("2", "60000", "39999.99") == Decimal(100)


def test_a_tertiary_hospital_refused_300000_drops_from_aaa_to_b() -> None:
    outcome = grade(
        "shizuishan",
        inst(kind="inpatient_hospital", level="3", events=[event("refused_payment", amount="300000")]),
    )
    result = outcome["P1"]
    assert result.grade == "B"
    line = next(x for x in result.explanation if "医保拒付" in x)
    assert "300,000.00 元" in line and "三级" in line and "1 份 × 50 = 50 分" in line


def test_refusals_beyond_the_floor_stop_at_zero() -> None:
    assert _score("1", "1000000") == Decimal(0)


def test_a_refusal_without_an_amount_is_refused_as_input() -> None:
    with pytest.raises(ValidationError):
        facts(inst(events=[{"kind": "refused_payment", "date": "2025-03-01"}]))


def _variant(rounding: str) -> ScoreBandsScheme:
    base = load_scheme("shizuishan")
    assert isinstance(base, ScoreBandsScheme) and base.points.refused_payment is not None
    rule = base.points.refused_payment.model_copy(update={"rounding": rounding})
    return base.model_copy(update={"points": base.points.model_copy(update={"refused_payment": rule})})


def test_a_region_may_count_started_units_or_proportionally_instead() -> None:
    assert _score("1", "0.01", scheme=_variant("started_units")) == Decimal(50)
    assert _score("1", "10000", scheme=_variant("started_units")) == Decimal(50)
    # 89.99 exactly: 10.01 points off is 2,002 yuan at 50 points per 10,000.
    proportional = _variant("proportional")
    assert _score("1", "2002", scheme=proportional) == Decimal("89.99")
    result = grade(proportional, inst(events=[event("refused_payment", amount="2002")]))["P1"]
    assert result.grade == "AA"
    assert _score("1", "2000", scheme=proportional) == Decimal(90)
