"""Prometheus metrics, one registry per app (so tests can run several apps in one process)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "fundguard_http_requests_total",
            "HTTP requests by route and status",
            ["route", "method", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "fundguard_http_request_seconds",
            "HTTP request latency by route",
            ["route"],
            buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5),
            registry=self.registry,
        )
        self.pushes = Counter(
            "fundguard_wechat_pushes_total",
            "WeChat pushes by message type and outcome",
            ["type", "outcome"],
            registry=self.registry,
        )
        self.flows = Counter(
            "fundguard_flows_total",
            "Dialogue flows started, finished or left",
            ["flow", "event"],
            registry=self.registry,
        )
        self.api_errors = Counter(
            "fundguard_wechat_api_errors_total",
            "WeChat API error codes by endpoint",
            ["path", "errcode"],
            registry=self.registry,
        )
        # Alert on any increase: WeChat Pay said something about a bill that its request contradicts.
        self.transfer_mismatches = Counter(
            "fundguard_reward_transfer_mismatches_total",
            "WeChat Pay answers (send, query, notify) that disagree with the frozen transfer request",
            ["source"],
            registry=self.registry,
        )

        self.overdue = Gauge(
            "fundguard_reports_overdue",
            "Open reports past a statutory deadline, by region",
            ["region"],
            registry=self.registry,
        )
        self.due_soon = Gauge(
            "fundguard_reports_due_soon",
            "Open reports due within 3 working days, by region",
            ["region"],
            registry=self.registry,
        )

        self.calendar_unconfirmed = Gauge(
            "fundguard_calendar_unconfirmed_years",
            "Years (this one, and from 1 December the next) whose holiday notice is not entered yet",
            registry=self.registry,
        )

    def deadline_counts(self, region: str, overdue: int, due_soon: int) -> None:
        self.overdue.labels(region).set(overdue)
        self.due_soon.labels(region).set(due_soon)

    def flow_event(self, flow: str, event: str) -> None:
        self.flows.labels(flow, event).inc()

    def transfer_mismatch(self, source: str) -> None:
        self.transfer_mismatches.labels(source).inc()

    def api_error(self, path: str, errcode: int) -> None:
        self.api_errors.labels(path, str(errcode)).inc()

    def render(self) -> bytes:
        return generate_latest(self.registry)
