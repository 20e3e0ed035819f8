"""Uploaded evidence: storing an upload, and turning a report's attachment ids into evidence refs.

An upload belongs to whoever sent it until it is used in one report: Redis holds attachment id →
the uploader's keyed hash for ``upload_ttl_seconds``. That link is dropped once the report is
committed, so an anonymous report keeps nothing that leads back to the session. (These functions
reach the ORM only through ``kernel.attachments``.)
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Literal

from tortoise.backends.base.client import BaseDBAsyncClient

from handlers.kit.errors import ApiError
from handlers.kit.uploads import Upload
from kernel.attachments import attachments_by_id, create_attachment
from reports.intake import EvidenceRef
from storage.blobs import BlobStore
from storage.crypto import FieldCipher
from storage.kv import KV
from storage.models import Attachment

SOURCE: Literal["upload"] = "upload"
GONE = "证据材料不存在或已失效，请重新上传。"


def _owner_key(attachment_id: uuid.UUID) -> str:
    return f"api:upload:{attachment_id}"


async def store_upload(
    conn: BaseDBAsyncClient,
    upload: Upload,
    *,
    blobs: BlobStore,
    cipher: FieldCipher,
    kv: KV,
    owner: str,
    ttl: int,
) -> Attachment:
    """Bytes to the blob store, a row for them, and the uploader noted as owner (inside ``conn``'s
    transaction, so a failure stores no row; a content-addressed blob left behind is harmless)."""
    attachment = await create_attachment(
        conn, upload.data, content_type=upload.kind.content_type, source=SOURCE, blobs=blobs, cipher=cipher
    )
    await kv.set(_owner_key(attachment.id), owner.encode(), ex=ttl)
    return attachment


async def evidence_for(
    conn: BaseDBAsyncClient, ids: Sequence[uuid.UUID], *, kv: KV, owner: str
) -> list[EvidenceRef]:
    """Evidence refs for the ids a report names: each must be an upload of ``owner``'s, not yet used."""
    if not ids:
        return []
    owners = await kv.mget([_owner_key(i) for i in ids])
    rows = await attachments_by_id(conn, ids, source=SOURCE)
    bad = {
        f"attachments.{n}": GONE
        for n, (i, who) in enumerate(zip(ids, owners, strict=True))
        if i not in rows or who is None or bytes(who).decode() != owner or i in ids[:n]
    }
    if bad:
        raise ApiError.invalid(bad)
    return [
        EvidenceRef(
            kind="voice" if rows[i].content_type.startswith("audio/") else "image", source=SOURCE, ref=str(i)
        )
        for i in ids
    ]


async def release(ids: Sequence[uuid.UUID], *, kv: KV) -> None:
    """Forget who uploaded what, once the report holding the uploads is committed."""
    if ids:
        await kv.delete(*(_owner_key(i) for i in ids))
