"""The chat flows of the installed domains, built with what they need; the app factory installs them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from bot.dialogue import Flow
from kernel.module import Answer, Domain
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
    public_base_url: str  # where links to the H5 pages point


def build_flows(deps: FlowDeps, domains: Iterable[Domain]) -> dict[str, Flow]:
    flows = [f for d in domains if d.flows is not None for f in d.flows(deps)]
    return {f.name: f for f in flows}


def build_answers(deps: FlowDeps, domains: Iterable[Domain]) -> Mapping[str, Answer]:
    return {name: a for d in domains if d.answers is not None for name, a in d.answers(deps).items()}
