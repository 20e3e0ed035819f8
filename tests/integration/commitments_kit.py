"""Factories for the commitments tests: a region with institutions and practitioners, the demo
templates, a practitioner campaign with its roster, a drawn signature, valid ID numbers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise.transactions import in_transaction

from commitments import campaigns, signing, templates
from commitments.demo import demo_id_number, demo_signature_png
from commitments.models import Campaign, CommitmentTemplate
from commitments.signing import Client
from registry.rows import PractitionerRow
from registry.service import upsert_practitioners
from storage.crypto import FieldCipher
from storage.kv import KV
from tests.integration.credit_kit import OFFICER, places

NOW = datetime(2026, 4, 10, 2, 0, tzinfo=UTC)
CIPHER = FieldCipher(b"k" * 32)
CLIENT = Client(ip="203.0.113.7", user_agent="Mozilla/5.0 (iPhone) MicroMessenger/8.0", session="s" * 16)


def id_number(n: int) -> str:
    """A valid resident ID number (GB 11643 check character) for person ``n``."""
    return demo_id_number(n)


def drawn_png(width: int = 600) -> bytes:
    return demo_signature_png(width)


PEOPLE = [
    ("D0000001", "张三", "P0000001"),
    ("D0000002", "李四", "P0000001"),
    ("D0000003", "王五", "P0000002"),
]


async def region_with_people() -> dict[str, CommitmentTemplate]:
    await places("P0000001", "P0000002", grid="G1")
    rows = [
        PractitionerRow.model_validate({"code": c, "name": n, "role": "医师", "institution_code": i})
        for c, n, i in PEOPLE
    ]
    async with in_transaction() as conn:
        await upsert_practitioners(conn, region="demo", rows=rows, now=NOW)
        return await templates.publish_demo_templates(conn, region="demo", actor=OFFICER, now=NOW)


def roster_csv(lines: list[str] | None = None) -> bytes:
    if lines is None:
        lines = [f"医师,{c},{n},{id_number(k)},{i}" for k, (c, n, i) in enumerate(PEOPLE, 1)]
    return ("\r\n".join(["签署人类别,人员编码,姓名,身份证号,机构编码", *lines]) + "\r\n").encode("utf-8-sig")


async def practitioner_campaign(consequence: dict[str, Any] | None = None) -> Campaign:
    made = await region_with_people()
    async with in_transaction() as conn:
        campaign = await campaigns.open_campaign(
            conn,
            region="demo",
            name="2026年医保医师信用承诺",
            template_id=made["practitioner"].id,
            opens_at=NOW - timedelta(days=1),
            closes_at=NOW + timedelta(days=30),
            consequence=consequence or {"kind": "credit_event", "event_kind": "agreement_breach"},
            actor=OFFICER,
            now=NOW,
        )
        await campaigns.import_roster(
            conn, campaign.id, data=roster_csv(), cipher=CIPHER, actor=OFFICER, now=NOW
        )
    return campaign


async def bind(kv: KV, campaign: Campaign, openid: str, person: int = 1, **overrides: str) -> Any:
    code, name, _ = PEOPLE[person - 1]
    values = {"party": code, "name": name, "id_number": id_number(person)} | overrides
    async with in_transaction() as conn:
        return await signing.bind(
            conn, kv, campaign_id=campaign.id, openid=openid, cipher=CIPHER, now=NOW, **values
        )


async def read_letter(roster_id: int, openid: str) -> None:
    for kind in ("opened", "read"):
        async with in_transaction() as conn:
            await signing.record_view(
                conn, roster_id=roster_id, openid=openid, kind=kind, client=CLIENT, cipher=CIPHER, now=NOW
            )


async def sign(roster_id: int, openid: str, key: str, *, now: datetime = NOW) -> Any:
    async with in_transaction() as conn:
        return await signing.sign(
            conn,
            roster_id=roster_id,
            openid=openid,
            image_png=drawn_png(),
            idempotency_key=key,
            client=CLIENT,
            cipher=CIPHER,
            now=now,
        )


async def bound_and_signed(kv: KV, campaign: Campaign, openid: str, person: int = 1) -> Any:
    entry = await bind(kv, campaign, openid, person)
    await read_letter(entry.id, openid)
    return await sign(entry.id, openid, f"key-for-{openid}")
