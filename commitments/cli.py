"""``fundguard commitments …``: demo templates, imports (enterprises, identities, a roster), coverage,
and ``verify`` (a signed PDF, or every region's chain). Each prints one JSON object; ``verify`` exits 1
when anything fails."""

from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kernel.module import SubParsers


def add_actions(what: SubParsers) -> None:
    p = what.add_parser("templates-demo", help="发布三类承诺书的演示模板（第1版）")
    p.add_argument("--region", required=True)
    for action, text in (
        ("import-enterprises", "导入医药企业"),
        ("import-identities", "导入医务人员身份证号"),
    ):
        p = what.add_parser(action, help=text + "（CSV，全部正确才导入）")
        p.add_argument("file")
        p.add_argument("--region", required=True)
    p = what.add_parser("import-roster", help="导入签署名单（CSV，全部正确才导入）")
    p.add_argument("file")
    p.add_argument("--campaign", type=int, required=True)
    p = what.add_parser("coverage", help="签署覆盖率")
    p.add_argument("--campaign", type=int, required=True)
    p = what.add_parser("verify", help="核验签署的 PDF；不给文件时核验全部签署记录的散列链")
    p.add_argument("file", nargs="?")


def key_dir(settings: Any) -> Path:
    return Path(settings.COMMITMENTS_KEY_DIR or Path(settings.VAR_DIR) / "commitments")


async def run(args: argparse.Namespace, settings: Any) -> int:
    from tortoise.transactions import in_transaction

    from commitments import campaigns, documents, people, seal, signing, templates
    from kernel.cli import stored_command, who
    from storage.crypto import FieldCipher

    now = datetime.now(UTC)
    data = b""
    if getattr(args, "file", None):
        try:
            data = await asyncio.to_thread(Path(args.file).read_bytes)
        except OSError as exc:
            print(f"无法读取文件 {args.file}（{exc.strerror}）", file=sys.stderr)
            return 1
    cipher = FieldCipher(settings.field_key_bytes())
    verdict: dict[str, Any] = {}

    async def work(progress: Any) -> Any:
        async with in_transaction() as conn:
            if args.action == "templates-demo":
                made = await templates.publish_demo_templates(conn, region=args.region, actor=who(), now=now)
                return {k: {"id": t.id, "version": t.version, "sha256": t.sha256} for k, t in made.items()}
            if args.action == "import-enterprises":
                done = await people.import_enterprises(
                    conn, region=args.region, data=data, cipher=cipher, actor=who(), now=now
                )
                return done.as_dict()
            if args.action == "import-identities":
                done = await people.import_identities(
                    conn, region=args.region, data=data, cipher=cipher, actor=who(), now=now
                )
                return done.as_dict()
            if args.action == "import-roster":
                done = await campaigns.import_roster(
                    conn, args.campaign, data=data, cipher=cipher, actor=who(), now=now
                )
                return done.as_dict()
            if args.action == "coverage":
                return (await campaigns.coverage(conn, args.campaign, actor=None)).as_dict()
            if data:
                cert = seal.ensure_demo_keys(key_dir(settings)).certificate_pem()
                verdict.update(await documents.verify_pdf(conn, data, cert_pem=cert))
                return verdict
            reports = [
                (await signing.verify_chain(conn, r)).as_dict() for r in await signing.chain_regions(conn)
            ]
            verdict["valid"] = all(r["valid"] for r in reports)
            return {"valid": verdict["valid"], "regions": reports}

    code = await stored_command(str(settings.DATABASE_URL), work)
    if code == 0 and args.action == "verify" and not verdict.get("valid"):
        return 1
    return code
