"""WeChat Pay result notifications (WECHAT.md §5.4): verify the signature over the raw body within a replay
window, refuse signature probes, decrypt the AEAD_AES_256_GCM resource.

Done here with ``cryptography`` rather than ``AsyncWeChatPay.callback``: that one is synchronous, raises
on some headers and returns None for both a bad signature and a bad tag, which we want to tell apart.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.serialization import load_pem_public_key

MAX_SKEW_SECONDS = 300  # the window WeChat Pay applies to our requests, applied back (WECHAT.md §5.4)
PROBE_PREFIX = "WECHATPAY/SIGNTEST/"
SIGNATURE_TYPE = "WECHATPAY2-SHA256-RSA2048"
TRANSFER_EVENT = "MCHTRANSFER.BILL.FINISHED"


class NotifyRejected(Exception):
    """The notify is not from WeChat Pay, or cannot be read: answer 4xx so a real one is sent again."""

    def __init__(self, reason: str, *, status: int = 401) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status


@dataclass(frozen=True)
class Notice:
    event_id: str
    event_type: str
    resource: dict[str, Any]


class NotifyVerifier:
    def __init__(self, *, public_key_pem: str, public_key_id: str, apiv3_key: str) -> None:
        key = load_pem_public_key(public_key_pem.encode())
        if not isinstance(key, RSAPublicKey):
            raise ValueError("the WeChat Pay public key must be RSA")
        self._public_key = key
        self._public_key_id = public_key_id
        self._aead = AESGCM(apiv3_key.encode())

    def verify(self, headers: Mapping[str, str], body: bytes, *, at: float) -> Notice:
        """The decrypted notice, or NotifyRejected naming why; ``at`` is the real time (Unix seconds)."""
        signature = headers.get("Wechatpay-Signature", "")
        if signature.startswith(PROBE_PREFIX):
            # WeChat Pay's probes check that merchants refuse what they cannot verify.
            raise NotifyRejected("signature probe refused")
        if headers.get("Wechatpay-Signature-Type", SIGNATURE_TYPE) != SIGNATURE_TYPE:
            raise NotifyRejected("unsupported signature type")
        if headers.get("Wechatpay-Serial", "") != self._public_key_id:
            raise NotifyRejected("unknown Wechatpay-Serial")
        timestamp, nonce = headers.get("Wechatpay-Timestamp", ""), headers.get("Wechatpay-Nonce", "")
        if not timestamp.isdigit() or not nonce:
            raise NotifyRejected("missing timestamp or nonce")
        if abs(at - int(timestamp)) > MAX_SKEW_SECONDS:
            raise NotifyRejected("timestamp outside the allowed window")
        try:
            raw_signature = base64.b64decode(signature, validate=True)
            message = timestamp.encode() + b"\n" + nonce.encode() + b"\n" + body + b"\n"
            self._public_key.verify(raw_signature, message, PKCS1v15(), SHA256())
        except (binascii.Error, ValueError, InvalidSignature):
            raise NotifyRejected("bad signature") from None
        return self._decrypt(body)

    def _decrypt(self, body: bytes) -> Notice:
        try:
            envelope = json.loads(body)
            resource = envelope["resource"]
            if resource.get("algorithm") != "AEAD_AES_256_GCM":
                raise NotifyRejected("unsupported resource algorithm", status=400)
            plain = self._aead.decrypt(
                str(resource["nonce"]).encode(),
                base64.b64decode(resource["ciphertext"]),
                str(resource.get("associated_data") or "").encode(),
            )
            data = json.loads(plain)
        except NotifyRejected:
            raise
        except InvalidTag:
            # Signed by WeChat Pay yet not ours to read: most likely a wrong APIv3 key here; a 5xx
            # keeps WeChat retrying while the key is fixed.
            raise NotifyRejected("resource does not decrypt with the APIv3 key", status=500) from None
        except (ValueError, KeyError, TypeError, AttributeError, binascii.Error):
            raise NotifyRejected("malformed body", status=400) from None
        if not isinstance(data, dict):
            raise NotifyRejected("malformed resource", status=400)
        return Notice(str(envelope.get("id", "")), str(envelope.get("event_type", "")), data)
