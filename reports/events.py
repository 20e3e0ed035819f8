"""The domain events reports publishes (``kernel.events``); payloads name the report by id."""

from __future__ import annotations

# A report concluded substantiated or partly so, naming a target code: {"report_id": int}.
REPORT_CONCLUDED = "report.concluded"
