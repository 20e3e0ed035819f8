"""意见建议 (留言): the suggestion inbox's wiring."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from tortoise.backends.base.client import BaseDBAsyncClient

from feedback import service
from feedback.errors import FeedbackError
from kernel.module import ChatEntry, Domain

if TYPE_CHECKING:
    from bot.flows.registry import FlowDeps


def _flows(deps: FlowDeps) -> Sequence[Any]:
    from bot.flows import feedback

    return [feedback.build(cipher=deps.cipher, clock=deps.clock, wake_jobs=deps.wake_jobs)]


async def _attach(conn: BaseDBAsyncClient, owner_id: int, ref: str, attachment_id: str) -> None:
    await service.attach(conn, suggestion_id=owner_id, ref=ref, attachment_id=attachment_id)


DOMAIN = Domain(
    name="feedback",
    models=("feedback.models",),
    errors=(FeedbackError,),
    chat=(ChatEntry("feedback", keywords=("留言", "建议", "咨询", "意见"), scenes=("feedback",)),),
    flows=_flows,
    attachment_owners={"suggestion": _attach},
)
