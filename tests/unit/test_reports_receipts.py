"""Receipt codes: alphabet and entropy, injected randomness, grouping, strict normalisation, keyed hashing."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from reports.errors import ReportError
from reports.receipts import (
    ALPHABET,
    ENTROPY_BITS,
    LENGTH,
    format_receipt,
    new_receipt_code,
    normalise_receipt,
    receipt_hash,
    receipt_matches,
)

KEY = b"k" * 32
CODE = "ABCDEFGHJKMNPQRS"


def test_alphabet_has_no_look_alikes_and_gives_about_78_bits() -> None:
    assert ALPHABET == "23456789ABCDEFGHJKMNPQRSTVWXYZ"
    assert len(ALPHABET) == len(set(ALPHABET)) == 30
    assert not set("01ILOU") & set(ALPHABET)
    assert LENGTH == 16
    assert 78.5 < ENTROPY_BITS < 78.6


def test_codes_come_from_the_injected_rng() -> None:
    first = new_receipt_code(rng=random.Random(7))
    assert first == new_receipt_code(rng=random.Random(7))
    assert len(first) == 16 and set(first) <= set(ALPHABET)
    # Default: the OS CSPRNG, so two codes differ.
    assert new_receipt_code() != new_receipt_code()


def test_every_character_is_used_roughly_evenly() -> None:
    rng = random.Random(1)
    counts = Counter("".join(new_receipt_code(rng=rng) for _ in range(3000)))
    assert set(counts) == set(ALPHABET)
    expected = 3000 * 16 / 30  # 1600 each
    assert all(abs(n - expected) < 200 for n in counts.values())


def test_codes_are_shown_in_groups_of_four() -> None:
    assert format_receipt(CODE) == "ABCD-EFGH-JKMN-PQRS"
    assert format_receipt("abcd efgh jkmn pqrs") == "ABCD-EFGH-JKMN-PQRS"


@pytest.mark.parametrize(
    "typed",
    [
        "ABCD-EFGH-JKMN-PQRS",
        "abcd-efgh-jkmn-pqrs",
        " ABCD EFGH JKMN PQRS ",
        "ＡＢＣＤ－ＥＦＧＨ－ＪＫＭＮ－ＰＱＲＳ",
        "abcdefghjkmnpqrs",
    ],
)
def test_case_spaces_dashes_and_full_width_are_forgiven(typed: str) -> None:
    assert normalise_receipt(typed) == CODE


@pytest.mark.parametrize(
    ("typed", "hint"),
    [
        ("ABCD-EFGH-JKMN-PQR0", "没有数字0"),  # zero is not in the alphabet, and never mapped to O
        ("ABCD-EFGH-JKMN-PQRO", "没有数字0"),  # nor O to 0
        ("ABCD-EFGH-JKMN-PQR1", "没有数字0"),
        ("abcd-efgh-jkmn-pqrl", "没有数字0"),
        ("ABCD-EFGH-JKMN-PQRU", "没有数字0"),
        ("ABCD-EFGH-JKMN-PQR*", "只能包含"),
        ("ABCD-EFGH-JKMN-PQR举", "只能包含"),
        ("ABCD-EFGH-JKMN-PQR", "现在是15位"),
        ("ABCD-EFGH-JKMN-PQRST", "现在是17位"),
        ("", "现在是0位"),
    ],
)
def test_look_alikes_and_wrong_lengths_are_refused_not_guessed(typed: str, hint: str) -> None:
    with pytest.raises(ReportError) as caught:
        normalise_receipt(typed)
    assert caught.value.code == "bad_receipt"
    assert hint in caught.value.message


def test_stored_form_is_a_keyed_hash_of_the_normalised_code() -> None:
    stored = receipt_hash(CODE, key=KEY)
    assert len(stored) == 64 and CODE not in stored and CODE.lower() not in stored
    assert receipt_hash("abcd-efgh-jkmn-pqrs", key=KEY) == stored
    assert receipt_hash(CODE, key=b"j" * 32) != stored
    # Known answer (HMAC-SHA256 of the ASCII ungrouped code): a change of construction cannot pass unnoticed.
    assert stored == "1bb6acf5b5e64c816f0cb3b049080c3302229892f86ff6763116b01b552a1883"


def test_matching_is_constant_time_and_tolerates_bad_input() -> None:
    stored = receipt_hash(CODE, key=KEY)
    assert receipt_matches("abcd efgh jkmn pqrs", stored, key=KEY)
    assert not receipt_matches("ABCD-EFGH-JKMN-PQRT", stored, key=KEY)
    assert not receipt_matches("not a code", stored, key=KEY)


def test_short_keys_are_a_programming_error() -> None:
    with pytest.raises(ValueError, match="at least 32 bytes"):
        receipt_hash(CODE, key=b"short")
