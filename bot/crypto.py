"""WeChat push signatures and safe-mode AES (WXBizMsgCrypt), per the official technical plan.

AES-256-CBC with IV = key[:16]; plaintext = random(16) ‖ len(4, big-endian) ‖ xml ‖ appid, padded with
PKCS#7 to a multiple of **32** bytes (so pads of 17–32 bytes occur; a 16-byte unpadder rejects them).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import struct

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

BLOCK = 32


class CryptoError(Exception):
    """Signature or decryption failure; the message says which (never echoed to the caller)."""


def sha1_signature(*parts: str) -> str:
    return hashlib.sha1("".join(sorted(parts)).encode()).hexdigest()


def signature_ok(expected: str, token: str, timestamp: str, nonce: str, *extra: str) -> bool:
    """Constant-time check of ``signature`` (or ``msg_signature`` when ``extra`` holds Encrypt)."""
    return hmac.compare_digest(
        expected.lower().encode(), sha1_signature(token, timestamp, nonce, *extra).encode()
    )


def aes_key(encoding_aes_key: str) -> bytes:
    key = base64.b64decode(encoding_aes_key + "=")
    if len(key) != 32:
        raise CryptoError("EncodingAESKey must decode to 32 bytes")
    return key


class MessageCrypto:
    """Encrypts and decrypts message bodies for one account; tries the previous key on rotation."""

    def __init__(self, token: str, encoding_aes_key: str, appid: str, previous_key: str | None = None):
        self.token = token
        self.appid = appid
        self.appid_bytes = appid.encode()
        self.keys = [aes_key(encoding_aes_key)] + ([aes_key(previous_key)] if previous_key else [])

    def encrypt(self, xml: str | bytes, *, random16: bytes | None = None, key: bytes | None = None) -> str:
        key = key or self.keys[0]
        body = xml.encode() if isinstance(xml, str) else xml
        rand = random16 if random16 is not None else base64.b32encode(os.urandom(10)).decode()[:16].encode()
        plain = rand + struct.pack(">I", len(body)) + body + self.appid_bytes
        pad = BLOCK - len(plain) % BLOCK
        plain += bytes([pad]) * pad
        enc = Cipher(algorithms.AES(key), modes.CBC(key[:16])).encryptor()
        return base64.b64encode(enc.update(plain) + enc.finalize()).decode()

    def decrypt(self, encrypted: str) -> tuple[bytes, bytes]:
        """Return (xml bytes, the key that worked)."""
        try:
            raw = base64.b64decode(encrypted, validate=True)
        except (binascii.Error, ValueError):
            raise CryptoError("Encrypt is not base64") from None
        if not raw or len(raw) % 16:
            raise CryptoError("ciphertext length is not a multiple of the AES block")
        for key in self.keys:
            dec = Cipher(algorithms.AES(key), modes.CBC(key[:16])).decryptor()
            plain = dec.update(raw) + dec.finalize()
            pad = plain[-1]
            if not 1 <= pad <= BLOCK or len(plain) < 20 + pad:
                continue
            plain = plain[:-pad]
            (length,) = struct.unpack(">I", plain[16:20])
            xml, appid = plain[20 : 20 + length], plain[20 + length :]
            if len(xml) == length and hmac.compare_digest(appid, self.appid_bytes):
                return xml, key
        raise CryptoError("cannot decrypt with any key, or the AppID does not match")

    def encrypt_reply(self, xml: str, *, timestamp: str, nonce: str, key: bytes | None = None) -> str:
        encrypted = self.encrypt(xml, key=key)
        sig = sha1_signature(self.token, timestamp, nonce, encrypted)
        return (
            f"<xml><Encrypt><![CDATA[{encrypted}]]></Encrypt>"
            f"<MsgSignature><![CDATA[{sig}]]></MsgSignature>"
            f"<TimeStamp>{timestamp}</TimeStamp><Nonce><![CDATA[{nonce}]]></Nonce></xml>"
        )
