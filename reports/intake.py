"""Taking a report in: validation, the receipt code, deadlines from receipt, evidence rows.

One function for every channel (chat, mini-program, phone and walk-in entered by staff), so a rule
lives once. The caller owns the transaction; the report is committed before the receipt is shown.
"""

from __future__ import annotations

import json
import random
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from tortoise.backends.base.client import BaseDBAsyncClient

from kernel.clock import china_day
from reports.deadlines import due_date
from reports.errors import ReportError
from reports.identity import parse_id_number, parse_mobile
from reports.models import Report, ReportEvent, ReportEvidence, ReportMessage
from reports.receipts import format_receipt, new_receipt_code, receipt_hash
from reports.rules import CONSENT_VERSION, ReportRules
from storage.crypto import FieldCipher

Channel = Literal["wechat", "miniprogram", "phone", "walk_in", "mail", "grid"]
MAX_EVIDENCE = 9  # photos and voice notes together, at intake and added later alike
MESSAGE_LIMIT = 1000  # a reporter message's length (reports.queries.reporter_message)
# Added evidence closes with the case: nothing can change a decision already told to the reporter.
EVIDENCE_CLOSED = frozenset({"not_accepted", "informed"})
KIND_TITLES = {"image": "图片", "voice": "语音"}
CHANNEL_NAMES = {
    "wechat": "公众号",
    "miniprogram": "小程序",
    "phone": "电话",
    "walk_in": "来访",
    "mail": "信件",
    "grid": "网格监督员",  # a supervisor's finding, opened as a case by grid staff (grid.findings)
}


class Identity(BaseModel):
    model_config = ConfigDict(frozen=True)
    name: str = Field(min_length=2, max_length=32)
    id_number: str
    phone: str


class EvidenceRef(BaseModel):
    model_config = ConfigDict(frozen=True)
    kind: Literal["image", "voice"]
    source: Literal["wechat_media", "upload"]
    ref: str = Field(min_length=1, max_length=128)


# Lengths (after stripping) the service takes; the API's input models and its OpenAPI document use them.
TARGET_CHARS = (2, 128)
DESCRIPTION_CHARS = (10, 2000)

class ReportDraft(BaseModel):
    """What a reporter (or a clerk for them) has told us, before checks."""

    region: str
    category: str  # code, or the number shown in the list
    target_code: str | None = None
    target_name: str
    description: str
    evidence: list[EvidenceRef] = []
    location: dict[str, float | str] | None = None
    anonymous: bool = True
    identity: Identity | None = None
    sensitive_consent: bool = False
    channel: Channel = "wechat"
    # The rest of a description longer than the limit, kept as reporter messages (issue 16 item 5).
    supplement: str = Field(default="", max_length=20 * MESSAGE_LIMIT)


class Submitted(BaseModel):
    report_id: int
    receipt_code: str  # grouped for display; never stored
    status: str
    accept_by: str


def _checked_identity(identity: Identity | None, consent: bool) -> dict[str, str]:
    if identity is None:
        raise ReportError("bad_identity")
    if not consent:
        raise ReportError("consent_required")
    citizen = parse_id_number(identity.id_number)
    return {"name": identity.name.strip(), "id_number": citizen.number, "phone": parse_mobile(identity.phone)}


async def _store_evidence(conn: BaseDBAsyncClient, report_id: int, evidence: list[EvidenceRef]) -> None:
    for ev in evidence:
        await ReportEvidence.create(
            using_db=conn,
            report_id=report_id,
            kind=ev.kind,
            source=ev.source,
            ref=ev.ref,
            # An upload is already in the blob store: its ref is the attachment id.
            attachment_id=ev.ref if ev.source == "upload" else None,
        )


async def submit_report(
    conn: BaseDBAsyncClient,
    draft: ReportDraft,
    *,
    reporter: str | None,
    rules: ReportRules,
    cipher: FieldCipher,
    now: datetime,
    rng: random.Random | None = None,
    actor: str = "reporter",
) -> Submitted:
    """Check and store a report; return its receipt code (shown once, stored only as a hash).

    ``reporter`` is the sender's openid; it is kept (encrypted, plus a keyed index) only for named
    reports, so an anonymous report holds nothing that leads back to who sent it.
    """
    taxonomy = rules.taxonomy(draft.region)
    category = (
        taxonomy.by_number(int(draft.category))
        if draft.category.isdigit()
        else taxonomy.by_code(draft.category)
    )
    target = draft.target_name.strip()
    if not TARGET_CHARS[0] <= len(target) <= TARGET_CHARS[1]:
        raise ReportError("bad_target")
    description = draft.description.strip()
    if not DESCRIPTION_CHARS[0] <= len(description) <= DESCRIPTION_CHARS[1]:
        raise ReportError("bad_description")
    if len(draft.evidence) > MAX_EVIDENCE:
        raise ReportError("too_many_evidence")
    identity = None if draft.anonymous else _checked_identity(draft.identity, draft.sensitive_consent)

    code = new_receipt_code(rng=rng)
    policy = rules.policy(draft.region)
    accept_by = due_date(
        "accept_by", china_day(now), policy=policy, region=draft.region, calendar=rules.calendar
    )
    named = identity is not None and reporter is not None
    report = await Report.create(
        using_db=conn,
        region=draft.region,
        receipt_hash=receipt_hash(code, key=rules.receipt_key),
        category=category.code,
        target_party=category.targets[0],
        target_code=draft.target_code,
        target_name=target,
        description=description,
        location=draft.location,
        channel=draft.channel,
        anonymous=identity is None,
        reporter_index=cipher.blind_index(reporter) if named and reporter else None,
        reporter_openid_enc=cipher.encrypt(reporter, context="report.openid") if named and reporter else None,
        identity_enc=(
            cipher.encrypt(json.dumps(identity, ensure_ascii=False), context="report.identity")
            if identity
            else None
        ),
        consent_version=CONSENT_VERSION if identity else None,
        status="submitted",
        received_at=now,
        accept_by=accept_by,
    )
    await _store_evidence(conn, report.id, draft.evidence)
    await ReportEvent.create(
        using_db=conn,
        report_id=report.id,
        at=now,
        actor=actor,
        kind="submitted",
        status="submitted",
        note=f"收到举报（{CHANNEL_NAMES[draft.channel]}）",
    )
    rest = draft.supplement.strip()
    parts = [rest[i : i + MESSAGE_LIMIT] for i in range(0, len(rest), MESSAGE_LIMIT)]
    for n, part in enumerate(parts, 1):
        head = f"（举报经过续{n}/{len(parts)}）" if len(parts) > 1 else "（举报经过续）"
        await ReportMessage.create(
            using_db=conn, report_id=report.id, at=now, sender="reporter", body=head + part
        )
    return Submitted(
        report_id=report.id,
        receipt_code=format_receipt(code),
        status="submitted",
        accept_by=accept_by.isoformat(),
    )


async def attach_evidence(conn: BaseDBAsyncClient, *, report_id: int, ref: str, attachment_id: str) -> None:
    """Record that a piece of evidence has been fetched into the blob store."""
    await (
        ReportEvidence.filter(report_id=report_id, ref=ref).using_db(conn).update(attachment_id=attachment_id)
    )


async def add_evidence(
    conn: BaseDBAsyncClient, report: Report, evidence: list[EvidenceRef], *, now: datetime
) -> int:
    """Evidence the reporter sends after submitting (issue 16 item 7), under the intake's limits:
    at most ``MAX_EVIDENCE`` pieces per report in all. Returns how many the report now holds."""
    if report.status in EVIDENCE_CLOSED:
        raise ReportError("bad_transition", detail="这件举报已办结，不能再补充材料。")
    held = await ReportEvidence.filter(report_id=report.id).using_db(conn).count()
    if not evidence:
        raise ReportError("too_many_evidence", detail="请至少附上一个图片或语音。")
    if held + len(evidence) > MAX_EVIDENCE:
        left = MAX_EVIDENCE - held
        raise ReportError("too_many_evidence", detail=f"这件举报已有{held}个，还能补充{max(left, 0)}个。")
    await _store_evidence(conn, report.id, evidence)
    counts = {k: sum(1 for e in evidence if e.kind == k) for k in KIND_TITLES}
    what = "、".join(f"{KIND_TITLES[k]}{n}个" for k, n in counts.items() if n)
    await ReportEvent.create(
        using_db=conn,
        report_id=report.id,
        at=now,
        actor="reporter",
        kind="evidence_added",
        status=report.status,
        note=f"举报人补充证据材料（{what}）",
    )
    return held + len(evidence)
