"""Retention per region: after a closed case's period the reporter's identity and the evidence files
are destroyed, with an audit entry; the case's facts and the reward ledger stay."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from tortoise.transactions import in_transaction

from kernel.attachments import create_attachment
from reports.models import Report, ReportEvent, ReportEvidence
from reports.retention import RetentionFile, RetentionRule, purge_expired, retention_file
from reports.rules import ReportRules
from reward.bank import record_bank_transfer
from reward.models import RewardLedgerEntry, RewardShare
from reward.retention import forget_payees
from storage import audit
from storage.blobs import LocalBlobStore
from storage.models import Attachment, AuditEntry, Job
from tests.e2e.test_evidence_exif import DEVICE, photo_with_exif
from tests.integration.test_reward_claim import (  # noqa: F401  (rules: a fixture)
    CIPHER,
    FINANCE,
    NOW,
    ZHANG,
    claiming,
    offered,
    rules,
)

SHORT = RetentionFile(
    national=retention_file().national,
    regions={"demo": RetentionRule(closed_case_days=365, source="a region that keeps closed cases a year")},
)


async def _with_evidence(report_id: int, blobs: LocalBlobStore) -> Attachment:
    async with in_transaction() as conn:
        att = await create_attachment(
            conn, photo_with_exif(), content_type="image/jpeg", source="upload", blobs=blobs, cipher=CIPHER
        )
        await ReportEvidence.create(
            using_db=conn, report_id=report_id, kind="image", source="upload", ref=str(att.id),
            attachment_id=str(att.id),
        )  # fmt: skip
    return att


async def test_a_closed_case_past_its_regions_retention_loses_identity_and_evidence_and_keeps_its_facts(
    database: str, rules: ReportRules, tmp_path: Path  # noqa: F811
) -> None:
    blobs = LocalBlobStore(tmp_path / "blobs")
    old, recent = await offered(rules), await offered(rules)  # named, substantiated, reward offered
    assert (await claiming(rules, ZHANG, receipt_code=old.receipt, rail="bank")).refusal is None
    async with in_transaction() as conn:  # the old case's reward was paid by bank, long ago
        await record_bank_transfer(conn, old.reward_id, 0, voucher_no="BK-OLD", actor=FINANCE, now=NOW)
    for o, closed in ((old, NOW - timedelta(days=400)), (recent, NOW - timedelta(days=100))):
        await Report.filter(id=o.report_id).update(status="informed", informed_at=closed)
    old_file = await _with_evidence(old.report_id, blobs)
    recent_file = await _with_evidence(recent.report_id, blobs)
    assert old_file.original_blob_key and await blobs.get(old_file.original_blob_key)
    ledger = await RewardLedgerEntry.all().count()
    events = await ReportEvent.filter(report_id=old.report_id).count()

    assert await purge_expired(blobs=blobs, now=NOW, rules=SHORT) == [old.report_id]

    gone = await Report.get(id=old.report_id)
    assert gone.identity_enc is None and gone.reporter_index is None and gone.reporter_openid_enc is None
    assert gone.purged_at is not None and gone.description and gone.conclusion == "substantiated"
    assert not await Attachment.filter(id=old_file.id).exists()
    assert (await ReportEvidence.get(report_id=old.report_id)).attachment_id is None
    files = [p.read_bytes() for p in (tmp_path / "blobs").rglob("*") if p.is_file()]
    assert len(files) == 2  # the recent case's shown copy and sealed original; the old case's are gone
    assert not any(DEVICE.encode() in f for f in files)
    assert await RewardLedgerEntry.all().count() == ledger  # the money trail stays
    assert await ReportEvent.filter(report_id=old.report_id).count() == events
    kept = await Report.get(id=recent.report_id)
    assert kept.identity_enc is not None and kept.purged_at is None
    assert await Attachment.filter(id=recent_file.id).exists()
    entry = await AuditEntry.get(action="report.retention_purge")
    assert entry.subject == f"report:{old.report_id}" and entry.detail["retention_days"] == 365
    assert entry.detail["identity"] is True and entry.detail["evidence_files"] == 1
    assert (await audit.verify()).ok

    # The reward domain hears of it (report.purged) and forgets the payee on the settled share.
    assert await Job.filter(kind="report.purged").count() == 1
    async with in_transaction() as conn:
        assert await forget_payees(conn, old.report_id, now=NOW) == 1
    share = await RewardShare.get(reward_id=old.reward_id)
    assert share.status == "paid" and share.payee_id_enc is None and share.payee_name_enc is None
    assert await RewardLedgerEntry.all().count() == ledger
    assert (await RewardShare.get(reward_id=recent.reward_id)).status == "offered"

    assert await purge_expired(blobs=blobs, now=NOW, rules=SHORT) == []  # once only
    assert await AuditEntry.filter(action="report.retention_purge").count() == 1
    # The national default keeps both (five years).
    assert retention_file().rule("demo").closed_case_days == 1825


async def test_an_open_case_is_never_purged_however_old(
    database: str, rules: ReportRules, tmp_path: Path  # noqa: F811
) -> None:
    o = await offered(rules)  # concluded, named: the reporter has not been told yet
    await Report.filter(id=o.report_id).update(received_at=NOW - timedelta(days=4000))
    assert await purge_expired(blobs=LocalBlobStore(tmp_path / "b"), now=NOW, rules=SHORT) == []
