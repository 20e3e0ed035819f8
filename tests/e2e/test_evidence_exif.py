"""Pictures lose their EXIF (GPS, device) before they are stored for showing; the original is kept only
sealed, and each view of it is audited."""

from __future__ import annotations

import io
from pathlib import Path

import aiohttp
from PIL import Image

from reports.models import Report, ReportEvidence
from storage.models import AuditEntry
from storage.pictures import strip_metadata
from tests.conftest import Stack
from tests.e2e.admin_client import console, make_staff
from tests.e2e.test_api_v1 import Api

DEVICE = "FundGuardTestPhone"


def photo_with_exif() -> bytes:
    exif = Image.Exif()
    exif[0x010F] = DEVICE  # Make
    exif[0x0110] = "Model 7"  # Model
    exif[0x8825] = {1: "N", 2: (30.0, 16.0, 12.0), 3: "E", 4: (120.0, 9.0, 30.0)}  # GPSInfo
    out = io.BytesIO()
    Image.new("RGB", (48, 32), (200, 30, 30)).save(out, "JPEG", exif=exif)
    return out.getvalue()


def test_the_stripped_copy_keeps_the_picture_and_drops_the_metadata() -> None:
    original = photo_with_exif()
    assert DEVICE.encode() in original and Image.open(io.BytesIO(original)).getexif().get_ifd(0x8825)
    clean = strip_metadata(original, "image/jpeg")
    shown = Image.open(io.BytesIO(clean))
    assert shown.size == (48, 32) and not shown.getexif() and DEVICE.encode() not in clean
    fake = b"\xff\xd8\xff\xe1\x00\x10Exif\x00\x00" + DEVICE.encode()[:8] + b"\xff\xda\x00\x02data\xff\xd9"
    assert DEVICE.encode()[:8] not in strip_metadata(fake, "image/jpeg")  # undecodable: by segments


async def test_staff_see_the_picture_without_exif_and_the_audited_original_with_it(stack: Stack) -> None:
    original = photo_with_exif()
    head_id = (await make_staff("head1", ["head"])).id
    await make_staff("intake1", ["intake"])
    async with aiohttp.ClientSession() as http:
        api = Api(stack, http)
        await api.login("o-photographer")
        status, photo, _ = await api.upload(original)
        assert status == 201, photo
        status, done, _ = await api.report(attachments=[photo["id"]])
        assert status == 201, done
        rid = (await Report.get()).id
        evidence = await ReportEvidence.get(report_id=rid)
        head, intake = await console(stack, http, "head1"), await console(stack, http, "intake1")
        await intake.ok("POST", f"/admin/api/reports/{rid}/accept", {"version": 0})
        await head.ok("POST", f"/admin/api/reports/{rid}/assign", {"assignee_id": head_id})

        status, ctype, shown = await head.download(f"/admin/api/reports/{rid}/evidence/{evidence.id}")
        assert status == 200 and ctype.startswith("image/jpeg")
        assert DEVICE.encode() not in shown and not Image.open(io.BytesIO(shown)).getexif()

        url = head.url(f"/admin/api/reports/{rid}/evidence/{evidence.id}/original")
        async with http.post(url, json={"purpose": "核实拍摄地点"}, headers=head.headers()) as resp:
            assert resp.status == 200 and await resp.read() == original
        async with http.post(url, json={"purpose": "看看"}, headers=intake.headers()) as resp:
            assert resp.status == 403
    views = await AuditEntry.filter(action="attachment.original_view", subject=f"report:{rid}")
    assert len(views) == 1 and views[0].detail["purpose"] == "核实拍摄地点"
    # Nothing in the blob store holds the device or the position in the clear.
    blobs = [p.read_bytes() for p in (Path(stack.settings.VAR_DIR) / "blobs").rglob("*") if p.is_file()]
    assert blobs and not any(DEVICE.encode() in b for b in blobs)
