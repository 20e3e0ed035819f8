"""The domain events reports publishes (``kernel.events``); payloads name the report by id."""

from __future__ import annotations

# A report concluded substantiated or partly so, naming a target code: {"report_id": int}.
REPORT_CONCLUDED = "report.concluded"
# A report's reporter was told its result (staff marked it informed): {"report_id": int, "region": str}.
# Published once per report (surveys offers the handling questionnaire on it).
REPORT_INFORMED = "report.informed"
