"""CSV imports as tasks on both backends: the file kept as a blob, imported by a job with progress,
the summary on the task; a refused file stores nothing and lists every bad row on the task."""

from __future__ import annotations

from pathlib import Path

import pytest
from tortoise.transactions import in_transaction

from credit import tasks as credit_tasks
from credit.errors import CreditError
from credit.models import CreditEventRecord
from registry import tasks as registry_tasks
from registry.errors import RegistryError
from registry.models import Institution
from storage.blobs import LocalBlobStore
from storage.jobs import JobRunner
from storage.models import Task
from tests.integration.credit_kit import NOW, OFFICER, OUTSIDER, places
from tests.integration.test_registry import GOOD, csv_bytes

EVENTS = "机构编码,事件类型,日期,金额,来源\n"


@pytest.fixture
def blobs(tmp_path: Path) -> LocalBlobStore:
    return LocalBlobStore(tmp_path / "blobs")


def runner(blobs: LocalBlobStore) -> JobRunner:
    handlers = {
        **credit_tasks.job_handlers(clock=lambda: NOW, blobs=blobs),
        **registry_tasks.job_handlers(clock=lambda: NOW, blobs=blobs),
    }
    return JobRunner(handlers, clock=lambda: NOW)


async def event_import(blobs: LocalBlobStore, text: str) -> Task:
    data = text.encode()
    key = await blobs.put(data)
    async with in_transaction() as conn:
        task = await credit_tasks.start_event_import(
            conn, actor=OFFICER, region="demo", blob=key, size=len(data), now=NOW
        )
    await runner(blobs).run_until_idle()
    return await Task.get(id=task.id)


async def test_an_event_file_is_imported_by_a_job_or_refused_with_every_bad_row(
    database: str, blobs: LocalBlobStore
) -> None:
    await places("P0000001", "P0000002")
    bad = await event_import(
        blobs, EVENTS + "P0000001,违规,2025-04-01,,巡查\nP9,违规,x,,\nP0000002,飞,2025-01-01,,\n"
    )
    assert bad.status == "failed" and "共 3 行数据，其中 2 行有误" in bad.error
    assert [p["line"] for p in bad.problems] == [3, 4] and all(p["reasons"] for p in bad.problems)
    assert await CreditEventRecord.all().count() == 0  # all or nothing
    good = await event_import(
        blobs, EVENTS + "P0000001,违规,2025-04-01,,巡查\nP0000002,违规,2025-05-01,,巡查\n"
    )
    assert good.status == "done" and good.result["created"] == 2 and good.done == good.total == 2
    assert await CreditEventRecord.all().count() == 2
    with pytest.raises(CreditError):
        async with in_transaction() as conn:
            await credit_tasks.start_event_import(
                conn, actor=OUTSIDER, region="demo", blob="x", size=1, now=NOW
            )


async def test_a_registry_file_is_imported_by_a_job_with_its_summary(
    database: str, blobs: LocalBlobStore
) -> None:
    async def registry_import(data: bytes) -> Task:
        key = await blobs.put(data)
        async with in_transaction() as conn:
            task = await registry_tasks.start_import(
                conn, what="institutions", actor=OFFICER, region="demo", blob=key, size=len(data), now=NOW
            )
        await runner(blobs).run_until_idle()
        return await Task.get(id=task.id)

    refused = await registry_import(csv_bytes(GOOD[0], "P1,,药店,,,,,,,,,", "X2,名称,火星,,,,,,,,,"))
    assert refused.status == "failed" and [p["line"] for p in refused.problems] == [3, 4]
    assert await Institution.all().count() == 0
    done = await registry_import(csv_bytes(*GOOD))
    assert done.status == "done" and done.result["created"] == 4 and done.result["what"] == "institutions"
    assert await Institution.filter(region="demo").count() == 4
    with pytest.raises(RegistryError) as forbidden:
        async with in_transaction() as conn:
            await registry_tasks.start_import(
                conn, what="practitioners", actor=OUTSIDER, region="demo", blob="x", size=1, now=NOW
            )
    assert forbidden.value.code == "forbidden"
