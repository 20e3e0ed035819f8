"""Typical cases (曝光典型案例): their wiring (models, the chat entry and flow)."""

from __future__ import annotations

from kernel.module import Domain

DOMAIN = Domain(name="typical_cases", models=("typical_cases.models",))
