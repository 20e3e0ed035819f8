"""A report's evidence files for staff: the cleaned picture (no EXIF) to look at, and the original as
received (GPS and device included) only for the handler or a head, each view audited with its purpose."""

from __future__ import annotations

from datetime import datetime

from tortoise.backends.base.client import BaseDBAsyncClient

from kernel.actors import Actor
from kernel.attachments import open_original
from reports.errors import ReportError
from reports.models import Report, ReportEvidence
from storage import audit
from storage.blobs import BlobStore
from storage.crypto import FieldCipher
from storage.models import Attachment


async def evidence_file(
    conn: BaseDBAsyncClient,
    report_id: int,
    evidence_id: int,
    *,
    actor: Actor,
    blobs: BlobStore,
    cipher: FieldCipher,
    now: datetime,
    original_for: str | None = None,
) -> tuple[bytes, str] | None:
    """(bytes, content type) of one evidence file: the stored, cleaned copy, or with ``original_for`` (the
    purpose) the sealed original. None when refused; the refusal is audited (the caller commits it)."""
    report = await Report.filter(id=report_id).using_db(conn).first()
    if report is None:
        raise ReportError("not_found")
    allowed = actor.has("head", report.region) or (
        report.assignee_id == actor.id and actor.has("investigator", report.region)
    )
    subject = f"report:{report.id}"
    if not allowed:
        await audit.append(
            conn, actor=actor.label, action="evidence.view_refused", subject=subject,
            detail={"evidence": evidence_id, "original": original_for is not None}, now=now,
        )  # fmt: skip
        return None
    evidence = await ReportEvidence.filter(id=evidence_id, report_id=report.id).using_db(conn).first()
    found = evidence and evidence.attachment_id
    attachment = await Attachment.filter(id=found).using_db(conn).first() if found else None
    if attachment is None:
        raise ReportError("not_found", detail="这份证据还没有保存下来（或已按保存期限销毁）。")
    if original_for is None:
        return await blobs.get(attachment.blob_key), attachment.content_type
    data = await open_original(
        conn, attachment, actor=actor.label, purpose=original_for, subject=subject, blobs=blobs,
        cipher=cipher, now=now,
    )  # fmt: skip
    return data, attachment.content_type
