"""Evidence attachments: the one way bytes become an ``Attachment`` row, and the owners (a report's
evidence, a suggestion's pictures) that the media-fetch job attaches a downloaded file to."""

from __future__ import annotations

import base64
import hashlib
import uuid
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime

from tortoise.backends.base.client import BaseDBAsyncClient

from storage import audit
from storage.blobs import BlobStore
from storage.crypto import FieldCipher
from storage.models import Attachment
from storage.pictures import strip_metadata

# (conn, owner id, the media ref the owner holds, the new attachment's id): each domain that keeps
# WeChat media registers one under its owner name in its manifest (``Domain.attachment_owners``).
AttachTo = Callable[[BaseDBAsyncClient, int, str, str], Awaitable[None]]


ORIGINAL_CONTEXT = "attachment.original"  # FieldCipher context of a picture's sealed original


async def create_attachment(
    conn: BaseDBAsyncClient,
    data: bytes,
    *,
    content_type: str,
    source: str,
    blobs: BlobStore,
    cipher: FieldCipher,
) -> Attachment:
    """Bytes to the content-addressed blob store and a row for them, in the caller's transaction (a
    failure stores no row; a blob left behind is harmless and shared by identical content).

    A picture is stored without its metadata (``storage.pictures``): that copy is the one ever shown or
    sent. The bytes as received are kept only sealed, as evidence (``open_original`` audits each view)."""
    shown = strip_metadata(data, content_type)
    original = None
    if shown != data:
        sealed = cipher.encrypt(base64.b64encode(data).decode(), context=ORIGINAL_CONTEXT)
        original = await blobs.put(sealed.encode())
    key = await blobs.put(shown)
    return await Attachment.create(
        using_db=conn,
        id=uuid.uuid4(),
        blob_key=key,
        content_type=content_type,
        size=len(shown),
        sha256=hashlib.sha256(shown).hexdigest(),
        source=source,
        original_blob_key=original,
    )


async def open_original(
    conn: BaseDBAsyncClient,
    attachment: Attachment,
    *,
    actor: str,
    purpose: str,
    subject: str,
    blobs: BlobStore,
    cipher: FieldCipher,
    now: datetime,
) -> bytes:
    """The picture as received, metadata and all, for the staff who may see evidence; audited with the
    purpose in the caller's transaction. A picture that had no metadata is its stored copy."""
    await audit.append(
        conn, actor=actor, action="attachment.original_view", subject=subject,
        detail={"attachment": str(attachment.id), "purpose": purpose[:200]}, now=now,
    )  # fmt: skip
    if attachment.original_blob_key is None:
        return await blobs.get(attachment.blob_key)
    sealed = (await blobs.get(attachment.original_blob_key)).decode()
    return base64.b64decode(cipher.decrypt(sealed, context=ORIGINAL_CONTEXT))


async def attachments_by_id(
    conn: BaseDBAsyncClient, ids: Sequence[uuid.UUID], *, source: str
) -> dict[uuid.UUID, Attachment]:
    """The attachments of ``source`` among ``ids`` (an id of another source, or none, is absent)."""
    return {a.id: a for a in await Attachment.filter(id__in=list(ids), source=source).using_db(conn)}
