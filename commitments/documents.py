"""The signed PDF of a signature (rendered and sealed by a job, kept in the blob store) and the check
of a PDF someone hands in: its seal, its bytes against the record, the record and its chain links."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from commitments import pdf, seal
from commitments.errors import CommitmentError
from commitments.models import Signature
from commitments.signing import verify_record
from storage.blobs import BlobStore
from storage.crypto import FieldCipher

_CODE = re.compile(re.escape(pdf.KEYWORD) + r"([0-9a-f]{16})")


@dataclass(frozen=True)
class Renderer:
    """What rendering needs: where the verification page lives, the font, the bureau's keys."""

    base_url: str
    font: Path
    keys: seal.BureauKeys
    tsa_url: str = ""  # an RFC 3161 timestamp authority (empty: none)

    def render(self, signature: Signature, body: str) -> bytes:
        letter = pdf.render(
            evidence=signature.evidence,
            body=body,
            image_png=base64.b64decode(signature.image_png),
            record_hash=signature.record_hash,
            base_url=self.base_url,
            font=self.font,
        )
        return seal.seal(letter, self.keys, tsa_url=self.tsa_url)


async def render_signed(
    conn: BaseDBAsyncClient, signature_id: int, *, renderer: Renderer, blobs: BlobStore
) -> str:
    """Render, seal and store the signature's PDF once; its SHA-256 (a second run keeps the first)."""
    found = await Signature.filter(id=signature_id).using_db(conn).select_related("template").first()
    if found is None:
        raise CommitmentError("not_found")
    if found.pdf_sha256 is not None:
        return found.pdf_sha256
    data = await asyncio.to_thread(renderer.render, found, found.template.body)
    key = await blobs.put(data)
    await (
        Signature.filter(id=found.id, pdf_sha256__isnull=True)
        .using_db(conn)
        .update(pdf_sha256=key, pdf_blob=key)
    )
    return key


async def own_pdf(
    conn: BaseDBAsyncClient, code: str, *, openid: str, cipher: FieldCipher, blobs: BlobStore
) -> bytes | None:
    """The signer's own PDF (None until rendered); someone else's code is not found."""
    found = await Signature.filter(code=code).using_db(conn).select_related("roster").first()
    if found is None or found.roster.openid_index != cipher.blind_index(openid):
        raise CommitmentError("not_found")
    return await blobs.get(found.pdf_blob) if found.pdf_blob else None


async def signed_pdf(conn: BaseDBAsyncClient, code: str, *, blobs: BlobStore) -> bytes | None:
    found = await Signature.filter(code=code).using_db(conn).first()
    if found is None:
        raise CommitmentError("not_found")
    return await blobs.get(found.pdf_blob) if found.pdf_blob else None


async def verify_pdf(conn: BaseDBAsyncClient, data: bytes, *, cert_pem: bytes) -> dict[str, Any]:
    """One JSON-able verdict: ``valid`` only when the bureau's seal validates over the whole file, the
    file is the one rendered for the record, and the record and its chain links stand (not voided)."""
    failed = await seal.check(data, cert_pem)
    match = _CODE.search(seal.keywords_of(data))
    if match is None:
        return {
            "valid": False,
            "signer": None,
            "template": None,
            "signed_at": None,
            "failed": [*failed, "no_record"],
        }
    try:
        record = await verify_record(conn, match[1])
    except CommitmentError:
        return {
            "valid": False,
            "signer": None,
            "template": None,
            "signed_at": None,
            "failed": [*failed, "no_record"],
        }
    stored = await Signature.filter(code=match[1]).using_db(conn).first()
    if stored is None or stored.pdf_sha256 != hashlib.sha256(data).hexdigest():
        failed.append("pdf_changed")
    failed += record["problems"]
    if record["voided"]:
        failed.append("voided")
    return {
        "valid": not failed,
        "code": record["code"],
        "signer": record["signer"],
        "template": record["template"],
        "signed_at": record["signed_at"],
        "voided": record["voided"],
        "failed": failed,
    }
