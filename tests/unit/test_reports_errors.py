"""The Fraud-reports error vocabulary: Chinese text for every code, and the {code, message} form."""

from __future__ import annotations

from typing import get_args

from reports.errors import MESSAGES, ReportError, ReportErrorCode


def test_every_code_has_a_chinese_message() -> None:
    assert set(MESSAGES) == set(get_args(ReportErrorCode))
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in text) for text in MESSAGES.values())


def test_errors_carry_code_message_and_optional_detail() -> None:
    plain = ReportError("unknown_category")
    assert plain.as_dict() == {"code": "unknown_category", "message": MESSAGES["unknown_category"]}
    assert str(plain) == MESSAGES["unknown_category"]
    detailed = ReportError("bad_receipt", detail="应为16位。")
    assert detailed.code == "bad_receipt" and detailed.message.endswith("应为16位。")
