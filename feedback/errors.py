"""The feedback error vocabulary."""

from __future__ import annotations

from typing import ClassVar

from kernel.errors import DomainError


class FeedbackError(DomainError):
    MESSAGES: ClassVar[dict[str, str]] = {
        "unknown_topic": "请选择列表中的类别。",
        "too_short": "内容太短了，请至少写5个字，说清楚您的意见或问题。",
        "too_long": "内容请控制在1000字以内。",
        "bad_phone": "手机号格式不对，请输入11位手机号。",
        "too_many_media": "图片最多9张。",
    }

    def __init__(self, code: str) -> None:
        super().__init__(code, self.MESSAGES.get(code, "输入有误。"), text=code)
