"""Pure grading: a scheme and the facts in, a grade or "not rated" with a Chinese explanation out.

No storage and no clock: the evaluation date is ``facts.as_of``. Dispatch is on the scheme *type*
(``credit.engine.schemes``); every regional number, band and rule comes from the scheme file.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from credit.engine.facts import (
    EVENT_LABELS,
    INDICATOR_LABELS,
    KIND_LABELS,
    STATUS_LABELS,
    CreditEvent,
    EventKind,
    Facts,
    InstitutionFacts,
)
from credit.engine.schemes import (
    CompositeScheme,
    CountRule,
    CountRulesScheme,
    Exclusions,
    Scheme,
    ScoreBandsScheme,
    Window,
)
from credit.engine.scoring import band_for, describe_events, fmt, points_kinds, points_total, rounded
from credit.errors import CreditError
from kernel.clock import add_months

PROGRESS_STEP = 500
WINDOW_LABELS: dict[Window, str] = {
    "rolling_year": "评价日前一年内",
    "calendar_year": "自然年度内截至评价日",
}


@dataclass(frozen=True)
class Outcome:
    """One institution's result; ``score`` is for schemes with points (not part of the CLI output)."""

    grade: str | None
    not_rated_reason: str | None
    explanation: tuple[str, ...]
    score: Decimal | None = None

    def as_json(self) -> dict[str, object]:
        return {
            "grade": self.grade,
            "not_rated_reason": self.not_rated_reason,
            "explanation": list(self.explanation),
        }



def window_of(window: Window, as_of: date) -> tuple[date, date]:
    """First and last day (both counted) of the events a grade on ``as_of`` looks at.

    ``rolling_year`` is "1年之内" of seed 003: the year ending on ``as_of``, so on 2025-06-30 events from
    2024-07-01. ``calendar_year`` is seed 000's "以自然年度为周期": 1 January to ``as_of``.
    """
    if window == "calendar_year":
        return date(as_of.year, 1, 1), as_of
    return add_months(as_of, -12) + timedelta(days=1), as_of


def exclusion(rules: Exclusions, inst: InstitutionFacts, as_of: date) -> str | None:
    """Why ``inst`` is not rated on ``as_of``, or None."""
    if inst.kind not in rules.rated_kinds:
        rated = "、".join(KIND_LABELS[k] for k in rules.rated_kinds)
        return f"本方案只评定{rated}，{KIND_LABELS[inst.kind]}不参与评价"
    if inst.status in rules.statuses:
        return f"{rules.statuses[inst.status]}（协议状态：{STATUS_LABELS[inst.status]}）"
    if inst.agreement_start > as_of:
        return f"医保服务协议自 {inst.agreement_start} 起，评价日 {as_of} 尚未开始"
    if add_months(inst.agreement_start, rules.min_agreement_months) > as_of:
        return (
            f"{rules.min_agreement_reason}：协议自 {inst.agreement_start} 起，"
            f"至评价日 {as_of} 不满 {rules.min_agreement_months} 个月"
        )
    return None


def used_event_kinds(scheme: Scheme) -> set[EventKind]:
    match scheme:
        case ScoreBandsScheme():
            return points_kinds(scheme.points)
        case CountRulesScheme():
            return {c.event for rule in scheme.rules for c in rule.conditions}
        case CompositeScheme():
            return {k for c in scheme.components if c.points is not None for k in points_kinds(c.points)}


def used_indicators(scheme: Scheme) -> set[str]:
    if isinstance(scheme, CompositeScheme):
        return {c.indicator for c in scheme.components if c.indicator is not None}
    return set()


@dataclass(frozen=True)
class _Graded:
    grade: str | None
    lines: list[str]
    score: Decimal | None = None
    not_rated_reason: str | None = None


def _score_bands(scheme: ScoreBandsScheme, inst: InstitutionFacts, events: Sequence[CreditEvent]) -> _Graded:
    total, lines = points_total(scheme.points, inst, events)
    score = rounded(total, scheme.score_places)
    band, range_text = band_for(scheme.bands, score)
    lines.append(f"得分 {fmt(score)} 分，评为{scheme.shown(band.grade)}（{range_text}）")
    return _Graded(band.grade, lines, score)


def _condition_text(rule: CountRule, counts: Counter[EventKind], *, only_held: bool) -> str:
    parts = []
    for c in rule.conditions:
        n = counts[c.event]
        if only_held and not c.holds(n):
            continue
        bound = f"≥ {c.at_least}" if c.at_least is not None else f"≤ {c.at_most}"
        parts.append(f"{EVENT_LABELS[c.event]} {n} 次 {bound}")
    return "；".join(parts)


def _count_rules(scheme: CountRulesScheme, events: Sequence[CreditEvent]) -> _Graded:
    counts: Counter[EventKind] = Counter(e.kind for e in events)
    kinds = sorted(used_event_kinds(scheme), key=list(EVENT_LABELS).index)
    listed = []
    for kind in kinds:
        dated = [e for e in events if e.kind == kind]
        listed.append(
            f"{EVENT_LABELS[kind]} {len(dated)} 次" + (f"（{describe_events(dated)}）" if dated else "")
        )
    lines = ["统计期内：" + "、".join(listed)]
    for rule in scheme.rules:
        held = [c.holds(counts[c.event]) for c in rule.conditions]
        if any(held) if rule.match == "any" else all(held):
            why = _condition_text(rule, counts, only_held=rule.match == "any")
            lines.append(f"符合{scheme.shown(rule.grade)}的认定标准（{rule.source}）：{why}")
            return _Graded(rule.grade, lines)
        lines.append(f"不符合{scheme.shown(rule.grade)}的认定标准（{rule.source}）")
    lines.append(f"不属于以上情形，评为{scheme.shown(scheme.otherwise.grade)}（{scheme.otherwise.source}）")
    return _Graded(scheme.otherwise.grade, lines)


def _composite(scheme: CompositeScheme, inst: InstitutionFacts, events: Sequence[CreditEvent]) -> _Graded:
    total, lines = Decimal(0), []
    for part in scheme.components:
        if part.points is not None:
            value, point_lines = points_total(part.points, inst, events)
            lines += [f"{part.label}：{line}" for line in point_lines]
        else:
            assert part.indicator is not None  # Component checks one of the two
            found = inst.indicators.get(part.indicator)
            label = INDICATOR_LABELS.get(part.indicator, part.indicator)
            if found is None:
                reason = f"缺少指标 indicators.{part.indicator}（{label}），无法计算{part.label}"
                return _Graded(None, lines, not_rated_reason=reason)
            if not Decimal(0) <= found <= part.full:
                raise CreditError(
                    "bad_facts",
                    [f"{inst.code} 的 indicators.{part.indicator} 应在 0 到 {fmt(part.full)} 之间"],
                )
            value = found
            lines.append(f"{part.label}：指标 {part.indicator}（{label}）= {fmt(value)}（{part.source}）")
        share = value * part.weight * scheme.scale / part.full
        total += share
        weight = f"权重 {fmt(part.weight * 100)}%"
        lines.append(
            f"{part.label} {fmt(value)}/{fmt(part.full)} × {weight} × {fmt(scheme.scale)} 分"
            f" = {fmt(rounded(share, 4))} 分"
        )
    score = rounded(total, scheme.score_places)
    band, range_text = band_for(scheme.bands, score)
    shown = scheme.shown(band.grade)
    lines.append(f"综合得分 {fmt(score)} 分（满分 {fmt(scheme.scale)}），评为{shown}（{range_text}）")
    return _Graded(band.grade, lines, score)


def grade_one(scheme: Scheme, inst: InstitutionFacts, as_of: date) -> Outcome:
    """The institution's own grade (before any chain rule)."""
    head = f"评价方案：{scheme.title}（{scheme.source}）；评价日 {as_of}"
    reason = exclusion(scheme.exclusions, inst, as_of)
    if reason is not None:
        return Outcome(None, reason, (head, f"不参与信用评价：{reason}"))
    start, end = window_of(scheme.window, as_of)
    inside = [e for e in inst.events if start <= e.date <= end]
    lines = [head, f"统计期 {start} 至 {end}（{WINDOW_LABELS[scheme.window]}）"]
    outside = [e for e in inst.events if not start <= e.date <= end]
    if outside:
        lines.append(f"统计期外的事件 {len(outside)} 件不计入（{describe_events(outside)}）")
    match scheme:
        case ScoreBandsScheme():
            graded = _score_bands(scheme, inst, inside)
        case CountRulesScheme():
            graded = _count_rules(scheme, inside)
        case CompositeScheme():
            graded = _composite(scheme, inst, inside)
    lines += graded.lines
    unused = Counter(e.kind for e in inside if e.kind not in used_event_kinds(scheme))
    if unused:
        lines.append(
            "本方案不计入的事件：" + "、".join(f"{EVENT_LABELS[k]} {n} 次" for k, n in unused.items())
        )
    spare = sorted(set(inst.indicators) - used_indicators(scheme))
    if spare:
        lines.append("本方案不使用的指标：" + "、".join(f"{k} = {fmt(inst.indicators[k])}" for k in spare))
    if graded.not_rated_reason is not None:
        lines.append(f"不参与信用评价：{graded.not_rated_reason}")
    return Outcome(graded.grade, graded.not_rated_reason, tuple(lines), graded.score)


def _apply_chain_rule(scheme: Scheme, facts: Facts, own: dict[str, Outcome]) -> dict[str, Outcome]:
    """Cap chain headquarters by their branches' own grades (seed 003 三(一)4; POLICY §4 "Chains").

    Only direct branches (``chain_parent`` = the headquarters' code) of the rule's kinds count, graded
    on their own records; unrated branches do not count. The rule only ever lowers a grade.
    """
    rule = scheme.chain_rule
    if rule is None:
        return own
    branches: defaultdict[str, list[InstitutionFacts]] = defaultdict(list)
    for inst in facts.institutions:
        if inst.chain_parent and inst.chain_parent != inst.code and inst.kind in rule.kinds:
            branches[inst.chain_parent].append(inst)
    out = dict(own)
    worst = scheme.rank(rule.branch_grade)
    for hq in facts.institutions:
        mine, result = branches.get(hq.code), own[hq.code]
        if not mine or hq.kind not in rule.kinds or result.grade is None:
            continue
        rated = [b for b in mine if own[b.code].grade is not None]
        low = [b.code for b in rated if scheme.rank(own[b.code].grade or "") >= worst]
        line = (
            f"连锁规则（{rule.source}）：下属门店 {len(mine)} 家，参评 {len(rated)} 家，"
            f"其中 {len(low)} 家为{scheme.shown(rule.branch_grade)}"
            + (f"（{'、'.join(low)}）" if low else "")
        )
        steps = [s for s in rule.steps if len(low) >= s.branches_at_least]
        grade = result.grade
        if not steps:
            line += "，不影响本机构等级"
        else:
            step = steps[-1]
            cap = step.grade_at_most
            rule_text = f"{'原则上' if step.discretionary else ''}不得高于{scheme.shown(cap)}"
            if scheme.rank(grade) < scheme.rank(cap):
                line += f"，{rule_text}：由{scheme.shown(grade)}调整为{scheme.shown(cap)}"
                grade = cap
            else:
                line += f"，{rule_text}；本机构按自身记录已为{scheme.shown(grade)}，不再调整"
        out[hq.code] = Outcome(grade, None, (*result.explanation, line), result.score)
    return out


def grade_institutions(
    scheme: Scheme, facts: Facts, *, advance: Callable[[int], None] | None = None
) -> dict[str, Outcome]:
    """Every institution of ``facts`` graded by ``scheme`` as of ``facts.as_of``, in input order.

    ``advance(n)`` is told every ``n`` institutions graded (a progress bar for a whole region).
    """
    own: dict[str, Outcome] = {}
    for index, inst in enumerate(facts.institutions, 1):
        own[inst.code] = grade_one(scheme, inst, facts.as_of)
        if advance is not None and index % PROGRESS_STEP == 0:
            advance(PROGRESS_STEP)
    if advance is not None and len(own) % PROGRESS_STEP:
        advance(len(own) % PROGRESS_STEP)
    return _apply_chain_rule(scheme, facts, own)
