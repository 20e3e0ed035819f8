"""The feedback error vocabulary."""

from __future__ import annotations

from typing import ClassVar


class FeedbackError(Exception):
    MESSAGES: ClassVar[dict[str, str]] = {
        "unknown_topic": "请选择列表中的类别。",
        "too_short": "内容太短了，请至少写5个字，说清楚您的意见或问题。",
        "too_long": "内容请控制在1000字以内。",
        "bad_phone": "手机号格式不对，请输入11位手机号。",
        "too_many_media": "图片最多9张。",
        "not_found": "没有这条留言。",
        "closed": "这条留言已办结，不能再回复。",
        "no_reply_path": "这条留言提交时没有保存回复地址，无法在微信中回复，请通过留下的电话联系。",
        "bad_reply": "回复内容须为2–600个字。",
    }

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code

    @property
    def message(self) -> str:
        return self.MESSAGES.get(self.code, "输入有误。")
