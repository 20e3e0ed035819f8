"""The 台账 export (POLICY §2, seed 001) as CSV and XLSX: every lead of a region, in Chinese titles
and words, with no reporter identity, receipt or openid (POLICY §9: never in an export)."""

from __future__ import annotations

import asyncio
import csv
import io
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook

from kernel.actors import Actor
from kernel.clock import CHINA, china_day
from reports.errors import ReportError
from reports.intake import CHANNEL_NAMES
from reports.lifecycle import STATUS_TITLES
from reports.queries import LEDGER_COLUMNS, ledger_rows
from reports.rules import CONCLUSIONS, NOT_ACCEPTED_REASONS, ReportRules
from staff.service import names_of

LEDGER_ROLES = ("intake", "head")
Cell = str | int | None
# A cell starting with one of these is run as a formula by Excel and WPS (CSV injection, OWASP):
# report text comes from the public, so such cells are written as text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _moment(value: str | None) -> str | None:
    if not value:
        return None
    return datetime.fromisoformat(value).astimezone(CHINA).strftime("%Y-%m-%d %H:%M")


async def ledger_table(
    actor: Actor, *, region: str, rules: ReportRules, since: date | None = None
) -> tuple[list[str], list[list[Cell]]]:
    """Column titles and rows with codes turned into words (channel, category, status, reason, result)."""
    if not actor.has_any(LEDGER_ROLES, region):
        raise ReportError("forbidden")
    # ``since`` is a China calendar day, filtered here: ledger_rows would compare it as a naive
    # (UTC) midnight, eight hours off.
    rows = [
        r
        for r in await ledger_rows(actor, region=region)
        if since is None or china_day(datetime.fromisoformat(r["received_at"])) >= since
    ]
    names = await names_of(r["assignee_id"] for r in rows if r["assignee_id"] is not None)
    taxonomy = rules.taxonomy(region)

    def category(code: str) -> str:
        try:
            return taxonomy.by_code(code).title
        except ReportError:  # a category the region has since removed keeps its code
            return code

    words: dict[str, Any] = {
        "received_at": _moment,
        "decided_at": _moment,
        "channel": lambda v: CHANNEL_NAMES.get(v, v),
        "category": category,
        "status": lambda v: STATUS_TITLES.get(v, v),
        "not_accepted_reason": lambda v: NOT_ACCEPTED_REASONS.get(v, v) if v else None,
        "assignee_id": lambda v: names.get(v, str(v)) if v is not None else None,
        "conclusion": lambda v: CONCLUSIONS.get(v, v) if v else None,
    }
    table = [
        [words[key](row[key]) if key in words else row[key] for key, _ in LEDGER_COLUMNS] for row in rows
    ]
    return [title for _, title in LEDGER_COLUMNS], table


def _risky(value: Cell) -> bool:
    return isinstance(value, str) and value.startswith(_FORMULA_START)


def to_csv(titles: list[str], rows: list[list[Cell]]) -> bytes:
    """UTF-8 with a byte-order mark, which Excel needs to read Chinese from a CSV file."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(titles)
    for row in rows:
        writer.writerow(["'" + v if isinstance(v, str) and _risky(v) else v for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _xlsx(titles: list[str], rows: list[list[Cell]], sheet_title: str) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = sheet_title[:31]
    sheet.append(titles)
    for row in rows:
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            if _risky(cell.value):
                cell.data_type = "s"  # stored as text, never evaluated
    sheet.freeze_panes = "A2"
    for column, title in zip(sheet.columns, titles, strict=True):
        sheet.column_dimensions[column[0].column_letter].width = max(10, len(title) * 2 + 2)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


async def to_xlsx(titles: list[str], rows: list[list[Cell]], *, sheet_title: str = "举报线索台账") -> bytes:
    # openpyxl is synchronous and a region's ledger may hold thousands of rows: off the event loop.
    return await asyncio.to_thread(_xlsx, titles, rows, sheet_title)
