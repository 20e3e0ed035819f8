"""The registry error vocabulary, and the rejection of an import file with every bad row."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from kernel.errors import DomainError


class RegistryError(DomainError):
    MESSAGES: ClassVar[dict[str, str]] = {
        "unreadable_file": "无法读取文件。",
        "unknown_encoding": "无法识别文件编码，请另存为 UTF-8 或 GBK 编码的 CSV 文件。",
        "empty_file": "文件是空的，至少需要一行表头和一行数据。",
        "missing_columns": "表头缺少必填列。",
        "duplicate_columns": "表头有重复的列。",
        "bad_rows": "文件中有错误的行，未导入任何数据。",
        "bad_region": "地区编码格式不正确。",
        "not_found": "未找到该机构或人员。",
        "other_region": "以下编码已登记在其他地区：",
    }

    def __init__(self, code: str, detail: str = "") -> None:
        self.detail = detail
        base = self.MESSAGES.get(code, "登记信息有误。")
        message = f"{base}{detail}" if detail else base
        super().__init__(code, message, text=code if not detail else f"{code}: {detail}")

    def report(self) -> str:
        return f"导入失败：{self.message}"


@dataclass(frozen=True)
class RowProblem:
    """Why one line of an import file was refused (``line`` counts the header as line 1)."""

    line: int
    reasons: tuple[str, ...]

    def __str__(self) -> str:
        return f"第{self.line}行：" + "；".join(self.reasons)


class ImportRejected(RegistryError):
    """A file with at least one bad row: nothing of it is stored."""

    def __init__(self, problems: list[RowProblem], *, total: int) -> None:
        super().__init__("bad_rows", f"共 {total} 行数据，其中 {len(problems)} 行有误。")
        self.problems = problems
        self.total = total

    def fields(self) -> dict[str, str]:
        """Every refused row, keyed by its line (as a form or the staff API lists them)."""
        return {f"第{p.line}行": "；".join(p.reasons) for p in self.problems}

    def report(self) -> str:
        lines = [f"导入失败：{self.message}", *(str(p) for p in self.problems)]
        return "\n".join(lines)
