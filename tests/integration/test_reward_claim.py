"""Claiming a reward on both backends: named and anonymous reporters, joint splits, the 2-month deadline,
declining, and offline bank transfers recorded by finance."""

from __future__ import annotations

import asyncio
import random
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from tortoise.transactions import in_transaction

from kernel.actors import Actor
from reports import lifecycle
from reports.intake import Identity, ReportDraft, submit_report
from reports.rules import ReportRules, load_rules
from reward.bank import record_bank_transfer
from reward.claim import Claimant, ClaimOutcome, InPersonCheck, claim, claim_in_person, decline
from reward.errors import RewardError
from reward.models import BankTransfer, Reward, RewardLedgerEntry, RewardShare
from reward.policy import load_policy
from reward.queries import detail, offers_of
from reward.shares import SplitPart, allocate, payee_of
from reward.workflow import Exclusions, approve, expire_unclaimed, propose
from storage import audit
from storage.crypto import FieldCipher
from storage.models import AuditEntry

NOW = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)  # Mon 2 Nov 2026, 10:00 in China; claim by 2 Jan 2027
INTAKE = Actor(1, "受理员", frozenset({"intake"}), frozenset({"demo"}))
HEAD = Actor(2, "科长", frozenset({"head"}), frozenset({"demo"}))
OTHER_HEAD = Actor(6, "副局长", frozenset({"head"}), frozenset({"demo"}))
INVESTIGATOR = Actor(3, "调查员", frozenset({"investigator"}), frozenset({"demo"}))
FINANCE = Actor(4, "出纳", frozenset({"finance"}), frozenset({"demo"}))
FINANCE_ELSEWHERE = Actor(5, "外地出纳", frozenset({"finance"}), frozenset({"other"}))
SICHUAN = load_policy("sichuan")
CIPHER = FieldCipher(b"f" * 32)
ZHANG = ("张三", "11010519491231002X", "13800138000")
LI = ("李四", "110105194912310038", None)
WANG = ("王五", "110105194912310046", "13900139000")


@pytest.fixture
def rules() -> ReportRules:
    return load_rules(receipt_key=b"r" * 32)


@dataclass
class Offered:
    report_id: int
    reward_id: int
    receipt: str
    reporter: str  # the openid that sent the report


async def offered(
    rules: ReportRules,
    *,
    amount_fen: int = 100_000_00,
    named: bool = True,
    split: list[SplitPart] | None = None,
    approve_at: datetime = NOW,
    reporter: str | None = "o-claimant",
) -> Offered:
    """A substantiated report whose reward is proposed and approved (each one against its own target);
    the reporter's openid is the one ``claiming`` uses by default (None: taken by phone, no account)."""
    draft = ReportDraft(
        region="demo",
        category="9",
        target_code="P" + uuid.uuid4().hex[:10],
        target_name="益丰大药房示范路店",
        description="药店允许用医保卡购买鸡蛋和洗发水，收银时按药品结算。",
        anonymous=not named,
        identity=Identity(name=ZHANG[0], id_number=ZHANG[1], phone=ZHANG[2]) if named else None,
        sensitive_consent=named,
    )
    async with in_transaction() as conn:
        done = await submit_report(
            conn, draft, reporter=reporter, rules=rules, cipher=CIPHER, now=NOW, rng=random.Random()
        )
        rid = done.report_id
        await lifecycle.accept(conn, rid, actor=INTAKE, rules=rules, now=NOW)
        await lifecycle.assign(conn, rid, assignee=INVESTIGATOR, actor=HEAD, now=NOW)
        await lifecycle.start_investigation(conn, rid, actor=INVESTIGATOR, now=NOW)
        await lifecycle.conclude(
            conn, rid, conclusion="substantiated", verified_amount_fen=amount_fen, summary="查实",
            actor=INVESTIGATOR, rules=rules, now=NOW,
        )  # fmt: skip
        reward = await propose(
            conn, rid, policy=SICHUAN, exclusions=Exclusions(), split=split, cipher=CIPHER,
            actor=INVESTIGATOR, now=NOW,
        )  # fmt: skip
        await approve(conn, reward.id, actor=HEAD, now=approve_at)
    return Offered(rid, reward.id, done.receipt_code, reporter or "")


async def claiming(
    rules: ReportRules, who: tuple[str, str, str | None], *, now: datetime = NOW, rail: str = "wechat",
    openid: str = "o-claimant", **proof: object,
) -> ClaimOutcome:  # fmt: skip
    claimant = Claimant(openid=openid, name=who[0], id_number=who[1], phone=who[2], **proof)  # type: ignore[arg-type]
    async with in_transaction() as conn:
        return await claim(conn, claimant, rail=rail, rules=rules, cipher=CIPHER, now=now)  # type: ignore[arg-type]


def refused(outcome: ClaimOutcome) -> str:
    assert outcome.refusal is not None, outcome
    return outcome.refusal.code


async def test_a_named_reporter_claims_with_the_identity_on_the_report(
    database: str, rules: ReportRules
) -> None:
    o = await offered(rules)
    outcome = await claiming(rules, ("张 三", ZHANG[1].lower(), None), receipt_code=o.receipt)
    assert outcome.refusal is None and outcome.share is not None
    share = await RewardShare.get(id=outcome.share.id)
    assert share.status == "claimed" and share.rail == "wechat" and share.claimed_at is not None
    payee = payee_of(share, cipher=CIPHER)
    assert payee is not None and (payee.name, payee.id_number, payee.phone) == ZHANG  # phone from the report
    assert CIPHER.decrypt(share.openid_enc or "", context="reward.openid") == "o-claimant"
    kinds = [e.kind for e in await RewardLedgerEntry.filter(reward_id=o.reward_id).order_by("id")]
    assert kinds == ["proposed", "offered", "claimed"]
    assert (await audit.verify()).ok
    # Claiming again from the same openid changes nothing; from another openid it is refused.
    again = await claiming(rules, ZHANG, receipt_code=o.receipt)
    assert again.refusal is None and await RewardLedgerEntry.filter(kind="claimed").count() == 1
    other = await claiming(rules, ZHANG, receipt_code=o.receipt, openid="o-other")
    assert refused(other) == "claim_refused"  # a named report: only the reporting account


async def test_a_named_reporter_can_claim_by_their_openid_without_the_receipt(
    database: str, rules: ReportRules
) -> None:
    o = await offered(rules)
    assert [v.reward_id for v in await offers_of(o.reporter, cipher=CIPHER)] == [o.reward_id]
    assert await offers_of("o-stranger", cipher=CIPHER) == []
    stranger = await claiming(rules, ZHANG, reward_id=o.reward_id, openid="o-stranger")
    assert refused(stranger) == "claim_refused"
    mine = await claiming(rules, ZHANG, reward_id=o.reward_id, openid=o.reporter)
    assert mine.refusal is None and mine.share is not None and mine.share.status == "claimed"


async def test_a_wrong_identity_and_an_unknown_receipt_are_refused_alike(
    database: str, rules: ReportRules
) -> None:
    o = await offered(rules)
    wrong_name = await claiming(rules, ("张四", ZHANG[1], None), receipt_code=o.receipt)
    wrong_id = await claiming(rules, (ZHANG[0], WANG[1], None), receipt_code=o.receipt)
    unknown = await claiming(rules, ZHANG, receipt_code="ABCD-EFGH-JKMN-PQRS")
    messages = set()
    for outcome in (wrong_name, wrong_id, unknown):
        assert outcome.refusal is not None and outcome.refusal.code == "claim_refused"
        messages.add(outcome.refusal.message)
    assert len(messages) == 1
    assert (await RewardShare.get(reward_id=o.reward_id)).status == "offered"


async def test_an_anonymous_reporter_proves_the_receipt_and_gives_an_identity(
    database: str, rules: ReportRules
) -> None:
    o = await offered(rules, named=False)
    bad = await claiming(rules, ("王五", "110105194912310021", None), receipt_code=o.receipt)
    assert bad.refusal is not None and bad.refusal.code == "bad_identity" and "校验位" in bad.refusal.message
    assert refused(await claiming(rules, WANG, receipt_code="ABCD-EFGH-JKMN-PQR2")) == "claim_refused"
    outcome = await claiming(rules, WANG, receipt_code=o.receipt, openid="o-anon")
    assert outcome.refusal is None
    share = await RewardShare.get(reward_id=o.reward_id)
    payee = payee_of(share, cipher=CIPHER)
    assert share.status == "claimed" and payee is not None and payee.id_number == WANG[1]
    assert share.payee_id_index and WANG[1] not in (share.payee_id_enc or "")


async def test_the_bank_rail_needs_a_phone_to_reach_the_payee(database: str, rules: ReportRules) -> None:
    o = await offered(rules, named=False)
    assert refused(await claiming(rules, LI, receipt_code=o.receipt, rail="bank")) == "phone_required"
    outcome = await claiming(rules, (*LI[:2], "13700137000"), receipt_code=o.receipt, rail="bank")
    assert outcome.refusal is None and outcome.share is not None and outcome.share.rail == "bank"


def test_percent_splits_sum_exactly_with_the_largest_remainder_rule() -> None:
    thirds = [SplitPart(percent=Decimal("33.33")), SplitPart(percent=Decimal("33.33")),
              SplitPart(percent=Decimal("33.34"))]  # fmt: skip
    assert allocate(200_00, thirds) == [6666, 6666, 6668]
    # 33.6633, 33.6633 and 33.6734 fen: the largest remainders first, the earlier part on a tie.
    assert allocate(101, thirds) == [34, 33, 34]
    halves = [SplitPart(percent=Decimal(50)), SplitPart(percent=Decimal(50))]
    assert allocate(20001, halves) == [10001, 10000]
    for amount in (200_00, 123_457, 199_999_99):
        assert sum(allocate(amount, thirds)) == amount
    assert allocate(300_00, [SplitPart(fen=100_00), SplitPart(fen=200_00)]) == [100_00, 200_00]
    with pytest.raises(RewardError, match="之和"):
        allocate(300_00, [SplitPart(fen=100_00), SplitPart(fen=100_00)])
    with pytest.raises(RewardError, match="100"):
        allocate(300_00, [SplitPart(percent=Decimal(50)), SplitPart(percent=Decimal("49.99"))])


async def test_a_joint_report_gets_one_reward_and_each_reporter_claims_their_own_share(
    database: str, rules: ReportRules
) -> None:
    split = [
        SplitPart(percent=Decimal("33.33")),
        SplitPart(name=LI[0], id_number=LI[1], percent=Decimal("33.33")),
        SplitPart(name=WANG[0], id_number=WANG[1], phone=WANG[2], percent=Decimal("33.34")),
    ]
    o = await offered(rules, amount_fen=1_000_000_00, split=split)  # 15,500.00 yuan under Sichuan
    shares = await RewardShare.filter(reward_id=o.reward_id).order_by("seq")
    assert [s.amount_fen for s in shares] == [516_615, 516_615, 516_770]
    assert sum(s.amount_fen for s in shares) == (await Reward.get(id=o.reward_id)).amount_fen == 15_500_00
    assert {s.status for s in shares} == {"offered"}
    # Each co-reporter claims with the receipt and their own identity; the wrong name is refused.
    assert refused(await claiming(rules, ("李五", LI[1], None), receipt_code=o.receipt)) == "claim_refused"
    li = await claiming(rules, LI, receipt_code=o.receipt, openid="o-li")
    wang = await claiming(rules, WANG, receipt_code=o.receipt, openid="o-wang", rail="bank")
    zhang = await claiming(rules, ZHANG, receipt_code=o.receipt, openid=o.reporter)
    assert [x.share.seq if x.share else None for x in (zhang, li, wang)] == [0, 1, 2]
    assert all(x.refusal is None for x in (zhang, li, wang))
    views = await offers_of(o.reporter, cipher=CIPHER)
    assert [s.mine for s in views[0].shares] == [True, False, False]  # the report came from o.reporter
    staff = await detail(HEAD, o.reward_id, cipher=CIPHER)
    masked = ["110***********002X", "110***********0038", "110***********0046"]
    assert [s["payee_id"] for s in staff["shares"]] == masked
    assert staff["shares"][2]["payee_phone"] == "139****9000" and staff["shares"][1]["payee_name"] == "李*"


async def test_a_split_must_add_up_and_name_every_co_reporter(database: str, rules: ReportRules) -> None:
    bad_splits = [
        [SplitPart(percent=Decimal(60)), SplitPart(name=LI[0], id_number=LI[1], percent=Decimal(30))],
        [SplitPart(percent=Decimal(50)), SplitPart(percent=Decimal(50))],
        [SplitPart(percent=Decimal(50)), SplitPart(name=ZHANG[0], id_number=ZHANG[1], percent=Decimal(50))],
        [
            SplitPart(name=LI[0], id_number=LI[1], percent=Decimal(50)),
            SplitPart(name=WANG[0], id_number=WANG[1], percent=Decimal(50)),
        ],
    ]
    for split in bad_splits:
        with pytest.raises(RewardError) as err:
            await offered(rules, split=split)
        assert err.value.code == "bad_split"
    assert await Reward.all().count() == 0 and await RewardShare.all().count() == 0


async def test_claims_are_accepted_on_the_claim_by_day_and_refused_the_day_after(
    database: str, rules: ReportRules
) -> None:
    on_time = await offered(rules)
    late = await offered(rules)
    last_day = datetime(2027, 1, 2, 15, 59, tzinfo=UTC)  # 23:59 on 2 Jan 2027 in China
    next_day = datetime(2027, 1, 2, 16, 0, tzinfo=UTC)  # 00:00 on 3 Jan
    assert (await claiming(rules, ZHANG, receipt_code=on_time.receipt, now=last_day)).refusal is None
    outcome = await claiming(rules, ZHANG, receipt_code=late.receipt, now=next_day)
    assert outcome.refusal is not None and outcome.refusal.code == "claim_expired"
    assert "2027年01月02日" in outcome.refusal.message
    # The refusal committed the expiry: the share and the reward are expired, once, in the ledger.
    assert (await RewardShare.get(reward_id=late.reward_id)).status == "expired"
    assert (await Reward.get(id=late.reward_id)).status == "expired"
    again = await claiming(rules, ZHANG, receipt_code=late.receipt, now=next_day)
    assert again.refusal is not None and again.refusal.code == "claim_expired"
    assert await RewardLedgerEntry.filter(reward_id=late.reward_id, kind="expired").count() == 1
    # The sweep leaves the share claimed in time alone, even though its reward is past its date.
    async with in_transaction() as conn:
        assert await expire_unclaimed(conn, now=next_day) == []
    assert (await RewardShare.get(reward_id=on_time.reward_id)).status == "claimed"


async def test_a_joint_share_left_unclaimed_expires_while_the_claimed_one_is_paid(
    database: str, rules: ReportRules
) -> None:
    split = [SplitPart(fen=10_000), SplitPart(name=LI[0], id_number=LI[1], fen=30_000)]
    o = await offered(rules, amount_fen=20_000_00, split=split)  # 400.00 yuan
    await claiming(rules, (*ZHANG[:2], None), receipt_code=o.receipt, rail="bank")
    async with in_transaction() as conn:
        assert await expire_unclaimed(conn, now=datetime(2027, 1, 3, 3, tzinfo=UTC)) == [o.reward_id]
    assert (await Reward.get(id=o.reward_id)).status == "offered"  # share 0 is still to be paid
    async with in_transaction() as conn:
        await record_bank_transfer(conn, o.reward_id, 0, voucher_no="BK-1", actor=FINANCE, now=NOW)
    assert (await Reward.get(id=o.reward_id)).status == "paid"
    statuses = [s.status for s in await RewardShare.filter(reward_id=o.reward_id).order_by("seq")]
    assert statuses == ["paid", "expired"]


async def test_declining_is_final(database: str, rules: ReportRules) -> None:
    o = await offered(rules)
    async with in_transaction() as conn:
        wrong = await decline(
            conn, Claimant(openid="o-x", name="张四", id_number=ZHANG[1], receipt_code=o.receipt),
            rules=rules, cipher=CIPHER, now=NOW,
        )  # fmt: skip
    assert refused(wrong) == "claim_refused"
    async with in_transaction() as conn:
        done = await decline(
            conn, Claimant(openid=o.reporter, name=ZHANG[0], id_number=ZHANG[1], receipt_code=o.receipt),
            rules=rules, cipher=CIPHER, now=NOW,
        )  # fmt: skip
    assert done.refusal is None
    assert (await Reward.get(id=o.reward_id)).status == "declined"
    assert (await RewardShare.get(reward_id=o.reward_id)).status == "declined"
    assert refused(await claiming(rules, ZHANG, receipt_code=o.receipt)) == "not_claimable"


async def test_finance_records_a_bank_transfer_once_and_the_reward_is_paid(
    database: str, rules: ReportRules
) -> None:
    o = await offered(rules)
    with pytest.raises(RewardError) as early:
        async with in_transaction() as conn:
            await record_bank_transfer(conn, o.reward_id, 0, voucher_no="BK-1", actor=FINANCE, now=NOW)
    assert early.value.code == "not_claimed"
    await claiming(rules, ZHANG, receipt_code=o.receipt, rail="bank")
    for actor in (HEAD, FINANCE_ELSEWHERE):
        with pytest.raises(RewardError) as err:
            async with in_transaction() as conn:
                await record_bank_transfer(conn, o.reward_id, 0, voucher_no="BK-1", actor=actor, now=NOW)
        assert err.value.code == "forbidden"
    async with in_transaction() as conn:
        row = await record_bank_transfer(
            conn, o.reward_id, 0, voucher_no=" BK-2026-001 ", actor=FINANCE, now=NOW
        )
    assert row.voucher_no == "BK-2026-001" and row.amount_fen == 2_000_00
    with pytest.raises(RewardError) as twice:
        async with in_transaction() as conn:
            await record_bank_transfer(conn, o.reward_id, 0, voucher_no="BK-2", actor=FINANCE, now=NOW)
    assert twice.value.code == "already_paid"
    assert await BankTransfer.all().count() == 1
    share = await RewardShare.get(reward_id=o.reward_id)
    assert (share.status, share.rail) == ("paid", "bank")
    assert (await Reward.get(id=o.reward_id)).status == "paid"
    paid = await RewardLedgerEntry.get(reward_id=o.reward_id, kind="paid")
    assert (paid.amount_fen, paid.actor, paid.detail["voucher_no"]) == (2_000_00, "staff:4", "BK-2026-001")
    assert (await audit.verify()).ok


@pytest.mark.parametrize("backend", ["postgres"])
async def test_two_racing_claims_and_two_racing_bank_records_each_act_once(
    database: str, rules: ReportRules
) -> None:
    o = await offered(rules)
    first, second = await asyncio.gather(  # the reporter's phone sends the claim twice
        claiming(rules, ZHANG, receipt_code=o.receipt, openid=o.reporter, rail="bank"),
        claiming(rules, ZHANG, receipt_code=o.receipt, openid=o.reporter, rail="bank"),
    )
    assert first.refusal is None and second.refusal is None
    assert await RewardLedgerEntry.filter(reward_id=o.reward_id, kind="claimed").count() == 1

    async def record(voucher: str) -> str:
        try:
            async with in_transaction() as conn:
                await record_bank_transfer(conn, o.reward_id, 0, voucher_no=voucher, actor=FINANCE, now=NOW)
        except RewardError as err:
            return err.code
        return "ok"

    assert sorted(await asyncio.gather(record("BK-A"), record("BK-B"))) == ["already_paid", "ok"]
    assert await BankTransfer.all().count() == 1
    assert await RewardLedgerEntry.filter(reward_id=o.reward_id, kind="paid").count() == 1


async def test_another_account_cannot_claim_a_named_report_even_with_its_receipt_and_identity(
    database: str, rules: ReportRules
) -> None:
    o = await offered(rules)
    stolen = await claiming(rules, ZHANG, receipt_code=o.receipt, openid="o-thief")
    assert refused(stolen) == "claim_refused"
    async with in_transaction() as conn:
        thief = Claimant(openid="o-thief", name=ZHANG[0], id_number=ZHANG[1], receipt_code=o.receipt)
        assert refused(await decline(conn, thief, rules=rules, cipher=CIPHER, now=NOW)) == "claim_refused"
    share = await RewardShare.get(reward_id=o.reward_id)
    assert share.status == "offered" and share.openid_enc is None and share.payee_id_enc is None
    assert await RewardLedgerEntry.filter(reward_id=o.reward_id, kind="claimed").count() == 0
    mine = await claiming(rules, ZHANG, receipt_code=o.receipt, openid=o.reporter)
    assert mine.refusal is None


async def test_a_report_taken_by_phone_is_claimed_in_person_through_finance_audited(
    database: str, rules: ReportRules
) -> None:
    o = await offered(rules, reporter=None)
    assert refused(await claiming(rules, ZHANG, receipt_code=o.receipt)) == "claim_refused"
    seen = InPersonCheck(name=ZHANG[0], id_number=ZHANG[1], phone=None, document="居民身份证原件")
    wrong = InPersonCheck(name=ZHANG[0], id_number=WANG[1], phone=None, document="居民身份证原件")
    for actor, check, code in ((INVESTIGATOR, seen, "forbidden"), (FINANCE_ELSEWHERE, seen, "forbidden"),
                               (FINANCE, wrong, "claim_refused")):  # fmt: skip
        with pytest.raises(RewardError) as err:
            async with in_transaction() as conn:
                await claim_in_person(conn, o.reward_id, 0, check, actor=actor, cipher=CIPHER, now=NOW)
        assert err.value.code == code
    async with in_transaction() as conn:
        share = await claim_in_person(conn, o.reward_id, 0, seen, actor=FINANCE, cipher=CIPHER, now=NOW)
    assert (share.status, share.rail) == ("claimed", "bank")
    payee = payee_of(await RewardShare.get(id=share.id), cipher=CIPHER)
    assert payee is not None and (payee.name, payee.id_number, payee.phone) == ZHANG
    claimed = await RewardLedgerEntry.get(reward_id=o.reward_id, kind="claimed")
    assert claimed.actor == "staff:4" and claimed.detail["in_person"] is True
    entry = await AuditEntry.get(action="reward.in_person_claim")
    assert entry.subject == f"reward:{o.reward_id}"
    assert entry.detail == {"seq": 0, "document": "居民身份证原件"}
    assert ZHANG[1] not in str(entry.detail) and (await audit.verify()).ok
    with pytest.raises(RewardError) as twice:
        async with in_transaction() as conn:
            await claim_in_person(conn, o.reward_id, 0, seen, actor=FINANCE, cipher=CIPHER, now=NOW)
    assert twice.value.code == "already_claimed"
    async with in_transaction() as conn:
        await record_bank_transfer(conn, o.reward_id, 0, voucher_no="BK-9", actor=FINANCE, now=NOW)
    assert (await Reward.get(id=o.reward_id)).status == "paid"
