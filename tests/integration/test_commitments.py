"""Commitments on PostgreSQL and SQLite: templates, imports (all or nothing), binding, once-only
signing under races, the evidence chain, the sealed PDF and its verification, voiding, the window's
consequence (once, through credit's subscription) and reminders."""

from __future__ import annotations

import asyncio
import base64
from datetime import timedelta
from pathlib import Path

import pytest
from tortoise.transactions import in_transaction

from commitments import campaigns, documents, pdf, people, reminders, seal, signing, templates
from commitments.errors import CommitmentError
from commitments.events import COMMITMENT_UNSIGNED
from commitments.models import CommitmentTemplate, Enterprise, RosterEntry, Signature
from commitments.reminders import REMIND
from credit import jobs as credit_jobs
from credit.models import CreditEventRecord
from registry.errors import ImportRejected
from storage import kv as kvs
from storage.blobs import LocalBlobStore
from storage.kv import KV
from storage.models import Job
from tests.integration.commitments_kit import (
    CIPHER,
    NOW,
    bind,
    bound_and_signed,
    drawn_png,
    id_number,
    practitioner_campaign,
    read_letter,
    region_with_people,
    roster_csv,
    sign,
)
from tests.integration.credit_kit import OFFICER, OUTSIDER


@pytest.fixture
def kv() -> KV:
    return kvs.connect(None)


async def test_published_template_is_immutable_and_hashed(database: str) -> None:
    made = await region_with_people()
    letter = made["practitioner"]
    assert letter.published_at is not None and "实名就医" in letter.body
    assert letter.sha256 == templates.text_hash(letter.title, letter.body)
    async with in_transaction() as conn:
        with pytest.raises(CommitmentError) as err:
            await templates.edit_draft(conn, letter.id, title="改", body="改过的正文" * 10, actor=OFFICER)
        assert err.value.code == "published"
        draft = await templates.create_draft(
            conn,
            region="demo",
            kind="practitioner",
            title="信用承诺书",
            body="新版本正文" * 10,
            actor=OFFICER,
            now=NOW,
        )
    assert draft.version == 2 and draft.published_at is None
    stored = await CommitmentTemplate.get(id=letter.id)
    assert (stored.body, stored.sha256) == (letter.body, letter.sha256)
    async with in_transaction() as conn:
        with pytest.raises(CommitmentError) as err:
            await templates.publish(conn, letter.id, actor=OUTSIDER, now=NOW)
    assert err.value.code == "forbidden"


async def test_enterprises_import_checks_uscc_and_encrypts_the_id_number(database: str) -> None:
    header = "统一社会信用代码,企业名称,企业类型,法定代表人,法定代表人身份证号"
    good = [
        f"91350100M000100Y43,示范制药有限公司,药品生产企业,赵六,{id_number(7)}",
        "91110000600037341L,示范配送,配送企业,钱七,",
    ]
    bad = [*good, "91350100M000100Y44,校验错,配送企业,孙八,", "91110000600037341L,重复,耗材生产企业,周九,"]
    data = ("\n".join([header, *bad]) + "\n").encode()
    async with in_transaction() as conn:
        with pytest.raises(ImportRejected) as err:
            await people.import_enterprises(
                conn, region="demo", data=data, cipher=CIPHER, actor=OFFICER, now=NOW
            )
    assert [p.line for p in err.value.problems] == [4, 5]
    assert "GB 32100" in str(err.value.problems[0]) and "重复" in str(err.value.problems[1])
    assert not await Enterprise.exists()  # nothing stored half-way
    async with in_transaction() as conn:
        done = await people.import_enterprises(
            conn,
            region="demo",
            data=("\n".join([header, *good]) + "\n").encode(),
            cipher=CIPHER,
            actor=OFFICER,
            now=NOW,
        )
    assert done.created == 2
    maker = await Enterprise.get(uscc="91350100M000100Y43")
    assert maker.kind == "drug_maker" and maker.id_number_enc and id_number(7) not in maker.id_number_enc
    assert CIPHER.decrypt(maker.id_number_enc, context=people.ID_CONTEXT) == id_number(7)
    assert maker.id_index == CIPHER.blind_index(id_number(7))


async def test_roster_import_is_all_or_nothing_and_names_every_bad_row(database: str) -> None:
    campaign = await practitioner_campaign()
    assert await RosterEntry.filter(campaign_id=campaign.id).count() == 3
    lines = [
        f"医师,D0000009,赵六,{id_number(9)},P0000001",  # fine
        "医师,D0000010,钱七,110105194912310021,P0000001",  # bad check character
        f"医师,D0000011,孙八,{id_number(11)},P9999999",  # not an institution of the region
        f"医师,D0000001,张三,{id_number(1)},P0000001",  # already on the roster
        f"法定代表人,91350100M000100Y43,周九,{id_number(12)},",  # wrong letter kind for this campaign
    ]
    async with in_transaction() as conn:
        with pytest.raises(ImportRejected) as err:
            await campaigns.import_roster(
                conn, campaign.id, data=roster_csv(lines), cipher=CIPHER, actor=OFFICER, now=NOW
            )
    assert [p.line for p in err.value.problems] == [3, 4, 5, 6]
    assert await RosterEntry.filter(campaign_id=campaign.id).count() == 3


async def test_binding_refuses_wrong_id_or_stranger_and_is_throttled(database: str, kv: KV) -> None:
    campaign = await practitioner_campaign()
    for wrong in ({"id_number": id_number(2)}, {"name": "张三丰"}, {"party": "D0000099"}):
        with pytest.raises(CommitmentError) as err:
            await bind(kv, campaign, "o-mallory", 1, **wrong)
        assert err.value.code == "not_on_roster"
    entry = await bind(kv, campaign, "o-zhang", 1)
    assert entry.openid_index == CIPHER.blind_index("o-zhang") and entry.bound_at is not None
    assert (await bind(kv, campaign, "o-zhang", 1)).id == entry.id  # again: the same binding
    with pytest.raises(CommitmentError) as err:
        await bind(kv, campaign, "o-other", 1)  # one account per roster entry
    assert err.value.code == "already_bound"
    codes = []
    for _ in range(4):  # o-mallory has used 3 of 5 attempts
        try:
            await bind(kv, campaign, "o-mallory", 1, id_number=id_number(3))
        except CommitmentError as exc:
            codes.append(exc.code)
    assert codes == ["not_on_roster", "not_on_roster", "throttled", "throttled"]
    with pytest.raises(CommitmentError) as err:
        await bind(kv, campaign, "o-mallory", 2)  # even the right details, once throttled
    assert err.value.code == "throttled"


async def test_signing_needs_the_letter_read_and_a_real_drawing(database: str, kv: KV) -> None:
    campaign = await practitioner_campaign()
    entry = await bind(kv, campaign, "o-zhang")
    with pytest.raises(CommitmentError) as err:
        await sign(entry.id, "o-zhang", "key-unread-1")
    assert err.value.code == "not_read"
    await read_letter(entry.id, "o-zhang")
    with pytest.raises(CommitmentError) as err:
        await sign(entry.id, "o-other", "key-someone-else")
    assert err.value.code == "not_bound"
    async with in_transaction() as conn:
        with pytest.raises(CommitmentError) as err:
            await signing.sign(
                conn,
                roster_id=entry.id,
                openid="o-zhang",
                image_png=drawn_png(width=60),
                idempotency_key="k" * 10,
                client=signing.Client(),
                cipher=CIPHER,
                now=NOW,
            )
    assert err.value.code == "bad_signature"
    with pytest.raises(CommitmentError) as err:
        await sign(entry.id, "o-zhang", "key-too-late", now=campaign.closes_at)
    assert err.value.code == "window_closed"
    assert not await Signature.exists()


async def test_one_signature_per_signer_and_version_under_races_and_replays(database: str, kv: KV) -> None:
    campaign = await practitioner_campaign()
    entry = await bind(kv, campaign, "o-zhang")
    await read_letter(entry.id, "o-zhang")
    racing = await asyncio.gather(*(sign(entry.id, "o-zhang", f"key-race-{i}") for i in range(4)))
    assert len({s.id for s in racing}) == 1
    replay = await sign(entry.id, "o-zhang", racing[0].idempotency_key)
    assert replay.id == racing[0].id and replay.record_hash == racing[0].record_hash
    assert await Signature.all().count() == 1
    first = racing[0]
    assert first.evidence["template"]["sha256"] == (await CommitmentTemplate.get(id=first.template_id)).sha256
    assert first.evidence["signer"]["name"] == "张三" and first.evidence["client"]["ip"] == "203.0.113.7"
    assert first.evidence["openid_index"] == CIPHER.blind_index("o-zhang")
    assert [e["kind"] for e in first.evidence["timeline"]] == ["opened", "read", "signed"]
    assert await Job.filter(kind=signing.RENDER_PDF).count() == 1


async def test_chain_links_signatures_and_detects_a_changed_record(database: str, kv: KV) -> None:
    campaign = await practitioner_campaign()
    signed = [await bound_and_signed(kv, campaign, f"o-{n}", n) for n in (1, 2, 3)]
    assert [s.seq for s in signed] == [1, 2, 3]
    assert signed[1].prev_hash == signed[0].record_hash and signed[2].prev_hash == signed[1].record_hash
    async with in_transaction() as conn:
        assert (await signing.verify_chain(conn, "demo")).valid
    tampered = dict(signed[1].evidence, signed_at="2026-01-01T00:00:00+00:00")
    await Signature.filter(id=signed[1].id).update(evidence=tampered)
    async with in_transaction() as conn:
        report = await signing.verify_chain(conn, "demo")
        record = await signing.verify_record(conn, signed[1].code)
    assert [b["seq"] for b in report.broken] == [2] and report.broken[0]["problems"] == ["record_hash"]
    assert record["valid"] is False and record["problems"] == ["record_hash"]
    await Signature.filter(id=signed[1].id).delete()  # a removed record breaks its neighbour's link
    async with in_transaction() as conn:
        report = await signing.verify_chain(conn, "demo")
        after = await signing.verify_record(conn, signed[0].code)
    assert report.broken[0]["problems"] == ["sequence_gap", "prev_hash"]
    assert after["problems"] == ["next_link"]


async def test_sealed_pdf_verifies_and_any_change_or_void_fails(
    database: str, kv: KV, tmp_path: Path
) -> None:
    campaign = await practitioner_campaign()
    first = await bound_and_signed(kv, campaign, "o-zhang")
    keys = seal.ensure_demo_keys(tmp_path / "keys")
    renderer = documents.Renderer(base_url="https://fg.example.cn", font=pdf.DEFAULT_FONT, keys=keys)
    blobs = LocalBlobStore(tmp_path / "blobs")
    async with in_transaction() as conn:
        digest = await documents.render_signed(conn, first.id, renderer=renderer, blobs=blobs)
        assert await documents.render_signed(conn, first.id, renderer=renderer, blobs=blobs) == digest
        data = await documents.signed_pdf(conn, first.code, blobs=blobs)
    assert data is not None and await seal.check(data, keys.certificate_pem()) == []
    cert = keys.certificate_pem()
    async with in_transaction() as conn:
        verdict = await documents.verify_pdf(conn, data, cert_pem=cert)
    assert verdict["valid"] is True and verdict["signer"] == "张*" and verdict["failed"] == []
    changed = bytearray(data)
    changed[len(changed) // 2] ^= 0x01
    async with in_transaction() as conn:
        verdict = await documents.verify_pdf(conn, bytes(changed), cert_pem=cert)
    assert verdict["valid"] is False and "pdf_changed" in verdict["failed"]
    other = seal.ensure_demo_keys(tmp_path / "other").certificate_pem()
    async with in_transaction() as conn:
        verdict = await documents.verify_pdf(conn, data, cert_pem=other)  # not the bureau's certificate
    assert verdict["valid"] is False and "pdf_certificate" in verdict["failed"]
    await Signature.filter(id=first.id).update(image_png=base64.b64encode(drawn_png(500)).decode())
    async with in_transaction() as conn:
        verdict = await documents.verify_pdf(conn, data, cert_pem=cert)
    assert verdict["failed"] == ["image_sha256"]
    await Signature.filter(id=first.id).update(image_png=first.image_png)
    async with in_transaction() as conn:
        with pytest.raises(CommitmentError):
            await signing.void(conn, first.code, reason=" ", actor=OFFICER, now=NOW)
        await signing.void(conn, first.code, reason="签署人身份有误", actor=OFFICER, now=NOW)
        verdict = await documents.verify_pdf(conn, data, cert_pem=cert)
        cover = await campaigns.coverage(conn, campaign.id, actor=OFFICER)
    assert verdict["valid"] is False and verdict["voided"] is True and verdict["failed"] == ["voided"]
    assert cover.signed == 0


async def test_coverage_is_computed_from_the_roster(database: str, kv: KV) -> None:
    campaign = await practitioner_campaign()
    await bound_and_signed(kv, campaign, "o-1", 1)
    await bind(kv, campaign, "o-2", 2)
    async with in_transaction() as conn:
        cover = (await campaigns.coverage(conn, campaign.id, actor=OFFICER)).as_dict()
    assert (cover["roster"], cover["signed"], cover["bound"], cover["rate"]) == (3, 1, 2, 33.33)
    assert cover["by_institution"] == {
        "P0000001": {"roster": 2, "signed": 1},
        "P0000002": {"roster": 1, "signed": 0},
    }
    assert cover["by_grid"] == {}


async def test_window_close_applies_the_consequence_once_through_credit(database: str, kv: KV) -> None:
    campaign = await practitioner_campaign()
    await bound_and_signed(kv, campaign, "o-3", 3)  # P0000002's only practitioner signs
    later = campaign.closes_at + timedelta(minutes=1)
    async with in_transaction() as conn:
        assert await campaigns.close_due(conn, now=NOW) == []  # still open
        assert await campaigns.close_due(conn, now=later) == [campaign.id]
        assert await campaigns.close_due(conn, now=later) == []
    published = await Job.filter(kind=COMMITMENT_UNSIGNED)
    assert [(j.payload["institution_code"], j.payload["unsigned"]) for j in published] == [("P0000001", 2)]
    deliver = credit_jobs.job_handlers(clock=lambda: later)[COMMITMENT_UNSIGNED]
    await deliver(published[0].payload)
    await deliver(published[0].payload)  # at-least-once delivery: stored once
    stored = await CreditEventRecord.filter(origin="commitment")
    assert [(e.institution_code, e.kind) for e in stored] == [("P0000001", "agreement_breach")]


async def test_reminders_go_to_bound_non_signers_only(database: str, kv: KV) -> None:
    campaign = await practitioner_campaign()
    await bound_and_signed(kv, campaign, "o-1", 1)
    waiting = await bind(kv, campaign, "o-2", 2)
    async with in_transaction() as conn:
        sent = await reminders.send_reminders(conn, campaign.id, actor=OFFICER, now=NOW)
        again = await reminders.send_reminders(conn, campaign.id, actor=OFFICER, now=NOW)
    assert sent == {"queued": 1, "unbound_by_institution": {"P0000002": 1}}
    assert again["queued"] == 0  # once a day
    assert [j.payload["roster_id"] for j in await Job.filter(kind=REMIND)] == [waiting.id]


async def test_roster_from_registry_needs_identities(database: str) -> None:
    made = await region_with_people()
    async with in_transaction() as conn:
        campaign = await campaigns.open_campaign(
            conn, region="demo", name="主要负责人承诺", template_id=made["institution"].id,
            opens_at=NOW, closes_at=NOW + timedelta(days=10), consequence={}, actor=OFFICER, now=NOW,
        )  # fmt: skip
        with pytest.raises(CommitmentError) as err:
            await campaigns.roster_from_registry(conn, campaign.id, actor=OFFICER, now=NOW)
    assert "P0000001" in err.value.message and "P0000002" in err.value.message
    data = "\n".join(
        [
            "编码,类别,姓名,身份证号",
            f"P0000001,主要负责人,周一,{id_number(21)}",
            f"P0000002,负责人,吴二,{id_number(22)}",
            "",
        ]
    )
    async with in_transaction() as conn:
        await people.import_identities(
            conn, region="demo", data=data.encode(), cipher=CIPHER, actor=OFFICER, now=NOW
        )
        done = await campaigns.roster_from_registry(conn, campaign.id, actor=OFFICER, now=NOW)
    assert done.created == 2
    entries = await RosterEntry.filter(campaign_id=campaign.id).order_by("party")
    assert [(e.signer_kind, e.party, e.name, e.grid) for e in entries] == [
        ("principal", "P0000001", "周一", "G1"),
        ("principal", "P0000002", "吴二", "G1"),
    ]


async def test_only_staff_release_a_binding_and_then_another_account_binds(database: str, kv: KV) -> None:
    campaign = await practitioner_campaign()
    entry = await bind(kv, campaign, "o-old-phone")
    async with in_transaction() as conn:
        with pytest.raises(CommitmentError) as err:
            await signing.unbind(conn, entry.id, reason="换了手机", actor=OUTSIDER, now=NOW)
        assert err.value.code == "forbidden"
        await signing.unbind(conn, entry.id, reason="换了手机", actor=OFFICER, now=NOW)
    again = await bind(kv, campaign, "o-new-phone")
    assert again.id == entry.id and again.openid_index == CIPHER.blind_index("o-new-phone")


async def test_the_seal_carries_a_timestamp_from_the_configured_authority(tmp_path: Path) -> None:
    from aiohttp import web
    from aiohttp.test_utils import TestServer

    from simulator.tsa import setup_tsa

    app = web.Application()
    setup_tsa(app)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        keys = seal.ensure_demo_keys(tmp_path / "keys")
        letter = pdf.render(
            evidence=EVIDENCE,
            body="承诺正文" * 20,
            image_png=drawn_png(),
            record_hash="0" * 64,
            base_url="https://x",
        )
        url = str(server.make_url("/sim/tsa"))
        stamped = await asyncio.to_thread(seal.seal, letter, keys, tsa_url=url)
        plain = await asyncio.to_thread(seal.seal, letter, keys)
    finally:
        await server.close()
    assert seal.timestamped(stamped) and not seal.timestamped(plain)
    assert await seal.check(stamped, keys.certificate_pem()) == []


EVIDENCE = {
    "code": "0123456789abcdef",
    "template": {"title": "信用承诺书", "version": 1, "sha256": "0" * 64},
    "signer": {"name": "张三", "party": "D0000001", "kind": "practitioner"},
    "signed_at": "2026-04-10T10:00:00+08:00",
    "openid_index": "x",
    "image_sha256": "y",
    "client": {"ip": "203.0.113.7", "user_agent": "ua", "session": "s"},
    "region": "demo",
    "seq": 1,
    "timeline": [{"kind": "signed", "at": "2026-04-10T10:00:00+08:00"}],
}
