"""Every chat flow, built with its dependencies; the app factory installs what this returns."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from bot.dialogue import Flow
from bot.flows import credit, feedback, progress, report
from reports.rules import ReportRules
from storage.crypto import FieldCipher
from storage.kv import KV


@dataclass(frozen=True)
class FlowDeps:
    cipher: FieldCipher
    clock: Callable[[], datetime]
    wake_jobs: Callable[[], None]
    rules: ReportRules
    kv: KV
    region: str  # the account's region (one official account serves one bureau)


def build_flows(deps: FlowDeps) -> dict[str, Flow]:
    flows = [
        feedback.build(cipher=deps.cipher, clock=deps.clock, wake_jobs=deps.wake_jobs),
        report.build(
            cipher=deps.cipher,
            clock=deps.clock,
            wake_jobs=deps.wake_jobs,
            rules=deps.rules,
            region=deps.region,
        ),
        progress.build(cipher=deps.cipher, clock=deps.clock, rules=deps.rules, kv=deps.kv),
        credit.build(region=deps.region, kv=deps.kv, key_of=deps.cipher.blind_index),
    ]
    return {f.name: f for f in flows}
