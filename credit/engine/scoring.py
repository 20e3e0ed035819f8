"""Points totals and bands, in exact decimals: a score on a band edge gets the upper band (90 is AAA).

Scores are rounded half-up (四舍五入) to the scheme's ``score_places`` before the band is chosen, so the
grade always agrees with the score the explanation shows; nothing here is ever a float.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from credit.engine.facts import EVENT_LABELS, LEVEL_LABELS, CreditEvent, EventKind, InstitutionFacts, Level
from credit.engine.schemes import Band, Points, RefusedPayment

HUNDREDTH = Decimal("0.01")


def fmt(value: Decimal) -> str:
    """``50`` rather than ``50.00`` or ``5E+1``; ``89.99`` as it is."""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def yuan(value: Decimal) -> str:
    return f"{value:,.2f} 元"


def rounded(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def describe_events(events: Sequence[CreditEvent]) -> str:
    """``2025-03-01 飞行检查、2025-04-02``: when each event happened and where it came from."""
    parts = [f"{e.date.isoformat()} {e.source}" if e.source else e.date.isoformat() for e in events]
    return "、".join(parts)


def refusal_deduction(rule: RefusedPayment, *, level: Level, total: Decimal) -> tuple[Decimal, str]:
    """Points off for ``total`` yuan refused, and how they were counted (POLICY §4; seed 000 二(一)四)."""
    unit = rule.per_yuan[level]
    if rule.rounding == "proportional":
        points = rounded(rule.points * total / unit, 2)
        how = f"按比例：{fmt(rule.points)} × {yuan(total)} ÷ {yuan(unit)} = {fmt(points)} 分"
        return points, how
    whole = total // unit  # both non-negative: integer division is the floor
    units = whole if rule.rounding == "whole_units" or whole * unit == total else whole + 1
    per = f"每满 {yuan(unit)}" if rule.rounding == "whole_units" else f"每 {yuan(unit)}（不足也按一份计）"
    points = units * rule.points
    return points, f"{per}扣 {fmt(rule.points)} 分：{fmt(units)} 份 × {fmt(rule.points)} = {fmt(points)} 分"


def points_total(
    points: Points, inst: InstitutionFacts, events: Sequence[CreditEvent]
) -> tuple[Decimal, list[str]]:
    """The points an institution has after the window's events, with one explanation line per rule used."""
    total, lines = points.base, [f"起始分 {fmt(points.base)} 分（{points.source}）"]
    for kind, each in points.per_event.items():
        matching = [e for e in events if e.kind == kind]
        if not matching or each == 0:
            continue
        delta = each * len(matching)
        total += delta
        verb = "扣" if each < 0 else "加"
        lines.append(
            f"{EVENT_LABELS[kind]} {len(matching)} 次（{describe_events(matching)}）："
            f"每次{verb} {fmt(abs(each))} 分，共{verb} {fmt(abs(delta))} 分"
        )
    refusals = [e for e in events if e.kind == "refused_payment"]
    if points.refused_payment is not None and refusals:
        amount = sum((e.amount_yuan or Decimal(0) for e in refusals), Decimal(0))
        off, how = refusal_deduction(points.refused_payment, level=inst.level, total=amount)
        total -= off
        lines.append(
            f"{EVENT_LABELS['refused_payment']} {len(refusals)} 次（{describe_events(refusals)}），"
            f"合计 {yuan(amount)}；{LEVEL_LABELS[inst.level]}机构{how}（{points.refused_payment.source}）"
        )
    if total < points.floor:
        lines.append(f"合计 {fmt(total)} 分低于下限，按 {fmt(points.floor)} 分计")
        total = points.floor
    elif total > points.ceiling:
        lines.append(f"合计 {fmt(total)} 分高于满分，按 {fmt(points.ceiling)} 分计")
        total = points.ceiling
    return total, lines


def points_kinds(points: Points) -> set[EventKind]:
    kinds: set[EventKind] = {k for k, v in points.per_event.items() if v != 0}
    if points.refused_payment is not None:
        kinds.add("refused_payment")
    return kinds


def band_for(bands: Sequence[Band], score: Decimal) -> tuple[Band, str]:
    """The first band whose ``min`` the score reaches, and its range in words (``80 ≤ 分数 < 90``)."""
    upper: Decimal | None = None
    for band in bands:
        if band.min is None or score >= band.min:
            low = f"{fmt(band.min)} ≤ " if band.min is not None else ""
            high = f" < {fmt(upper)}" if upper is not None else ""
            return band, f"{low}分数{high}"
        upper = band.min
    raise AssertionError("the last band has no min")  # schemes.py checks this
