"""Pictures without their metadata: EXIF (GPS position, device, owner), XMP, IPTC and comments removed
before a picture is stored for showing or sending (GlobaLeaks and SecureDrop strip them too: a reporter's
photo must not say where they live or which phone they carry).

Pillow re-encodes what it can decode, turned upright first (the EXIF orientation goes with the EXIF).
A JPEG it cannot decode still loses every APPn segment but JFIF's and every comment, byte by byte.
"""

from __future__ import annotations

import io

from PIL import Image, ImageOps

FORMATS = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WEBP"}
_KEEP_APP = {0xE0}  # APP0: JFIF, no metadata


def strip_metadata(data: bytes, content_type: str) -> bytes:
    """The picture without metadata; other content types come back unchanged."""
    fmt = FORMATS.get(content_type)
    if fmt is None:
        return data
    try:
        with Image.open(io.BytesIO(data)) as img:
            img.load()
            upright = ImageOps.exif_transpose(img)
            out = io.BytesIO()
            if fmt == "JPEG":
                upright.convert("RGB").save(out, "JPEG", quality=92, optimize=True)
            elif fmt == "PNG":
                upright.save(out, "PNG", optimize=True)  # no pnginfo: no text or eXIf chunks
            else:
                upright.save(out, "WEBP", quality=92)
            return out.getvalue()
    except (OSError, ValueError, Image.DecompressionBombError):
        return _strip_jpeg_segments(data) if fmt == "JPEG" else data


def _strip_jpeg_segments(data: bytes) -> bytes:
    """Drop APP1–APP15 (EXIF, XMP, ICC, IPTC) and COM segments up to the start of scan."""
    if not data.startswith(b"\xff\xd8"):
        return data
    out, i = bytearray(b"\xff\xd8"), 2
    while i + 4 <= len(data) and data[i] == 0xFF:
        marker = data[i + 1]
        if marker == 0xDA:  # start of scan: the rest is image data
            break
        length = int.from_bytes(data[i + 2 : i + 4], "big")
        segment = data[i : i + 2 + length]
        if not ((0xE1 <= marker <= 0xEF) or marker == 0xFE) or marker in _KEEP_APP:
            out += segment
        i += 2 + length
    return bytes(out + data[i:])
