"""The reports domain on real PostgreSQL and embedded SQLite: intake, lifecycle, confidentiality."""

from __future__ import annotations

import base64
import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from tortoise import connections
from tortoise.transactions import in_transaction

from kernel.actors import Actor
from reports import lifecycle
from reports.errors import ReportError
from reports.intake import EvidenceRef, Identity, ReportDraft, submit_report
from reports.models import Report, ReportEvent, ReportEvidence
from reports.queries import deadline_sweep, find_by_receipt, ledger_rows, reporter_view, reports_of
from reports.rules import ReportRules, load_rules
from storage import audit
from storage.blobs import LocalBlobStore
from storage.crypto import FieldCipher
from storage.models import AuditEntry, Job

ID_NUMBER = "11010519491231002X"
# Tue 29 Sep 2026 09:00 in China, the working day before Golden Week.
RECEIVED = datetime(2026, 9, 29, 1, 0, tzinfo=UTC)
INTAKE = Actor(1, "受理员", frozenset({"intake"}), frozenset({"demo"}))
HEAD = Actor(2, "科长", frozenset({"head"}), frozenset({"demo"}))
INVESTIGATOR = Actor(3, "调查员", frozenset({"investigator"}), frozenset({"demo"}))
OTHER_INVESTIGATOR = Actor(4, "另一调查员", frozenset({"investigator"}), frozenset({"demo"}))
OUTSIDER = Actor(5, "外区科长", frozenset({"head"}), frozenset({"elsewhere"}))


@pytest.fixture
def rules() -> ReportRules:
    return load_rules(receipt_key=b"r" * 32)


@pytest.fixture
def cipher() -> FieldCipher:
    return FieldCipher(b"f" * 32)


def draft(**overrides: object) -> ReportDraft:
    base: dict[str, object] = {
        "region": "demo",
        "category": "1",
        "target_code": "P3301000001",
        "target_name": "益丰大药房示范路店",
        "description": "药店允许用医保卡购买鸡蛋和洗发水，收银时按药品结算。",
        "evidence": [EvidenceRef(kind="image", source="upload", ref="att-1")],
    }
    base.update(overrides)
    return ReportDraft.model_validate(base)


async def submit(rules: ReportRules, cipher: FieldCipher, **overrides: object) -> tuple[int, str]:
    async with in_transaction() as conn:
        done = await submit_report(
            conn,
            draft(**overrides),
            reporter=str(overrides.pop("reporter", "o-reporter")),
            rules=rules,
            cipher=cipher,
            now=RECEIVED,
            rng=random.Random(len(overrides) + RECEIVED.second),
        )
    return done.report_id, done.receipt_code


async def test_an_anonymous_report_keeps_no_link_to_its_sender(database: str, rules, cipher) -> None:
    report_id, receipt = await submit(rules, cipher)
    row = await Report.get(id=report_id)
    assert row.anonymous and row.reporter_index is None and row.reporter_openid_enc is None
    assert row.identity_enc is None and row.status == "submitted"
    assert len(receipt) == 19 and receipt.count("-") == 3
    assert receipt.replace("-", "") not in row.receipt_hash
    assert (await find_by_receipt(receipt.lower(), rules=rules)).id == report_id
    assert await ReportEvidence.filter(report_id=report_id).count() == 1


async def test_accept_by_counts_working_days_across_golden_week(database: str, rules, cipher) -> None:
    report_id, _ = await submit(rules, cipher)
    row = await Report.get(id=report_id)
    # 15 working days after Tue 29 Sep 2026: 30 Sep, then 8–10 Oct (1–7 Oct off, Sat 10 Oct worked),
    # 12–16, 19–23 and Mon 26 Oct.
    assert row.accept_by == date(2026, 10, 26)


async def test_deadlines_count_china_days_even_late_at_night_utc(database: str, rules, cipher) -> None:
    # 23:30 UTC on Tue 29 Sep is 07:30 on Wed 30 Sep in China: counting starts a day later.
    async with in_transaction() as conn:
        done = await submit_report(
            conn,
            draft(),
            reporter=None,
            rules=rules,
            cipher=cipher,
            now=datetime(2026, 9, 29, 23, 30, tzinfo=UTC),
        )
    assert done.accept_by == "2026-10-27"


async def test_a_named_report_encrypts_identity_and_is_listed_for_its_reporter(
    database: str, rules, cipher
) -> None:
    identity = Identity(name="张三", id_number=ID_NUMBER, phone="13800138000")
    report_id, _ = await submit(
        rules, cipher, anonymous=False, identity=identity, sensitive_consent=True, reporter="o-named"
    )
    assert [r.id for r in await reports_of("o-named", cipher=cipher)] == [report_id]
    conn = connections.get("default")
    rows = await conn.execute_query_dict("SELECT * FROM report")
    dump = repr(rows)
    for secret in (ID_NUMBER, "13800138000", "张三", "o-named"):
        assert secret not in dump


@pytest.mark.parametrize(
    ("overrides", "code"),
    [
        ({"category": "98"}, "unknown_category"),
        ({"description": "太短"}, "bad_description"),
        ({"target_name": "药"}, "bad_target"),
        (
            {
                "anonymous": False,
                "identity": Identity(name="张三", id_number="110105194912310021", phone="13800138000"),
                "sensitive_consent": True,
            },
            "bad_id_number",
        ),
        (
            {"anonymous": False, "identity": Identity(name="张三", id_number=ID_NUMBER, phone="13800138000")},
            "consent_required",
        ),
        (
            {"evidence": [EvidenceRef(kind="image", source="upload", ref=f"a{i}") for i in range(10)]},
            "too_many_evidence",
        ),
    ],
)
async def test_bad_input_is_refused_and_stores_nothing(
    database: str, rules, cipher, overrides: dict[str, object], code: str
) -> None:
    with pytest.raises(ReportError) as err:
        await submit(rules, cipher, **overrides)
    assert err.value.code == code and err.value.message
    assert await Report.all().count() == 0 and await ReportEvidence.all().count() == 0


async def test_the_whole_lifecycle_with_deadlines_roles_and_audit(database: str, rules, cipher) -> None:
    identity = Identity(name="李四", id_number=ID_NUMBER, phone="13800138000")
    report_id, _receipt = await submit(
        rules, cipher, anonymous=False, identity=identity, sensitive_consent=True, reporter="o-li"
    )
    accepted_at = datetime(2026, 10, 9, 2, 0, tzinfo=UTC)  # Fri 9 Oct 2026
    async with in_transaction() as conn:
        with pytest.raises(ReportError, match="权限"):
            await lifecycle.accept(conn, report_id, actor=INVESTIGATOR, rules=rules, now=accepted_at)
    async with in_transaction() as conn:
        row = await lifecycle.accept(conn, report_id, actor=INTAKE, rules=rules, now=accepted_at)
    assert row.decision_inform_by == date(2026, 10, 15)  # 5 working days: Sat 10, 12, 13, 14, 15 Oct
    assert row.handle_by is not None and row.handle_by > date(2026, 11, 9)
    async with in_transaction() as conn:
        await lifecycle.assign(conn, report_id, assignee=INVESTIGATOR, actor=HEAD, now=accepted_at)
        with pytest.raises(ReportError):
            await lifecycle.start_investigation(conn, report_id, actor=OTHER_INVESTIGATOR, now=accepted_at)
    async with in_transaction() as conn:
        await lifecycle.start_investigation(conn, report_id, actor=INVESTIGATOR, now=accepted_at)
    for _ in range(2):
        async with in_transaction() as conn:
            await lifecycle.extend(
                conn, report_id, actor=HEAD, rules=rules, reason="需调取外省记录", now=accepted_at
            )
    assert (await Report.get(id=report_id)).handle_by == date(2027, 4, 9)  # 6 months, the cap
    with pytest.raises(ReportError) as err:
        async with in_transaction() as conn:
            await lifecycle.extend(conn, report_id, actor=HEAD, rules=rules, reason="再延", now=accepted_at)
    assert err.value.code == "extension_limit"
    async with in_transaction() as conn:
        await lifecycle.conclude(
            conn,
            report_id,
            conclusion="substantiated",
            verified_amount_fen=1_234_500,
            summary="查实违规结算",
            actor=INVESTIGATOR,
            rules=rules,
            now=accepted_at,
        )
        await lifecycle.mark_informed(conn, report_id, actor=INTAKE, now=accepted_at)
    row = await Report.get(id=report_id)
    assert row.status == "informed" and row.verified_amount_fen == 1_234_500

    view = await reporter_view(row, rules=rules)
    assert [e["status"] for e in view["timeline"]] == [
        "submitted",
        "accepted",
        "assigned",
        "investigating",
        "concluded",
        "informed",
    ]  # extensions are internal
    assert view["conclusion"] == "属实" and "ID" not in repr(view) and ID_NUMBER not in repr(view)
    kinds = {j.kind for j in await Job.all()}
    # Notices to the reporter, and the substantiated finding handed to credit (one credit event).
    assert kinds == {"report.notice", "credit.report_concluded"}
    assert await Job.filter(kind="credit.report_concluded").count() == 1
    assert (await audit.verify()).ok
    assert await AuditEntry.filter(action="report.accepted").count() == 1


async def test_identity_is_revealed_to_the_assignee_and_head_only_and_every_view_is_audited(
    database: str, rules, cipher
) -> None:
    identity = Identity(name="王五", id_number=ID_NUMBER, phone="13800138000")
    report_id, _ = await submit(rules, cipher, anonymous=False, identity=identity, sensitive_consent=True)
    async with in_transaction() as conn:
        await lifecycle.accept(conn, report_id, actor=INTAKE, rules=rules, now=RECEIVED)
        await lifecycle.assign(conn, report_id, assignee=INVESTIGATOR, actor=HEAD, now=RECEIVED)
    for actor in (INTAKE, OTHER_INVESTIGATOR, OUTSIDER):
        async with in_transaction() as conn:
            refused = await lifecycle.reveal_identity(
                conn, report_id, actor=actor, cipher=cipher, purpose="核实", now=RECEIVED
            )
        assert refused is None
    for actor in (INVESTIGATOR, HEAD):
        async with in_transaction() as conn:
            shown = await lifecycle.reveal_identity(
                conn, report_id, actor=actor, cipher=cipher, purpose="电话核实线索", now=RECEIVED
            )
        assert shown is not None and shown["id_number"] == ID_NUMBER
    assert await AuditEntry.filter(action="identity.reveal").count() == 2
    assert await AuditEntry.filter(action="identity.reveal_refused").count() == 3


async def test_duplicates_link_to_the_first_accepted_report(database: str, rules, cipher) -> None:
    first, _ = await submit(rules, cipher)
    second, _ = await submit(rules, cipher, description="同一家药店用医保卡卖日用品，我也看到了。")
    other, _ = await submit(rules, cipher, target_code="P3301000002", target_name="老百姓大药房")
    for rid in (first, second, other):
        async with in_transaction() as conn:
            await lifecycle.accept(conn, rid, actor=INTAKE, rules=rules, now=RECEIVED)
    assert (await Report.get(id=first)).duplicate_of_id is None
    assert (await Report.get(id=second)).duplicate_of_id == first
    assert (await Report.get(id=other)).duplicate_of_id is None


async def test_not_accepting_needs_a_listed_reason(database: str, rules, cipher) -> None:
    report_id, _ = await submit(rules, cipher)
    async with in_transaction() as conn:
        with pytest.raises(ReportError) as err:
            await lifecycle.not_accept(
                conn, report_id, reason="不想管", actor=INTAKE, rules=rules, now=RECEIVED
            )
    assert err.value.code == "bad_reason"
    async with in_transaction() as conn:
        await lifecycle.not_accept(
            conn, report_id, reason="out_of_scope", actor=INTAKE, rules=rules, now=RECEIVED
        )
    row = await Report.get(id=report_id)
    view = await reporter_view(row, rules=rules)
    assert view["not_accepted_reason"] == "不属于医疗保障基金监管范围"
    assert await Job.filter(kind="report.notice").count() == 0  # anonymous: seen with the receipt


async def test_deadline_sweep_and_ledger_hold_no_identity(database: str, rules, cipher) -> None:
    identity = Identity(name="赵六", id_number=ID_NUMBER, phone="13800138000")
    report_id, receipt = await submit(
        rules, cipher, anonymous=False, identity=identity, sensitive_consent=True
    )
    sweep = await deadline_sweep(region="demo", today=date(2026, 10, 27), rules=rules)
    assert [r["id"] for r in sweep["overdue"]] == [report_id]
    sweep = await deadline_sweep(region="demo", today=date(2026, 10, 21), rules=rules)
    assert [r["id"] for r in sweep["due_soon"]] == [report_id] and not sweep["overdue"]
    rows = await ledger_rows(HEAD, region="demo")
    assert rows[0]["id"] == report_id
    dump = repr(rows)
    for secret in (ID_NUMBER, "赵六", "13800138000", receipt, receipt.replace("-", "")):
        assert secret not in dump
    with pytest.raises(ReportError):
        await ledger_rows(OUTSIDER, region="demo")
    assert await ReportEvent.filter(report_id=report_id).count() == 1
    _ = base64


async def test_the_periodic_sweep_sets_the_overdue_gauges(database: str, rules, cipher) -> None:
    from reports.jobs import job_handlers

    await submit(rules, cipher)
    seen: list[tuple[str, int, int]] = []
    sweep = job_handlers(
        rules=rules,
        clock=lambda: datetime(2026, 10, 28, 2, tzinfo=UTC),
        on_sweep=lambda *a: seen.append(a),
        blobs=LocalBlobStore(Path("/nonexistent")),
    )["reports.deadline_sweep"]
    await sweep({})
    assert seen == [("demo", 1, 0)]


async def test_the_ledger_since_a_day_counts_from_midnight_in_china(database: str, rules, cipher) -> None:
    report_id, _ = await submit(rules, cipher)  # 09:00 on 29 Sep in China (01:00 UTC)
    assert [r["id"] for r in await ledger_rows(HEAD, region="demo", since=date(2026, 9, 29))] == [report_id]
    assert await ledger_rows(HEAD, region="demo", since=date(2026, 9, 30)) == []


async def test_uploads_unused_after_a_day_are_removed_with_their_bytes(
    database: str, rules, cipher, tmp_path: Path
) -> None:
    import uuid

    from reports.jobs import cleanup_uploads
    from storage.models import Attachment

    blobs = LocalBlobStore(tmp_path)
    used_key, unused_key = await blobs.put(b"used photo"), await blobs.put(b"forgotten photo")
    used, unused = uuid.uuid4(), uuid.uuid4()
    for att_id, key in ((used, used_key), (unused, unused_key)):
        await Attachment.create(
            id=att_id, blob_key=key, content_type="image/jpeg", size=1, sha256=key, source="upload"
        )
    await submit(rules, cipher, evidence=[EvidenceRef(kind="image", source="upload", ref=str(used))])
    assert await cleanup_uploads(blobs=blobs, now=datetime.now(UTC)) == 0  # younger than a day
    later = datetime.now(UTC) + timedelta(days=2)
    assert await cleanup_uploads(blobs=blobs, now=later) == 1
    assert await Attachment.filter(id=used).exists() and not await Attachment.filter(id=unused).exists()
    assert await blobs.exists(used_key) and not await blobs.exists(unused_key)
    evidence = await ReportEvidence.get(ref=str(used))
    assert evidence.attachment_id == str(used)
