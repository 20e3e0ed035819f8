"""Campaigns: who must sign which published version in which window, their roster (from CSV, all or
nothing, or from the registry), coverage computed from the roster, and the window's close."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError
from tortoise.backends.base.client import BaseDBAsyncClient

from commitments.access import Who, label_of, require
from commitments.errors import CommitmentError
from commitments.events import COMMITMENT_UNSIGNED
from commitments.models import (
    Campaign,
    CommitmentTemplate,
    Enterprise,
    PractitionerIdentity,
    RosterEntry,
    Signature,
)
from commitments.people import ID_CONTEXT, Imported, parse
from commitments.rows import ENTERPRISE_KINDS, ROSTER_HEADERS, ROSTER_LABELS, RosterRow
from commitments.texts import LETTER_OF_SIGNER
from kernel import events
from registry.models import Institution, Practitioner
from storage import audit
from storage.crypto import FieldCipher


class Consequence(BaseModel):
    """What the window's close does to non-signers: ``credit_event`` records ``event_kind`` on the
    institution (one per institution and campaign); ``procurement_list`` hands the non-signer list to
    the procurement platform (the export); ``none`` only reports."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    kind: Literal["none", "credit_event", "procurement_list"] = "none"
    event_kind: Literal["agreement_breach", "violation"] = "agreement_breach"


async def open_campaign(
    conn: BaseDBAsyncClient,
    *,
    region: str,
    name: str,
    template_id: int,
    opens_at: datetime,
    closes_at: datetime,
    consequence: dict[str, Any],
    actor: Who,
    now: datetime,
) -> Campaign:
    require(actor, region)
    template = await CommitmentTemplate.filter(id=template_id, region=region).using_db(conn).first()
    if template is None:
        raise CommitmentError("not_found")
    if template.published_at is None:
        raise CommitmentError("not_published")
    if not name.strip() or closes_at <= opens_at or closes_at <= now:
        raise CommitmentError("bad_campaign", detail="名称不能为空，截止时间须晚于开始时间和现在")
    try:
        rule = Consequence.model_validate(consequence)
    except ValidationError:
        raise CommitmentError("bad_campaign", detail="未签署的处理方式无法识别") from None
    campaign = await Campaign.create(
        using_db=conn,
        region=region,
        name=name.strip(),
        template=template,
        opens_at=opens_at,
        closes_at=closes_at,
        consequence=rule.model_dump(),
        created_by=label_of(actor),
        created_at=now,
    )
    await audit.append(
        conn,
        actor=label_of(actor),
        action="commitments.campaign_opened",
        subject=f"commitment_campaign:{campaign.id}",
        detail={
            "template": template.id,
            "closes_at": closes_at.isoformat(),
            "consequence": rule.model_dump(),
        },
        now=now,
    )
    return campaign


async def open_in(conn: BaseDBAsyncClient, *, region: str, now: datetime) -> list[Campaign]:
    """The region's campaigns whose window is open now (what a signer may bind to)."""
    return (
        await Campaign.filter(region=region, opens_at__lte=now, closes_at__gt=now)
        .using_db(conn)
        .select_related("template")
        .order_by("closes_at")
    )


async def _campaign(conn: BaseDBAsyncClient, campaign_id: int, actor: Who | None) -> Campaign:
    campaign = await Campaign.filter(id=campaign_id).using_db(conn).select_related("template").first()
    if campaign is None:
        raise CommitmentError("not_found")
    if actor is not None:
        require(actor, campaign.region)
    return campaign


async def import_roster(
    conn: BaseDBAsyncClient, campaign_id: int, *, data: bytes, cipher: FieldCipher, actor: Who, now: datetime
) -> Imported:
    """Add a CSV roster to a campaign: any bad row refuses the file, every bad row named; a row
    already on the roster (same signer kind and code) is refused too, so a re-import is explicit."""
    campaign = await _campaign(conn, campaign_id, actor)
    parsed = parse(data, model=RosterRow, aliases=ROSTER_HEADERS, labels=ROSTER_LABELS)
    for n, row in parsed.rows:
        for problem in row.problems():
            parsed.problems.setdefault(n, []).append(problem)
        if LETTER_OF_SIGNER[row.signer_kind] != campaign.template.kind:
            parsed.problems.setdefault(n, []).append("签署人类别与本活动的承诺书类型不符")
    parsed.rows = [(n, r) for n, r in parsed.rows if n not in parsed.problems]
    first: dict[tuple[str, str], int] = {}
    for n, row in parsed.rows:
        key = (row.signer_kind, row.party)
        if key in first:
            parsed.problems.setdefault(n, []).append(f"与第{first[key]}行重复")
        first.setdefault(key, n)
    on_roster = {
        (e.signer_kind, e.party) for e in await RosterEntry.filter(campaign_id=campaign.id).using_db(conn)
    }
    codes = {r.institution_code or r.party for _, r in parsed.rows if r.signer_kind != "legal_rep"}
    known = {
        str(c)
        for c in await Institution.filter(region=campaign.region, code__in=list(codes))
        .using_db(conn)
        .values_list("code", flat=True)
    }
    for n, row in parsed.rows:
        if (row.signer_kind, row.party) in on_roster:
            parsed.problems.setdefault(n, []).append("已在本活动的名单中")
        place = row.institution_code or row.party
        if row.signer_kind != "legal_rep" and place not in known:
            parsed.problems.setdefault(n, []).append(f"机构编码「{place}」不在本地区的定点机构名单中")
    parsed.reject_if_bad()
    for _, row in parsed.rows:
        await RosterEntry.create(
            using_db=conn,
            campaign=campaign,
            signer_kind=row.signer_kind,
            party=row.party,
            name=row.name,
            institution_code=row.institution_code or (row.party if row.signer_kind == "principal" else None),
            enterprise_kind=row.enterprise_kind,
            grid=row.grid,
            id_number_enc=cipher.encrypt(row.id_number, context=ID_CONTEXT),
            id_index=cipher.blind_index(row.id_number),
        )
    await audit.append(
        conn,
        actor=label_of(actor),
        action="commitments.roster_imported",
        subject=f"commitment_campaign:{campaign.id}",
        detail={"rows": len(parsed.rows)},
        now=now,
    )
    return Imported(len(parsed.rows), len(parsed.rows), 0)


async def roster_from_registry(
    conn: BaseDBAsyncClient,
    campaign_id: int,
    *,
    institution_codes: list[str] | None = None,
    actor: Who,
    now: datetime,
) -> Imported:
    """Fill the roster from the registry: the active practitioners of the listed institutions (all of
    the region's when None) for a practitioner letter, their principals for an institution letter, the
    region's enterprises for an enterprise letter. Only people whose ID number is on file can bind;
    the others are named in the refusal (nothing added)."""
    campaign = await _campaign(conn, campaign_id, actor)
    region, kind = campaign.region, campaign.template.kind
    wanted: list[dict[str, Any]] = []
    if kind == "enterprise":
        for e in await Enterprise.filter(region=region).using_db(conn).order_by("uscc"):
            wanted.append(
                {
                    "signer_kind": "legal_rep",
                    "party": e.uscc,
                    "name": e.legal_rep,
                    "enterprise_kind": e.kind,
                    "id_number_enc": e.id_number_enc,
                    "id_index": e.id_index,
                    "label": e.name,
                }
            )
    else:
        places = Institution.filter(region=region, status="active")
        if institution_codes is not None:
            places = places.filter(code__in=institution_codes)
        grids = {p.code: p.grid for p in await places.using_db(conn)}
        if kind == "institution":
            subjects = {f"principal:{c}": (c, c) for c in grids}
        else:
            people = await Practitioner.filter(
                region=region, status="active", institution_code__in=list(grids)
            ).using_db(conn)
            subjects = {f"practitioner:{p.code}": (p.code, p.institution_code) for p in people}
        ids = {
            i.subject: i for i in await PractitionerIdentity.filter(subject__in=list(subjects)).using_db(conn)
        }
        for subject, (party, place) in sorted(subjects.items()):
            found = ids.get(subject)
            wanted.append(
                {
                    "signer_kind": subject.split(":")[0],
                    "party": party,
                    "institution_code": place,
                    "grid": grids.get(place),
                    "name": found.name if found else "",
                    "id_number_enc": found.id_number_enc if found else None,
                    "id_index": found.id_index if found else None,
                    "label": party,
                }
            )
    missing = [w["label"] for w in wanted if not w["id_index"]]
    if missing:
        raise CommitmentError(
            "bad_campaign", detail=f"以下 {len(missing)} 个签署人没有登记身份证号：{'、'.join(missing[:50])}"
        )
    on_roster = {
        (e.signer_kind, e.party) for e in await RosterEntry.filter(campaign_id=campaign.id).using_db(conn)
    }
    added = 0
    for w in wanted:
        if (w["signer_kind"], w["party"]) in on_roster:
            continue
        w.pop("label")
        await RosterEntry.create(using_db=conn, campaign=campaign, **w)
        added += 1
    await audit.append(
        conn,
        actor=label_of(actor),
        action="commitments.roster_from_registry",
        subject=f"commitment_campaign:{campaign.id}",
        detail={"added": added},
        now=now,
    )
    return Imported(len(wanted), added, 0)


@dataclass(frozen=True)
class Coverage:
    campaign_id: int
    roster: int
    signed: int
    bound: int
    by_institution: dict[str, dict[str, int]]
    by_enterprise_kind: dict[str, dict[str, int]]
    by_grid: dict[str, dict[str, int]]

    def as_dict(self) -> dict[str, Any]:
        return {
            "campaign_id": self.campaign_id,
            "roster": self.roster,
            "signed": self.signed,
            "bound": self.bound,
            "rate": _rate(self.signed, self.roster),
            "by_institution": self.by_institution,
            "by_enterprise_kind": self.by_enterprise_kind,
            "by_grid": self.by_grid,
        }


def _rate(signed: int, roster: int) -> float:
    return round(100 * signed / roster, 2) if roster else 0.0


def _groups(entries: list[RosterEntry], signed: set[int], key: str) -> dict[str, dict[str, int]]:
    total, done = Counter[str](), Counter[str]()
    for e in entries:
        value = getattr(e, key)
        if value is None:
            continue
        total[value] += 1
        done[value] += e.id in signed
    return {k: {"roster": total[k], "signed": done[k]} for k in sorted(total)}


async def signed_roster_ids(conn: BaseDBAsyncClient, campaign: Campaign) -> set[int]:
    """Roster entries with a standing (not voided) signature of the campaign's template version."""
    rows = (
        await Signature.filter(campaign_id=campaign.id, voided_at__isnull=True)
        .using_db(conn)
        .values_list("roster_id", flat=True)
    )
    return {int(str(r)) for r in rows}


async def coverage(conn: BaseDBAsyncClient, campaign_id: int, *, actor: Who | None) -> Coverage:
    """Signed / roster, computed from the roster (never typed in)."""
    campaign = await _campaign(conn, campaign_id, actor)
    entries = await RosterEntry.filter(campaign_id=campaign.id).using_db(conn)
    signed = await signed_roster_ids(conn, campaign)
    kinds = _groups(entries, signed, "enterprise_kind")
    return Coverage(
        campaign_id=campaign.id,
        roster=len(entries),
        signed=sum(e.id in signed for e in entries),
        bound=sum(e.openid_index is not None for e in entries),
        by_institution=_groups(entries, signed, "institution_code"),
        by_enterprise_kind={ENTERPRISE_KINDS[k]: v for k, v in kinds.items()},
        by_grid=_groups(entries, signed, "grid"),
    )


async def non_signers(conn: BaseDBAsyncClient, campaign_id: int, *, actor: Who | None) -> list[RosterEntry]:
    campaign = await _campaign(conn, campaign_id, actor)
    signed = await signed_roster_ids(conn, campaign)
    entries = await RosterEntry.filter(campaign_id=campaign.id).using_db(conn).order_by("id")
    return [e for e in entries if e.id not in signed]


async def close_due(conn: BaseDBAsyncClient, *, now: datetime) -> list[int]:
    """Apply the consequence of every campaign whose window has closed, once each: the guarded UPDATE
    lets one run claim a campaign, and each published fact has its own key."""
    applied: list[int] = []
    for campaign in await Campaign.filter(closes_at__lte=now, consequence_applied_at__isnull=True).using_db(
        conn
    ):
        claimed = (
            await Campaign.filter(id=campaign.id, consequence_applied_at__isnull=True)
            .using_db(conn)
            .update(consequence_applied_at=now)
        )
        if not claimed:
            continue
        rule = Consequence.model_validate(campaign.consequence)
        missing = await non_signers(conn, campaign.id, actor=None)
        if rule.kind == "credit_event":
            for code in sorted({e.institution_code for e in missing if e.institution_code}):
                await events.publish(
                    conn,
                    COMMITMENT_UNSIGNED,
                    {
                        "campaign_id": campaign.id,
                        "region": campaign.region,
                        "institution_code": code,
                        "event_kind": rule.event_kind,
                        "closes_on": campaign.closes_at.date().isoformat(),
                        "unsigned": sum(e.institution_code == code for e in missing),
                    },
                    key=f"{campaign.id}:{code}",
                    now=now,
                )
        await audit.append(
            conn,
            actor="job:commitments.close_windows",
            action="commitments.window_closed",
            subject=f"commitment_campaign:{campaign.id}",
            detail={"consequence": rule.kind, "non_signers": len(missing)},
            now=now,
        )
        applied.append(campaign.id)
    return applied
