"""The reward error vocabulary, with Chinese text for people."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar, Literal

from kernel.errors import DomainError

RewardErrorCode = Literal[
    "provisional_policy",
    "bad_manual_amount",
    "unknown_policy",
    "bad_policy",
    "bad_case_value",
    "evidence_grade_required",
    "target_party_required",
    "not_found",
    "forbidden",
    "not_rewardable",
    "already_proposed",
    "bad_transition",
    "self_approval",
    "bad_split",
    "bad_identity",
    "claim_refused",
    "claim_expired",
    "not_claimable",
    "already_claimed",
    "phone_required",
    "not_claimed",
    "already_paid",
    "bad_voucher",
    "bad_amount",
    "payouts_disabled",
    "not_rejected",
    "transfer_exists",
]
MESSAGES: dict[str, str] = {
    "provisional_policy": "本地区的举报奖励政策尚未确认（暂定），不能按它计算奖励：",
    "bad_manual_amount": "手工确定的奖励金额有误：",
    "unknown_policy": "没有这个奖励政策。",
    "bad_policy": "奖励政策文件有误。",
    "bad_case_value": "案值须为不小于0的金额，最多两位小数（单位：元）。",
    "evidence_grade_required": "该政策按证据等级计算奖励，请指定证据等级（1、2或3）。",
    "target_party_required": "该政策按被举报方计算奖励，请指定被举报方（institution 机构、insured 参保人）。",
    "not_found": "没有找到这条记录。",
    "forbidden": "您没有办理这项操作的权限。",
    "not_rewardable": "这件举报不符合奖励条件。",
    "already_proposed": "这件举报已经提出过奖励，同一事项不重复奖励。",
    "bad_transition": "这项奖励当前的状态不能进行这项操作。",
    "self_approval": "奖励须由提出人以外的负责人审批。",
    "bad_split": "联合举报的奖励分配有误：",
    "bad_identity": "身份信息有误：",
    # One message for an unknown receipt, a wrong identity and a wrong account: a reply never tells which.
    "claim_refused": (
        "回执码、身份信息或微信账号与记录不符，无法领取。实名举报的奖励只能由举报时使用的微信账号领取，"
        "或携带身份证件原件到医保部门现场核验后领取；如有疑问请拨打12393。"
    ),
    "claim_expired": "已超过领取期限，按规定视为放弃奖励。",
    "not_claimable": "这份奖励当前不能领取。",
    "already_claimed": "这份奖励已经领取过了。",
    "phone_required": "选择银行转账时请留下手机号码，以便财务人员联系您核对收款账户。",
    "not_claimed": "领奖人尚未核验身份领取，或奖励正在微信发放中，不能登记银行转账。",
    "already_paid": "这份奖励已经发放，不能重复登记。",
    "bad_voucher": "请填写银行转账凭证号（1–64个字符）。",
    "bad_amount": "微信转账金额不能少于0.1元，请改用银行转账。",
    "payouts_disabled": "微信支付转账暂未开通，请联系工作人员改用银行转账。",
    "not_rejected": "只有被微信支付拒绝受理的转账单可以作废。",
    "transfer_exists": "微信支付查询到这笔转账单，不能作废；已按微信支付的答复更新状态。",
}


CONFLICTS: tuple[str, ...] = ("already_proposed", "bad_transition", "already_paid", "not_claimed")
CONFLICTS += ("not_rejected", "transfer_exists", "claim_expired", "not_claimable", "already_claimed")


class RewardError(DomainError):
    MESSAGES: ClassVar[Mapping[str, str]] = MESSAGES
    STATUS: ClassVar[dict[str, int]] = {
        "not_found": 404,
        **dict.fromkeys(("forbidden", "self_approval", "claim_refused"), 403),
        **dict.fromkeys(CONFLICTS, 409),
        "payouts_disabled": 503,
    }
    FIELDS: ClassVar[dict[str, str]] = {
        "provisional_policy": "amount_fen",
        "bad_manual_amount": "amount_fen",
        "bad_split": "split",
        "evidence_grade_required": "evidence_grade",
        "target_party_required": "target_party",
        "bad_voucher": "voucher_no",
        "unknown_policy": "policy",
        "bad_policy": "policy",
        "bad_case_value": "case_value_fen",
        "phone_required": "phone",
    }

    code: RewardErrorCode

    def __init__(self, code: RewardErrorCode, *, detail: str | None = None, field: str | None = None) -> None:
        super().__init__(code, detail=detail)
        self._field = field  # the input this refusal is about, when the code alone does not say

    @property
    def field(self) -> str | None:
        return self._field or super().field
