"""Credit events and indicators on PostgreSQL and SQLite: staff entries, CSV imports (all or nothing,
idempotent), withdrawal, and the substantiated complaint a concluded report creates exactly once."""

from __future__ import annotations

import asyncio
import random
from datetime import timedelta
from decimal import Decimal

import pytest
from tortoise.transactions import in_transaction

from credit import evaluation, events
from credit import jobs as credit_jobs
from credit.errors import CreditError
from credit.models import CreditEventRecord, CreditGrade, CreditIndicator
from registry.errors import ImportRejected
from reports import lifecycle
from reports.intake import ReportDraft, submit_report
from reports.rules import load_rules
from storage.crypto import FieldCipher
from storage.jobs import JobRunner
from storage.models import Job
from tests.integration.credit_kit import HEAD, INTAKE, NOW, OFFICER, OUTSIDER, event, places

HEADER = "机构编码,事件类型,日期,金额（元）,来源,证据链接,备注"
GOOD = [
    "P0000001,违法违规记录,2025-03-01,,飞行检查,https://ybj.example.gov.cn/case/1,",
    "p0000001,violation,2025/8/2,,举报核查,,第二次",
    'P0000002,医保拒付,2025年5月6日,"12,000.50",年度清算,,',
    "P0000002,表扬,20250901,,市局通报,,",
]


def csv_bytes(*lines: str, header: str = HEADER, encoding: str = "utf-8-sig") -> bytes:
    return ("\r\n".join([header, *lines]) + "\r\n").encode(encoding)


async def import_events(data: bytes, *, region: str = "demo") -> events.ImportSummary:
    async with in_transaction() as conn:
        return await events.import_events(conn, region=region, data=data, actor=OFFICER, now=NOW)


async def test_staff_record_an_event_checked_like_a_facts_file(database: str) -> None:
    await places("P0000001")
    stored = await event("P0000001", "refused_payment", "2025-05-06", amount="1234.56")
    assert (stored.kind, stored.amount_fen, stored.origin, stored.recorded_by) == (
        "refused_payment",
        123456,
        "staff",
        OFFICER.label,
    )
    refusals = [
        ({"kind": "refused_payment"}, "拒付金额"),  # a refusal needs its amount
        ({"kind": "bribery"}, "无法识别"),
        ({"occurred_on": "2026-02-01"}, "晚于今天"),
        ({"code": "P9999999"}, "不在本地区"),
        ({"occurred_on": "2025-02-30"}, "不是有效日期"),
    ]
    for change, words in refusals:
        fields: dict[str, object] = {"code": "P0000001", "kind": "violation", "occurred_on": "2025-03-01"}
        fields.update(change)
        with pytest.raises(CreditError) as refused:
            async with in_transaction() as conn:
                await events.record_event(conn, region="demo", actor=OFFICER, now=NOW, **fields)  # type: ignore[arg-type]
        assert refused.value.code == "bad_event" and words in refused.value.message, change
    for who in (INTAKE, OUTSIDER):
        with pytest.raises(CreditError) as forbidden:
            async with in_transaction() as conn:
                await events.record_event(
                    conn,
                    region="demo",
                    code="P0000001",
                    kind="fraud",
                    occurred_on="2025-01-01",
                    actor=who,
                    now=NOW,
                )
        assert forbidden.value.code == "forbidden"
    assert await CreditEventRecord.all().count() == 1


async def test_an_event_file_is_imported_once_however_often_it_is_sent(database: str) -> None:
    await places("P0000001", "P0000002")
    summary = await import_events(csv_bytes(*GOOD))
    assert (summary.rows, summary.created, summary.unchanged, summary.ignored_columns) == (4, 4, 0, ["备注"])
    refusal = await CreditEventRecord.get(kind="refused_payment")
    assert (refusal.institution_code, refusal.amount_fen, str(refusal.occurred_on)) == (
        "P0000002",
        1200050,
        "2025-05-06",
    )
    assert (await CreditEventRecord.get(source="举报核查")).institution_code == "P0000001"
    assert all((r.origin_ref or "").startswith("import:") for r in await CreditEventRecord.all())
    again = await import_events(csv_bytes(*GOOD, GOOD[0].replace("2025-03-01", "2025-03-02")), region="demo")
    assert (again.rows, again.created, again.unchanged) == (5, 1, 4)
    gbk = await import_events(csv_bytes(*GOOD, encoding="gbk"))
    assert (gbk.encoding, gbk.created, gbk.unchanged) == ("gbk", 0, 4)
    assert await CreditEventRecord.all().count() == 5


async def test_a_bad_event_file_stores_nothing_and_names_every_bad_row(database: str) -> None:
    await places("P0000001", "P0000002")
    bad = [
        GOOD[0],
        "P0000001,拒付,2025-03-01,,年度清算,,",  # no amount
        "P0000009,违规,2025-03-01,,,,",  # not registered here
        "P0000001,贿赂,2025-03-01,,,,",  # no such kind
        "P0000002,违规,2099-01-01,,,,",  # in the future
        GOOD[0],  # the same row twice
    ]
    with pytest.raises(ImportRejected) as refused:
        await import_events(csv_bytes(*bad))
    lines = {p.line: " ".join(p.reasons) for p in refused.value.problems}
    assert sorted(lines) == [3, 4, 5, 6, 7]
    assert "拒付金额" in lines[3] and "不在本地区" in lines[4] and "无法识别" in lines[5]
    assert "晚于今天" in lines[6] and "与第2行完全相同" in lines[7]
    assert await CreditEventRecord.all().count() == 0
    with pytest.raises(ImportRejected):
        await import_events(csv_bytes(GOOD[0]), region="demo2")  # P0000001 is demo's, not demo2's
    assert await CreditEventRecord.all().count() == 0


async def test_a_withdrawn_event_no_longer_counts_and_stays_on_record(database: str) -> None:
    await places("P0000001")
    first = await event("P0000001", "violation", "2025-03-01")
    await event("P0000001", "violation", "2025-04-01")
    async with in_transaction() as conn:
        await events.withdraw_event(conn, first.id, reason="复核认定不属实", actor=HEAD, now=NOW)
    run = await evaluation.evaluate("demo", "2025", actor=OFFICER, now=NOW)
    assert (await CreditGrade.get(run_id=run.id, institution_code="P0000001")).grade == "★★"
    listed, total = await events.list_events("demo", actor=OFFICER, include_withdrawn=True)
    assert total == 2 and [e.withdrawn_at is not None for e in listed] == [False, True]


async def test_indicators_are_imported_per_period_and_used_by_a_composite_scheme(database: str) -> None:
    await places("P0000001", "P0000002")
    data = csv_bytes(
        "P0000001,满意度,92.5,survey", "P0000002,satisfaction,101,survey", header="机构编码,指标,数值,来源"
    )
    with pytest.raises(ImportRejected) as refused:
        async with in_transaction() as conn:
            await events.import_indicators(conn, region="demo", period="2025", data=data, now=NOW)
    assert [p.line for p in refused.value.problems] == [3]
    data = csv_bytes(
        "P0000001,满意度,92.5,survey", "P0000002,satisfaction,88,survey", header="机构编码,指标,数值,来源"
    )
    for _ in range(2):
        async with in_transaction() as conn:
            summary = await events.import_indicators(conn, region="demo", period="2025", data=data, now=NOW)
    assert summary.updated == 2 and await CreditIndicator.all().count() == 2
    facts = await evaluation.facts_for("demo", "2025", now=NOW)
    assert {i.code: i.indicators for i in facts.institutions} == {
        "P0000001": {"satisfaction": Decimal("92.5")},
        "P0000002": {"satisfaction": Decimal("88")},
    }
    assert (await evaluation.facts_for("demo", "2025-06", now=NOW)).institutions[0].indicators == {}


async def concluded_report(target_code: str, conclusion: str = "substantiated", *, seed: int = 1) -> int:
    rules, cipher = load_rules(receipt_key=b"r" * 32), FieldCipher(b"f" * 32)
    draft = ReportDraft.model_validate(
        {
            "region": "demo",
            "category": "1",
            "target_code": target_code,
            "target_name": "测试药店",
            "description": "药店允许用医保卡购买鸡蛋和洗发水，收银时按药品结算。",
        }
    )
    async with in_transaction() as conn:
        done = await submit_report(
            conn, draft, reporter=None, rules=rules, cipher=cipher, now=NOW, rng=random.Random(seed)
        )
        rid = done.report_id
        await lifecycle.accept(conn, rid, actor=HEAD, rules=rules, now=NOW)
        await lifecycle.assign(conn, rid, assignee=HEAD, actor=HEAD, now=NOW)
        await lifecycle.start_investigation(conn, rid, actor=HEAD, now=NOW)
        await lifecycle.conclude(
            conn,
            rid,
            conclusion=conclusion,
            verified_amount_fen=0 if conclusion == "not_substantiated" else 5000,
            summary="查实",
            actor=HEAD,
            rules=rules,
            now=NOW + timedelta(days=2),
        )
    return rid


async def test_a_substantiated_report_adds_one_complaint_to_the_institution(database: str) -> None:
    await places("P0000001")
    rid = await concluded_report("P0000001")
    await concluded_report("P0000001", conclusion="not_substantiated", seed=2)
    await concluded_report("X1234567", seed=3)
    assert await Job.filter(kind=credit_jobs.REPORT_CONCLUDED).count() == 2  # not the unsubstantiated one
    runner = JobRunner(credit_jobs.job_handlers(clock=lambda: NOW), clock=lambda: NOW + timedelta(days=3))
    await runner.run_due()
    # A retried job, and two racing runs, add nothing more.
    await asyncio.gather(
        *(runner.handlers[credit_jobs.REPORT_CONCLUDED]({"report_id": rid}) for _ in range(3))
    )
    stored = await CreditEventRecord.all()
    assert [(e.institution_code, e.kind, e.origin_ref, str(e.occurred_on)) for e in stored] == [
        ("P0000001", "complaint_substantiated", f"report:{rid}", "2026-01-12")
    ]
    run = await evaluation.evaluate("demo", "2026", actor=OFFICER, now=NOW + timedelta(days=3))
    why = await evaluation.explain(run.id, "P0000001", actor=OFFICER)
    assert why["grade"] == "★★" and any(f"举报 #{rid} 查实" in line for line in why["explanation"])
