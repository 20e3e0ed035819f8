"""Zhenjiang stars (seed 003 三(一)): one-year counts, the chain-store rule and every exclusion."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.credit_helpers import event, grade, grade_of, inst, violations

Z = "zhenjiang"


def test_a_clean_year_is_three_stars() -> None:
    assert grade_of(Z, inst(events=[event("commendation")])) == "★★★"


@pytest.mark.parametrize("kind", ["violation", "complaint_substantiated", "price_interview"])
def test_one_violation_complaint_or_price_interview_is_two_stars(kind: str) -> None:
    assert grade_of(Z, inst(events=[event(kind)])) == "★★"


def test_one_of_each_countable_event_is_still_two_stars() -> None:
    events = [event("violation"), event("complaint_substantiated"), event("price_interview")]
    assert grade_of(Z, inst(events=events)) == "★★"


@pytest.mark.parametrize("kind", ["violation", "complaint_substantiated", "price_interview"])
def test_two_of_one_kind_in_a_year_is_one_star(kind: str) -> None:
    assert grade_of(Z, inst(events=violations(2, kind))) == "★"


@pytest.mark.parametrize("kind", ["fraud", "agreement_breach"])
def test_a_single_fraud_or_agreement_breach_is_one_star(kind: str) -> None:
    assert grade_of(Z, inst(events=[event(kind)])) == "★"


def test_a_refused_payment_is_not_a_zhenjiang_criterion_and_is_listed_as_not_counted() -> None:
    outcome = grade(Z, inst(events=[event("refused_payment", amount="500000")]))["P1"]
    assert outcome.grade == "★★★"
    assert any("本方案不计入的事件：医保拒付 1 次" in line for line in outcome.explanation)


def test_only_events_of_the_year_ending_on_the_evaluation_day_count() -> None:
    # as_of 2025-06-30: the window is 2024-07-01 … 2025-06-30 ("1年之内").
    old = [event("violation", on="2024-06-30"), event("violation", on="2025-07-01")]
    assert grade_of(Z, inst(events=old)) == "★★★"
    edges = [event("violation", on="2024-07-01"), event("violation", on="2025-06-30")]
    assert grade_of(Z, inst(events=edges)) == "★"


def test_the_explanation_names_the_rule_and_the_events_that_decided() -> None:
    outcome = grade(Z, inst(events=violations(2)))["P1"]
    text = "\n".join(outcome.explanation)
    assert "三(一)3" in text and "违法违规记录 2 次 ≥ 2" in text and "2025-01-10" in text


def _chain(star_branches: int, *, hq_events: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """A chain headquarters HQ, ``star_branches`` ★ branches B0… and one clean branch C0."""
    hq = inst("HQ", events=hq_events or [])
    branches = [inst(f"B{i}", chain_parent="HQ", events=violations(2)) for i in range(star_branches)]
    branches.append(inst("C0", chain_parent="HQ"))
    return [hq, *branches]


@pytest.mark.parametrize(
    ("star_branches", "expected"),
    [(0, "★★★"), (1, "★★"), (2, "★★"), (3, "★★"), (4, "★"), (5, "★")],
)
def test_a_chain_is_capped_by_how_many_of_its_branches_are_one_star(
    star_branches: int, expected: str
) -> None:
    outcomes = grade(Z, *_chain(star_branches))
    assert outcomes["HQ"].grade == expected
    assert all(outcomes[f"B{i}"].grade == "★" for i in range(star_branches))
    assert outcomes["C0"].grade == "★★★"


def test_the_one_and_two_branch_cap_is_marked_as_in_principle() -> None:
    chain_line = grade(Z, *_chain(1))["HQ"].explanation[-1]
    assert "原则上不得高于“★★”" in chain_line and "B0" in chain_line


def test_the_chain_rule_never_raises_a_headquarters_own_grade() -> None:
    outcomes = grade(Z, *_chain(3, hq_events=[event("fraud")]))
    assert outcomes["HQ"].grade == "★"
    assert "不再调整" in outcomes["HQ"].explanation[-1]


def test_unrated_branches_do_not_count_towards_the_chain_rule() -> None:
    young = [
        inst(f"N{i}", chain_parent="HQ", agreement_start="2025-01-01", events=violations(2)) for i in range(4)
    ]
    outcomes = grade(Z, inst("HQ"), *young)
    assert outcomes["HQ"].grade == "★★★"
    assert all(outcomes[f"N{i}"].grade is None for i in range(4))


def test_branches_are_graded_on_their_own_record_not_capped_by_the_chain() -> None:
    outcomes = grade(Z, *_chain(4))
    assert outcomes["C0"].grade == "★★★"


@pytest.mark.parametrize(
    ("status", "words"),
    [
        ("ended_by_institution", "主动解除服务协议"),
        ("not_renewed", "未达到续签服务协议条件"),
        ("suspended", "暂停执业许可"),
        ("revoked", "吊销执业许可"),
    ],
)
def test_each_excluded_status_is_not_rated_with_its_reason(status: str, words: str) -> None:
    outcome = grade(Z, inst(status=status, events=violations(3)))["P1"]
    assert outcome.grade is None
    assert outcome.not_rated_reason is not None and words in outcome.not_rated_reason


def test_an_agreement_under_one_year_is_not_rated_and_one_of_exactly_a_year_is() -> None:
    young = grade(Z, inst(agreement_start="2024-07-01"))["P1"]
    assert young.grade is None and young.not_rated_reason is not None
    assert "不满1年" in young.not_rated_reason
    assert grade_of(Z, inst(agreement_start="2024-06-30")) == "★★★"


def test_an_agreement_starting_after_the_evaluation_day_is_not_rated() -> None:
    outcome = grade(Z, inst(agreement_start="2025-07-01"))["P1"]
    assert outcome.grade is None and outcome.not_rated_reason is not None


def test_a_leap_day_agreement_reaches_its_year_on_the_last_day_of_february() -> None:
    assert grade_of(Z, inst(agreement_start="2024-02-29"), as_of="2025-02-28") == "★★★"
    assert grade_of(Z, inst(agreement_start="2024-02-29"), as_of="2025-02-27") is None
