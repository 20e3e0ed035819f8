"""The domain events reports publishes (``kernel.events``); payloads name the report by id."""

from __future__ import annotations

# A report concluded substantiated or partly so, naming a target code: {"report_id": int}.
REPORT_CONCLUDED = "report.concluded"
# A closed case's retention period ran out and its reporter's identity was destroyed
# (reports.retention): {"report_id": int}. Domains holding the same person's identity forget it too.
REPORT_PURGED = "report.purged"
