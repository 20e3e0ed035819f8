"""The home page's figures on both backends: per week by category and channel (China days), outcomes,
rewards, grade distributions, the queues waiting per role and the deadline counts."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from credit.models import CreditObjection, CreditRun
from kernel.actors import Actor
from reports.errors import ReportError
from reports.rules import ReportRules, load_rules
from reward.models import Reward, RewardShare
from staff import dashboard
from storage import kv
from tests.integration.test_report_queue import TODAY, make_report

HEAD = Actor(2, "科长", frozenset({"head"}), frozenset({"demo"}))
INTAKE = Actor(1, "受理员", frozenset({"intake"}), frozenset({"demo"}))
FINANCE = Actor(3, "财务", frozenset({"finance"}), frozenset({"demo"}))
CREDIT = Actor(4, "信用科", frozenset({"credit_officer"}), frozenset({"demo"}))
NOW = datetime(2026, 12, 2, 2, 0, tzinfo=UTC)


@pytest.fixture
def rules() -> ReportRules:
    return load_rules(receipt_key=b"r" * 32)


def china(y: int, m: int, d: int, hour: int = 10) -> datetime:
    """``hour`` o'clock in China on that day, as UTC."""
    return datetime(y, m, d, hour, tzinfo=UTC) - timedelta(hours=8)


async def make_reward(**overrides: Any) -> Reward:
    fields: dict[str, Any] = {
        "report_id": (await make_report(status="concluded", conclusion="substantiated")).id,
        "region": "demo",
        "policy": "national",
        "status": "offered",
        "case_value_fen": 1_000_000,
        "amount_fen": 20_000,
        "proposed_by": 2,
        "proposed_at": NOW,
        "approved_by": 5,
        "approved_at": NOW,
    }
    fields.update(overrides)
    return await Reward.create(**fields)


async def test_reports_per_week_count_china_days_by_category_and_channel(database: str) -> None:
    # Week of Mon 30 Nov: two (one sent at 00:30 on Monday in China, still Sunday in UTC).
    await make_report(received_at=china(2026, 11, 30, 0) + timedelta(minutes=30), channel="phone")
    await make_report(received_at=china(2026, 12, 2), category="2")
    # Week of Mon 23 Nov: one, sent at 23:30 on Sunday 29 Nov in China (Sunday afternoon UTC).
    await make_report(received_at=china(2026, 11, 29, 23) + timedelta(minutes=30))
    await make_report(received_at=china(2026, 8, 1))  # older than the chart
    await make_report(received_at=china(2026, 12, 1), region="north")
    got = await dashboard.reports_per_week("demo", today=TODAY, weeks=3)
    assert got["weeks"] == ["2026-11-16", "2026-11-23", "2026-11-30"]
    assert got["total"] == [0, 1, 2]
    assert got["by_channel"] == {"phone": [0, 0, 1], "wechat": [0, 1, 1]}
    assert got["by_category"] == {"1": [0, 1, 1], "2": [0, 0, 1]}


async def test_outcomes_rewards_and_grades_sum_what_was_concluded_paid_and_published(database: str) -> None:
    for conclusion, fen in (("substantiated", 500_000), ("partly", 120_000), ("not_substantiated", 0)):
        await make_report(
            status="concluded", conclusion=conclusion, verified_amount_fen=fen, concluded_at=NOW
        )
    await make_report(
        status="informed", conclusion="substantiated", verified_amount_fen=9, concluded_at=china(2025, 1, 1)
    )
    got = await dashboard.outcomes("demo", since=date(2026, 11, 1))
    assert got["concluded"] == 3 and got["by_conclusion"]["partly"] == 1
    assert got["substantiated_share"] == pytest.approx(2 / 3, abs=1e-4) and got["recovered_fen"] == 620_000
    assert (await dashboard.outcomes("demo", since=date(2027, 1, 1)))["substantiated_share"] is None

    paid = await make_reward(amount_fen=30_000, status="paid")
    await RewardShare.create(reward_id=paid.id, seq=1, amount_fen=30_000, status="paid", paid_at=NOW)
    await make_reward(amount_fen=20_000)
    await make_reward(status="proposed", approved_by=None, approved_at=None, proposed_by=HEAD.id)
    await make_reward(status="proposed", approved_by=None, approved_at=None, proposed_by=9)
    money = await dashboard.rewards("demo", since=date(2026, 11, 1))
    assert (money["offered"], money["offered_fen"], money["paid"], money["paid_fen"]) == (
        2,
        50_000,
        1,
        30_000,
    )
    assert money["awaiting_approval"] == 2
    assert (await dashboard.queue_counts(HEAD, region="demo", today=TODAY))["rewards_to_approve"] == 1

    common = {
        "region": "demo",
        "scheme": "zhenjiang",
        "as_of": date(2025, 12, 31),
        "created_by": "t",
        "created_at": NOW,
    }
    old = await CreditRun.create(
        period="2024", status="superseded", published_at=china(2025, 2, 1),
        summary={"grades": {"★★★": 5}, "not_rated": 1}, **common,
    )  # fmt: skip
    new = await CreditRun.create(
        period="2025", status="published", published_at=NOW,
        summary={"grades": {"★★★": 7, "★": 2}, "not_rated": 0}, **common,
    )  # fmt: skip
    await CreditRun.create(period="2026", status="draft", summary={}, **common)
    grades = await dashboard.grade_distribution("demo")
    assert [(g["run_id"], g["grades"], g["not_rated"]) for g in grades] == [
        (new.id, {"★★★": 7, "★": 2}, 0),
        (old.id, {"★★★": 5}, 1),
    ]


async def test_each_role_sees_what_waits_for_it_and_the_deadlines(database: str, rules: ReportRules) -> None:
    await make_report(accept_by=TODAY - timedelta(days=1))  # overdue
    await make_report(accept_by=date(2026, 12, 4))  # due soon
    await make_report(status="accepted", handle_by=TODAY + timedelta(days=50))
    await make_report(status="investigating", assignee_id=HEAD.id, handle_by=TODAY + timedelta(days=50))
    reward = await make_reward(status="offered")
    await RewardShare.create(reward_id=reward.id, seq=1, amount_fen=1, status="claimed", rail="bank")
    await CreditObjection.create(
        region="demo", institution_code="P1", run_id=1, reason="不服", channel="h5", received_on=TODAY,
        received_at=NOW, answer_by=TODAY - timedelta(days=1),
    )  # fmt: skip
    assert await dashboard.queue_counts(INTAKE, region="demo", today=TODAY) == {"to_accept": 2}
    head = await dashboard.queue_counts(HEAD, region="demo", today=TODAY)
    assert (head["to_accept"], head["to_assign"], head["my_cases"], head["objections_overdue"]) == (
        2,
        1,
        1,
        1,
    )
    assert await dashboard.queue_counts(FINANCE, region="demo", today=TODAY) == {
        "bank_transfers_to_record": 1
    }
    assert (await dashboard.queue_counts(CREDIT, region="demo", today=TODAY))["objections_open"] == 1
    assert await dashboard.deadline_counts(INTAKE, region="demo", today=TODAY, rules=rules) == {
        "overdue": 1,
        "due_soon": 1,
    }
    home = await dashboard.home(FINANCE, region="demo", today=TODAY, rules=rules)
    assert home["reports_per_week"] is None and home["rewards"] is not None and home["grades"] is None
    with pytest.raises(ReportError):
        await dashboard.home(FINANCE, region="north", today=TODAY, rules=rules)


async def test_the_charts_are_shared_a_minute_and_the_queues_counted_fresh(
    database: str, rules: ReportRules
) -> None:
    cache = kv.connect(None)
    await make_report(received_at=china(2026, 12, 1))
    first = await dashboard.home(HEAD, region="demo", today=TODAY, rules=rules, cache=cache)
    await make_report(received_at=china(2026, 12, 1))
    again = await dashboard.home(HEAD, region="demo", today=TODAY, rules=rules, cache=cache)
    assert again["reports_per_week"] == first["reports_per_week"]  # served from the cache
    assert again["queues"]["to_accept"] == first["queues"]["to_accept"] + 1  # counted now
    fresh = await dashboard.home(HEAD, region="demo", today=TODAY, rules=rules)
    assert fresh["reports_per_week"]["total"][-1] == first["reports_per_week"]["total"][-1] + 1
    assert await cache.ttl(f"dashboard:charts:demo:{TODAY.isoformat()}:12") > 0
