"""``fundguard import institutions|practitioners FILE --region R``: a bureau's registry export, all or
nothing (a file with any bad row stores nothing and lists every bad row, exit 1)."""

from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


def add_actions(what: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    for action, text in (("institutions", "定点医药机构"), ("practitioners", "医保医师、药师等人员")):
        p = what.add_parser(action, help=text)
        p.add_argument("file", help="CSV file with a header row")
        p.add_argument("--region", required=True, help="region code, e.g. demo")


async def run_stored(database_url: str, args: argparse.Namespace) -> int:
    from tortoise.transactions import in_transaction

    from kernel.cli import stored_command
    from registry.importer import import_file

    try:
        data = await asyncio.to_thread(Path(args.file).read_bytes)
    except OSError as exc:
        print(f"导入失败：无法读取文件 {args.file}（{exc.strerror}）", file=sys.stderr)
        return 1

    async def work(progress: Any) -> dict[str, Any]:
        async with in_transaction() as conn:
            summary = await import_file(
                conn,
                what="institutions" if args.action == "institutions" else "practitioners",
                region=args.region,
                data=data,
                now=datetime.now(UTC),
                progress=progress,
            )
        return summary.as_dict()

    return await stored_command(database_url, work)
