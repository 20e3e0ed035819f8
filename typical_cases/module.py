"""Typical cases (曝光典型案例): their wiring (models, errors, the chat entry and flow)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from kernel.module import ChatEntry, Domain
from typical_cases.errors import TypicalCaseError

if TYPE_CHECKING:
    from bot.flows.registry import FlowDeps


def _flows(deps: FlowDeps) -> Sequence[Any]:
    from bot.flows import typical_cases

    return [typical_cases.build(rules=deps.rules, region=deps.region, public_base_url=deps.public_base_url)]


DOMAIN = Domain(
    name="typical_cases",
    models=("typical_cases.models",),
    errors=(TypicalCaseError,),
    chat=(ChatEntry("typical_cases", keywords=("典型案例", "曝光台", "案例"), clicks=("CASES",)),),
    flows=_flows,
)
