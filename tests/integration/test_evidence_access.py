"""Evidence for staff on both backends: the case view's access rule, an audit entry per view, and a
WeChat AMR voice note served as WAV a browser plays (converted once, then reused)."""

from __future__ import annotations

import hashlib
import random
import uuid
from pathlib import Path

import pytest
from tortoise.transactions import in_transaction

from kernel.actors import Actor
from reports.errors import ReportError
from reports.models import ReportEvidence
from staff.evidence import EvidenceFile, open_evidence
from storage import audio
from storage.blobs import LocalBlobStore
from storage.models import Attachment, AuditEntry
from tests.integration.test_dashboard import NOW
from tests.integration.test_report_queue import HEAD, make_report

OTHER_INVESTIGATOR = Actor(8, "调查员乙", frozenset({"investigator"}), frozenset({"demo"}))
JPEG = b"\xff\xd8\xff\xe0" + bytes(200) + b"\xff\xd9"


def amr_note(seconds: int = 1) -> bytes:
    """An AMR-NB file as WeChat sends voice: the magic line, then 12.2 kbit/s frames of 20 ms."""
    rng = random.Random(1)
    frame = lambda: b"\x3c" + bytes(rng.randrange(256) for _ in range(31))  # noqa: E731
    return b"#!AMR\n" + b"".join(frame() for _ in range(50 * seconds))


async def attach(blobs: LocalBlobStore, report_id: int, data: bytes, *, kind: str, ctype: str) -> int:
    key = await blobs.put(data)
    att = await Attachment.create(
        id=uuid.uuid4(), blob_key=key, content_type=ctype, size=len(data),
        sha256=hashlib.sha256(data).hexdigest(), source="wechat_media",
    )  # fmt: skip
    item = await ReportEvidence.create(
        report_id=report_id, kind=kind, source="wechat_media", ref="m1", attachment_id=str(att.id)
    )
    return int(item.id)


async def view(actor: Actor, report_id: int, evidence_id: int, blobs: LocalBlobStore) -> EvidenceFile:
    async with in_transaction() as conn:
        return await open_evidence(conn, report_id, evidence_id, actor=actor, blobs=blobs, now=NOW)


async def test_a_picture_is_shown_to_who_may_see_the_case_and_every_view_is_audited(
    database: str, tmp_path: Path
) -> None:
    blobs = LocalBlobStore(tmp_path)
    report = await make_report(status="investigating", assignee_id=7)
    other = await make_report()
    pic = await attach(blobs, report.id, JPEG, kind="image", ctype="image/jpeg")
    got = await view(HEAD, report.id, pic, blobs)
    assert (got.data, got.content_type, got.converted) == (JPEG, "image/jpeg", False)
    await view(HEAD, report.id, pic, blobs)
    views = await AuditEntry.filter(action="evidence.view").order_by("id")
    assert [(v.actor, v.subject, v.detail["evidence_id"]) for v in views] == [
        (HEAD.label, f"report:{report.id}", pic)
    ] * 2
    with pytest.raises(ReportError) as refused:
        await view(OTHER_INVESTIGATOR, report.id, pic, blobs)  # not their case
    assert refused.value.code == "forbidden"
    with pytest.raises(ReportError) as missing:
        await view(HEAD, other.id, pic, blobs)  # another case's evidence
    assert missing.value.code == "not_found"
    await ReportEvidence.create(report_id=report.id, kind="image", source="wechat_media", ref="m2")
    pending = await ReportEvidence.get(ref="m2")
    with pytest.raises(ReportError):
        await view(HEAD, report.id, pending.id, blobs)  # not fetched from WeChat yet
    assert await AuditEntry.filter(action="evidence.view").count() == 2


@pytest.mark.skipif(
    not audio.converter_available(), reason="ffmpeg is installed by scripts/setup-test-env.sh"
)
async def test_a_wechat_amr_voice_note_is_played_as_wav_converted_once(database: str, tmp_path: Path) -> None:
    blobs = LocalBlobStore(tmp_path)
    report = await make_report()
    note = await attach(blobs, report.id, amr_note(), kind="voice", ctype="audio/amr")
    first = await view(HEAD, report.id, note, blobs)
    assert first.converted and first.content_type == "audio/wav"
    assert first.data[:4] == b"RIFF" and first.data[8:12] == b"WAVE"
    assert int.from_bytes(first.data[4:8], "little") == len(first.data) - 8  # sizes filled in
    # 1 s of 8 kHz mono 16-bit: 16,000 bytes of samples after the header.
    assert 15_000 < len(first.data) < 17_500
    again = await view(HEAD, report.id, note, blobs)
    assert again.data == first.data
    assert await Attachment.filter(source__startswith="browser:").count() == 1
    broken = await attach(blobs, report.id, b"#!AMR\n" + b"\x00garbage", kind="voice", ctype="audio/amr")
    served = await view(HEAD, report.id, broken, blobs)  # undecodable: the original, for download
    assert not served.converted and served.content_type == "audio/amr"
