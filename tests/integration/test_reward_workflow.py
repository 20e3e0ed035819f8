"""The reward workflow on both backends: proposal, eligibility, approval by another head, expiry."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime

import pytest
from tortoise.transactions import in_transaction

from kernel.actors import Actor
from reports import lifecycle
from reports.intake import Identity, ReportDraft, submit_report
from reports.rules import ReportRules, load_rules
from reward.errors import RewardError
from reward.models import Reward, RewardLedgerEntry
from reward.policy import load_policy
from reward.workflow import Exclusions, approve, expire_unclaimed, propose
from storage import audit
from storage.crypto import FieldCipher
from storage.models import AuditEntry as AuditEntryModel
from storage.models import Job
from tests.conftest import Stack, StackFactory

NOW = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)  # Mon 2 Nov 2026, 10:00 in China
INTAKE = Actor(1, "受理员", frozenset({"intake"}), frozenset({"demo"}))
HEAD = Actor(2, "科长", frozenset({"head"}), frozenset({"demo"}))
OTHER_HEAD = Actor(6, "副局长", frozenset({"head"}), frozenset({"demo"}))
INVESTIGATOR = Actor(3, "调查员", frozenset({"investigator"}), frozenset({"demo"}))
SICHUAN = load_policy("sichuan")


@pytest.fixture
def rules() -> ReportRules:
    return load_rules(receipt_key=b"r" * 32)


async def concluded(
    rules: ReportRules,
    *,
    amount_fen: int,
    conclusion: str = "substantiated",
    named: bool = True,
    target: str = "P1",
) -> int:
    cipher = FieldCipher(b"f" * 32)
    draft = ReportDraft(
        region="demo",
        category="9",
        target_code=target,
        target_name="益丰大药房示范路店",
        description="药店允许用医保卡购买鸡蛋和洗发水，收银时按药品结算。",
        anonymous=not named,
        identity=Identity(name="张三", id_number="11010519491231002X", phone="13800138000")
        if named
        else None,
        sensitive_consent=named,
    )
    async with in_transaction() as conn:
        done = await submit_report(
            conn,
            draft,
            reporter="o-rep" if named else None,
            rules=rules,
            cipher=cipher,
            now=NOW,
            rng=random.Random(),
        )
        rid = done.report_id
        await lifecycle.accept(conn, rid, actor=INTAKE, rules=rules, now=NOW)
        await lifecycle.assign(conn, rid, assignee=INVESTIGATOR, actor=HEAD, now=NOW)
        await lifecycle.start_investigation(conn, rid, actor=INVESTIGATOR, now=NOW)
        await lifecycle.conclude(
            conn,
            rid,
            conclusion=conclusion,
            verified_amount_fen=amount_fen,
            summary="查实",
            actor=INVESTIGATOR,
            rules=rules,
            now=NOW,
        )
    return rid


async def test_a_proposed_reward_is_approved_by_another_head_and_offered_for_two_months(
    database: str, rules: ReportRules
) -> None:
    rid = await concluded(rules, amount_fen=1_000_000_00)
    async with in_transaction() as conn:
        reward = await propose(
            conn, rid, policy=SICHUAN, exclusions=Exclusions(), actor=INVESTIGATOR, now=NOW
        )
    assert reward.amount_fen == 15_500_00 and reward.status == "proposed"
    assert any("1.5%" in line for line in reward.explanation)
    async with in_transaction() as conn:
        offered = await approve(conn, reward.id, actor=HEAD, now=NOW)
    assert offered.status == "offered" and offered.claim_by == date(2027, 1, 2)
    kinds = [e.kind for e in await RewardLedgerEntry.filter(reward_id=reward.id).order_by("id")]
    assert kinds == ["proposed", "offered"]
    assert await Job.filter(kind="reward.offer_notice").count() == 1
    assert (await audit.verify()).ok


async def test_the_proposer_can_never_approve(database: str, rules: ReportRules) -> None:
    rid = await concluded(rules, amount_fen=500_000_00)
    async with in_transaction() as conn:
        reward = await propose(conn, rid, policy=SICHUAN, exclusions=Exclusions(), actor=HEAD, now=NOW)
    with pytest.raises(RewardError) as err:
        async with in_transaction() as conn:
            await approve(conn, reward.id, actor=HEAD, now=NOW)
    assert err.value.code == "self_approval"
    with pytest.raises(RewardError) as err:
        async with in_transaction() as conn:
            await approve(conn, reward.id, actor=INVESTIGATOR, now=NOW)
    assert err.value.code == "forbidden"
    async with in_transaction() as conn:
        assert (await approve(conn, reward.id, actor=OTHER_HEAD, now=NOW)).status == "offered"


@pytest.mark.parametrize(
    ("exclusions", "conclusion", "amount_fen"),
    [
        (Exclusions(reporter_is_staff=True), "substantiated", 100_000_00),
        (Exclusions(self_confession=True), "substantiated", 100_000_00),
        (Exclusions(facts_already_known=True), "substantiated", 100_000_00),
        (Exclusions(), "not_substantiated", 0),
        (Exclusions(), "substantiated", 0),  # no fund loss: Sichuan has no loss-free rule
    ],
)
async def test_ineligible_reports_get_no_reward(
    database: str, rules: ReportRules, exclusions: Exclusions, conclusion: str, amount_fen: int
) -> None:
    rid = await concluded(rules, amount_fen=amount_fen, conclusion=conclusion)
    with pytest.raises(RewardError) as err:
        async with in_transaction() as conn:
            await propose(conn, rid, policy=SICHUAN, exclusions=exclusions, actor=INVESTIGATOR, now=NOW)
    assert err.value.code == "not_rewardable" and err.value.message
    assert await Reward.all().count() == 0


async def test_only_the_first_report_of_a_matter_is_rewarded_and_only_once(
    database: str, rules: ReportRules
) -> None:
    first = await concluded(rules, amount_fen=200_000_00)
    second = await concluded(rules, amount_fen=200_000_00)  # same target and category: a duplicate
    with pytest.raises(RewardError, match="在先受理"):
        async with in_transaction() as conn:
            await propose(conn, second, policy=SICHUAN, exclusions=Exclusions(), actor=HEAD, now=NOW)
    async with in_transaction() as conn:
        await propose(conn, first, policy=SICHUAN, exclusions=Exclusions(), actor=HEAD, now=NOW)
    with pytest.raises(RewardError) as err:
        async with in_transaction() as conn:
            await propose(conn, first, policy=SICHUAN, exclusions=Exclusions(), actor=HEAD, now=NOW)
    assert err.value.code == "already_proposed"
    assert await Reward.all().count() == 1


async def test_offers_not_claimed_within_two_months_expire(database: str, rules: ReportRules) -> None:
    rid = await concluded(rules, amount_fen=100_000_00)
    async with in_transaction() as conn:
        reward = await propose(
            conn, rid, policy=SICHUAN, exclusions=Exclusions(), actor=INVESTIGATOR, now=NOW
        )
        await approve(conn, reward.id, actor=HEAD, now=NOW)
    async with in_transaction() as conn:
        assert await expire_unclaimed(conn, now=datetime(2027, 1, 2, 3, tzinfo=UTC)) == []  # last day
    async with in_transaction() as conn:
        assert await expire_unclaimed(conn, now=datetime(2027, 1, 3, 3, tzinfo=UTC)) == [reward.id]
    assert (await Reward.get(id=reward.id)).status == "expired"
    kinds = [e.kind for e in await RewardLedgerEntry.filter(reward_id=reward.id).order_by("id")]
    assert kinds == ["proposed", "offered", "expired"]


async def test_a_named_reporter_is_told_of_the_offer_and_an_anonymous_one_is_not(
    make_stack: StackFactory,
) -> None:
    from handlers import keys

    # The test runs the jobs itself: an in-process worker could hold the notice job mid-send when
    # run_until_idle returns, and the sent list would be read too early.
    stack: Stack = await make_stack(run_jobs=False)

    rules = stack.app[keys.REPORT_RULES]
    named = await concluded(rules, amount_fen=100_000_00, target="P7")
    anonymous = await concluded(rules, amount_fen=100_000_00, named=False, target="P8")
    # The named reporter's openid was stored encrypted with the test cipher; notices need the app's.
    from reports.models import Report

    row = await Report.get(id=named)
    row.reporter_openid_enc = stack.app[keys.CIPHER].encrypt("o-rep", context="report.openid")
    await row.save()
    await stack.sim.send_text("o-rep", "帮助")  # the simulator knows the user
    for rid in (named, anonymous):
        async with in_transaction() as conn:
            reward = await propose(conn, rid, policy=SICHUAN, exclusions=Exclusions(), actor=HEAD, now=NOW)
            await approve(conn, reward.id, actor=OTHER_HEAD, now=NOW)
    await stack.app[keys.JOBS].run_until_idle()
    offers = [m for m in stack.sim.state.sent if m["via"] == "template" and "奖励" in repr(m)]
    assert len(offers) == 1 and offers[0]["touser"] == "o-rep"
    assert "2,000.00元" in offers[0]["data"]["备注"]["value"]
    assert offers[0]["url"] == stack.settings.PUBLIC_BASE_URL.rstrip("/") + "/h5/rewards/claim"
    assert await Job.filter(kind="reward.offer_notice", status="done").count() == 2


async def test_the_reward_ledger_refuses_changes(database: str, rules: ReportRules) -> None:
    rid = await concluded(rules, amount_fen=100_000_00)
    async with in_transaction() as conn:
        reward = await propose(conn, rid, policy=SICHUAN, exclusions=Exclusions(), actor=HEAD, now=NOW)
    entry = await RewardLedgerEntry.get(reward_id=reward.id)
    with pytest.raises(Exception, match="append-only"):
        await RewardLedgerEntry.filter(id=entry.id).update(amount_fen=1)
    with pytest.raises(Exception, match="append-only"):
        await RewardLedgerEntry.filter(id=entry.id).delete()


async def test_a_placeholder_policy_never_computes_a_reward_the_head_types_it_with_its_basis(
    database: str, rules: ReportRules
) -> None:
    national = load_policy("national")  # what a region without a confirmed policy falls back to
    assert national.provisional and not SICHUAN.provisional
    rid = await concluded(rules, amount_fen=1_000_000_00)
    with pytest.raises(RewardError) as refused:
        async with in_transaction() as conn:
            await propose(conn, rid, policy=national, exclusions=Exclusions(), actor=INVESTIGATOR, now=NOW)
    assert refused.value.code == "provisional_policy" and "暂定" in refused.value.message
    assert refused.value.field == "amount_fen"
    with pytest.raises(RewardError) as not_head:
        async with in_transaction() as conn:
            await propose(
                conn, rid, policy=national, exclusions=Exclusions(), amount_fen=5_000_00,
                amount_reason="按局务会决定的2%计", actor=INVESTIGATOR, now=NOW,
            )  # fmt: skip
    assert not_head.value.code == "forbidden"
    for amount, reason in ((5_000_00, ""), (100_00, "按局务会决定")):
        with pytest.raises(RewardError) as bad:
            async with in_transaction() as conn:
                await propose(
                    conn, rid, policy=national, exclusions=Exclusions(), amount_fen=amount,
                    amount_reason=reason, actor=HEAD, now=NOW,
                )  # fmt: skip
        assert bad.value.code == "bad_manual_amount"
    assert await Reward.all().count() == 0

    async with in_transaction() as conn:
        reward = await propose(
            conn, rid, policy=national, exclusions=Exclusions(), amount_fen=5_000_00,
            amount_reason="按局务会决定的2%计", actor=HEAD, now=NOW,
        )  # fmt: skip
    assert reward.amount_fen == 5_000_00 and "科长手工确定（暂定政策，未按其计算）" in reward.explanation[0]
    entry = await RewardLedgerEntry.get(reward_id=reward.id, kind="proposed")
    assert entry.detail["typed_by_head"] == "按局务会决定的2%计"
    typed = await AuditEntryModel.filter(action="reward.amount_typed", subject=f"reward:{reward.id}").first()
    assert (
        typed is not None and typed.detail["provisional"] is True and typed.detail["amount_fen"] == 5_000_00
    )
