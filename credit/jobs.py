"""Credit's handlers of other domains' events: the substantiated-complaint event of a concluded report,
and the satisfaction indicators of a survey aggregation, and the event on an institution whose people
did not sign a campaign's commitment letter."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any

from tortoise.transactions import in_transaction

from commitments.events import COMMITMENT_UNSIGNED
from credit.events import breach_from_commitment, complaint_from_report, drop_indicators, upsert_indicators
from reports.events import REPORT_CONCLUDED
from storage.jobs import JobHandler
from surveys.events import SURVEY_AGGREGATED


def survey_note(sample: dict[str, Any]) -> str:
    """How a survey indicator's explanation cites its sample: 满意度评价30份，95%区间 70.12–80.34."""
    low, high = sample["interval"]
    held = f"，另有{sample['held']}份疑似刷评未计入" if sample.get("held") else ""
    return f"满意度评价{sample['responses']}份，95%区间 {low}–{high}{held}"


def job_handlers(*, clock: Callable[[], datetime]) -> dict[str, JobHandler]:
    """Event name → handler (``kernel.events``): each is idempotent, as delivery is at least once."""

    async def report_concluded(payload: dict[str, Any]) -> None:
        async with in_transaction() as conn:
            await complaint_from_report(conn, int(payload["report_id"]), now=clock())

    async def survey_aggregated(payload: dict[str, Any]) -> None:
        # Idempotent: the values are set (not added), and the institutions below the sample lose a
        # survey indicator an earlier aggregation of the period gave them.
        region, period, name = payload["region"], payload["period"], payload["indicator"]
        values = {code: Decimal(v) for code, v in payload["values"].items()}
        notes = {code: survey_note(sample) for code, sample in payload.get("samples", {}).items()}
        async with in_transaction() as conn:
            now = clock()
            if values:
                await upsert_indicators(
                    conn,
                    region=region,
                    period=period,
                    name=name,
                    values=values,
                    source="survey",
                    now=now,
                    notes=notes,
                )
            await drop_indicators(
                conn, region=region, period=period, name=name, codes=payload["below"], source="survey"
            )

    async def commitment_unsigned(payload: dict[str, Any]) -> None:
        async with in_transaction() as conn:
            await breach_from_commitment(conn, payload, now=clock())

    return {
        REPORT_CONCLUDED: report_concluded,
        SURVEY_AGGREGATED: survey_aggregated,
        COMMITMENT_UNSIGNED: commitment_unsigned,
    }
