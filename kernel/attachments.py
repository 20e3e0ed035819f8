"""Evidence attachments: the one way bytes become an ``Attachment`` row, and the owners (a report's
evidence, a suggestion's pictures) that the media-fetch job attaches a downloaded file to."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Awaitable, Callable, Sequence

from tortoise.backends.base.client import BaseDBAsyncClient

from storage.blobs import BlobStore
from storage.models import Attachment

# (conn, owner id, the media ref the owner holds, the new attachment's id): each domain that keeps
# WeChat media registers one under its owner name in its manifest (``Domain.attachment_owners``).
AttachTo = Callable[[BaseDBAsyncClient, int, str, str], Awaitable[None]]


async def create_attachment(
    conn: BaseDBAsyncClient, data: bytes, *, content_type: str, source: str, blobs: BlobStore
) -> Attachment:
    """Bytes to the content-addressed blob store and a row for them, in the caller's transaction (a
    failure stores no row; a blob left behind is harmless and shared by identical content)."""
    key = await blobs.put(data)
    return await Attachment.create(
        using_db=conn,
        id=uuid.uuid4(),
        blob_key=key,
        content_type=content_type,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        source=source,
    )


async def attachments_by_id(
    conn: BaseDBAsyncClient, ids: Sequence[uuid.UUID], *, source: str
) -> dict[uuid.UUID, Attachment]:
    """The attachments of ``source`` among ``ids`` (an id of another source, or none, is absent)."""
    return {a.id: a for a in await Attachment.filter(id__in=list(ids), source=source).using_db(conn)}
