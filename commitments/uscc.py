"""The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-letter
alphabet (no I, O, S, V, Z); the last is a check character over the first 17 (weights 3^i mod 31)."""

from __future__ import annotations

import re
import unicodedata

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_SHAPE = re.compile(rf"^[{ALPHABET}]{{18}}$")


def check_character(first17: str) -> str:
    """The 18th character that GB 32100 §4.2 computes from the first 17."""
    total = sum(ALPHABET.index(c) * w for c, w in zip(first17, WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().upper()


def is_valid(text: str) -> bool:
    code = normalize(text)
    return bool(_SHAPE.match(code)) and check_character(code[:17]) == code[17]
