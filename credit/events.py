"""Credit events and indicators of institutions: recorded by staff, imported from CSV, or created by
a report concluded substantiated; events are withdrawn (kept, marked), never deleted.

Imports reuse the registry's machinery (decoding UTF-8/GBK, header aliases, every bad row listed,
all or nothing) and are idempotent: a row is stored once under ``import:<sha256 of the row>``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, cast

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError

from credit.access import Who, label_of, require
from credit.engine.facts import EVENT_LABELS, INDICATOR_LABELS, SATISFACTION_MAX, CreditEvent, EventKind
from credit.engine.jsonfile import validation_error
from credit.errors import CreditError
from credit.models import CreditEventRecord, CreditIndicator
from credit.regions import region_credit
from kernel.clock import china_day
from kernel.progress import NoProgress, Progress
from registry import service as registry
from registry.errors import RegistryError
from registry.importer import ImportSummary, Parsed, decode, parse_rows
from registry.models import Institution
from registry.rows import _DATE as REGISTRY_DATE
from registry.rows import _code as registry_code
from registry.rows import _text, normalize_header
from reports.queries import conclusion_of
from storage import audit

log = logging.getLogger(__name__)
BATCH = 1000
_NAME = re.compile(r"^[a-z][a-z0-9_]{0,31}$")

EVENT_HEADERS: dict[str, tuple[str, ...]] = {
    "code": ("机构编码", "定点编码", "医保定点编码", "定点机构编码", "医药机构编码"),
    "kind": ("事件类型", "类型", "事件类别", "事件"),
    "date": ("日期", "发生日期", "事件日期", "认定日期"),
    "amount_yuan": ("金额", "拒付金额", "金额元", "amount"),
    "source": ("来源", "事件来源", "依据"),
    "evidence": ("证据", "证据链接", "佐证材料", "链接"),
}
EVENT_COLUMN_LABELS = {"code": "机构编码", "kind": "事件类型", "date": "日期", "amount_yuan": "金额"}
EVENT_COLUMN_LABELS |= {"source": "来源", "evidence": "证据"}
INDICATOR_HEADERS: dict[str, tuple[str, ...]] = {
    "code": EVENT_HEADERS["code"],
    "name": ("指标", "指标名称", "指标编码", "indicator"),
    "value": ("数值", "指标值", "值", "得分"),
    "source": ("来源", "数据来源"),
}
INDICATOR_COLUMN_LABELS = {"code": "机构编码", "name": "指标", "value": "数值", "source": "来源"}
# Event kinds by their identifier, their label, and what clerks write.
_KIND_WORDS: dict[str, EventKind] = {normalize_header(k): k for k in EVENT_LABELS}
_KIND_WORDS |= {normalize_header(v): k for k, v in EVENT_LABELS.items()}
_KIND_WORDS |= {
    normalize_header(w): cast("EventKind", k)
    for k, words in {
        "violation": ("违法违规", "违规", "违规记录"),
        "complaint_substantiated": ("查实投诉", "投诉查实", "举报查实"),
        "price_interview": ("价格约谈", "约谈", "价格异常约谈"),
        "refused_payment": ("拒付", "拒付金额"),
        "fraud": ("骗保", "欺诈", "恶意欺诈骗保"),
        "agreement_breach": ("违约", "违反协议", "不履行协议"),
        "commendation": ("表扬", "奖励", "守信记录", "表扬奖励"),
    }.items()
    for w in words
}


def _day(value: Any) -> dt.date:
    """A date as clerks write it (2025-03-01, 2025/3/1, 2025年3月1日, 20250301), as the registry reads it."""
    if isinstance(value, dt.date):
        return value
    text = unicodedata.normalize("NFKC", str(value)).strip()
    m = REGISTRY_DATE.match(text) or re.match(r"^(\d{4})(\d{2})(\d{2})$", text)
    try:
        if m is None:
            raise ValueError
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise ValueError(f"「{value}」不是有效日期，请写成 2025-01-31 的形式") from None


def _amount(value: Any) -> Decimal | None:
    if value is None or isinstance(value, Decimal):
        return value
    text = unicodedata.normalize("NFKC", str(value)).replace(",", "").replace("元", "").strip()
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValueError(f"「{value}」不是金额（元）") from None
    if not number.is_finite() or number < 0:
        raise ValueError(f"「{value}」不是金额（元）")
    if number != number.quantize(Decimal("0.01")):
        raise ValueError(f"「{value}」最多到分（两位小数）")
    return number


class EventRow(BaseModel):
    """One line of an event file, checked like a facts-file event (``credit.engine.facts.CreditEvent``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str
    kind: str
    date: dt.date
    amount_yuan: Decimal | None = None
    source: str = ""
    evidence: str = ""

    @field_validator("code", mode="before")
    @classmethod
    def _codes(cls, v: Any) -> str:
        return registry_code(v)

    @field_validator("kind", mode="before")
    @classmethod
    def _kind(cls, v: Any) -> str:
        found = _KIND_WORDS.get(normalize_header(str(v)))
        if found is None:
            raise ValueError(f"「{v}」无法识别，可填：{'、'.join(EVENT_LABELS.values())}")
        return found

    @field_validator("date", mode="before")
    @classmethod
    def _date(cls, v: Any) -> dt.date:
        return _day(v)

    @field_validator("amount_yuan", mode="before")
    @classmethod
    def _money(cls, v: Any) -> Decimal | None:
        return _amount(v)

    @field_validator("source", mode="before")
    @classmethod
    def _source(cls, v: Any) -> str:
        return _text(v, longest=128)

    @field_validator("evidence", mode="before")
    @classmethod
    def _evidence(cls, v: Any) -> str:
        return _text(v, longest=512)

    def checked(self) -> CreditEvent:
        """The facts-model event: the same kind, date and refused-amount rules as ``credit simulate``."""
        return CreditEvent.model_validate(
            {
                "kind": self.kind,
                "date": self.date,
                "amount_yuan": self.amount_yuan,
                "source": self.source or None,
                "evidence": self.evidence or None,
            }
        )

    def origin_ref(self, region: str) -> str:
        """``import:`` + SHA-256 of the normalised row: the same event imported twice is stored once."""
        fen = "" if self.amount_yuan is None else str(int(self.amount_yuan * 100))
        parts = [region, self.code, self.kind, self.date.isoformat(), fen, self.source, self.evidence]
        key = "\x1f".join(parts)
        return "import:" + hashlib.sha256(key.encode()).hexdigest()


class IndicatorRow(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str
    name: str
    value: Decimal
    source: str = "import"

    @field_validator("code", mode="before")
    @classmethod
    def _codes(cls, v: Any) -> str:
        return registry_code(v)

    @field_validator("name", mode="before")
    @classmethod
    def _name(cls, v: Any) -> str:
        text = str(v).strip()
        by_label = {label: name for name, label in INDICATOR_LABELS.items()}
        text = by_label.get(text, text.lower())
        if not _NAME.match(text):
            raise ValueError(f"「{v}」应为小写英文指标名，如 satisfaction（满意度）")
        return text

    @field_validator("value", mode="before")
    @classmethod
    def _value(cls, v: Any) -> Decimal:
        try:
            number = Decimal(unicodedata.normalize("NFKC", str(v)).strip().rstrip("%"))
        except InvalidOperation:
            raise ValueError(f"「{v}」不是数字") from None
        if not number.is_finite() or abs(number) >= Decimal("1e8"):
            raise ValueError(f"「{v}」不是合理的数值")
        return number

    @field_validator("source", mode="before")
    @classmethod
    def _source(cls, v: Any) -> str:
        return _text(v, longest=32) or "import"


def _check_indicator(name: str, value: Decimal) -> str | None:
    if name == "satisfaction" and not Decimal(0) <= value <= SATISFACTION_MAX:
        return f"satisfaction（满意度）应在 0 到 100 之间，实际为 {value}"
    return None


async def _unknown_codes(conn: BaseDBAsyncClient, region: str, codes: list[str]) -> set[str]:
    known = await registry.institution_codes_in(conn, region=region, codes=codes)
    return set(codes) - known


def _fen(amount: Decimal | None) -> int | None:
    return None if amount is None else int(amount * 100)


# -- staff entries ----------------------------------------------------------------------------------


async def record_event(
    conn: BaseDBAsyncClient,
    *,
    region: str,
    code: str,
    kind: str,
    occurred_on: date | str,
    amount_yuan: Decimal | None = None,
    source: str = "",
    evidence: str = "",
    actor: Who,
    now: datetime,
    origin: str = "staff",
    origin_ref: str | None = None,
) -> CreditEventRecord:
    """Record one event of an institution of ``region`` (credit officers and heads of the region)."""
    require(actor, region)
    region_credit(region)
    try:
        row = EventRow.model_validate(
            {
                "code": code,
                "kind": kind,
                "date": occurred_on,
                "amount_yuan": amount_yuan,
                "source": source,
                "evidence": evidence,
            }
        )
        event = row.checked()
    except ValidationError as exc:
        raise validation_error(exc, {}, code="bad_event") from None
    if event.date > china_day(now):
        raise CreditError("bad_event", [f"日期 {event.date} 晚于今天"])
    if await _unknown_codes(conn, region, [row.code]):
        raise CreditError("bad_event", [f"机构编码 {row.code} 不在本地区的定点机构名单中"])
    record = await CreditEventRecord.create(
        using_db=conn,
        region=region,
        institution_code=row.code,
        kind=row.kind,
        occurred_on=row.date,
        amount_fen=_fen(row.amount_yuan),
        source=row.source,
        evidence=row.evidence,
        origin=origin,
        origin_ref=origin_ref,
        recorded_by=label_of(actor),
        recorded_at=now,
    )
    await audit.append(
        conn,
        actor=label_of(actor),
        action="credit.event_recorded",
        subject=f"credit_event:{record.id}",
        detail={"institution": row.code, "kind": row.kind, "date": row.date.isoformat(), "origin": origin},
        now=now,
    )
    return record


async def withdraw_event(
    conn: BaseDBAsyncClient, event_id: int, *, reason: str, actor: Who, now: datetime
) -> CreditEventRecord:
    """Take an event out of future evaluations (kept, with who and why in the audit log)."""
    record = await CreditEventRecord.filter(id=event_id).using_db(conn).select_for_update().first()
    if record is None:
        raise CreditError("not_found", [f"信用事件 {event_id} 不存在"])
    require(actor, record.region)
    if not reason.strip():
        raise CreditError("bad_event", ["请说明撤销的理由"])
    if record.withdrawn_at is None:
        record.withdrawn_at = now
        await record.save(using_db=conn, update_fields=["withdrawn_at"])
        await audit.append(
            conn,
            actor=label_of(actor),
            action="credit.event_withdrawn",
            subject=f"credit_event:{record.id}",
            detail={"institution": record.institution_code, "reason": reason.strip()[:500]},
            now=now,
        )
    return record


async def list_events(
    region: str,
    *,
    actor: Who,
    code: str | None = None,
    include_withdrawn: bool = False,
    offset: int = 0,
    limit: int = 100,
) -> tuple[list[CreditEventRecord], int]:
    require(actor, region)
    query = CreditEventRecord.filter(region=region)
    if code is not None:
        query = query.filter(institution_code=code)
    if not include_withdrawn:
        query = query.filter(withdrawn_at__isnull=True)
    total = await query.count()
    return await query.order_by("-occurred_on", "-id").offset(offset).limit(limit), total


# -- CSV imports ------------------------------------------------------------------------------------


async def import_events(
    conn: BaseDBAsyncClient,
    *,
    region: str,
    data: bytes,
    actor: Who,
    now: datetime,
    progress: Progress | None = None,
) -> ImportSummary:
    """Import an event file (columns: code, kind, date, amount_yuan, source, evidence; Chinese headers
    too). Any bad row refuses the whole file (``ImportRejected``, nothing stored); rows already imported
    are skipped, so importing a file twice stores its events once."""
    require(actor, region)
    region_credit(region)
    bar = progress or NoProgress()
    text, encoding = decode(data)
    # parse_rows is typed for the registry's row models; it only validates and collects, like here.
    parsed: Parsed[Any] = parse_rows(
        text, model=cast(Any, EventRow), aliases=EVENT_HEADERS, labels=EVENT_COLUMN_LABELS, progress=bar
    )
    today, first = china_day(now), dict[str, int]()
    rows: list[tuple[int, EventRow, str]] = []
    for n, row in cast("list[tuple[int, EventRow]]", parsed.rows):
        try:
            row.checked()
        except ValidationError as exc:
            parsed.problems.setdefault(n, []).extend(
                line.split("：", 1)[-1] for line in validation_error(exc, {}, code="bad_event").lines
            )
            continue
        if row.date > today:
            parsed.problems.setdefault(n, []).append(f"日期 {row.date} 晚于今天")
        ref = row.origin_ref(region)
        if ref in first:
            parsed.problems.setdefault(n, []).append(f"与第{first[ref]}行完全相同")
        first.setdefault(ref, n)
        rows.append((n, row, ref))
    unknown = await _unknown_codes(conn, region, sorted({r.code for _, r, _ in rows}))
    for n, row, _ in rows:
        if row.code in unknown:
            parsed.problems.setdefault(n, []).append(f"机构编码「{row.code}」不在本地区的定点机构名单中")
    parsed.reject_if_bad()
    refs = [ref for _, _, ref in rows]
    known: set[str] = set()
    for i in range(0, len(refs), BATCH):
        found = await CreditEventRecord.filter(origin_ref__in=refs[i : i + BATCH]).using_db(conn)
        known |= {str(r.origin_ref) for r in found}
    fresh = [
        CreditEventRecord(
            region=region,
            institution_code=row.code,
            kind=row.kind,
            occurred_on=row.date,
            amount_fen=_fen(row.amount_yuan),
            source=row.source,
            evidence=row.evidence,
            origin="import",
            origin_ref=ref,
            recorded_by=label_of(actor),
            recorded_at=now,
        )
        for _, row, ref in rows
        if ref not in known
    ]
    bar.start("写入", len(fresh))
    for i in range(0, len(fresh), BATCH):
        await CreditEventRecord.bulk_create(fresh[i : i + BATCH], using_db=conn)
        bar.advance(len(fresh[i : i + BATCH]))
    summary = ImportSummary(
        what="credit_events",
        region=region,
        encoding=encoding,
        rows=len(rows),
        created=len(fresh),
        updated=0,
        unchanged=len(rows) - len(fresh),
        ignored_columns=parsed.ignored_columns,
    )
    await audit.append(
        conn,
        actor=label_of(actor),
        action="credit.events_imported",
        subject=f"region:{region}",
        detail={"rows": summary.rows, "created": summary.created},
        now=now,
    )
    return summary


async def upsert_indicators(
    conn: BaseDBAsyncClient,
    *,
    region: str,
    period: str,
    name: str,
    values: dict[str, Decimal],
    source: str,
    now: datetime,
) -> int:
    """Set one indicator for many institutions of a period (surveys write satisfaction this way).

    Returns how many rows were written. Unknown institutions or out-of-range values are refused.
    """
    from credit.evaluation import period_bounds

    period_bounds(period)
    if not _NAME.match(name):
        raise CreditError("bad_indicator", [f"指标名“{name}”应为小写英文，如 satisfaction"])
    bad = [line for code, v in values.items() if (line := _check_indicator(name, v)) is not None]
    unknown = await _unknown_codes(conn, region, sorted(values))
    if unknown:
        bad.append(f"机构编码 {'、'.join(sorted(unknown)[:20])} 不在本地区的定点机构名单中")
    if bad:
        raise CreditError("bad_indicator", bad[:20])
    rows = [
        CreditIndicator(
            region=region,
            institution_code=code,
            period=period,
            name=name,
            value=value,
            source=source[:32],
            updated_at=now,
        )
        for code, value in sorted(values.items())
    ]
    for i in range(0, len(rows), BATCH):
        await CreditIndicator.bulk_create(
            rows[i : i + BATCH],
            on_conflict=["institution_code", "period", "name"],
            update_fields=["value", "source", "updated_at", "region"],
            using_db=conn,
        )
    return len(rows)


async def import_indicators(
    conn: BaseDBAsyncClient,
    *,
    region: str,
    period: str,
    data: bytes,
    now: datetime,
    progress: Progress | None = None,
) -> ImportSummary:
    """Import indicator values for ``period`` (columns: code, name, value, source); all or nothing."""
    from credit.evaluation import period_bounds

    region_credit(region)
    period_bounds(period)
    bar = progress or NoProgress()
    text, encoding = decode(data)
    parsed: Parsed[Any] = parse_rows(
        text,
        model=cast(Any, IndicatorRow),
        aliases=INDICATOR_HEADERS,
        labels=INDICATOR_COLUMN_LABELS,
        progress=bar,
    )
    rows = cast("list[tuple[int, IndicatorRow]]", parsed.rows)
    first: dict[tuple[str, str], int] = {}
    for n, row in rows:
        problem = _check_indicator(row.name, row.value)
        if problem:
            parsed.problems.setdefault(n, []).append(problem)
        key = (row.code, row.name)
        if key in first:
            parsed.problems.setdefault(n, []).append(f"与第{first[key]}行是同一机构的同一指标")
        first.setdefault(key, n)
    unknown = await _unknown_codes(conn, region, sorted({r.code for _, r in rows}))
    for n, row in rows:
        if row.code in unknown:
            parsed.problems.setdefault(n, []).append(f"机构编码「{row.code}」不在本地区的定点机构名单中")
    parsed.reject_if_bad()
    bar.start("写入", len(rows))
    written = 0
    for source in sorted({r.source for _, r in rows}):
        for name in sorted({r.name for _, r in rows if r.source == source}):
            chosen = {r.code: r.value for _, r in rows if r.name == name and r.source == source}
            written += await upsert_indicators(
                conn, region=region, period=period, name=name, values=chosen, source=source, now=now
            )
            bar.advance(len(chosen))
    return ImportSummary(
        what="credit_indicators",
        region=region,
        encoding=encoding,
        rows=len(rows),
        created=0,
        updated=written,
        unchanged=0,
        ignored_columns=parsed.ignored_columns,
    )


# -- from reports -----------------------------------------------------------------------------------


async def complaint_from_report(conn: BaseDBAsyncClient, report_id: int, *, now: datetime) -> bool:
    """The ``complaint_substantiated`` event of a report concluded substantiated or partly so, once.

    Only a report naming a registered institution (``target_code``) of its region gives an event; the
    ``report:<id>`` origin makes a second call (a retried job) a no-op. True if an event was stored.
    """
    report = await conclusion_of(conn, report_id)
    if report is None or report.conclusion not in ("substantiated", "partly") or not report.target_code:
        return False
    ref = f"report:{report.report_id}"
    if await CreditEventRecord.filter(origin_ref=ref).using_db(conn).exists():
        return False
    place = await Institution.filter(code=report.target_code, region=report.region).using_db(conn).first()
    if place is None:
        log.info("report %s names %s, not a registered institution: no credit event", report.report_id, ref)
        return False
    concluded = report.concluded_at or now
    try:
        await CreditEventRecord.create(
            using_db=conn,
            region=report.region,
            institution_code=place.code,
            kind="complaint_substantiated",
            occurred_on=china_day(concluded),
            source=f"举报 #{report.report_id} 查实",
            evidence=ref,  # the case itself; each face links it its own way
            origin="report",
            origin_ref=ref,
            recorded_by="event:report.concluded",
            recorded_at=now,
        )
    except IntegrityError:  # a concurrent run of the same job stored it first
        return False
    return True


def registry_error_lines(err: RegistryError) -> list[str]:
    """A registry import refusal as lines (the staff API shows them like a ``CreditError``)."""
    return [err.message, *(str(p) for p in getattr(err, "problems", []))]
