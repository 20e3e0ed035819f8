"""WeChat Pay v3 wire cryptography, written from the protocol (WECHAT.md §5), not from the client library.

- Request signature: RSA-SHA256 (PKCS#1 v1.5) over ``METHOD\\nPATH?QUERY\\nTIMESTAMP\\nNONCE\\nBODY\\n``
  in the ``Authorization: WECHATPAY2-SHA256-RSA2048 k="v",…`` header, verified with the merchant public key.
- Response and notify signature: RSA-SHA256 over ``TIMESTAMP\\nNONCE\\nBODY\\n`` with the platform key.
- Notify resource: AEAD_AES_256_GCM, key = the 32-byte APIv3 key, 12-byte ASCII nonce, tag appended.
- Sensitive fields (user_name): RSA-OAEP with SHA-1 and MGF1-SHA-1.
"""

from __future__ import annotations

import base64
import re
import secrets
import string
from functools import lru_cache

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

SIGNATURE_TYPE = "WECHATPAY2-SHA256-RSA2048"
_AUTH_PAIR = re.compile(r'(\w+)="([^"]*)"')
_OAEP = padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA1()), algorithm=hashes.SHA1(), label=None)


@lru_cache(maxsize=16)
def private_key(pem: str) -> rsa.RSAPrivateKey:
    key = serialization.load_pem_private_key(pem.encode(), password=None)
    assert isinstance(key, rsa.RSAPrivateKey)
    return key


@lru_cache(maxsize=16)
def public_key(pem: str) -> rsa.RSAPublicKey:
    key = serialization.load_pem_public_key(pem.encode())
    assert isinstance(key, rsa.RSAPublicKey)
    return key


def nonce(length: int = 32) -> str:
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(length))


def sign(private_pem: str, message: str) -> str:
    raw = private_key(private_pem).sign(message.encode(), padding.PKCS1v15(), hashes.SHA256())
    return base64.b64encode(raw).decode()


def verify(public_pem: str, message: str, signature: str) -> bool:
    try:
        raw = base64.b64decode(signature, validate=True)
        public_key(public_pem).verify(raw, message.encode(), padding.PKCS1v15(), hashes.SHA256())
    except (InvalidSignature, ValueError):
        return False
    return True


def request_message(method: str, path_qs: str, timestamp: str, nonce_str: str, body: str) -> str:
    return f"{method}\n{path_qs}\n{timestamp}\n{nonce_str}\n{body}\n"


def response_message(timestamp: str, nonce_str: str, body: str) -> str:
    return f"{timestamp}\n{nonce_str}\n{body}\n"


def authorization(
    *, private_pem: str, mchid: str, serial_no: str, method: str, path_qs: str, body: str, timestamp: int
) -> str:
    """A merchant's Authorization header (for tests and tools that call the simulator without a client)."""
    nonce_str = nonce()
    signature = sign(private_pem, request_message(method, path_qs, str(timestamp), nonce_str, body))
    return (
        f'{SIGNATURE_TYPE} mchid="{mchid}",nonce_str="{nonce_str}",signature="{signature}",'
        f'timestamp="{timestamp}",serial_no="{serial_no}"'
    )


def parse_authorization(header: str) -> dict[str, str] | None:
    scheme, _, rest = header.strip().partition(" ")
    if scheme != SIGNATURE_TYPE:
        return None
    fields = dict(_AUTH_PAIR.findall(rest))
    needed = {"mchid", "nonce_str", "signature", "timestamp", "serial_no"}
    return fields if needed <= fields.keys() else None


def signed_headers(private_pem: str, public_key_id: str, body: str, timestamp: int) -> dict[str, str]:
    """The headers WeChat Pay puts on every answer and notify."""
    nonce_str = nonce()
    return {
        "Wechatpay-Timestamp": str(timestamp),
        "Wechatpay-Nonce": nonce_str,
        "Wechatpay-Signature": sign(private_pem, response_message(str(timestamp), nonce_str, body)),
        "Wechatpay-Serial": public_key_id,
        "Wechatpay-Signature-Type": SIGNATURE_TYPE,
        "Request-ID": secrets.token_hex(16).upper(),
    }


def aes_gcm_encrypt(apiv3_key: str, nonce_str: str, associated_data: str, plaintext: str) -> str:
    sealed = AESGCM(apiv3_key.encode()).encrypt(
        nonce_str.encode(), plaintext.encode(), associated_data.encode()
    )
    return base64.b64encode(sealed).decode()


def aes_gcm_decrypt(apiv3_key: str, nonce_str: str, associated_data: str, ciphertext: str) -> str:
    """Raises ``cryptography.exceptions.InvalidTag`` on a wrong key or tampered data."""
    data = base64.b64decode(ciphertext)
    return AESGCM(apiv3_key.encode()).decrypt(nonce_str.encode(), data, associated_data.encode()).decode()


def oaep_encrypt(public_pem: str, text: str) -> str:
    return base64.b64encode(public_key(public_pem).encrypt(text.encode(), _OAEP)).decode()


def oaep_decrypt(private_pem: str, ciphertext: str) -> str | None:
    try:
        return private_key(private_pem).decrypt(base64.b64decode(ciphertext, validate=True), _OAEP).decode()
    except ValueError:
        return None
