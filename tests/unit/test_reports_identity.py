"""Citizen ID numbers (GB 11643-1999), mainland mobile numbers, and display masking."""

from __future__ import annotations

from datetime import date

import pytest

from reports.errors import ReportError
from reports.identity import (
    id_check_char,
    is_valid_id_number,
    mask_id,
    mask_phone,
    parse_id_number,
    parse_mobile,
)

# Check characters worked out by hand: sum of digit × weight (7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2), mod 11,
# then "10X98765432"[rest].
# 11010519491231002: 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167; 167 mod 11 = 2 -> X
# 64020219850615123: 42+36+0+10+0+8+2+9+48+15+0+54+10+25+8+8+6 = 281; 281 mod 11 = 6 -> 6
# 63010220000229123: 42+27+0+5+0+8+4+0+0+0+0+18+20+45+8+8+6 = 191; 191 mod 11 = 4 -> 8
VALID = ["11010519491231002X", "640202198506151236", "630102200002291238"]


def test_check_characters_match_the_hand_computation() -> None:
    assert [id_check_char(n[:17]) for n in VALID] == ["X", "6", "8"]
    with pytest.raises(ValueError):
        id_check_char("1234")


def test_valid_numbers_parse_with_their_facts() -> None:
    woman = parse_id_number("11010519491231002X")
    assert (woman.region_code, woman.birth_date, woman.sex) == ("110105", date(1949, 12, 31), "female")
    man = parse_id_number("640202198506151236")
    assert (man.birth_date, man.sex) == (date(1985, 6, 15), "male")
    assert parse_id_number("630102200002291238").birth_date == date(2000, 2, 29)  # 2000 is a leap year


def test_input_is_normalised_before_checking() -> None:
    assert parse_id_number(" 11010519491231002x ").number == "11010519491231002X"
    assert parse_id_number("１１０１０５１９４９１２３１００２Ｘ").number == "11010519491231002X"
    assert parse_id_number("110105 19491231 002X").number == "11010519491231002X"


@pytest.mark.parametrize(
    ("number", "hint"),
    [
        ("110105194912310021", "校验位"),  # wrong check digit (X expected)
        ("640202198506151235", "校验位"),  # last digit off by one
        ("640202198506151263", "校验位"),  # two digits swapped
        ("11010519491231002", "18位"),  # 17 characters
        ("11010519491231002X1", "18位"),  # 19 characters
        ("110105491231002", "18位"),  # the old 15-digit form
        ("1101051949123100XX", "前17位"),  # X inside
        ("11010519491331002X", "出生日期不存在"),  # month 13
        ("630102200102291238", "出生日期不存在"),  # 29 Feb 2001
        ("110105180001010011", "出生日期不合理"),  # born 1800
        ("99010519491231002X", "地址码"),  # no province 99
        ("110000194912310020", "地址码"),  # no county part
        ("", "18位"),
    ],
)
def test_invalid_numbers_are_refused(number: str, hint: str) -> None:
    with pytest.raises(ReportError) as caught:
        parse_id_number(number)
    assert caught.value.code == "bad_id_number"
    assert hint in caught.value.message
    assert number == "" or number not in caught.value.message  # never echo an ID number back


def test_birth_date_after_today_is_refused_when_today_is_given() -> None:
    first17 = "11010520270101001"
    future = first17 + id_check_char(first17)
    assert is_valid_id_number(future)
    assert not is_valid_id_number(future, today=date(2026, 11, 23))
    assert is_valid_id_number(VALID[0], today=date(2026, 11, 23))


@pytest.mark.parametrize(
    "raw",
    [
        "13812345678",
        "138 1234 5678",
        "138-1234-5678",
        "+86 138 1234 5678",
        "008613812345678",
        "8613812345678",
        "１３８１２３４５６７８",
    ],
)
def test_mobile_numbers_are_normalised(raw: str) -> None:
    assert parse_mobile(raw) == "13812345678"


@pytest.mark.parametrize(
    "raw",
    [
        "1381234567",
        "138123456789",
        "12812345678",
        "23812345678",
        "010-12345678",
        "1381234567a",
        "",
        "+1 13812345678",
    ],
)
def test_bad_mobile_numbers_are_refused(raw: str) -> None:
    with pytest.raises(ReportError) as caught:
        parse_mobile(raw)
    assert caught.value.code == "bad_phone"


def test_masks_keep_only_the_ends() -> None:
    assert mask_id("11010519491231002X") == "110***********002X"
    assert mask_id("11010519491231002x") == "110***********002X"
    assert mask_id("123") == "***"
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("12345") == "*****"
