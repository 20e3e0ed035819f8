"""The reward for a case value under a policy, with an explanation a clerk and a reporter can read."""

from __future__ import annotations

from dataclasses import dataclass, field

from reward.errors import RewardError
from reward.policy import (
    NATIONAL_CAP_FEN,
    NATIONAL_FLOOR_FEN,
    ByEvidenceGrade,
    ByTargetParty,
    MarginalBands,
    Policy,
    Proportion,
)

PARTY_TITLES = {"institution": "定点医药机构", "insured": "参保人"}


def rate_of(amount_fen: int, rate_bp: int) -> int:
    """``amount × rate`` in fen, rounded half up (四舍五入) to the fen: the one rounding rule."""
    return (amount_fen * rate_bp + 5000) // 10000


def yuan(fen: int) -> str:
    return f"{fen // 100:,}.{fen % 100:02d}元"


def pct(rate_bp: int) -> str:
    return f"{rate_bp / 100:g}%"


@dataclass(frozen=True)
class Quote:
    amount_fen: int
    explanation: list[str]
    bands: list[dict[str, int | None]] = field(default_factory=list)
    floor_applied: bool = False
    cap_applied: bool = False


def _marginal(
    formula: MarginalBands, value: int, lines: list[str], bands: list[dict[str, int | None]]
) -> int:
    total, lower = 0, 0
    for band in formula.bands:
        upper = band.upto_fen
        part = (min(value, upper) if upper is not None else value) - lower
        if part <= 0:
            break
        paid = rate_of(part, band.rate_bp)
        total += paid
        bands.append(
            {"from_fen": lower, "to_fen": upper, "part_fen": part, "rate_bp": band.rate_bp, "fen": paid}
        )
        span = f"{yuan(lower)}–{yuan(upper)}" if upper is not None else f"{yuan(lower)}以上"
        lines.append(f"{span}部分 {yuan(part)} × {pct(band.rate_bp)} = {yuan(paid)}")
        if upper is None or value <= upper:
            break
        lower = upper
    return total


def _by_grade(formula: ByEvidenceGrade, value: int, grade: str | None, lines: list[str]) -> tuple[int, int]:
    if grade is None or grade not in formula.grades:
        raise RewardError("evidence_grade_required")
    rule = formula.grades[grade]
    amount = rate_of(value, rule.rate_bp)
    lines.append(
        f"证据等级{grade}（{rule.title}）：案值 {yuan(value)} × {pct(rule.rate_bp)} = {yuan(amount)}"
    )
    return amount, rule.min_fen


def _by_party(formula: ByTargetParty, value: int, party: str | None, lines: list[str]) -> int:
    if party is None or party not in formula.parties:
        raise RewardError("target_party_required")
    for tier in formula.parties[party]:
        if tier.upto_fen is None or value <= tier.upto_fen:
            amount = rate_of(value, tier.rate_bp) + tier.plus_fen
            plus = f" + {yuan(tier.plus_fen)}" if tier.plus_fen else ""
            bound = f"（案值不超过{yuan(tier.upto_fen)}）" if tier.upto_fen else ""
            whom = f"被举报方为{PARTY_TITLES[party]}{bound}"
            lines.append(f"{whom}：{yuan(value)} × {pct(tier.rate_bp)}{plus} = {yuan(amount)}")
            return amount
    raise RewardError("bad_policy")


def quote(
    policy: Policy, *, case_value_fen: int, evidence_grade: str | None = None, target_party: str | None = None
) -> Quote:
    """The reward in fen. The national floor and cap bind every policy; a policy may raise the floor."""
    if case_value_fen < 0:
        raise RewardError("bad_case_value")
    lines: list[str] = [f"政策：{policy.title}（{policy.source}）", f"案值：{yuan(case_value_fen)}"]
    if case_value_fen == 0:
        if policy.no_loss_fen is None:
            lines.append("基金无损失：本政策对无基金损失的案件不予奖励。")
            return Quote(0, lines)
        lines.append(f"基金无损失：按本政策定额奖励 {yuan(policy.no_loss_fen)}。")
        return Quote(policy.no_loss_fen, lines)

    bands: list[dict[str, int | None]] = []
    floor = max(policy.floor_fen, NATIONAL_FLOOR_FEN)
    formula = policy.formula
    if isinstance(formula, MarginalBands):
        amount = _marginal(formula, case_value_fen, lines, bands)
    elif isinstance(formula, ByEvidenceGrade):
        amount, grade_min = _by_grade(formula, case_value_fen, evidence_grade, lines)
        floor = max(floor, grade_min)
    elif isinstance(formula, ByTargetParty):
        amount = _by_party(formula, case_value_fen, target_party, lines)
    elif isinstance(formula, Proportion):
        amount = rate_of(case_value_fen, formula.rate_bp)
        lines.append(f"案值 {yuan(case_value_fen)} × {pct(formula.rate_bp)} = {yuan(amount)}")
    else:  # pragma: no cover - the discriminated union admits nothing else
        raise RewardError("bad_policy")
    lines.append(f"按比例计算：{yuan(amount)}")

    cap = min(policy.cap_fen, NATIONAL_CAP_FEN)
    if amount < floor:
        lines.append(f"低于最低奖励 {yuan(floor)}，按最低额奖励。")
        return Quote(floor, lines, bands, floor_applied=True)
    if amount > cap:
        lines.append(f"超过单次奖励上限 {yuan(cap)}，按上限奖励。")
        return Quote(cap, lines, bands, cap_applied=True)
    return Quote(amount, lines, bands)
