"""The reward error vocabulary, with Chinese text for people."""

from __future__ import annotations

from typing import Literal

RewardErrorCode = Literal[
    "unknown_policy", "bad_policy", "bad_case_value", "evidence_grade_required", "target_party_required"
]
MESSAGES: dict[RewardErrorCode, str] = {
    "unknown_policy": "没有这个奖励政策。",
    "bad_policy": "奖励政策文件有误。",
    "bad_case_value": "案值须为不小于0的金额，最多两位小数（单位：元）。",
    "evidence_grade_required": "该政策按证据等级计算奖励，请指定证据等级（1、2或3）。",
    "target_party_required": "该政策按被举报方计算奖励，请指定被举报方（institution 机构、insured 参保人）。",
}


class RewardError(Exception):
    def __init__(self, code: RewardErrorCode) -> None:
        self.code: RewardErrorCode = code
        self.message = MESSAGES[code]
        super().__init__(self.message)
