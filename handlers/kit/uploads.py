"""Reading request bodies with hard size limits, and telling a file's type from its first bytes.

The type a client declares (file name, Content-Type) is never believed: a script renamed ``.jpg``
must not reach the blob store, nor a staff member's browser later. Bodies are read chunk by chunk
and refused as soon as they pass their limit, so at most limit + 1 bytes are ever buffered.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, TypeVar

from aiohttp import BodyPartReader, StreamReader, web
from aiohttp.http_exceptions import HttpProcessingError
from pydantic import BaseModel

from handlers.kit.errors import ApiError, checked_input

MB = 1024 * 1024
JSON_LIMIT = 64 * 1024
CHUNK = 64 * 1024
# Multipart boundaries and part headers around the file; a larger declared body is refused unread.
ENVELOPE = 16 * 1024
SNIFF_BYTES = 12

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class FileKind:
    content_type: str
    kind: Literal["image", "voice"]
    max_bytes: int


JPEG = FileKind("image/jpeg", "image", 10 * MB)
PNG = FileKind("image/png", "image", 10 * MB)
WEBP = FileKind("image/webp", "image", 10 * MB)
AMR = FileKind("audio/amr", "voice", 2 * MB)
MP3 = FileKind("audio/mpeg", "voice", 2 * MB)
MAX_UPLOAD = max(k.max_bytes for k in (JPEG, PNG, WEBP, AMR, MP3))

UNSUPPORTED = "只能上传JPEG、PNG、WEBP格式的图片，或AMR、MP3格式的语音。"
TOO_LARGE = "文件太大：图片不能超过10MB，语音不能超过2MB。"


def _mp3_frame(head: bytes) -> bool:
    """An MPEG audio layer III frame header (ISO/IEC 11172-3 §2.4.2.3): 11 sync bits, then version,
    layer, and bitrate/sample-rate indexes that are not the reserved or "bad" values."""
    if len(head) < 3 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return False
    version, layer = (head[1] >> 3) & 0b11, (head[1] >> 1) & 0b11
    bitrate, sample_rate = head[2] >> 4, (head[2] >> 2) & 0b11
    return version != 0b01 and layer == 0b01 and bitrate != 0b1111 and sample_rate != 0b11


def sniff(head: bytes) -> FileKind | None:
    """The kind of a file from its magic number, or None when it is none we accept."""
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head.startswith(b"#!AMR\n"):
        return AMR
    if head.startswith(b"ID3") or _mp3_frame(head):
        return MP3
    return None


def too_large(message: str = TOO_LARGE, *, field: str | None = "file") -> ApiError:
    return ApiError(413, "too_large", message, fields={field: message} if field else None)


async def _read_capped(stream: StreamReader, limit: int) -> bytes:
    body = bytearray()
    while chunk := await stream.read(min(CHUNK, limit + 1 - len(body))):
        body += chunk
        if len(body) > limit:
            raise too_large("提交的内容太大。", field=None)
    return bytes(body)


async def read_json(request: web.Request, model: type[M], *, limit: int = JSON_LIMIT) -> M:
    """The body as ``model``: 413 past ``limit`` bytes, 422 with Chinese field errors if it does not fit."""
    if request.content_length is not None and request.content_length > limit:
        raise too_large("提交的内容太大。", field=None)
    raw = await _read_capped(request.content, limit)
    with checked_input():
        return model.model_validate_json(raw or b"{}")


@dataclass(frozen=True)
class Upload:
    data: bytes
    kind: FileKind


async def _read_file(part: BodyPartReader) -> Upload:
    body = bytearray()
    kind: FileKind | None = None
    cap = MAX_UPLOAD
    while chunk := await part.read_chunk(min(CHUNK, cap + 1 - len(body))):
        body += chunk
        if kind is None and len(body) >= SNIFF_BYTES:
            kind = sniff(bytes(body[:SNIFF_BYTES]))
            if kind is None:  # refuse at once: no need to read the rest of something we won't keep
                raise ApiError.invalid({"file": UNSUPPORTED}, UNSUPPORTED)
            cap = kind.max_bytes
        if len(body) > cap:
            raise too_large()
    if not body:
        raise ApiError.invalid({"file": "文件是空的，请重新选择。"}, "文件是空的，请重新选择。")
    kind = kind or sniff(bytes(body))
    if kind is None:
        raise ApiError.invalid({"file": UNSUPPORTED}, UNSUPPORTED)
    return Upload(bytes(body), kind)


async def read_upload(request: web.Request) -> Upload:
    """The one part named ``file`` of a multipart/form-data body, checked by its bytes."""
    if request.content_type != "multipart/form-data":
        raise ApiError.invalid({"file": "请以 multipart/form-data 方式上传一个文件。"})
    if request.content_length is not None and request.content_length > MAX_UPLOAD + ENVELOPE:
        raise too_large()
    try:
        reader = await request.multipart()
        part = await reader.next()
        if not isinstance(part, BodyPartReader) or part.name != "file":
            raise ApiError.invalid({"file": "请选择要上传的文件（表单字段名为 file）。"})
        upload = await _read_file(part)
        if await reader.next() is not None:
            raise ApiError.invalid({"file": "一次只能上传一个文件。"})
    # aiohttp's words for a missing boundary or a body cut short (ValueError), and for a part whose
    # headers are malformed: a control character in a name, two Content-Type lines (HttpProcessingError).
    except (ValueError, HttpProcessingError):
        raise ApiError.invalid({"file": "上传的内容不完整或格式不对，请重新上传。"}) from None
    return upload
