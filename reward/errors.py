"""The reward error vocabulary, with Chinese text for people."""

from __future__ import annotations

from typing import Literal

RewardErrorCode = Literal[
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
]
MESSAGES: dict[RewardErrorCode, str] = {
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
}


class RewardError(Exception):
    def __init__(self, code: RewardErrorCode, *, detail: str | None = None) -> None:
        self.code: RewardErrorCode = code
        self.message = MESSAGES[code] if detail is None else f"{MESSAGES[code]}{detail}"
        super().__init__(self.message)
