"""The drawn signature: a PNG from the page's canvas, refused when it is not a drawing (too small, a
dot, empty, or not a PNG at all)."""

from __future__ import annotations

import hashlib
import io

from PIL import Image, UnidentifiedImageError

from commitments.errors import CommitmentError

MAX_BYTES = 400_000
MAX_SIDE = 2400
# The ink's bounding box and amount a written name has at least (in canvas pixels).
MIN_WIDTH, MIN_HEIGHT, MIN_INK = 80, 24, 300


def check(png: bytes) -> str:
    """The image's SHA-256 once it passes; ``bad_signature`` otherwise."""
    if not png.startswith(b"\x89PNG\r\n\x1a\n") or len(png) > MAX_BYTES:
        raise CommitmentError("bad_signature")
    try:
        with Image.open(io.BytesIO(png)) as image:
            if max(image.size) > MAX_SIDE:
                raise CommitmentError("bad_signature")
            image.load()
            rgba = image.convert("RGBA")
    except (UnidentifiedImageError, OSError, ValueError):
        raise CommitmentError("bad_signature") from None
    alpha = rgba.getchannel("A")
    gray = rgba.convert("L")
    # Ink: opaque and dark (a transparent canvas, or a white one flattened by the browser).
    ink = Image.eval(alpha, lambda a: 255 if a > 128 else 0)
    dark = Image.eval(gray, lambda g: 255 if g < 160 else 0)
    mask = Image.composite(dark, Image.new("L", rgba.size, 0), ink)
    box = mask.getbbox()
    if box is None:
        raise CommitmentError("bad_signature")
    width, height = box[2] - box[0], box[3] - box[1]
    pixels = mask.histogram()[255]
    if width < MIN_WIDTH or height < MIN_HEIGHT or pixels < MIN_INK:
        raise CommitmentError("bad_signature", detail="签名太小或只是一个点。")
    return hashlib.sha256(png).hexdigest()
