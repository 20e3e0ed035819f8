"""Receipt codes (回执码): generation, grouped display, strict input normalisation, and keyed hashing.

The alphabet is the 30 characters ``23456789ABCDEFGHJKMNPQRSTVWXYZ``: digits 2-9 and capitals without the
look-alikes 0/O, 1/I/L, and U (read as V). A code is 16 characters drawn uniformly and independently, so

    entropy = 16 × log2(30) = 16 × 4.907 ≈ 78.5 bits  (30^16 ≈ 4.3 × 10^23 codes).

Online guessing is hopeless against that (and is throttled anyway); the danger is offline guessing
against a leaked table. A plain SHA-256 of a 78-bit secret is already costly to invert, but it is still a
public function: anyone with a database dump could test candidates, and a weaker future alphabet or a
shortened code would make that cheap. HMAC-SHA256 with a server key kept outside the database means a dump
alone allows no guessing at all, and equal codes in two deployments do not hash alike.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import random
import secrets
import unicodedata

from reports.errors import ReportError

ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 16
GROUP = 4
ENTROPY_BITS = LENGTH * math.log2(len(ALPHABET))
MIN_KEY_BYTES = 32

# Characters a person may type for a look-alike. We do not map them (O→0 is impossible: 0 is not in the
# alphabet either), we say what went wrong, because silently "correcting" would turn a typo into a
# different valid-looking code.
_EXCLUDED = frozenset("01ILOU")
_SEPARATORS = frozenset("-_.·—–")


def new_receipt_code(*, rng: random.Random | None = None) -> str:
    """A fresh 16-character code (ungrouped). ``rng`` defaults to the OS CSPRNG (``secrets``).

    ``random.Random.choice`` draws an index with ``_randbelow`` (rejection sampling), so every character
    is uniform over the alphabet: no modulo bias. Tests pass a seeded ``random.Random``.
    """
    source = rng if rng is not None else secrets.SystemRandom()
    return "".join(source.choice(ALPHABET) for _ in range(LENGTH))


def format_receipt(code: str) -> str:
    """Show a code in groups of four, ``ABCD-EFGH-JKMN-PQRS``; accepts what ``normalise_receipt`` does."""
    plain = normalise_receipt(code)
    return "-".join(plain[i : i + GROUP] for i in range(0, LENGTH, GROUP))


def normalise_receipt(raw: str) -> str:
    """The canonical form of a typed code (16 upper-case characters), or ``ReportError('bad_receipt')``.

    Forgiving about what does not change meaning: case, full-width characters (NFKC), spaces and dashes.
    Strict about the rest: a look-alike such as O or 1 is refused with a hint, never guessed.
    """
    text = unicodedata.normalize("NFKC", raw).upper()
    code = "".join(ch for ch in text if not ch.isspace() and ch not in _SEPARATORS)
    if any(ch in _EXCLUDED for ch in code):
        raise ReportError("bad_receipt", detail="回执码里没有数字0、1和字母I、L、O、U，请再看一遍。")
    if any(ch not in ALPHABET for ch in code):
        raise ReportError("bad_receipt", detail="只能包含数字和字母。")
    if len(code) != LENGTH:
        raise ReportError("bad_receipt", detail=f"应为{LENGTH}位，现在是{len(code)}位。")
    return code


def receipt_hash(code: str, *, key: bytes) -> str:
    """HMAC-SHA256 (hex) of the normalised code under ``key``: the only form that is ever stored."""
    if len(key) < MIN_KEY_BYTES:
        raise ValueError(f"receipt hash key must be at least {MIN_KEY_BYTES} bytes")
    return hmac.new(key, normalise_receipt(code).encode("ascii"), hashlib.sha256).hexdigest()


def receipt_matches(code: str, stored_hash: str, *, key: bytes) -> bool:
    """Whether ``code`` hashes to ``stored_hash``, compared in constant time (STYLE §8).

    Lookups by code should query by ``receipt_hash`` directly; this is for re-checking one known row.
    A malformed code simply does not match.
    """
    try:
        candidate = receipt_hash(code, key=key)
    except ReportError:
        return False
    return hmac.compare_digest(candidate, stored_hash)
