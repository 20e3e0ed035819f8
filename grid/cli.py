"""``fundguard grid import|locate|place``: a region's boundaries from GeoJSON, locating a point, and
placing the region's institutions in grids again (after a registry import). Each prints one JSON
object; a refusal prints every problem on stderr and exits 1."""

from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kernel.cli import stored_command, who


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


async def run(database_url: str, args: argparse.Namespace) -> int:
    from tortoise.transactions import in_transaction

    from grid import service

    text = ""
    if args.action == "import":
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
        async with in_transaction() as conn:
            if args.action == "import":
                summary = await service.import_boundaries(
                    conn, region=args.region, text=text, by=who(), now=datetime.now(UTC)
                )
                return summary.as_json()
            placed = await service.place_institutions(
                conn, region=args.region, locator=await service.locator(args.region, conn)
            )
            return {"region": args.region, "institutions_placed": placed}

    return await stored_command(database_url, work)
