"""Letter templates: a draft version may be edited; publishing fixes its text and hash for good."""

from __future__ import annotations

import hashlib
from datetime import datetime

from tortoise.backends.base.client import BaseDBAsyncClient

from commitments.access import Who, label_of, require
from commitments.errors import CommitmentError
from commitments.models import CommitmentTemplate
from commitments.texts import DEMO_TEXTS, KINDS
from storage import audit


def text_hash(title: str, body: str) -> str:
    """SHA-256 of the letter exactly as shown: the title, a newline, the body (UTF-8)."""
    return hashlib.sha256(f"{title}\n{body}".encode()).hexdigest()


async def create_draft(
    conn: BaseDBAsyncClient, *, region: str, kind: str, title: str, body: str, actor: Who, now: datetime
) -> CommitmentTemplate:
    """A new version of the region's letter of ``kind`` (the next number), unpublished."""
    require(actor, region)
    if kind not in KINDS:
        raise CommitmentError("bad_template", detail=f"类型应为：{'、'.join(KINDS)}")
    if not title.strip() or len(title) > 128 or len(body.strip()) < 20:
        raise CommitmentError("bad_template", detail="标题不能为空，正文至少20个字")
    last = (
        await CommitmentTemplate.filter(region=region, kind=kind).using_db(conn).order_by("-version").first()
    )
    return await CommitmentTemplate.create(
        using_db=conn,
        region=region,
        kind=kind,
        version=(last.version + 1) if last else 1,
        title=title,
        body=body,
        sha256=text_hash(title, body),
        created_at=now,
    )


async def edit_draft(
    conn: BaseDBAsyncClient, template_id: int, *, title: str, body: str, actor: Who
) -> CommitmentTemplate:
    template = await _get(conn, template_id, actor)
    if template.published_at is not None:
        raise CommitmentError("published")
    # The guard is in the UPDATE itself: a concurrent publish wins and this edit changes nothing.
    changed = (
        await CommitmentTemplate.filter(id=template.id, published_at__isnull=True)
        .using_db(conn)
        .update(title=title, body=body, sha256=text_hash(title, body))
    )
    if not changed:
        raise CommitmentError("published")
    return await _get(conn, template_id, actor)


async def publish(
    conn: BaseDBAsyncClient, template_id: int, *, actor: Who, now: datetime
) -> CommitmentTemplate:
    template = await _get(conn, template_id, actor)
    if template.published_at is None:
        await (
            CommitmentTemplate.filter(id=template.id, published_at__isnull=True)
            .using_db(conn)
            .update(published_at=now)
        )
        await audit.append(
            conn,
            actor=label_of(actor),
            action="commitments.template_published",
            subject=f"commitment_template:{template.id}",
            detail={"kind": template.kind, "version": template.version, "sha256": template.sha256},
            now=now,
        )
    return await _get(conn, template_id, actor)


async def list_templates(conn: BaseDBAsyncClient, *, region: str, actor: Who) -> list[CommitmentTemplate]:
    require(actor, region)
    return await CommitmentTemplate.filter(region=region).using_db(conn).order_by("kind", "version")


async def _get(conn: BaseDBAsyncClient, template_id: int, actor: Who) -> CommitmentTemplate:
    template = await CommitmentTemplate.filter(id=template_id).using_db(conn).first()
    if template is None:
        raise CommitmentError("not_found")
    require(actor, template.region)
    return template


def intact(template: CommitmentTemplate) -> bool:
    """The stored text still hashes to the stored hash (a changed row is caught on every signing)."""
    return text_hash(template.title, template.body) == template.sha256


async def publish_demo_templates(
    conn: BaseDBAsyncClient, *, region: str, actor: Who, now: datetime
) -> dict[str, CommitmentTemplate]:
    """Version 1 of each kind with POLICY §6's clauses, published (a region that has one keeps it)."""
    out: dict[str, CommitmentTemplate] = {}
    for kind, (title, body) in DEMO_TEXTS.items():
        found = (
            await CommitmentTemplate.filter(region=region, kind=kind)
            .using_db(conn)
            .order_by("version")
            .first()
        )
        if found is None:
            found = await create_draft(
                conn, region=region, kind=kind, title=title, body=body, actor=actor, now=now
            )
            found = await publish(conn, found.id, actor=actor, now=now)
        out[kind] = found
    return out
