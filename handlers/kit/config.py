"""Tunables of the mini-program API: session lifetime, trusted proxies and rate limits.

Kept free of handler imports so ``handlers.keys`` can name the type. ``create_app`` may put an
``ApiConfig`` under ``keys.API_CONFIG``; without one the defaults below apply.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True)
class Limit:
    """At most ``count`` hits in any ``window_seconds`` (a sliding window, ``storage.ratelimit``)."""

    count: int
    window_seconds: int


@dataclass(frozen=True)
class ApiConfig:
    session_ttl_seconds: int = 7 * 24 * 3600
    # An upload must be used in a report within this time, by the user who uploaded it.
    upload_ttl_seconds: int = 24 * 3600
    # Peers whose X-Forwarded-For is believed (nginx on the same host, a load balancer's subnet).
    # Empty: the TCP peer is the client, and X-Forwarded-For is ignored (anyone can forge it).
    trusted_proxies: tuple[Network, ...] = ()
    login_per_ip: Limit = Limit(60, 3600)
    reports_per_user: Limit = Limit(10, 3600)
    reports_per_ip: Limit = Limit(30, 3600)
    attachments_per_user: Limit = Limit(60, 3600)
    attachments_per_ip: Limit = Limit(120, 3600)
    messages_per_ip: Limit = Limit(30, 3600)
    messages_per_report: Limit = Limit(20, 3600)
    # Receipt lookups that fail (malformed or unknown): past this, the address is blocked for the window.
    receipt_misses_per_ip: Limit = Limit(10, 600)
    # Public credit lookups (name, location, code): a person's pace with room for a shared address.
    lookups_per_ip: Limit = Limit(120, 60)


def parse_networks(text: str) -> tuple[Network, ...]:
    """``"127.0.0.1, 10.0.0.0/8"`` → networks; for wiring a TRUSTED_PROXIES setting. Raises ValueError."""
    return tuple(ipaddress.ip_network(part.strip(), strict=False) for part in text.split(",") if part.strip())


DEFAULT_CONFIG = ApiConfig()
