"""Registry CSV imports (institutions, practitioners) started from the console as tasks: the file is
kept in the blob store, a job imports it with ``importer.import_file`` (all or nothing, upserts, so
running it again changes nothing) and the task keeps the progress, the summary or every bad row."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from kernel.actors import Actor
from registry.errors import ImportRejected, RegistryError
from registry.importer import What, import_file
from registry.service import REGISTRY_ROLES as REGISTRY_ROLES
from storage import tasks
from storage.blobs import BlobStore
from storage.jobs import JobHandler
from storage.models import Task

IMPORT_KINDS: dict[What, str] = {
    "institutions": "registry.import_institutions",
    "practitioners": "registry.import_practitioners",
}


async def start_import(
    conn: BaseDBAsyncClient, *, what: What, actor: Actor, region: str, blob: str, size: int, now: datetime
) -> Task:
    if not actor.has_any(REGISTRY_ROLES, region):
        raise RegistryError("forbidden")
    params = {"blob": blob, "bytes": size}
    return await tasks.start(
        conn, IMPORT_KINDS[what], region=region, requested_by=actor.label, params=params, now=now
    )


def refusal(exc: Exception) -> tuple[str, list[dict[str, Any]]] | None:
    """A refused file's message and every bad row (``{line, reasons}``); None for unexpected errors."""
    if isinstance(exc, ImportRejected):
        return exc.message, [{"line": p.line, "reasons": list(p.reasons)} for p in exc.problems]
    if isinstance(exc, RegistryError):
        return exc.message, []
    return None


def job_handlers(*, clock: Callable[[], datetime], blobs: BlobStore) -> dict[str, JobHandler]:
    def importer(what: What) -> JobHandler:
        async def work(task: Task, bar: tasks.TaskProgress) -> dict[str, Any]:
            data = await blobs.get(str(task.params["blob"]))
            async with in_transaction() as conn:
                summary = await import_file(
                    conn, what=what, region=task.region, data=data, now=clock(), progress=bar
                )
            return summary.as_dict()

        async def handle(payload: dict[str, Any]) -> None:
            await tasks.run(int(payload["task_id"]), clock=clock, work=work, refusal=refusal)

        return handle

    return {kind: importer(what) for what, kind in IMPORT_KINDS.items()}
