"""The bureau's PAdES signature on a signed letter's PDF (pyHanko), and its check.

The demo (and the tests) generate the bureau's key and a self-signed certificate once under
``VAR_DIR/commitments/``, as they do for WeChat Pay's keys; a bureau deploys its own certificate there.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers
from pyhanko.sign.timestamps import HTTPTimeStamper
from pyhanko.sign.validation import async_validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

KEY_FILE, CERT_FILE = "bureau_key.pem", "bureau_cert.pem"
FIELD = "BureauSeal"


@dataclass(frozen=True)
class BureauKeys:
    key_path: Path
    cert_path: Path

    def certificate_pem(self) -> bytes:
        return self.cert_path.read_bytes()


def ensure_demo_keys(
    directory: Path, *, name: str = "医疗保障局（演示）", now: datetime | None = None
) -> BureauKeys:
    """The bureau's key and certificate under ``directory``, generated the first time."""
    keys = BureauKeys(directory / KEY_FILE, directory / CERT_FILE)
    if keys.key_path.exists() and keys.cert_path.exists():
        return keys
    directory.mkdir(parents=True, exist_ok=True)
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, name),
            x509.NameAttribute(NameOID.COMMON_NAME, f"{name} 电子签章"),
        ]
    )
    start = (now or datetime.now(UTC)) - timedelta(days=1)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    keys.key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    keys.key_path.chmod(0o600)
    keys.cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return keys


def seal(pdf: bytes, keys: BureauKeys, *, reason: str = "信用承诺书电子签署存证", tsa_url: str = "") -> bytes:
    """The PDF with the bureau's PAdES signature over all of it (an incremental update), with an
    RFC 3161 timestamp from ``tsa_url`` when one is configured. Blocking: run it in a thread."""
    signer = signers.SimpleSigner.load(str(keys.key_path), str(keys.cert_path))  # type: ignore[no-untyped-call]
    if signer is None:
        raise ValueError("cannot load the bureau's key")
    meta = signers.PdfSignatureMetadata(field_name=FIELD, reason=reason, subfilter=None)
    stamper = HTTPTimeStamper(tsa_url) if tsa_url else None
    out = signers.sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(pdf)), meta, signer=signer, timestamper=stamper
    )
    return bytes(out.getvalue())


async def check(pdf: bytes, cert_pem: bytes) -> list[str]:
    """What fails in the PDF's bureau signature (empty: it validates against ``cert_pem``, covers the
    whole file and nothing was changed after it)."""
    from asn1crypto import pem
    from asn1crypto import x509 as asn1_x509

    try:
        reader = PdfFileReader(io.BytesIO(pdf))
        sigs = reader.embedded_signatures
    except Exception:
        return ["pdf_unreadable"]
    if not sigs:
        return ["pdf_unsigned"]
    _, _, der = pem.unarmor(cert_pem)
    context = ValidationContext(trust_roots=[asn1_x509.Certificate.load(der)])
    try:
        status = await async_validate_pdf_signature(sigs[-1], context)
    except Exception:
        return ["pdf_signature"]
    problems = []
    if not (status.intact and status.valid):
        problems.append("pdf_signature")
    if not status.trusted:
        problems.append("pdf_certificate")
    if status.coverage is None or status.coverage.name != "ENTIRE_FILE":
        problems.append("pdf_coverage")
    return problems


def timestamped(pdf: bytes) -> bool:
    """The bureau's signature carries an RFC 3161 signature timestamp."""
    sigs = PdfFileReader(io.BytesIO(pdf)).embedded_signatures
    if not sigs:
        return False
    unsigned = sigs[-1].signer_info["unsigned_attrs"]
    return (
        any(a["type"].native == "signature_time_stamp_token" for a in unsigned) if unsigned.native else False
    )


def keywords_of(pdf: bytes) -> str:
    """The document's /Keywords (where the renderer put the verification code)."""
    try:
        info = PdfFileReader(io.BytesIO(pdf)).trailer_view.get("/Info")
        return str(info.get_object().get("/Keywords", "")) if info is not None else ""
    except Exception:
        return ""
