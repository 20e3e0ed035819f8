"""The typical-cases error vocabulary."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from kernel.errors import DomainError

MESSAGES = {
    "not_found": "没有找到这个典型案例。",
    "forbidden": "您没有办理这项操作的权限。",
    "bad_case": "典型案例内容有误：",
    "not_concluded": "只有已办结、查证属实（含部分属实）的举报可以编为典型案例。",
    "bad_transition": "这个典型案例当前的状态不能进行这项操作。",
}


class TypicalCaseError(DomainError):
    MESSAGES: ClassVar[Mapping[str, str]] = MESSAGES
    STATUS: ClassVar[dict[str, int]] = {"not_found": 404, "forbidden": 403, "bad_transition": 409}
    FIELDS: ClassVar[dict[str, str]] = {"not_concluded": "source_report_id"}
