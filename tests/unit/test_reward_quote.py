"""Reward calculation: the POLICY §3 check values, floors, caps, grades, parties, rounding, the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reward.calculate import quote, rate_of
from reward.errors import RewardError
from reward.policy import builtin_names, load_policy

YUAN = 100
FUNDGUARD = str(Path(sys.executable).with_name("fundguard"))


@pytest.mark.parametrize(
    ("case_value_yuan", "reward_yuan"),
    [(5_000, 200), (100_000, 2_000), (1_000_000, 15_500), (10_000_000, 105_500), (30_000_000, 200_000)],
)
def test_sichuan_check_values_from_policy(case_value_yuan: int, reward_yuan: int) -> None:
    assert (
        quote(load_policy("sichuan"), case_value_fen=case_value_yuan * YUAN).amount_fen == reward_yuan * YUAN
    )


def test_sichuan_floor_and_cap_edges() -> None:
    sichuan = load_policy("sichuan")
    assert quote(sichuan, case_value_fen=9_999_00).floor_applied  # 199.98 → the 200 floor
    assert not quote(sichuan, case_value_fen=9_999_99).floor_applied  # 199.9998 rounds to 200.00
    at_floor = quote(sichuan, case_value_fen=10_000 * YUAN)  # 2% of 10,000 = 200 exactly
    assert at_floor.amount_fen == 200 * YUAN and not at_floor.floor_applied
    above = quote(sichuan, case_value_fen=10_050 * YUAN)
    assert above.amount_fen == 201 * YUAN and not above.floor_applied
    # 105,500 + 0.5% × (v − 10,000,000) reaches 200,000 at v = 28,900,000.
    at_cap = quote(sichuan, case_value_fen=28_900_000 * YUAN)
    assert at_cap.amount_fen == 200_000 * YUAN and not at_cap.cap_applied
    past = quote(sichuan, case_value_fen=28_900_001 * YUAN)
    assert past.amount_fen == 200_000 * YUAN and past.cap_applied


@pytest.mark.parametrize(
    ("grade", "value_yuan", "expected_yuan", "floored"),
    [
        ("1", 100_000, 3_000, False),
        ("1", 10_000, 400, True),  # 3% = 300 < the grade-1 minimum of 400
        ("2", 100_000, 2_000, False),
        ("2", 10_000, 300, True),
        ("3", 100_000, 1_000, False),
        ("3", 10_000, 200, True),
        ("1", 10_000_000, 200_000, False),  # 300,000 capped
    ],
)
def test_guangdong_pays_by_evidence_grade_with_each_grades_minimum(
    grade: str, value_yuan: int, expected_yuan: int, floored: bool
) -> None:
    result = quote(load_policy("guangdong"), case_value_fen=value_yuan * YUAN, evidence_grade=grade)
    assert result.amount_fen == expected_yuan * YUAN and result.floor_applied == floored


def test_guangdong_needs_a_grade() -> None:
    with pytest.raises(RewardError) as err:
        quote(load_policy("guangdong"), case_value_fen=100 * YUAN)
    assert err.value.code == "evidence_grade_required"


@pytest.mark.parametrize(
    ("party", "value_yuan", "expected_yuan"),
    [
        ("institution", 500_000, 10_000),  # 2% up to 500,000 inclusive
        ("institution", 500_001, 20_000),  # 4% of the whole value above it (20,000.04 → 20,000.04)
        ("institution", 10_000, 500),  # 2% = 200 < the Beijing floor of 500
        ("insured", 10_000, 1_000),
        ("insured", 20_000, 2_500),  # 10% + 500
        ("insured", 3_000_000, 200_000),  # 300,500 capped
    ],
)
def test_beijing_pays_by_target_party(party: str, value_yuan: int, expected_yuan: int) -> None:
    result = quote(load_policy("beijing"), case_value_fen=value_yuan * YUAN, target_party=party)
    if value_yuan == 500_001:
        assert result.amount_fen == 20_000_04  # exact to the fen
    else:
        assert result.amount_fen == expected_yuan * YUAN


def test_national_frame_floor_and_cap_bind_every_policy() -> None:
    national = load_policy("national")
    assert quote(national, case_value_fen=1 * YUAN).amount_fen == 200 * YUAN
    assert quote(national, case_value_fen=100_000_000 * YUAN).amount_fen == 200_000 * YUAN
    for name in builtin_names():
        policy = load_policy(name)
        extra = {"evidence_grade": "3", "target_party": "institution"}
        low = quote(policy, case_value_fen=1 * YUAN, **extra)
        high = quote(policy, case_value_fen=10**12, **extra)
        assert low.amount_fen >= 200 * YUAN and high.amount_fen == 200_000 * YUAN, name


def test_no_fund_loss_pays_nothing_without_a_loss_free_rule() -> None:
    for name in builtin_names():
        result = quote(load_policy(name), case_value_fen=0, evidence_grade="1", target_party="insured")
        assert result.amount_fen == 0 and any("无基金损失" in line for line in result.explanation)
    fixed = load_policy("national").model_copy(update={"no_loss_fen": 300 * YUAN})
    assert quote(fixed, case_value_fen=0).amount_fen == 300 * YUAN


def test_fen_rounding_is_half_up_and_stated_once() -> None:
    assert rate_of(25, 200) == 1  # 0.5 fen → 1 fen
    assert rate_of(24, 200) == 0  # 0.48 fen → 0
    assert rate_of(1_234_567, 150) == 18_519  # 18,518.505 → 18,519


def test_the_explanation_names_the_bands_and_the_cap() -> None:
    result = quote(load_policy("sichuan"), case_value_fen=30_000_000 * YUAN)
    assert len(result.bands) == 4 and result.cap_applied
    assert any("上限" in line for line in result.explanation)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env_free = {"PATH": str(Path(sys.executable).parent)}
    return subprocess.run(
        [FUNDGUARD, "reward", "quote", *args], capture_output=True, text=True, env=env_free, timeout=60
    )


def test_the_quote_command_prints_one_json_object() -> None:
    done = _run("--policy", "sichuan", "--case-value", "1000000")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1
    body = json.loads(lines[0])
    assert body["amount_fen"] == 15_500 * YUAN and body["explanation"]


@pytest.mark.parametrize(
    "args",
    [
        ("--policy", "guangdong", "--case-value", "100000"),  # grade missing
        ("--policy", "atlantis", "--case-value", "100"),
        ("--policy", "sichuan", "--case-value", "12.345"),
        ("--policy", "sichuan", "--case-value", "-1"),
    ],
)
def test_a_bad_quote_exits_2_with_a_chinese_message(args: tuple[str, ...]) -> None:
    done = _run(*args)
    assert done.returncode == 2 and done.stdout == "" and done.stderr.strip()
