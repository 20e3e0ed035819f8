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
        "not_found": "没有找到这条留言。",
        "forbidden": "您没有办理留言的权限。",
        "bad_reply": "答复内容须为2–500字。",
        "closed": "这条留言已经办结，不能再答复。",
        "conflict": "这条留言刚被其他人处理过，请刷新后重试。",
    }

    STATUS: ClassVar[dict[str, int]] = {"not_found": 404, "forbidden": 403, "closed": 409, "conflict": 409}
    FIELDS: ClassVar[dict[str, str]] = {"bad_reply": "body"}

    def __init__(self, code: str) -> None:
        super().__init__(code, self.MESSAGES.get(code, "输入有误。"), text=code)
