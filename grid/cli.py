"""``fundguard grid import|locate|place``: a region's boundaries from GeoJSON, locating a point, and
placing the region's institutions in grids again (after a registry import). Each prints one JSON
object; a refusal prints every problem on stderr and exits 1."""

from __future__ import annotations

import argparse
import asyncio
import csv
import io
import sys
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from grid.errors import GridError
from kernel.cli import stored_command, who


def parse_payments(text: str) -> list[tuple[str, int]]:
    """``code,amount`` lines (amount in yuan, an optional header) → (code, fen); every bad line named."""
    rows: dict[str, int] = {}
    problems: list[str] = []
    for n, row in enumerate(csv.reader(io.StringIO(text)), 1):
        if not row or (n == 1 and not row[-1].strip().replace(".", "", 1).isdigit()):
            continue  # a blank line or the header
        try:
            code, amount = row[0].strip().upper(), Decimal(row[1].strip())
            if not code or amount < 0 or code in rows:
                raise ValueError
            rows[code] = int((amount * 100).to_integral_value())
        except (IndexError, ValueError, InvalidOperation):
            problems.append(f"第{n}行：应为“机构编码,金额（元）”，编码不重复，金额不为负")
    if problems or not rows:
        raise GridError("bad_payments", problems=problems or ["文件中没有数据"])
    return sorted(rows.items())


def add_actions(what: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = what.add_parser("import", help="导入一个地区的县区和网格边界（GeoJSON，替换原有网格）")
    p.add_argument("--region", required=True)
    p.add_argument("file", help="a GeoJSON FeatureCollection (UTF-8)")
    p = what.add_parser("locate", help="一个位置所在的网格和县区")
    p.add_argument("--region", required=True)
    p.add_argument("--lat", type=float, required=True)
    p.add_argument("--lng", type=float, required=True)
    p = what.add_parser("place", help="按位置把地区的机构重新归入网格")
    p.add_argument("--region", required=True)
    p = what.add_parser(
        "payments", help="导入一个期间各机构的医保基金支付额（CSV：机构编码,金额（元）），供抽查"
    )
    p.add_argument("--region", required=True)
    p.add_argument("--period", required=True, help="YYYY or YYYY-MM")
    p.add_argument("file")
    p = what.add_parser("sample", help="按抽查规则（支付额前30家必抽，至少10%%）抽取一个网格的机构")
    p.add_argument("--region", required=True)
    p.add_argument("--period", required=True)
    p.add_argument("--grid", help="a grid code (default: the whole region)")


async def run(database_url: str, args: argparse.Namespace) -> int:
    from tortoise.transactions import in_transaction

    from grid import service, tasks

    text = ""
    if args.action in ("import", "payments"):
        try:
            text = await asyncio.to_thread(Path(args.file).read_text, "utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            print(
                f"导入失败：无法读取文件 {args.file}（{getattr(exc, 'strerror', None) or exc}）",
                file=sys.stderr,
            )
            return 1

    async def work(progress: Any) -> dict[str, Any]:
        if args.action == "locate":
            found = await service.locate(args.region, lat=args.lat, lng=args.lng)
            return {"grid": found.grid, "county": found.county}
        if args.action == "sample":
            return await tasks.draw_sample(args.region, period=args.period, grid_code=args.grid)
        async with in_transaction() as conn:
            if args.action == "import":
                summary = await service.import_boundaries(
                    conn, region=args.region, text=text, by=who(), now=datetime.now(UTC)
                )
                return summary.as_json()
            if args.action == "payments":
                rows = parse_payments(text)
                count = await tasks.import_payments(conn, region=args.region, period=args.period, rows=rows)
                return {"region": args.region, "period": args.period, "institutions": count}
            placed = await service.place_institutions(
                conn, region=args.region, locator=await service.locator(args.region, conn)
            )
            return {"region": args.region, "institutions_placed": placed}

    return await stored_command(database_url, work)
