"""Practitioner points: bands, the 9 and 12 thresholds (a single 12-point event), the yearly reset, the
15-point deduction scheme, explanations and review requests."""

from __future__ import annotations

from datetime import date

import pytest

from kernel.clock import add_months
from points.engine import PointEvent, PointsError, assess, load_points_scheme, request_review
from points.rules import PointsScheme

NATIONAL = load_points_scheme("national-12")
FIFTEEN = load_points_scheme("deduction-15")
REASON = "当天患者病情危急，属于急诊抢救用药，不应记分。"


def ev(
    n: int, kind: str, points: int, on: date, *, months: int | None = None, summary: str = ""
) -> PointEvent:
    return PointEvent(id=f"e{n}", kind=kind, points=points, on=on, suspension_months=months, summary=summary)


def with_changes(scheme: PointsScheme, **changes: object) -> PointsScheme:
    return PointsScheme.model_validate(scheme.model_dump() | changes)


def test_both_built_in_schemes_load_and_validate() -> None:
    assert NATIONAL.name == "national-12" and FIFTEEN.name == "deduction-15"
    assert [(b.min_points, b.max_points) for b in NATIONAL.bands] == [(1, 3), (4, 6), (7, 9), (10, 12)]
    assert sorted({b.min_points for b in FIFTEEN.bands}) == [1, 2, 3, 6, 9]


def test_an_unknown_scheme_name_is_refused_in_chinese() -> None:
    with pytest.raises(PointsError) as err:
        load_points_scheme("../schemes/zhenjiang")
    assert err.value.code == "unknown_scheme" and "national-12" in err.value.message


def test_eight_points_leave_the_practitioner_in_good_standing() -> None:
    events = [ev(1, "moderate", 5, date(2026, 3, 1)), ev(2, "minor", 3, date(2026, 6, 1))]
    result = assess(NATIONAL, events, as_of=date(2026, 7, 1))
    assert result.status == "normal" and result.until is None and result.points_this_year == 8
    assert result.consequences == ()
    assert "本年度再记1分，累计将达到9分，暂停医保支付资格" in result.explanation[-2]


def test_reaching_exactly_nine_suspends_for_the_months_the_officer_chose() -> None:
    events = [ev(1, "moderate", 6, date(2026, 3, 1)), ev(2, "minor", 3, date(2026, 6, 10), months=3)]
    result = assess(NATIONAL, events, as_of=date(2026, 6, 10))
    assert result.status == "suspended" and result.until == date(2026, 9, 10)
    assert result.points_this_year == 9
    text = "\n".join(result.explanation)
    assert "本年度累计达到9分：暂停医保支付资格3个月" in text and "2026-09-10恢复" in text
    assert "急诊、抢救" in text
    assert assess(NATIONAL, events, as_of=date(2026, 9, 9)).status == "suspended"
    assert assess(NATIONAL, events, as_of=date(2026, 9, 10)).status == "normal"  # served
    assert assess(NATIONAL, events, as_of=date(2026, 6, 9)).status == "normal"  # not yet decided


def test_a_suspension_without_the_officers_months_or_outside_one_to_six_is_refused() -> None:
    first = ev(1, "moderate", 6, date(2026, 3, 1))
    with pytest.raises(PointsError) as missing:
        assess(NATIONAL, [first, ev(2, "minor", 3, date(2026, 6, 10))], as_of=date(2026, 7, 1))
    assert missing.value.code == "bad_months" and "1–6个月" in missing.value.message
    with pytest.raises(PointsError) as too_long:
        assess(NATIONAL, [first, ev(2, "minor", 3, date(2026, 6, 10), months=7)], as_of=date(2026, 7, 1))
    assert "不能是7个月" in too_long.value.message
    with pytest.raises(PointsError) as misplaced:
        assess(NATIONAL, [ev(1, "minor", 2, date(2026, 3, 1), months=2)], as_of=date(2026, 7, 1))
    assert "不应填写暂停月数" in misplaced.value.message


def test_a_region_may_set_the_suspension_months_by_points_instead() -> None:
    suspension = NATIONAL.thresholds[0].model_dump() | {
        "months": {
            "min": 1,
            "max": 6,
            "chosen_by": "points",
            "by_points": [{"from_points": 9, "months": 1}, {"from_points": 11, "months": 6}],
        }
    }
    scheme = with_changes(NATIONAL, thresholds=[suspension, NATIONAL.thresholds[1].model_dump()])
    nine = [ev(1, "moderate", 6, date(2026, 3, 1)), ev(2, "minor", 3, date(2026, 4, 1))]
    result = assess(scheme, nine, as_of=date(2026, 4, 2))
    assert result.until == date(2026, 5, 1)
    assert any("按本年度9分确定为1个月" in line for line in result.explanation)
    eleven = [ev(1, "moderate", 6, date(2026, 3, 1)), ev(2, "moderate", 5, date(2026, 3, 3))]
    assert assess(scheme, eleven, as_of=date(2026, 3, 4)).until == date(2026, 9, 3)


def test_twelve_points_from_several_events_terminate_with_re_registration_after_one_year() -> None:
    events = [
        ev(1, "serious", 9, date(2026, 2, 1), months=2),
        ev(2, "minor", 3, date(2026, 5, 4)),
    ]
    result = assess(NATIONAL, events, as_of=date(2026, 6, 1))
    assert result.status == "terminated" and result.until == date(2027, 5, 4)
    assert result.reregister_from == date(2027, 5, 4)
    assert [c.status for c in result.consequences] == ["suspended", "terminated"]
    assert any("多次记分累计达到12分，1年内不得重新登记备案" in line for line in result.explanation)
    # The termination outlives the yearly reset, then the practitioner may register again.
    assert assess(NATIONAL, events, as_of=date(2027, 1, 15)).status == "terminated"
    after = assess(NATIONAL, events, as_of=date(2027, 5, 4))
    assert after.status == "normal" and after.reregister_from == date(2027, 5, 4)
    assert "终止期已满：自2027-05-04起可重新登记备案" in after.explanation[-2]


def test_a_single_twelve_point_event_terminates_with_re_registration_after_three_years() -> None:
    result = assess(NATIONAL, [ev(1, "grave", 12, date(2026, 4, 1))], as_of=date(2026, 4, 2))
    assert result.status == "terminated" and result.until == date(2029, 4, 1)
    assert any("因一次记满12分，3年内不得重新登记备案" in line for line in result.explanation)
    # Also when earlier points were already on the record: the one event alone gave 12.
    events = [ev(1, "minor", 2, date(2026, 2, 1)), ev(2, "grave", 12, date(2026, 4, 1))]
    assert assess(NATIONAL, events, as_of=date(2026, 4, 2)).until == date(2029, 4, 1)


def test_one_event_jumping_past_nine_to_twelve_terminates_without_a_suspension() -> None:
    events = [ev(1, "moderate", 4, date(2026, 2, 1)), ev(2, "serious", 8, date(2026, 3, 1))]
    result = assess(NATIONAL, events, as_of=date(2026, 3, 2))
    assert result.status == "terminated" and result.until == date(2027, 3, 1)
    assert [c.status for c in result.consequences] == ["terminated"]
    assert not any("暂停医保支付资格" in line for line in result.explanation)


def test_points_from_last_year_do_not_count_this_year() -> None:
    events = [ev(1, "serious", 8, date(2025, 11, 1)), ev(2, "minor", 3, date(2026, 1, 5))]
    result = assess(NATIONAL, events, as_of=date(2026, 2, 1))
    assert result.status == "normal" and result.points_this_year == 3
    assert any("2025年度的记分已于2026-01-01清零" in line for line in result.explanation)
    assert assess(NATIONAL, events, as_of=date(2027, 1, 1)).points_this_year == 0


def test_a_suspension_running_across_new_year_continues_after_the_reset() -> None:
    events = [ev(1, "serious", 9, date(2026, 11, 20), months=4)]
    result = assess(NATIONAL, events, as_of=date(2027, 1, 10))
    assert result.status == "suspended" and result.until == date(2027, 3, 20)
    assert result.points_this_year == 0


def test_a_scoring_year_from_the_first_event_runs_twelve_months() -> None:
    rolling = with_changes(NATIONAL, scoring_year="from_first_event")
    events = [
        ev(1, "moderate", 6, date(2025, 11, 1)),
        ev(2, "minor", 3, date(2026, 3, 1), months=1),  # same scoring year as November: 9 points
        ev(3, "minor", 1, date(2026, 11, 2)),  # opens a new scoring year
    ]
    assert assess(rolling, events[:2], as_of=date(2026, 3, 1)).status == "suspended"
    later = assess(rolling, events, as_of=date(2026, 11, 3))
    assert later.points_this_year == 1
    assert any("2025-11-01起的记分年度的记分已于2026-11-01清零" in line for line in later.explanation)


def test_the_fifteen_point_scheme_suspends_at_nine_deducted_and_terminates_at_fifteen() -> None:
    events = [ev(1, "deduct_6", 6, date(2026, 3, 1)), ev(2, "deduct_2", 2, date(2026, 4, 1))]
    eight = assess(FIFTEEN, events, as_of=date(2026, 4, 2))
    assert eight.status == "normal" and eight.remaining == 7
    assert "本年度再扣1分，将扣满9分，暂停医保医师（药师）资格" in eight.explanation[-3]
    events.append(ev(3, "deduct_1", 1, date(2026, 5, 1), months=2))
    nine = assess(FIFTEEN, events, as_of=date(2026, 5, 2))
    assert nine.status == "suspended" and nine.until == date(2026, 7, 1) and nine.remaining == 6
    text = "\n".join(nine.explanation)
    assert "扣1分，本年度已扣9分，剩余6分" in text and "暂停医保医师（药师）资格2个月" in text
    assert "暂定：" in text  # the seed leaves the consequences to the region
    events.append(ev(4, "deduct_6", 6, date(2026, 9, 1)))
    fifteen = assess(FIFTEEN, events, as_of=date(2026, 9, 2))
    assert fifteen.status == "terminated" and fifteen.until == date(2027, 9, 1) and fifteen.remaining == 0


def test_points_outside_a_kinds_band_are_refused_with_the_allowed_band() -> None:
    with pytest.raises(PointsError) as national:
        assess(NATIONAL, [ev(1, "minor", 4, date(2026, 1, 5))], as_of=date(2026, 2, 1))
    assert national.value.code == "out_of_band"
    assert "“情节较轻的违法违规行为”只能记1–3分，不能记4分" in national.value.message
    with pytest.raises(PointsError) as fifteen:
        assess(FIFTEEN, [ev(1, "deduct_6", 4, date(2026, 3, 1))], as_of=date(2026, 4, 2))
    assert "只能记6分" in fifteen.value.message
    with pytest.raises(PointsError) as unknown:
        assess(NATIONAL, [ev(1, "jaywalking", 1, date(2026, 1, 5))], as_of=date(2026, 2, 1))
    assert unknown.value.code == "unknown_kind"


def test_duplicate_event_ids_are_refused() -> None:
    events = [ev(1, "minor", 1, date(2026, 1, 5)), ev(1, "minor", 2, date(2026, 1, 6))]
    with pytest.raises(PointsError) as err:
        assess(NATIONAL, events, as_of=date(2026, 2, 1))
    assert err.value.code == "bad_event"


def test_the_explanation_names_every_event_with_its_points_and_the_running_total() -> None:
    events = [
        ev(1, "moderate", 4, date(2026, 3, 1), summary="超量开药"),
        ev(2, "minor", 2, date(2026, 4, 1)),
    ]
    text = "\n".join(assess(NATIONAL, events, as_of=date(2026, 5, 1)).explanation)
    assert "2026-03-01 情节较重的违法违规行为（超量开药）：记4分，本年度累计4分。（记分编号e1）" in text
    assert "2026-04-01 情节较轻的违法违规行为：记2分，本年度累计6分。（记分编号e2）" in text
    assert "医保发〔2024〕23号" in text and "人工复核" in text


def test_events_decided_after_the_assessment_date_are_left_out() -> None:
    events = [ev(1, "minor", 2, date(2026, 3, 1)), ev(2, "grave", 12, date(2026, 8, 1))]
    result = assess(NATIONAL, events, as_of=date(2026, 5, 1))
    assert result.status == "normal" and result.points_this_year == 2
    assert not any("e2" in line for line in result.explanation)


def test_a_review_request_names_a_known_event_and_gives_a_reason() -> None:
    events = [ev(1, "moderate", 4, date(2026, 3, 1))]
    review = request_review(
        NATIONAL, events, event_id="e1", reason=f"  {REASON} ", requested_on=date(2026, 3, 10)
    )
    assert (review.event_id, review.points, review.reason, review.status) == ("e1", 4, REASON, "pending")
    with pytest.raises(PointsError) as unknown:
        request_review(NATIONAL, events, event_id="e9", reason=REASON, requested_on=date(2026, 3, 10))
    assert "没有编号为e9的记分" in unknown.value.message
    with pytest.raises(PointsError) as short:
        request_review(NATIONAL, events, event_id="e1", reason="不服", requested_on=date(2026, 3, 10))
    assert "10–1000字" in short.value.message
    with pytest.raises(PointsError):
        request_review(NATIONAL, events, event_id="e1", reason=REASON, requested_on=date(2026, 2, 28))


def test_a_review_request_after_a_regions_window_from_the_notice_is_refused() -> None:
    windowed = with_changes(NATIONAL, review_window_days=15)
    event = PointEvent(id="e1", kind="minor", points=2, on=date(2026, 3, 1), notified_on=date(2026, 3, 5))
    last_day = request_review(windowed, [event], event_id="e1", reason=REASON, requested_on=date(2026, 3, 20))
    assert last_day.requested_on == date(2026, 3, 20)
    with pytest.raises(PointsError) as late:
        request_review(windowed, [event], event_id="e1", reason=REASON, requested_on=date(2026, 3, 21))
    assert "2026-03-20前（含当日）" in late.value.message
    # POLICY §5 sets no window, so the built-in scheme accepts a late request.
    assert request_review(NATIONAL, [event], event_id="e1", reason=REASON, requested_on=date(2027, 1, 1))


def test_a_scheme_whose_termination_is_not_the_highest_threshold_is_refused() -> None:
    flipped = [NATIONAL.thresholds[1].model_dump() | {"at": 8}, NATIONAL.thresholds[0].model_dump()]
    with pytest.raises(ValueError, match="终止门槛须是最高的门槛"):
        with_changes(NATIONAL, thresholds=flipped)


def test_adding_months_clamps_to_the_end_of_a_short_month() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 2, 29), 12) == date(2029, 2, 28)
    assert add_months(date(2026, 11, 20), 4) == date(2027, 3, 20)


def test_every_region_with_points_names_a_points_scheme_that_exists() -> None:
    from credit.regions import load_regions
    from points.rules import points_scheme_names

    named = {r.points_scheme for r in load_regions().regions.values() if r.points_scheme}
    assert named and named <= set(points_scheme_names())
