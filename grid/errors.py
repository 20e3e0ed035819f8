"""The grid error vocabulary: one code per refusal, with Chinese text for people."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar, Literal

from kernel.errors import DomainError

GridErrorCode = Literal[
    "bad_geojson",
    "no_grids",
    "unknown_grid",
    "unknown_staff",
    "bad_location",
    "too_young",
    "too_old",
    "blacklisted",
    "already_applied",
    "bad_pool",
    "bad_name",
    "declaration_required",
    "unknown_supervisor",
    "bad_state",
    "bad_reason",
    "not_supervisor",
    "unknown_institution",
    "bad_description",
    "too_many_photos",
    "unknown_finding",
    "unknown_case",
    "unknown_task",
    "bad_task",
    "not_assignee",
    "too_far",
    "bad_answers",
    "bad_payments",
]

MESSAGES: dict[str, str] = {
    "bad_geojson": "网格边界文件有误，未导入任何网格。",
    "no_grids": "本地区尚未导入网格。",
    "unknown_grid": "没有这个网格。",
    "unknown_staff": "没有这名工作人员，或其账号已停用。",
    "bad_location": "位置有误：纬度应在-90至90之间，经度应在-180至180之间。",
    "too_young": "按本地区规定，社会监督员须年满规定年龄。",
    "too_old": "按本地区规定，社会监督员年龄不能超过规定上限。",
    "blacklisted": "您在医保失信名单中，暂不能担任社会监督员。",
    "already_applied": "您已提交过申请或已是社会监督员。",
    "bad_pool": "请选择来源类别（回复列表中的数字）。",
    "bad_name": "姓名应为2–32个字。",
    "declaration_required": "须声明未受过刑事处罚，方可申请。",
    "unknown_supervisor": "没有这名社会监督员。",
    "bad_state": "当前状态下不能办理这项操作。",
    "bad_reason": "请写明理由（2–500字）。",
    "not_supervisor": "您还不是在任的社会监督员。",
    "unknown_institution": "没有找到这家定点医药机构。",
    "bad_description": "请说明看到的情况（10–2000字）。",
    "too_many_photos": "图片最多9张。",
    "unknown_finding": "没有这条监督发现。",
    "unknown_case": "没有这件举报案件。",
    "unknown_task": "没有这项检查任务。",
    "bad_task": "检查任务信息有误。",
    "not_assignee": "您不是这项任务的检查人员。",
    "too_far": "签到位置离机构太远，请到机构现场签到。",
    "bad_answers": "检查表的回答不完整。",
    "bad_payments": "支付额文件有误，未导入。",
}


class GridError(DomainError):
    """A refusal the caller can show; ``problems`` lists every bad line of an import (each named)."""

    MESSAGES: ClassVar[Mapping[str, str]] = MESSAGES
    STATUS: ClassVar[dict[str, int]] = {
        **dict.fromkeys(
            ("unknown_grid", "unknown_staff", "unknown_supervisor", "unknown_finding", "unknown_task"), 404
        ),
        **dict.fromkeys(("already_applied", "bad_state"), 409),
        **dict.fromkeys(("not_supervisor", "not_assignee"), 403),
    }
    FIELDS: ClassVar[dict[str, str]] = {
        "bad_location": "location",
        "too_young": "id_number",
        "too_old": "id_number",
        "bad_pool": "pool",
        "bad_name": "name",
        "declaration_required": "declaration",
        "bad_reason": "reason",
        "bad_description": "description",
        "unknown_institution": "institution_code",
        "too_far": "location",
        "bad_answers": "answers",
        "unknown_case": "report_id",
    }

    code: GridErrorCode

    def __init__(
        self, code: GridErrorCode, *, detail: str | None = None, problems: Sequence[str] = ()
    ) -> None:
        super().__init__(code, detail=detail)
        self.problems = list(problems)

    def report(self) -> str:
        return "\n".join([self.message, *self.problems])

    def as_dict(self) -> dict[str, str]:
        body = super().as_dict()
        if self.problems:
            body["message"] = self.report()
        return body
