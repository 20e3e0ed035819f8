"""The credit error vocabulary: a code per refusal and Chinese lines naming what is wrong."""

from __future__ import annotations

from typing import ClassVar, Literal

from kernel.errors import DomainError

CreditErrorCode = Literal[
    "bad_facts",
    "bad_scheme",
    "unknown_scheme",
    "unknown_region",
    "bad_period",
    "bad_event",
    "bad_indicator",
    "not_found",
    "forbidden",
    "not_draft",
    "bad_objection_code",
    "objection_closed",
    "already_answered",
    "bad_answer",
    "bad_listing",
    "repair_too_early",
    "bad_repair",
    "bad_points",
    "bad_review",
    "bad_access_code",
]

TITLES: dict[CreditErrorCode, str] = {
    "bad_facts": "事实文件有误",
    "bad_scheme": "评价方案文件有误",
    "unknown_scheme": "没有这个评价方案",
    "unknown_region": "该地区没有配置信用评价",
    "bad_period": "评价期间有误",
    "bad_event": "信用事件有误",
    "bad_indicator": "指标有误",
    "not_found": "没有找到",
    "forbidden": "您没有办理这项操作的权限",
    "not_draft": "只有草稿状态的评价可以发布",
    "bad_objection_code": "异议码或机构编码有误",
    "objection_closed": "已超过异议申请期限",
    "already_answered": "该异议已经答复",
    "bad_answer": "异议答复有误",
    "bad_listing": "失信名单信息有误",
    "repair_too_early": "尚未满最短公示期，暂不能申请信用修复",
    "bad_repair": "信用修复申请有误",
    "bad_points": "记分有误",
    "bad_review": "复核申请有误",
    "bad_access_code": "查询码或人员编码有误",
}


class CreditError(DomainError):
    """Input a person can fix; ``lines`` name each bad field in Chinese."""

    MESSAGES: ClassVar[dict[str, str]] = {str(k): v for k, v in TITLES.items()}
    STATUS: ClassVar[dict[str, int]] = {
        **dict.fromkeys(("not_found", "unknown_region"), 404),
        **dict.fromkeys(("forbidden", "bad_objection_code", "bad_access_code"), 403),
        **dict.fromkeys(("not_draft", "already_answered", "repair_too_early", "objection_closed"), 409),
    }
    FIELDS: ClassVar[dict[str, str]] = {
        "bad_objection_code": "objection_code",
        "bad_answer": "reason",
        "bad_review": "reason",
    }

    def __init__(self, code: CreditErrorCode, lines: list[str] | None = None) -> None:
        self.lines = lines or []
        # One sentence for an API reply: the title, then the details.
        message = TITLES[code] + ("：" + "；".join(self.lines) if self.lines else "。")
        super().__init__(code, message, text=code)
        self.code: CreditErrorCode = code

    def report(self) -> str:
        return "\n".join([f"{TITLES[self.code]}：", *(f"  - {line}" for line in self.lines)])
