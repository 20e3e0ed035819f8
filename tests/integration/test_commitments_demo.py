"""The demo's commitments (`fundguard demo`): a practitioner campaign with a third signed, coverage
from its roster, an unsigned practitioner who can bind with the printed details; seeding twice adds
nothing."""

from __future__ import annotations

from tortoise.transactions import in_transaction

from commitments import campaigns, signing
from commitments.models import Campaign, CommitmentTemplate, Signature
from server.seed import seed_commitments, seed_demo
from storage import kv as kvs
from tests.integration.commitments_kit import CIPHER, NOW


async def test_the_demo_seeds_a_campaign_with_signatures_and_a_signer_to_try(database: str) -> None:
    await seed_demo()
    signer = await seed_commitments(CIPHER)
    assert signer is not None
    (campaign,) = await Campaign.all()
    async with in_transaction() as conn:
        cover = await campaigns.coverage(conn, campaign.id, actor=None)
        chain = await signing.verify_chain(conn, "demo")
    assert cover.roster == 30 and cover.signed == 10 and cover.by_institution
    assert chain.valid and chain.records == 10
    assert await CommitmentTemplate.filter(published_at__not_isnull=True).count() == 3
    assert await seed_commitments(CIPHER) == signer
    assert await Signature.all().count() == 10
    async with in_transaction() as conn:
        entry = await signing.bind(
            conn,
            kvs.connect(None),
            campaign_id=campaign.id,
            openid="o-visitor",
            cipher=CIPHER,
            now=NOW,
            party=signer["code"],
            name=signer["name"],
            id_number=signer["id_number"],
        )
    assert entry.party == signer["code"]
