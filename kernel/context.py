"""What the current task is doing, for the log lines it writes: the request id of a web request, or
``job:<id>`` of a background job."""

from __future__ import annotations

import contextvars

request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")
