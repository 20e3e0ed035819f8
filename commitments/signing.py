"""A signer's use cases: bind the WeChat account to a roster entry, open and read the letter, sign it
once (an idempotency key, one signature per signer and template version), and staff voiding.

The openid is kept only as a keyed hash (``openid_index``); the ID number only as its blind index and
ciphertext (in the roster).
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError

from commitments import drawing
from commitments.access import Who, label_of, require
from commitments.errors import CommitmentError
from commitments.evidence import GENESIS, ChainReport, Link, record_hash, walk
from commitments.models import Campaign, CommitmentTemplate, LetterEvent, RosterEntry, Signature
from commitments.rows import id_number_valid
from commitments.templates import intact
from storage import audit, jobs, ratelimit
from storage.crypto import FieldCipher
from storage.kv import KV

BIND_LIMIT, BIND_WINDOW_SECONDS = 5, 3600
OPENID_CONTEXT = "commitments.openid"
RENDER_PDF = "commitments.render_pdf"
_chain_lock = asyncio.Lock()  # SQLite has no advisory lock: one process serializes its own writers


@dataclass(frozen=True)
class Client:
    """Where a request came from (the evidence's client part)."""

    ip: str = ""
    user_agent: str = ""
    session: str = ""  # a hash of the session cookie, never the cookie


async def bind(
    conn: BaseDBAsyncClient,
    kv: KV,
    *,
    campaign_id: int,
    openid: str,
    party: str,
    name: str,
    id_number: str,
    cipher: FieldCipher,
    now: datetime,
) -> RosterEntry:
    """Bind ``openid`` to the roster entry whose code, name and ID number match (throttled per
    account). One account per entry: an entry bound to another account is refused."""
    me = cipher.blind_index(openid)
    if not await ratelimit.allow(
        kv, f"commit-bind:{me}", limit=BIND_LIMIT, window_seconds=BIND_WINDOW_SECONDS, now=now.timestamp()
    ):
        raise CommitmentError("throttled")
    number = id_number.strip().upper()
    entry = None
    if id_number_valid(number):
        entry = (
            await RosterEntry.filter(
                campaign_id=campaign_id,
                party=party.strip().upper(),
                id_index=cipher.blind_index(number),
                name=name.strip(),
            )
            .using_db(conn)
            .first()
        )
    if entry is None:
        raise CommitmentError("not_on_roster")
    if entry.openid_index == me:
        return entry
    if entry.openid_index is not None:
        raise CommitmentError("already_bound")
    taken = (
        await RosterEntry.filter(id=entry.id, openid_index__isnull=True)
        .using_db(conn)
        .update(openid_index=me, openid_enc=cipher.encrypt(openid, context=OPENID_CONTEXT), bound_at=now)
    )
    if not taken:
        raise CommitmentError("already_bound")
    entry.openid_index, entry.bound_at = me, now
    return entry


async def unbind(conn: BaseDBAsyncClient, roster_id: int, *, reason: str, actor: Who, now: datetime) -> None:
    """Staff release an entry's account so its person can bind again (audited)."""
    entry = await RosterEntry.filter(id=roster_id).using_db(conn).select_related("campaign").first()
    if entry is None:
        raise CommitmentError("not_found")
    require(actor, entry.campaign.region)
    if not reason.strip():
        raise CommitmentError("bad_void")
    await (
        RosterEntry.filter(id=entry.id)
        .using_db(conn)
        .update(openid_index=None, openid_enc=None, bound_at=None)
    )
    await audit.append(
        conn,
        actor=label_of(actor),
        action="commitments.unbound",
        subject=f"commitment_roster:{entry.id}",
        detail={"reason": reason.strip()},
        now=now,
    )


@dataclass(frozen=True)
class Letter:
    roster_id: int
    campaign: str
    kind: str
    title: str
    body: str
    sha256: str
    closes_at: datetime
    signature_code: str | None


async def letters_of(
    conn: BaseDBAsyncClient, *, openid: str, cipher: FieldCipher, now: datetime
) -> list[Letter]:
    """What the account's bound roster entries must sign in open windows, and what they signed."""
    entries = (
        await RosterEntry.filter(
            openid_index=cipher.blind_index(openid), campaign__opens_at__lte=now, campaign__closes_at__gt=now
        )
        .using_db(conn)
        .select_related("campaign__template")
        .order_by("id")
    )
    signed = {
        s.roster_id: s.code
        for s in await Signature.filter(
            roster_id__in=[e.id for e in entries], voided_at__isnull=True
        ).using_db(conn)
    }
    return [
        Letter(
            roster_id=e.id,
            campaign=e.campaign.name,
            kind=e.campaign.template.kind,
            title=e.campaign.template.title,
            body=e.campaign.template.body,
            sha256=e.campaign.template.sha256,
            closes_at=e.campaign.closes_at,
            signature_code=signed.get(e.id),
        )
        for e in entries
    ]


async def _own_entry(
    conn: BaseDBAsyncClient, roster_id: int, openid: str, cipher: FieldCipher
) -> RosterEntry:
    entry = await RosterEntry.filter(id=roster_id).using_db(conn).select_related("campaign__template").first()
    if entry is None or entry.openid_index != cipher.blind_index(openid):
        raise CommitmentError("not_bound")
    return entry


async def record_view(
    conn: BaseDBAsyncClient,
    *,
    roster_id: int,
    openid: str,
    kind: str,
    client: Client,
    cipher: FieldCipher,
    now: datetime,
) -> None:
    """The timeline before signing: ``opened`` (the letter shown) and ``read`` (scrolled to its end)."""
    if kind not in ("opened", "read"):
        raise CommitmentError("bad_signature")
    entry = await _own_entry(conn, roster_id, openid, cipher)
    await LetterEvent.create(
        using_db=conn,
        roster=entry,
        kind=kind,
        at=now,
        client_ip=client.ip[:64],
        user_agent=client.user_agent[:255],
    )


async def _lock_chain(conn: BaseDBAsyncClient, region: str) -> None:
    if conn.schema_generator.DIALECT == "postgres":
        key = int.from_bytes(
            hashlib.sha256(f"commitments:{region}".encode()).digest()[:8], "big", signed=True
        )
        await conn.execute_query("SELECT pg_advisory_xact_lock($1)", [key])


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds")


async def sign(
    conn: BaseDBAsyncClient,
    *,
    roster_id: int,
    openid: str,
    image_png: bytes,
    idempotency_key: str,
    client: Client,
    cipher: FieldCipher,
    now: datetime,
) -> Signature:
    """Store the signature of the entry's letter, once: a repeated key, or a second submission of the
    same signer and version, returns the first signature unchanged."""
    if not 8 <= len(idempotency_key) <= 64:
        raise CommitmentError("bad_key")
    entry = await _own_entry(conn, roster_id, openid, cipher)
    campaign: Campaign = entry.campaign
    template: CommitmentTemplate = campaign.template
    signer = f"{entry.signer_kind}:{entry.party}"
    earlier = await _earlier(conn, idempotency_key, template.id, signer)
    if earlier is not None:
        return earlier
    if not campaign.opens_at <= now < campaign.closes_at:
        raise CommitmentError("window_closed")
    timeline = await LetterEvent.filter(roster_id=entry.id).using_db(conn).order_by("at", "id")
    if not any(e.kind == "read" for e in timeline):
        raise CommitmentError("not_read")
    image_sha256 = drawing.check(image_png)
    if template.published_at is None or not intact(template):
        raise CommitmentError("not_published")
    async with _chain_lock:
        await _lock_chain(conn, campaign.region)
        earlier = await _earlier(conn, idempotency_key, template.id, signer)
        if earlier is not None:
            return earlier
        last = await Signature.filter(region=campaign.region).using_db(conn).order_by("-seq").first()
        seq, prev = (last.seq + 1, last.record_hash) if last else (1, GENESIS)
        code = secrets.token_hex(8)
        evidence: dict[str, Any] = {
            "v": 1,
            "code": code,
            "region": campaign.region,
            "seq": seq,
            "campaign": {"id": campaign.id, "name": campaign.name},
            "template": {
                "id": template.id,
                "kind": template.kind,
                "version": template.version,
                "title": template.title,
                "sha256": template.sha256,
            },
            "signer": {
                "roster_id": entry.id,
                "kind": entry.signer_kind,
                "party": entry.party,
                "name": entry.name,
                "id_index": entry.id_index,
                "institution_code": entry.institution_code,
                "bound_at": _iso(entry.bound_at) if entry.bound_at else None,
            },
            "openid_index": entry.openid_index,
            "image_sha256": image_sha256,
            "client": {"ip": client.ip, "user_agent": client.user_agent[:255], "session": client.session},
            "timeline": [{"kind": e.kind, "at": _iso(e.at), "ip": e.client_ip} for e in timeline]
            + [{"kind": "signed", "at": _iso(now), "ip": client.ip}],
            "signed_at": _iso(now),
            "idempotency_key": idempotency_key,
        }
        try:
            created = await Signature.create(
                using_db=conn,
                code=code,
                region=campaign.region,
                seq=seq,
                campaign=campaign,
                roster=entry,
                template=template,
                signer=signer,
                idempotency_key=idempotency_key,
                evidence=evidence,
                image_png=base64.b64encode(image_png).decode(),
                prev_hash=prev,
                record_hash=record_hash(prev, evidence),
                signed_at=now,
            )
        except IntegrityError:  # only where the lock does not reach (another SQLite process)
            earlier = await _earlier(conn, idempotency_key, template.id, signer)
            if earlier is None:
                raise
            return earlier
        await jobs.enqueue(
            conn, RENDER_PDF, {"signature_id": created.id}, now=now, dedup_key=f"{RENDER_PDF}:{created.id}"
        )
        return created


async def _earlier(conn: BaseDBAsyncClient, key: str, template_id: int, signer: str) -> Signature | None:
    found = await Signature.filter(idempotency_key=key).using_db(conn).first()
    if found is not None:
        return found
    return await Signature.filter(template_id=template_id, signer=signer).using_db(conn).first()


async def void(conn: BaseDBAsyncClient, code: str, *, reason: str, actor: Who, now: datetime) -> Signature:
    """Staff void a signature with a reason (audited); it stays in the chain and verifies as voided."""
    found = await Signature.filter(code=code).using_db(conn).first()
    if found is None:
        raise CommitmentError("not_found")
    require(actor, found.region)
    if not reason.strip() or len(reason) > 255:
        raise CommitmentError("bad_void")
    if found.voided_at is None:
        await (
            Signature.filter(id=found.id, voided_at__isnull=True)
            .using_db(conn)
            .update(voided_at=now, void_reason=reason.strip())
        )
        await audit.append(
            conn,
            actor=label_of(actor),
            action="commitments.signature_voided",
            subject=f"commitment_signature:{found.id}",
            detail={"code": code, "reason": reason.strip()},
            now=now,
        )
    refreshed = await Signature.filter(id=found.id).using_db(conn).first()
    assert refreshed is not None
    return refreshed


def image_hash(signature: Signature) -> str:
    return hashlib.sha256(base64.b64decode(signature.image_png)).hexdigest()


def _link(s: Signature) -> Link:
    return Link(s.seq, s.code, s.evidence, image_hash(s), s.prev_hash, s.record_hash)


async def verify_chain(conn: BaseDBAsyncClient, region: str) -> ChainReport:
    rows = await Signature.filter(region=region).using_db(conn).order_by("seq")
    return walk(region, (_link(s) for s in rows))


async def chain_regions(conn: BaseDBAsyncClient) -> list[str]:
    return sorted({str(r) for r in await Signature.all().using_db(conn).values_list("region", flat=True)})


def mask_name(name: str) -> str:
    return name[0] + "*" * (len(name) - 1) if len(name) > 1 else "*"


async def verify_record(conn: BaseDBAsyncClient, code: str) -> dict[str, Any]:
    """One record as the public page and the PDF check show it: masked name, template, time, and
    whether it stands (its own hash, its image, and its links to both neighbours)."""
    found = await Signature.filter(code=code).using_db(conn).first()
    if found is None:
        raise CommitmentError("not_found")
    problems: list[str] = []
    if record_hash(found.prev_hash, found.evidence) != found.record_hash:
        problems.append("record_hash")
    if found.evidence.get("image_sha256") != image_hash(found):
        problems.append("image_sha256")
    before = await Signature.filter(region=found.region, seq=found.seq - 1).using_db(conn).first()
    if (before.record_hash if before else GENESIS) != found.prev_hash:
        problems.append("prev_hash")
    after = (
        await Signature.filter(region=found.region, seq__gt=found.seq).using_db(conn).order_by("seq").first()
    )
    if after is not None and (after.seq != found.seq + 1 or after.prev_hash != found.record_hash):
        problems.append("next_link")
    template = found.evidence.get("template", {})
    return {
        "code": found.code,
        "valid": not problems and found.voided_at is None,
        "voided": found.voided_at is not None,
        "void_reason": found.void_reason,
        "signer": mask_name(str(found.evidence.get("signer", {}).get("name", ""))),
        "template": f"{template.get('title', '')}（第{template.get('version', '')}版）",
        "template_sha256": template.get("sha256"),
        "signed_at": found.evidence.get("signed_at"),
        "record_hash": found.record_hash,
        "problems": problems,
    }
