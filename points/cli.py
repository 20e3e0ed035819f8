"""``fundguard credit points|points-record|points-code``: a practitioner's standing with its explanation,
recording points decided by the bureau, and issuing the practitioner's access code (shown once).

Actions of the ``credit`` group, added by this package's manifest (one JSON object on stdout, refusals
on stderr). The parsers import nothing of the database, as ``credit simulate`` runs without one.
"""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime
from typing import Any

ACTIONS = ("points", "points-record", "points-code")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是日期，请写成 2026-03-01") from None


def add_actions(what: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = what.add_parser("points", help="医保医师（药师）记分：状态及说明（所有机构的记分）")
    p.add_argument("--practitioner", required=True, help="人员编码")
    p.add_argument("--as-of", type=_day, default=None, help="YYYY-MM-DD (default: today in China)")
    p = what.add_parser("points-record", help="记录一次记分（按地区的记分办法核对分值）")
    p.add_argument("--region", required=True)
    p.add_argument("--practitioner", required=True, help="人员编码")
    p.add_argument("--kind", required=True, help="记分事项，如 minor、moderate、deduct_3")
    p.add_argument("--points", type=int, required=True)
    p.add_argument("--decided-on", type=_day, required=True, help="记分决定日期 YYYY-MM-DD")
    p.add_argument("--notified-on", type=_day, default=None, help="通知日期 YYYY-MM-DD")
    p.add_argument("--months", type=int, default=None, help="暂停月数（达到暂停门槛时由经办机构确定）")
    p.add_argument("--summary", default="", help="一句话说明事实")
    p.add_argument("--institution", default=None, help="发生违规的机构编码（默认：人员登记的机构）")
    p.add_argument("--source", default="", help="依据，如检查文书编号")
    p = what.add_parser("points-code", help="发放人员查询记分的查询码（只显示一次，原查询码失效）")
    p.add_argument("--practitioner", required=True, help="人员编码")


async def run_stored(database_url: str, args: argparse.Namespace) -> int:
    """``fundguard credit points…``: one JSON object on stdout (the standing's lines before it)."""
    from kernel.cli import stored_command, who

    return await stored_command(database_url, lambda _: run(args, who=who(), now=datetime.now(UTC)))


async def run(args: argparse.Namespace, *, who: str, now: datetime) -> dict[str, Any]:
    from tortoise.transactions import in_transaction

    from kernel.clock import china_day
    from points import service as pp

    if args.action == "points":
        as_of = args.as_of or china_day(now)
        found = await pp.standing(args.practitioner, as_of=as_of, actor=who)
        for line in found.explanation:
            print(line)
        return pp.assessment_json(found, as_of=as_of)
    async with in_transaction() as conn:
        if args.action == "points-code":
            code = await pp.issue_access_code(conn, args.practitioner, actor=who, now=now)
            return {"practitioner": args.practitioner.strip().upper(), "access_code": code}
        made = await pp.record_points(
            conn,
            region=args.region,
            practitioner_code=args.practitioner,
            kind=args.kind,
            points_given=args.points,
            decided_on=args.decided_on,
            notified_on=args.notified_on,
            summary=args.summary,
            suspension_months=args.months,
            institution_code=args.institution,
            source=args.source,
            actor=who,
            now=now,
        )
    return pp.record_json(made)
