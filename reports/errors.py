"""The Fraud-reports error vocabulary: one code per refusal, each with Chinese text for people."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar, Literal

from kernel.errors import DomainError

ReportErrorCode = Literal[
    "bad_id_number",
    "bad_phone",
    "bad_receipt",
    "unknown_category",
    "extension_limit",
    "bad_target",
    "bad_description",
    "too_many_evidence",
    "bad_identity",
    "consent_required",
    "not_found",
    "forbidden",
    "bad_transition",
    "bad_reason",
    "bad_conclusion",
    "bad_message",
    "conflict",
]

# Shown verbatim in chat and as `message` in API responses, so they speak to the citizen or the staff
# member and never echo the rejected input (it may be an ID number).
MESSAGES: dict[str, str] = {
    "bad_id_number": "身份证号码有误，请核对后重新输入（18位，最后一位可能是数字或字母X）。",
    "bad_phone": "手机号码有误，请输入11位中国大陆手机号码。",
    "bad_receipt": "回执码有误，请核对后重新输入（16位，由数字2-9和字母组成）。",
    "unknown_category": "没有这个举报类别，请回复列表中的序号。",
    "extension_limit": "办理期限已延长至上限，不能再次延长。",
    "bad_target": "请说明被举报的机构或人员（名称至少2个字）。",
    "bad_description": "请具体描述发生了什么（10–2000字）：时间、地点、经过。",
    "too_many_evidence": "证据材料最多9个。",
    "bad_identity": "实名举报需要填写姓名、身份证号码和手机号码。",
    "consent_required": "实名举报需要您同意我们处理您的敏感个人信息。",
    "not_found": "没有找到这件举报。",
    "forbidden": "您没有办理这项操作的权限。",
    "bad_transition": "这件举报当前的状态不能进行这项操作。",
    "bad_reason": "请从列表中选择不予受理的理由。",
    "bad_conclusion": "办理结果须为：属实、部分属实或不属实；核实金额以分为单位，不能为负数。",
    "bad_message": "留言内容须为1–1000字。",
    "conflict": "这件举报刚被其他人修改过，请刷新后重试。",
}


class ReportError(DomainError):
    """A refusal the caller can show: ``code`` for programs, ``message`` (Chinese) for people.

    ``detail`` adds a specific hint (also Chinese, also free of the rejected input).
    """

    MESSAGES: ClassVar[Mapping[str, str]] = MESSAGES
    STATUS: ClassVar[dict[str, int]] = {
        **dict.fromkeys(("not_found", "bad_receipt"), 404),
        **dict.fromkeys(("conflict", "bad_transition"), 409),
        "forbidden": 403,
    }
    # The field a refusal is about, as the staff API and the mini-program name their inputs.
    FIELDS: ClassVar[dict[str, str]] = {
        "bad_id_number": "identity.id_number",
        "bad_phone": "identity.phone",
        "bad_identity": "identity",
        "consent_required": "sensitive_consent",
        "unknown_category": "category",
        "bad_target": "target_name",
        "bad_description": "description",
        "too_many_evidence": "attachments",
        "bad_reason": "reason",
        "bad_conclusion": "conclusion",
        "bad_message": "body",
    }

    code: ReportErrorCode

    def __init__(self, code: ReportErrorCode, *, detail: str | None = None) -> None:
        super().__init__(code, detail=detail)
