"""The credit error vocabulary: a code per refusal and Chinese lines naming what is wrong."""

from __future__ import annotations

from typing import Literal

CreditErrorCode = Literal["bad_facts", "bad_scheme", "unknown_scheme"]

TITLES: dict[CreditErrorCode, str] = {
    "bad_facts": "事实文件有误",
    "bad_scheme": "评价方案文件有误",
    "unknown_scheme": "没有这个评价方案",
}


class CreditError(Exception):
    """Input a person can fix; ``lines`` name each bad field in Chinese."""

    def __init__(self, code: CreditErrorCode, lines: list[str]) -> None:
        super().__init__(code)
        self.code: CreditErrorCode = code
        self.lines = lines

    def report(self) -> str:
        return "\n".join([f"{TITLES[self.code]}：", *(f"  - {line}" for line in self.lines)])
