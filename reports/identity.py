"""Reporter identity checks: citizen ID numbers (GB 11643-1999), mainland mobile numbers, and masking."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from reports.errors import ReportError

# GB 11643-1999 §8.2 (ISO 7064 MOD 11-2): weight of position i (1-based, from the left) is 2^(18-i) mod 11;
# the check character is CHECK_CODES[sum mod 11], where 10 is written as the Roman numeral X.
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CODES = "10X98765432"

# First two digits of the address code (GB/T 2260 provinces), plus 71 Taiwan and 81/82/83 used by
# residence permits for Hong Kong, Macao and Taiwan residents. A finer check would need the full,
# changing GB/T 2260 list, which we deliberately do not carry: the check digit catches typos.
PROVINCE_CODES = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 "
    "71 81 82 83".split()
)
EARLIEST_BIRTH_YEAR = 1900

_ID_SHAPE = re.compile(r"\d{17}[\dX]", re.ASCII)
# Mainland mobile numbers: 11 digits, 1 then 3-9 (MIIT numbering plan; no mobile range starts 10/11/12).
_MOBILE = re.compile(r"1[3-9]\d{9}", re.ASCII)


@dataclass(frozen=True)
class CitizenId:
    """A checked ID number, upper-case ``X``, with the facts encoded in it."""

    number: str
    region_code: str
    birth_date: date
    sex: str  # "male" or "female": the 17th digit is odd for men (GB 11643-1999 §4.3)


def _normalise(raw: str) -> str:
    # NFKC turns full-width digits and Ｘ (common from Chinese IMEs) into ASCII; spaces are dropped
    # because people copy numbers in groups.
    text = unicodedata.normalize("NFKC", raw)
    return "".join(text.split()).upper()


def id_check_char(first17: str) -> str:
    """The GB 11643-1999 check character for the first 17 digits."""
    if len(first17) != 17 or not first17.isascii() or not first17.isdigit():
        raise ValueError("need exactly 17 ASCII digits")
    total = sum(int(d) * w for d, w in zip(first17, ID_WEIGHTS, strict=True))
    return CHECK_CODES[total % 11]


def parse_id_number(raw: str, *, today: date | None = None) -> CitizenId:
    """Check an 18-character ID number and return it normalised, or raise ``ReportError('bad_id_number')``.

    Checks: shape (17 digits + digit or X), the check character, a real birth date from 1900 on (and not
    after ``today`` when given: time comes in as an argument), a plausible province in the address code.
    The old 15-digit numbers (GB 11643-1989) are refused: they expired with first-generation cards.
    """
    number = _normalise(raw)
    if len(number) != 18:
        raise ReportError("bad_id_number", detail="号码应为18位。")
    if not _ID_SHAPE.fullmatch(number):
        raise ReportError("bad_id_number", detail="前17位应为数字。")
    if number[:2] not in PROVINCE_CODES or number[2:6] == "0000":
        raise ReportError("bad_id_number", detail="地址码不存在。")
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        raise ReportError("bad_id_number", detail="出生日期不存在。") from None
    if born.year < EARLIEST_BIRTH_YEAR or (today is not None and born > today):
        raise ReportError("bad_id_number", detail="出生日期不合理。")
    if id_check_char(number[:17]) != number[17]:
        raise ReportError("bad_id_number", detail="校验位不符，可能有数字输错。")
    return CitizenId(
        number=number,
        region_code=number[:6],
        birth_date=born,
        sex="male" if int(number[16]) % 2 else "female",
    )


def is_valid_id_number(raw: str, *, today: date | None = None) -> bool:
    """True when ``parse_id_number`` accepts ``raw``."""
    try:
        parse_id_number(raw, today=today)
    except ReportError:
        return False
    return True


def parse_mobile(raw: str) -> str:
    """A mainland mobile number as 11 digits, or ``ReportError('bad_phone')``.

    Accepts spaces, dashes, full-width digits and a +86 / 0086 / 86 prefix, since people paste them.
    Landlines are refused: the reporter is reached by SMS or a call-back to a mobile.
    """
    text = unicodedata.normalize("NFKC", raw)
    digits = "".join(ch for ch in text if not ch.isspace() and ch not in "-()")
    if digits.startswith("+"):
        digits = digits[1:]
    for prefix in ("0086", "86"):
        if len(digits) == 11 + len(prefix) and digits.startswith(prefix):
            digits = digits[len(prefix) :]
            break
    if not _MOBILE.fullmatch(digits):
        raise ReportError("bad_phone")
    return digits


def mask_id(number: str) -> str:
    """Show the first 3 and last 4 characters only, e.g. ``110***********002X``.

    Enough for a reporter to recognise their own number on the summary screen, not enough to use it
    (POLICY §9: ID numbers are sensitive). Short or odd input is masked entirely.
    """
    text = _normalise(number)
    if len(text) < 8:
        return "*" * len(text)
    return f"{text[:3]}{'*' * (len(text) - 7)}{text[-4:]}"


def mask_phone(number: str) -> str:
    """The usual ``138****5678`` form for an 11-digit number; anything else is masked entirely."""
    text = "".join(unicodedata.normalize("NFKC", number).split())
    if len(text) != 11:
        return "*" * len(text)
    return f"{text[:3]}****{text[-4:]}"
