"""Evidence of a case for the staff who may see it: the bytes and their type, each view audited.

A voice note in a format browsers cannot play (WeChat's AMR or speex) is served converted to WAV
(storage.audio); the converted copy is stored once as its own attachment (source ``browser:<id>``)
and reused by every later view.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime

from tortoise.backends.base.client import BaseDBAsyncClient

from kernel.actors import Actor
from reports.casework import check_case_access
from reports.errors import ReportError
from reports.models import Report, ReportEvidence
from storage import audio, audit
from storage.blobs import BlobStore
from storage.models import Attachment


@dataclass(frozen=True)
class EvidenceFile:
    data: bytes
    content_type: str
    kind: str  # image | voice
    converted: bool  # a voice note decoded for the browser


async def _browser_copy(
    conn: BaseDBAsyncClient, original: Attachment, data: bytes, *, blobs: BlobStore
) -> Attachment | None:
    """The WAV copy of a voice attachment, made once; None when it cannot be made here."""
    source = f"browser:{original.id}"
    copy = await Attachment.filter(source=source).using_db(conn).first()
    if copy is not None or not audio.converter_available():
        return copy
    try:
        wav = await audio.to_wav(data)
    except audio.AudioError:
        return None  # served as it is: the person may still download and play it elsewhere
    key = await blobs.put(wav)
    return await Attachment.create(
        using_db=conn, id=uuid.uuid4(), blob_key=key, content_type=audio.WAV, size=len(wav),
        sha256=hashlib.sha256(wav).hexdigest(), source=source,
    )  # fmt: skip


async def open_evidence(
    conn: BaseDBAsyncClient,
    report_id: int,
    evidence_id: int,
    *,
    actor: Actor,
    blobs: BlobStore,
    now: datetime,
) -> EvidenceFile:
    """One evidence file of a case ``actor`` may see (the case view's rule), written to the audit log
    in the caller's transaction; ``not_found`` for another case's evidence or one not fetched yet."""
    report = await Report.filter(id=report_id).using_db(conn).first()
    if report is None:
        raise ReportError("not_found")
    check_case_access(actor, report)
    item = await ReportEvidence.filter(id=evidence_id, report_id=report.id).using_db(conn).first()
    attachment = None
    if item is not None and item.attachment_id:
        attachment = await Attachment.filter(id=item.attachment_id).using_db(conn).first()
    if item is None or attachment is None:
        raise ReportError("not_found", detail="（该证据不存在，或尚未从微信取回。）")
    data, content_type, converted = await blobs.get(attachment.blob_key), attachment.content_type, False
    if item.kind == "voice" and audio.needs_conversion(content_type):
        copy = await _browser_copy(conn, attachment, data, blobs=blobs)
        if copy is not None:
            data, content_type, converted = await blobs.get(copy.blob_key), copy.content_type, True
    await audit.append(
        conn,
        actor=actor.label,
        action="evidence.view",
        subject=f"report:{report.id}",
        detail={"evidence_id": item.id, "kind": item.kind, "converted": converted},
        now=now,
    )
    return EvidenceFile(data=data, content_type=content_type, kind=item.kind, converted=converted)
