"""Key material shared by the service's WeChat Pay client and the simulated WeChat Pay.

Production keys come from the merchant platform; the demo and the tests make a fresh set with
``generate`` and write it to a directory, so both sides read the same files: the merchant's API key
pair (the simulator verifies requests with the public half), the platform's "WeChat Pay public key"
pair (the simulator signs responses and notifies; the service trusts the public half), and the
APIv3 key that encrypts notify resources.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


@dataclass(frozen=True)
class PayKeys:
    mchid: str
    merchant_private_pem: str
    merchant_public_pem: str
    merchant_serial: str  # serial of the merchant API certificate, sent in Authorization
    platform_private_pem: str
    platform_public_pem: str
    public_key_id: str  # "PUB_KEY_ID_…", sent by WeChat Pay as Wechatpay-Serial
    apiv3_key: str  # 32 ASCII characters


# File names follow the merchant platform's downloads (apiclient_key.pem, pub_key.pem).
_FILES = {
    "merchant_private_pem": "apiclient_key.pem",
    "merchant_public_pem": "apiclient_pub.pem",
    "platform_private_pem": "sim_platform_key.pem",
    "platform_public_pem": "pub_key.pem",
}
_META = "wechatpay.txt"


def _pem_pair() -> tuple[str, str]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    public = (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    return private, public


def generate(mchid: str = "1900000001") -> PayKeys:
    merchant_private, merchant_public = _pem_pair()
    platform_private, platform_public = _pem_pair()
    return PayKeys(
        mchid=mchid,
        merchant_private_pem=merchant_private,
        merchant_public_pem=merchant_public,
        merchant_serial=secrets.token_hex(20).upper(),
        platform_private_pem=platform_private,
        platform_public_pem=platform_public,
        public_key_id="PUB_KEY_ID_" + secrets.token_hex(16).upper(),
        apiv3_key=secrets.token_hex(16),
    )


def save(keys: PayKeys, directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for attr, name in _FILES.items():
        path = directory / name
        path.write_text(getattr(keys, attr))
        path.chmod(0o600)
    meta = directory / _META
    meta.write_text(
        f"mchid={keys.mchid}\nmerchant_serial={keys.merchant_serial}\n"
        f"public_key_id={keys.public_key_id}\napiv3_key={keys.apiv3_key}\n"
    )
    meta.chmod(0o600)


def load(directory: Path) -> PayKeys:
    meta = dict(line.split("=", 1) for line in (directory / _META).read_text().splitlines() if "=" in line)
    pems = {attr: (directory / name).read_text() for attr, name in _FILES.items()}
    return PayKeys(
        mchid=meta["mchid"],
        merchant_serial=meta["merchant_serial"],
        public_key_id=meta["public_key_id"],
        apiv3_key=meta["apiv3_key"],
        **pems,
    )


def load_or_create(directory: Path, mchid: str = "1900000001") -> PayKeys:
    """The demo's keys: made once under VAR_DIR and reused, so a restart keeps trusting the same keys."""
    if (directory / _META).exists():
        return load(directory)
    keys = generate(mchid)
    save(keys, directory)
    return keys
