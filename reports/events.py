"""The domain events reports publishes (``kernel.events``); payloads name the report by id."""

from __future__ import annotations

# A report concluded substantiated or partly so, naming a target code: {"report_id": int}.
REPORT_CONCLUDED = "report.concluded"

# The reporter has been told the result (status "informed"): {"report_id": int, "region": str,
# "named": bool, "conclusion": str | None}. The hook for the reporter's satisfaction survey with the
# handling (the Surveys issue): a surveys domain subscribes to it in its module.py (``subscribes``) and
# invites the reporter — a named one by the openid on the report, an anonymous one in 举报进度 by
# receipt — keyed by the report id so a redelivered event invites once. Nothing here names the reporter.
REPORT_INFORMED = "report.informed"
# A closed case's retention period ran out and its reporter's identity was destroyed
# (reports.retention): {"report_id": int}. Domains holding the same person's identity forget it too.
REPORT_PURGED = "report.purged"
