"""The survey error vocabulary."""

from __future__ import annotations

from typing import ClassVar

from kernel.errors import DomainError


class SurveyError(DomainError):
    MESSAGES: ClassVar[dict[str, str]] = {
        "not_found": "没有找到这家定点医药机构，请确认二维码或机构编码。",
        "no_questionnaire": "这类机构暂未开放满意度评价。",
        "unknown_region": "该地区没有配置满意度评价。",
        "bad_answer": "评价应为1到5分，并且只能评问卷中的题目。",
        "bad_comment": "意见最多300字。",
        "bad_period": "评价期间应写成 YYYY（年度）或 YYYY-MM（月度）。",
        "idempotency_conflict": "这个提交编号已用于另一份不同的评价，请换一个编号重新提交。",
        "not_held": "这条评价不在待审核名单中。",
        "forbidden": "您没有办理这项操作的权限。",
        "report_not_informed": "只能评价已反馈办理结果的举报。",
        "no_font": "没有找到中文字体，请安装 fonts-wqy-microhei 或 fonts-noto-cjk。",
    }
    STATUS: ClassVar[dict[str, int]] = {
        "not_found": 404,
        "idempotency_conflict": 409,
        "not_held": 409,
        "forbidden": 403,
        "unknown_region": 404,
        "report_not_informed": 409,
    }
    FIELDS: ClassVar[dict[str, str]] = {"bad_answer": "answers", "bad_comment": "comment"}
