"""Registry files (a bureau's CSV export) → validated rows → one all-or-nothing upsert, with progress.

A file is decoded as UTF-8 (with or without BOM), else as GBK (read with GB 18030, its superset, as
Excel on Chinese Windows writes it). Every row is checked before anything is written; one bad row
refuses the whole file, and the refusal lists every bad row with its line number and the reasons.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any, Generic, Literal, TypeVar

from pydantic import ValidationError
from tortoise.backends.base.client import BaseDBAsyncClient

from kernel.progress import NoProgress, Progress
from registry import service
from registry.errors import ImportRejected, RegistryError, RowProblem
from registry.models import Institution, Practitioner
from registry.rows import (
    INSTITUTION_HEADERS,
    INSTITUTION_LABELS,
    PRACTITIONER_HEADERS,
    PRACTITIONER_LABELS,
    InstitutionRow,
    PractitionerRow,
    normalize_header,
    raw_problems,
    reasons_of,
)

What = Literal["institutions", "practitioners"]
_REGION = re.compile(r"^[A-Za-z0-9_-]{1,32}$")


@dataclass(frozen=True)
class ImportSummary:
    what: str
    region: str
    encoding: str
    rows: int
    created: int
    updated: int
    unchanged: int
    ignored_columns: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


RowT = TypeVar("RowT", InstitutionRow, PractitionerRow)


@dataclass
class Parsed(Generic[RowT]):
    rows: list[tuple[int, RowT]]
    problems: dict[int, list[str]]
    ignored_columns: list[str]
    total: int

    def reject_if_bad(self) -> None:
        if self.problems:
            problems = [RowProblem(n, tuple(reasons)) for n, reasons in sorted(self.problems.items())]
            raise ImportRejected(problems, total=self.total)


def decode(data: bytes) -> tuple[str, str]:
    """The text of a file and the encoding it was in: utf-8-sig, utf-8 or gbk."""
    try:
        text, encoding = (
            data.decode("utf-8-sig"),
            "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8",
        )
    except UnicodeDecodeError:
        try:
            text, encoding = data.decode("gb18030"), "gbk"
        except UnicodeDecodeError:
            raise RegistryError("unknown_encoding") from None
    if "\x00" in text:  # UTF-16 ("Unicode text" from Excel) or a binary file such as .xlsx
        raise RegistryError("unknown_encoding")
    return text, encoding


def _header_map(
    header: Sequence[str], aliases: dict[str, tuple[str, ...]]
) -> tuple[dict[int, str], list[str]]:
    table = {normalize_header(a): f for f, names in aliases.items() for a in (f, *names)}
    columns: dict[int, str] = {}
    ignored: list[str] = []
    seen: dict[str, str] = {}
    for i, title in enumerate(header):
        name = table.get(normalize_header(title))
        if name is None:
            if title.strip():
                ignored.append(title.strip())
            continue
        if name in seen:
            raise RegistryError("duplicate_columns", f"「{seen[name]}」和「{title.strip()}」是同一列")
        seen[name] = title.strip()
        columns[i] = name
    return columns, ignored


def parse_rows(
    text: str,
    *,
    model: type[RowT],
    aliases: dict[str, tuple[str, ...]],
    labels: dict[str, str],
    progress: Progress,
) -> Parsed[RowT]:
    """Validate every row of a CSV text (line numbers as a spreadsheet shows them, header = 1)."""
    reader = csv.reader(io.StringIO(text, newline=""))
    records: list[tuple[int, list[str]]] = []
    line = 1
    try:
        for record in reader:
            records.append((line, record))
            line = reader.line_num + 1
    except csv.Error as exc:  # e.g. a cell over the csv module's size limit
        raise RegistryError("unreadable_file", f"第{line}行附近不是有效的 CSV（{exc}）") from None
    if not records:
        raise RegistryError("empty_file")
    columns, ignored = _header_map(records[0][1], aliases)
    missing = [
        aliases[f][0]
        for f, info in model.model_fields.items()
        if info.is_required() and f not in columns.values()
    ]
    if missing:
        raise RegistryError("missing_columns", "缺少：" + "、".join(missing))
    body = [(n, r) for n, r in records[1:] if any(cell.strip() for cell in r)]
    if not body:
        raise RegistryError("empty_file")
    progress.start("校验", len(body))
    parsed: Parsed[RowT] = Parsed(rows=[], problems={}, ignored_columns=ignored, total=len(body))
    width = len(records[0][1])
    for n, record in body:
        extra = [c for c in record[width:] if c.strip()]
        if extra:
            parsed.problems[n] = [f"比表头多了{len(extra)}列，值里的逗号请用英文双引号括起来"]
        else:
            data = {
                name: record[i].strip()
                for i, name in columns.items()
                if i < len(record) and record[i].strip()
            }
            try:
                parsed.rows.append((n, model.model_validate(data)))
            except ValidationError as exc:
                reasons = list(reasons_of(exc, labels))
                parsed.problems[n] = reasons + [r for r in raw_problems(data) if r not in reasons]
        progress.advance(1)
    return parsed


async def _check_codes(
    conn: BaseDBAsyncClient, model: type[Institution] | type[Practitioner], region: str, parsed: Parsed[RowT]
) -> None:
    """Codes are unique nationwide: once per file, and never already another region's."""
    first: dict[str, int] = {}
    for n, row in parsed.rows:
        if row.code in first:
            parsed.problems.setdefault(n, []).append(f"编码「{row.code}」与第{first[row.code]}行重复")
        else:
            first[row.code] = n
    elsewhere = await service.codes_in_other_regions(conn, model=model, region=region, codes=list(first))
    for n, row in parsed.rows:
        if row.code in elsewhere:
            parsed.problems.setdefault(n, []).append(
                f"编码「{row.code}」已登记在「{elsewhere[row.code]}」地区"
            )


async def _check_workplaces(conn: BaseDBAsyncClient, region: str, parsed: Parsed[PractitionerRow]) -> None:
    wanted = sorted({r.institution_code for _, r in parsed.rows})
    known = await service.institution_codes_in(conn, region=region, codes=wanted)
    for n, row in parsed.rows:
        if row.institution_code not in known:
            parsed.problems.setdefault(n, []).append(
                f"机构编码「{row.institution_code}」不在本地区的定点机构名单中，请先导入机构"
            )


async def import_file(
    conn: BaseDBAsyncClient,
    *,
    what: What,
    region: str,
    data: bytes,
    now: datetime,
    progress: Progress | None = None,
) -> ImportSummary:
    """Validate a whole file, then upsert it; raises ``ImportRejected`` (nothing written) on any bad row."""
    if not _REGION.match(region):
        raise RegistryError("bad_region")
    progress = progress or NoProgress()
    text, encoding = decode(data)
    if what == "institutions":
        places = parse_rows(
            text,
            model=InstitutionRow,
            aliases=INSTITUTION_HEADERS,
            labels=INSTITUTION_LABELS,
            progress=progress,
        )
        await _check_codes(conn, Institution, region, places)
        places.reject_if_bad()
        progress.start("写入", len(places.rows))
        rows = [r for _, r in places.rows]
        summary = await service.upsert_institutions(
            conn, region=region, rows=rows, now=now, advance=progress.advance
        )
        ignored = places.ignored_columns
    else:
        people = parse_rows(
            text,
            model=PractitionerRow,
            aliases=PRACTITIONER_HEADERS,
            labels=PRACTITIONER_LABELS,
            progress=progress,
        )
        await _check_codes(conn, Practitioner, region, people)
        await _check_workplaces(conn, region, people)
        people.reject_if_bad()
        progress.start("写入", len(people.rows))
        staff = [r for _, r in people.rows]
        summary = await service.upsert_practitioners(
            conn, region=region, rows=staff, now=now, advance=progress.advance
        )
        ignored = people.ignored_columns
    return ImportSummary(
        what=what, region=region, encoding=encoding, ignored_columns=ignored, **summary.as_dict()
    )
