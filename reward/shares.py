"""Who is paid what: the shares of a reward (one reporter, or a joint report split as the reporters
agreed, POLICY §3), payee identities sealed at rest, and the roll-up of a reward once every share is final.

Share statuses: proposed → offered → claimed → paying → paid, or declined / expired (final). Payee
identity columns are FieldCipher ciphertexts under the contexts below; ``payee_id_index`` is a blind
index of the ID number, so a claim finds its share without decrypting every row.
"""

from __future__ import annotations

import hmac
import json
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from tortoise.backends.base.client import BaseDBAsyncClient

from reports.errors import ReportError
from reports.identity import parse_id_number, parse_mobile
from reward import ledger
from reward.errors import RewardError
from reward.models import Reward, RewardShare
from storage.crypto import FieldCipher

NAME_CONTEXT = "reward.payee_name"  # the payee's name, plain text
ID_CONTEXT = "reward.payee_id"  # JSON {"id_number", "phone"}: the phone is optional
OPENID_CONTEXT = "reward.openid"  # the openid that claimed the share (and confirms the transfer)
FINAL = frozenset({"paid", "declined", "expired"})
MAX_PARTS = 10
NAME_CHARS = (2, 32)  # a payee's name, without spaces (the API's claim models use it too)
# WeChat Pay's smallest transfer is 0.1 yuan (WECHAT.md §5.2): every share must be payable on either rail.
MIN_SHARE_FEN = 10
SHARE_TITLES = {
    "proposed": "待审批",
    "offered": "待领取",
    "claimed": "已领取，待发放",
    "paying": "发放中",
    "paid": "已发放",
    "declined": "已放弃",
    "expired": "逾期未领取",
}
_DOTS = str.maketrans({c: "·" for c in "•‧・.．･"})


class SplitPart(BaseModel):
    """One reporter's part of a joint report. Part 0 is the report's own reporter: their identity comes
    from the report (named) or from their claim (anonymous), so it carries none here. Every other part
    names a co-reporter with their ID number (and a phone if they gave one)."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

    name: str | None = Field(default=None, min_length=2, max_length=32)
    id_number: str | None = Field(default=None, min_length=15, max_length=24)
    phone: str | None = Field(default=None, max_length=20)
    percent: Decimal | None = Field(default=None, gt=0, lt=100, decimal_places=2)
    fen: int | None = Field(default=None, gt=0)

    @model_validator(mode="after")
    def _one_measure(self) -> SplitPart:
        if (self.percent is None) == (self.fen is None):
            raise ValueError("give either percent or fen")
        return self


@dataclass(frozen=True)
class Payee:
    name: str
    id_number: str
    phone: str | None = None


def normalise_name(raw: str) -> str:
    """Names compare after NFKC, without spaces, with one kind of middle dot (阿依古丽·买买提)."""
    return "".join(unicodedata.normalize("NFKC", raw).split()).translate(_DOTS)


def checked_payee(name: str, id_number: str, phone: str | None, *, today: date) -> Payee:
    """A payee with a real-looking identity (GB 11643 check digit, a mainland mobile), or ``bad_identity``."""
    clean = normalise_name(name)
    if not NAME_CHARS[0] <= len(clean) <= NAME_CHARS[1]:
        raise RewardError("bad_identity", detail="姓名应为2–32个字。", field="name")
    try:
        number = parse_id_number(id_number, today=today).number
        mobile = parse_mobile(phone) if phone else None
    except ReportError as err:
        field = "phone" if err.code == "bad_phone" else "id_number"
        raise RewardError("bad_identity", detail=err.message, field=field) from None
    return Payee(clean, number, mobile)


def id_index(cipher: FieldCipher, id_number: str) -> str:
    # Domain-separated from the openid index that uses the same key.
    return cipher.blind_index(f"payee-id:{id_number}")


def seal(share: RewardShare, payee: Payee, *, cipher: FieldCipher) -> None:
    share.payee_name_enc = cipher.encrypt(payee.name, context=NAME_CONTEXT)
    card = {"id_number": payee.id_number, "phone": payee.phone}
    share.payee_id_enc = cipher.encrypt(json.dumps(card), context=ID_CONTEXT)
    share.payee_id_index = id_index(cipher, payee.id_number)


def payee_of(share: RewardShare, *, cipher: FieldCipher) -> Payee | None:
    if not share.payee_name_enc or not share.payee_id_enc:
        return None
    card = json.loads(cipher.decrypt(share.payee_id_enc, context=ID_CONTEXT))
    return Payee(cipher.decrypt(share.payee_name_enc, context=NAME_CONTEXT), card["id_number"], card["phone"])


def same_person(payee: Payee, name: str, id_number: str) -> bool:
    """Both the name and the ID number match, compared in constant time (both already normalised)."""
    return hmac.compare_digest(payee.id_number.encode(), id_number.encode()) & hmac.compare_digest(
        normalise_name(payee.name).encode(), name.encode()
    )


def openid_of(share: RewardShare, *, cipher: FieldCipher) -> str | None:
    return cipher.decrypt(share.openid_enc, context=OPENID_CONTEXT) if share.openid_enc else None


# -- the split ------------------------------------------------------------------------------------


def allocate(amount_fen: int, parts: list[SplitPart]) -> list[int]:
    """Each part's fen, summing exactly to ``amount_fen``.

    By fen: the parts as given, which must add up to the amount. By percent (two decimals, adding up to
    exactly 100): every part gets its percentage rounded down to the fen, and the fen left over go one
    each to the parts with the largest remainders, the earlier part first on a tie (the largest-remainder
    rule: the one place a joint reward's fen are rounded).
    """
    if all(p.fen is not None for p in parts):
        fens = [p.fen or 0 for p in parts]
        if sum(fens) != amount_fen:
            raise RewardError("bad_split", detail=f"各份金额之和应等于奖励金额{amount_fen}分。")
        return fens
    if any(p.percent is None for p in parts):
        raise RewardError("bad_split", detail="各份须同时按百分比或同时按金额分配。")
    points = [int((p.percent or Decimal(0)) * 100) for p in parts]  # hundredths of a percent
    if sum(points) != 100_00:
        raise RewardError("bad_split", detail="各份百分比之和应为100。")
    exact = [amount_fen * pt for pt in points]  # in 1/10000 fen
    fens = [e // 100_00 for e in exact]
    left = amount_fen - sum(fens)
    by_remainder = sorted(range(len(parts)), key=lambda i: (-(exact[i] % 100_00), i))
    for i in by_remainder[:left]:
        fens[i] += 1
    return fens


def checked_split(
    parts: list[SplitPart], *, amount_fen: int, reporter_id: str | None, today: date
) -> list[tuple[int, Payee | None]]:
    """(fen, co-reporter) for each part; part 0 is the report's reporter (no identity here)."""
    if not 2 <= len(parts) <= MAX_PARTS:
        raise RewardError("bad_split", detail=f"联合举报应有2–{MAX_PARTS}位举报人。")
    if parts[0].name or parts[0].id_number or parts[0].phone:
        raise RewardError(
            "bad_split", detail="第1份属于本举报的举报人，其身份以举报记录或领取时的核验为准，不必填写。"
        )
    payees: list[Payee | None] = [None]
    for n, part in enumerate(parts[1:], 2):
        if not part.name or not part.id_number:
            raise RewardError("bad_split", detail=f"第{n}份须填写共同举报人的姓名和身份证号码。")
        try:
            payees.append(checked_payee(part.name, part.id_number, part.phone, today=today))
        except RewardError as err:
            raise RewardError("bad_split", detail=f"第{n}份{err.message}") from None
    numbers = [p.id_number for p in payees if p] + ([reporter_id] if reporter_id else [])
    if len(set(numbers)) != len(numbers):
        raise RewardError("bad_split", detail="同一人不能分得两份。")
    fens = allocate(amount_fen, parts)
    if min(fens) < MIN_SHARE_FEN:
        raise RewardError("bad_split", detail=f"每份至少{MIN_SHARE_FEN}分（微信转账的最低金额）。")
    return list(zip(fens, payees, strict=True))


async def create_shares(
    conn: BaseDBAsyncClient,
    reward: Reward,
    split: list[tuple[int, Payee | None]] | None,
    *,
    cipher: FieldCipher | None,
) -> list[RewardShare]:
    """The shares of a proposed reward: the whole to the reporter, or the checked split."""
    plan = split or [(reward.amount_fen, None)]
    out = []
    for seq, (fen, payee) in enumerate(plan):
        share = RewardShare(reward_id=reward.id, seq=seq, amount_fen=fen, status="proposed")
        if payee is not None:
            assert cipher is not None  # checked by the caller: a split needs the cipher
            seal(share, payee, cipher=cipher)
        await share.save(using_db=conn)
        out.append(share)
    return out


async def shares_of(
    conn: BaseDBAsyncClient | None, reward_id: int, *, lock: bool = False
) -> list[RewardShare]:
    query = RewardShare.filter(reward_id=reward_id)
    if conn is not None:
        query = query.using_db(conn)
        if lock:
            query = query.select_for_update()
    return list(await query.order_by("seq"))


# -- leaving a share, and the reward's roll-up ------------------------------------------------------


def settled_status(shares: list[RewardShare]) -> str | None:
    """The reward's final status once every share is final: paid if anyone was paid, declined if
    everyone declined, otherwise expired. None while some share is still open."""
    if not shares or any(s.status not in FINAL for s in shares):
        return None
    statuses = {s.status for s in shares}
    if "paid" in statuses:
        return "paid"
    return "declined" if statuses == {"declined"} else "expired"


async def close_shares(
    conn: BaseDBAsyncClient,
    reward: Reward,
    shares: list[RewardShare],
    *,
    to: Literal["declined", "expired"],
    actor: str,
    now: datetime,
    detail: dict[str, object] | None = None,
) -> None:
    """Move ``shares`` (of the locked ``reward``) to a final status, roll the reward up if every share is
    final, and write one ledger entry for it all."""
    for share in shares:
        share.status = to
        share.version += 1
        await share.save(using_db=conn, update_fields=["status", "version"])
    before = reward.status
    rolled = settled_status(await shares_of(conn, reward.id))
    if rolled is not None and rolled != reward.status:
        reward.status = rolled
        reward.version += 1
        await reward.save(using_db=conn, update_fields=["status", "version"])
    ids = [s.id for s in shares]
    await ledger.append(
        conn,
        reward_id=reward.id,
        actor=actor,
        kind=to,
        from_status=before,
        to_status=reward.status,
        now=now,
        detail={**(detail or {}), "share_id": ids[0] if len(ids) == 1 else None, "share_ids": ids},
    )
