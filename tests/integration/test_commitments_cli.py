"""``fundguard commitments verify|coverage`` as an officer or a court's expert runs them, against the
test database (PostgreSQL and SQLite): a sealed PDF verifies (exit 0); one changed byte, a changed
record or a broken chain makes ``verify`` print what failed and exit 1; poppler's ``pdfsig`` agrees
on the PDF's signature."""

from __future__ import annotations

import asyncio
from pathlib import Path

from tortoise.transactions import in_transaction

from commitments import documents, pdf, seal
from commitments.models import Signature
from storage import kv as kvs
from storage.blobs import LocalBlobStore
from tests.integration.commitments_kit import bound_and_signed, practitioner_campaign
from tests.integration.test_credit_cli import fundguard


async def pdfsig(path: Path) -> str:
    """What poppler's ``pdfsig`` (a standard tool, Debian's poppler-utils) says of the PDF's signature."""
    proc = await asyncio.create_subprocess_exec(
        "pdfsig", str(path), stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT
    )
    return (await proc.communicate())[0].decode()


async def test_verify_a_signed_pdf_and_the_chain_from_the_command_line(database: str, tmp_path: Path) -> None:
    campaign = await practitioner_campaign()
    signed = await bound_and_signed(kvs.connect(None), campaign, "o-zhang")
    keys = seal.ensure_demo_keys(tmp_path / "commitments")  # where the CLI looks under VAR_DIR
    renderer = documents.Renderer(base_url="https://fg.example.cn", font=pdf.DEFAULT_FONT, keys=keys)
    blobs = LocalBlobStore(tmp_path / "blobs")
    async with in_transaction() as conn:
        await documents.render_signed(conn, signed.id, renderer=renderer, blobs=blobs)
        data = await documents.signed_pdf(conn, signed.code, blobs=blobs)
    assert data is not None
    good, bad = tmp_path / "good.pdf", tmp_path / "bad.pdf"
    good.write_bytes(data)
    changed = bytearray(data)
    changed[len(changed) // 3] ^= 0x20
    bad.write_bytes(bytes(changed))

    assert "Signature is Valid" in await pdfsig(good) and "Total document signed" in await pdfsig(good)
    assert "Signature is Valid" not in await pdfsig(bad)  # poppler's own check agrees
    code, out, _ = await fundguard(database, tmp_path, "commitments", "verify", str(good))
    assert code == 0 and out["valid"] is True and out["signer"] == "张*" and out["failed"] == []
    assert out["template"].startswith("信用承诺书") and out["signed_at"]
    code, out, _ = await fundguard(database, tmp_path, "commitments", "verify", str(bad))
    assert code == 1 and out["valid"] is False and "pdf_changed" in out["failed"]
    code, out, _ = await fundguard(
        database, tmp_path, "commitments", "coverage", "--campaign", str(campaign.id)
    )
    assert code == 0 and (out["roster"], out["signed"]) == (3, 1)

    code, out, _ = await fundguard(database, tmp_path, "commitments", "verify")
    assert code == 0 and out["valid"] is True and out["regions"][0]["records"] == 1
    await Signature.filter(id=signed.id).update(evidence=dict(signed.evidence, client={"ip": "10.0.0.1"}))
    code, out, _ = await fundguard(database, tmp_path, "commitments", "verify", str(good))
    assert code == 1 and out["failed"] == ["record_hash"]
    code, out, _ = await fundguard(database, tmp_path, "commitments", "verify")
    assert code == 1 and out["regions"][0]["broken"][0]["problems"] == ["record_hash"]
