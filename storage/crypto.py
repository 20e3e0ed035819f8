"""Field encryption for sensitive values: AES-256-GCM, the key id stored with every value.

Stored form: ``v1.<kid>.<base64url(nonce ‖ ciphertext ‖ tag)>``. The key id lets old values be read
after the current key is rotated: keep the old key in the keyring until everything is re-encrypted.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class FieldCryptoError(Exception):
    pass


def key_id(key: bytes) -> str:
    return hashlib.sha256(b"fundguard-kid" + key).hexdigest()[:8]


def derive_key(master: bytes, purpose: str) -> bytes:
    """A separate 32-byte key per purpose (receipt hashes, blind indexes), so one leak stays one leak."""
    return hmac.new(master, b"fundguard:" + purpose.encode(), hashlib.sha256).digest()


class FieldCipher:
    def __init__(self, current: bytes, *older: bytes) -> None:
        if len(current) != 32 or any(len(k) != 32 for k in older):
            raise FieldCryptoError("field keys must be 32 bytes")
        self.current_kid = key_id(current)
        self._keys = {key_id(k): AESGCM(k) for k in (current, *older)}
        # A separate key for blind indexes (lookup by equality without storing plaintext).
        self._index_key = hashlib.sha256(b"fundguard-index" + current).digest()

    def encrypt(self, plaintext: str, *, context: str = "") -> str:
        nonce = os.urandom(12)
        ct = self._keys[self.current_kid].encrypt(nonce, plaintext.encode(), context.encode())
        return f"v1.{self.current_kid}.{base64.urlsafe_b64encode(nonce + ct).decode()}"

    def decrypt(self, stored: str, *, context: str = "") -> str:
        try:
            version, kid, body = stored.split(".", 2)
            if version != "v1":
                raise ValueError(version)
            raw = base64.urlsafe_b64decode(body)
            return self._keys[kid].decrypt(raw[:12], raw[12:], context.encode()).decode()
        except KeyError as exc:
            raise FieldCryptoError(f"unknown key id {exc}") from None
        except Exception as exc:
            raise FieldCryptoError("cannot decrypt value") from exc

    def blind_index(self, value: str) -> str:
        """Keyed hash for equality lookups (e.g. an openid) that reveals nothing without the key."""
        return hmac.new(self._index_key, value.encode(), hashlib.sha256).hexdigest()
