"""Keyword-default factories for the survey tests: a cipher, institutions, answers on given days."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise.transactions import in_transaction

from storage.crypto import FieldCipher
from surveys import service
from surveys.service import Answered
from tests.integration.credit_kit import places

CIPHER = FieldCipher(b"k" * 32)
# 10 Mar 2026, 10:00 in China.
NOW = datetime(2026, 3, 10, 2, 0, tzinfo=UTC)


async def pharmacy(code: str = "P0000001", *, region: str = "demo", **fields: Any) -> str:
    await places(code, region=region, **fields)
    return code


async def rate(
    code: str,
    *,
    person: str = "o-person",
    answers: dict[str, Any] | None = None,
    region: str = "demo",
    now: datetime = NOW,
    **options: Any,
) -> Answered:
    async with in_transaction() as conn:
        target = await service.institution_target(conn, code=code, region=region)
        return await service.answer(
            conn,
            target,
            person=person,
            answers={"overall": 5} if answers is None else answers,
            channel=options.pop("channel", "api"),
            cipher=CIPHER,
            now=now,
            **options,
        )


async def many(code: str, n: int, *, region: str = "demo", score: int = 5, start: datetime = NOW) -> None:
    """``n`` people rate ``code``, one a day at most three a day, so no burst is flagged."""
    for i in range(n):
        await rate(
            code,
            person=f"o-many-{i}",
            answers={"overall": score},
            region=region,
            now=start + timedelta(days=i // 3),
        )
