"""The Fraud-reports error vocabulary: one code per refusal, each with Chinese text for people."""

from __future__ import annotations

from typing import Literal

ReportErrorCode = Literal[
    "bad_id_number",
    "bad_phone",
    "bad_receipt",
    "unknown_category",
    "extension_limit",
]

# Shown verbatim in chat and as `message` in API responses, so they speak to the citizen or the staff
# member and never echo the rejected input (it may be an ID number).
MESSAGES: dict[ReportErrorCode, str] = {
    "bad_id_number": "身份证号码有误，请核对后重新输入（18位，最后一位可能是数字或字母X）。",
    "bad_phone": "手机号码有误，请输入11位中国大陆手机号码。",
    "bad_receipt": "回执码有误，请核对后重新输入（16位，由数字2-9和字母组成）。",
    "unknown_category": "没有这个举报类别，请回复列表中的序号。",
    "extension_limit": "办理期限已延长至上限，不能再次延长。",
}


class ReportError(Exception):
    """A refusal the caller can show: ``code`` for programs, ``message`` (Chinese) for people.

    ``detail`` adds a specific hint (also Chinese, also free of the rejected input).
    """

    def __init__(self, code: ReportErrorCode, *, detail: str | None = None) -> None:
        self.code: ReportErrorCode = code
        self.detail = detail
        self.message = MESSAGES[code] if detail is None else f"{MESSAGES[code]}{detail}"
        super().__init__(self.message)

    def as_dict(self) -> dict[str, str]:
        """The JSON body of an API error: ``{code, message}``."""
        return {"code": self.code, "message": self.message}
