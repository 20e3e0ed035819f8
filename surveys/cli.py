"""``fundguard surveys …``: ``aggregate`` (one JSON object: each institution's satisfaction, sample,
held-out count and interval; publishes the indicators) and ``posters`` (a printable A4 PDF per
institution of the region, with a progress bar). Exit codes: 0 done, 1 refused."""

from __future__ import annotations

import argparse
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from tortoise.transactions import in_transaction

from kernel.progress import Progress
from registry.models import Institution
from surveys import posters, rules
from surveys.aggregate import aggregate

QrUrl = Callable[[str], Awaitable[str]]  # scene → the URL a permanent QR code of it holds


def add_actions(what: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = what.add_parser("aggregate", help="汇总一个地区一个期间的满意度，达到最低样本量的形成信用指标")
    p.add_argument("--region", required=True)
    p.add_argument("--period", required=True, help="YYYY (year) or YYYY-MM (month)")
    p.add_argument("--dry-run", action="store_true", help="print only; publish no indicator")
    p = what.add_parser("posters", help="为地区内每家定点机构生成满意度评价二维码海报（A4 PDF）")
    p.add_argument("--region", required=True)
    p.add_argument("--out", required=True, help="folder for <code>.pdf")
    p.add_argument("--code", action="append", help="only these institutions (repeatable)")


def scene_of(code: str) -> str:
    return f"survey:{code}"


async def run(
    args: argparse.Namespace, *, qr_url: QrUrl, now: datetime, progress: Progress
) -> dict[str, Any]:
    if args.action == "aggregate":
        async with in_transaction() as conn:
            return await aggregate(
                conn, region=args.region, period=args.period, now=now, publish=not args.dry_run
            )
    limit = rules.limits(args.region)
    font = posters.cjk_font()
    kinds = list(rules.questionnaires().institution_kinds)
    qs = Institution.filter(region=args.region, status="active", kind__in=kinds)
    if args.code:
        qs = qs.filter(code__in=[c.strip().upper() for c in args.code])
    found = await qs.order_by("code").values_list("code", "name")
    specs = [posters.PosterSpec(code, name, await qr_url(scene_of(code))) for code, name in found]
    written = posters.write_posters(
        specs, Path(args.out), line=limit.poster_line, font=font, progress=progress
    )
    return {"region": args.region, "posters": len(written), "out": str(Path(args.out))}
