"""The demo's commitments (idempotent): the three demo templates published, a practitioner campaign over
the first institutions' practitioners with made-up ID numbers, and a third of them signed, so coverage
shows at once; one unsigned practitioner's details for the banner to try the H5 page with."""

from __future__ import annotations

import io
from datetime import datetime, timedelta

from PIL import Image, ImageDraw
from tortoise.backends.base.client import BaseDBAsyncClient

from commitments import campaigns, signing, templates
from commitments.models import Campaign, RosterEntry
from registry.models import Practitioner
from storage import kv as kvs
from storage.crypto import FieldCipher

DEMO_CAMPAIGN = "医保医师信用承诺（演示）"
DEMO_ACTOR = "cli:demo"
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def demo_id_number(n: int) -> str:
    """A made-up resident ID number with a valid check character (GB 11643) for person ``n``."""
    body = f"3205021990{(n // 1000) % 10000:04d}{n % 1000:03d}"[:17]
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, _WEIGHTS, strict=True)) % 11]


def demo_signature_png(width: int = 600, *, wave: int = 0) -> bytes:
    """A drawn-looking stroke on a transparent canvas, as the page's signature pad gives."""
    image = Image.new("RGBA", (width, 200), (0, 0, 0, 0))
    points = [(40, 60), (200, 150 - wave), (320, 50 + wave), (540, 160)]
    ImageDraw.Draw(image).line(points, fill=(0, 0, 0, 255), width=6)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _csv(people: list[Practitioner]) -> bytes:
    lines = ["签署人类别,人员编码,姓名,身份证号,机构编码"]
    lines += [f"医师,{p.code},{p.name},{demo_id_number(p.id)},{p.institution_code}" for p in people]
    return ("\n".join(lines) + "\n").encode()


async def seed_commitments_demo(
    conn: BaseDBAsyncClient, *, region: str, cipher: FieldCipher, now: datetime, people: int = 30
) -> dict[str, str] | None:
    """Seed once; the details (code, name, ID number) of an unsigned practitioner of the campaign."""
    campaign = await Campaign.filter(region=region, name=DEMO_CAMPAIGN).using_db(conn).first()
    if campaign is None:
        made = await templates.publish_demo_templates(conn, region=region, actor=DEMO_ACTOR, now=now)
        chosen = (
            await Practitioner.filter(region=region, status="active")
            .using_db(conn)
            .order_by("code")
            .limit(people)
        )
        if not chosen:
            return None
        campaign = await campaigns.open_campaign(
            conn, region=region, name=DEMO_CAMPAIGN, template_id=made["practitioner"].id,
            opens_at=now - timedelta(days=1), closes_at=now + timedelta(days=30),
            consequence={"kind": "credit_event", "event_kind": "agreement_breach"}, actor=DEMO_ACTOR, now=now,
        )  # fmt: skip
        await campaigns.import_roster(
            conn, campaign.id, data=_csv(chosen), cipher=cipher, actor=DEMO_ACTOR, now=now
        )
        kv = kvs.connect(None)
        by_code = {p.code: p for p in chosen}
        for n, entry in enumerate(
            await RosterEntry.filter(campaign_id=campaign.id).using_db(conn).order_by("id")
        ):
            if n % 3:
                continue
            openid, person = f"o-demo-signer-{n}", by_code[entry.party]
            await signing.bind(
                conn, kv, campaign_id=campaign.id, openid=openid, party=entry.party, name=entry.name,
                id_number=demo_id_number(person.id), cipher=cipher, now=now,
            )  # fmt: skip
            client = signing.Client(ip="198.51.100.1", user_agent="demo seed", session="demo")
            for kind in ("opened", "read"):
                await signing.record_view(
                    conn, roster_id=entry.id, openid=openid, kind=kind, client=client, cipher=cipher, now=now
                )
            await signing.sign(
                conn, roster_id=entry.id, openid=openid, image_png=demo_signature_png(wave=n % 40),
                idempotency_key=f"demo-seed-{campaign.id}-{entry.id}", client=client, cipher=cipher, now=now,
            )  # fmt: skip
    waiting = (
        await RosterEntry.filter(campaign_id=campaign.id, openid_index__isnull=True)
        .using_db(conn)
        .order_by("id")
        .first()
    )
    if waiting is None:
        return None
    found = await Practitioner.filter(code=waiting.party).using_db(conn).first()
    assert found is not None
    return {"code": waiting.party, "name": waiting.name, "id_number": demo_id_number(found.id)}
