"""Practitioner points: their wiring (models, the 记分查询 link in chat, the ``credit points…`` actions)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from bot.flows.credit import POINTS_WORDS
from kernel.module import Answer, ChatEntry, Command, Domain, on_database
from points import cli
from points.rules import PointsError

if TYPE_CHECKING:
    from bot.flows.registry import FlowDeps


def _answers(deps: FlowDeps) -> Mapping[str, Answer]:
    from bot.flows.credit import points_reply

    text = points_reply(deps.public_base_url)

    async def points_page(openid: str) -> str:
        return text

    return {"points_page": points_page}


DOMAIN = Domain(
    name="points",
    models=("points.models",),
    errors=(PointsError,),
    chat=(ChatEntry("points_page", keywords=POINTS_WORDS),),
    answers=_answers,
    commands=(Command("credit", "信用评价", cli.add_actions, on_database(cli.run_stored)),),
)
