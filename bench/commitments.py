"""Benchmark: commitment signing at the service layer (one process, no HTTP), the worker's PDF and the
verification of a PDF.

A fresh database (SQLite in a temp directory by default, or ``--postgres`` for a fresh PostgreSQL one,
dropped at the end) gets a region of institutions and practitioners, a practitioner campaign whose
roster (``--roster`` entries) is imported from one CSV (timed), then ``--signers`` practitioners bind
and sign at concurrency ``--concurrency``, each in its own transactions as the H5 handlers run them
(bind, opened, read, sign: latency p50/p99 of the whole signing, process CPU per signature). The worker
part renders and seals ``--pdfs`` PDFs (process CPU per PDF) and verifies each one (CPU per verify).

This measures the service and database work only: the HTTP edge (and its /healthz floor) is not in it;
``bench/credit.py`` shows that floor on the same machine.

    .venv/bin/python bench/commitments.py --quick
    .venv/bin/python bench/commitments.py --roster 20000 --signers 2000 --concurrency 50 --pdfs 200

The last line of stdout is one JSON object with every figure; progress goes to stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg
from measure import log, percentile, proc_cpu_seconds  # first: it takes bench/ off sys.path
from tortoise.transactions import in_transaction

from commitments import campaigns, documents, pdf, seal, signing, templates
from commitments.demo import demo_id_number, demo_signature_png
from registry.rows import InstitutionRow, PractitionerRow
from registry.service import upsert_institutions, upsert_practitioners
from storage import db
from storage import kv as kvs
from storage.blobs import LocalBlobStore
from storage.crypto import FieldCipher

NOW = datetime(2026, 4, 10, 2, 0, tzinfo=UTC)
ACTOR = "bench"


def cpu() -> float:
    return proc_cpu_seconds(os.getpid())


async def setup(roster: int, cipher: FieldCipher) -> tuple[int, float]:
    places = max(1, roster // 40)
    inst = [
        InstitutionRow.model_validate(
            {
                "code": f"P{i:07d}",
                "name": f"机构{i}",
                "kind": "clinic",
                "address": "示范路1号",
                "agreement_start": date(2020, 1, 1),
            }
        )
        for i in range(places)
    ]
    people = [
        PractitionerRow.model_validate(
            {
                "code": f"D{i:07d}",
                "name": f"医师{i}",
                "role": "医师",
                "institution_code": f"P{i % places:07d}",
            }
        )
        for i in range(roster)
    ]
    async with in_transaction() as conn:
        await upsert_institutions(conn, region="demo", rows=inst, now=NOW)
        await upsert_practitioners(conn, region="demo", rows=people, now=NOW)
        made = await templates.publish_demo_templates(conn, region="demo", actor=ACTOR, now=NOW)
        campaign = await campaigns.open_campaign(
            conn, region="demo", name="bench", template_id=made["practitioner"].id,
            opens_at=NOW - timedelta(days=1), closes_at=NOW + timedelta(days=30), consequence={}, actor=ACTOR,
            now=NOW,
        )  # fmt: skip
    lines = ["签署人类别,人员编码,姓名,身份证号,机构编码"]
    lines += [f"医师,D{i:07d},医师{i},{demo_id_number(i)},P{i % places:07d}" for i in range(roster)]
    started = time.perf_counter()
    async with in_transaction() as conn:
        await campaigns.import_roster(
            conn, campaign.id, data="\n".join(lines).encode(), cipher=cipher, actor=ACTOR, now=NOW
        )
    return campaign.id, time.perf_counter() - started


async def sign_one(campaign_id: int, n: int, cipher: FieldCipher, kv: Any, image: bytes) -> float:
    openid, client = f"o-bench-{n}", signing.Client(ip="203.0.113.9", user_agent="bench", session="b")
    started = time.perf_counter()
    async with in_transaction() as conn:
        entry = await signing.bind(
            conn, kv, campaign_id=campaign_id, openid=openid, party=f"D{n:07d}", name=f"医师{n}",
            id_number=demo_id_number(n), cipher=cipher, now=NOW,
        )  # fmt: skip
    for kind in ("opened", "read"):
        async with in_transaction() as conn:
            await signing.record_view(
                conn, roster_id=entry.id, openid=openid, kind=kind, client=client, cipher=cipher, now=NOW
            )
    async with in_transaction() as conn:
        await signing.sign(
            conn, roster_id=entry.id, openid=openid, image_png=image, idempotency_key=f"bench-{n:08d}",
            client=client, cipher=cipher, now=NOW,
        )  # fmt: skip
    return time.perf_counter() - started


async def run(args: argparse.Namespace, url: str, work: Path) -> dict[str, Any]:
    await db.migrate(url)
    await db.init_db(url)
    cipher, kv = FieldCipher(os.urandom(32)), kvs.connect(None)
    try:
        log(f"roster of {args.roster}")
        campaign_id, import_seconds = await setup(args.roster, cipher)
        image = demo_signature_png()
        gate = asyncio.Semaphore(args.concurrency)

        async def limited(n: int) -> float:
            async with gate:
                return await sign_one(campaign_id, n, cipher, kv, image)

        log(f"{args.signers} signers at concurrency {args.concurrency}")
        before, started = cpu(), time.perf_counter()
        latencies = sorted(await asyncio.gather(*(limited(n) for n in range(args.signers))))
        sign_wall, sign_cpu = time.perf_counter() - started, cpu() - before
        async with in_transaction() as conn:
            chain = await signing.verify_chain(conn, "demo")
        assert chain.valid and chain.records == args.signers

        keys = seal.ensure_demo_keys(work / "keys")
        renderer = documents.Renderer(base_url="https://fg.example.cn", font=pdf.DEFAULT_FONT, keys=keys)
        pdf.common_font(pdf.DEFAULT_FONT)  # made once per machine: not a per-PDF cost
        blobs = LocalBlobStore(work / "blobs")
        ids = list(range(1, args.pdfs + 1))
        log(f"{args.pdfs} PDFs")
        before = cpu()
        for sid in ids:
            async with in_transaction() as conn:
                await documents.render_signed(conn, sid, renderer=renderer, blobs=blobs)
        pdf_cpu = (cpu() - before) / len(ids)
        cert, verify_cpu, valid = keys.certificate_pem(), 0.0, 0
        for sid in ids:
            async with in_transaction() as conn:
                found = await signing.Signature.get(id=sid).using_db(conn)
                data = await documents.signed_pdf(conn, found.code, blobs=blobs)
                assert data is not None
                before = cpu()
                valid += (await documents.verify_pdf(conn, data, cert_pem=cert))["valid"]
                verify_cpu += cpu() - before
        assert valid == len(ids)
        return {
            "backend": "postgres" if url.startswith("postgres") else "sqlite",
            "roster": args.roster,
            "roster_import_seconds": round(import_seconds, 2),
            "signers": args.signers,
            "concurrency": args.concurrency,
            "sign_p50_ms": round(1000 * percentile(latencies, 0.50), 1),
            "sign_p99_ms": round(1000 * percentile(latencies, 0.99), 1),
            "signatures_per_second": round(args.signers / sign_wall, 1),
            "cpu_ms_per_signature": round(1000 * sign_cpu / args.signers, 1),
            "pdfs": args.pdfs,
            "cpu_ms_per_pdf": round(1000 * pdf_cpu, 1),
            "cpu_ms_per_verify": round(1000 * verify_cpu / len(ids), 1),
        }
    finally:
        await db.close_db()


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--roster", type=int, default=20_000)
    parser.add_argument("--signers", type=int, default=2_000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--pdfs", type=int, default=200)
    parser.add_argument("--postgres", action="store_true", help="a fresh PostgreSQL database (local server)")
    parser.add_argument("--quick", action="store_true", help="a smoke run: 400 on the roster, 100 signers")
    args = parser.parse_args()
    if args.quick:
        args.roster, args.signers, args.pdfs = 400, 100, 10
    args.signers, args.pdfs = min(args.signers, args.roster), min(args.pdfs, args.signers)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if not args.postgres:
            result = await run(args, f"sqlite://{work / 'bench.sqlite3'}", work)
        else:
            name = f"fundguard_bench_commitments_{uuid.uuid4().hex[:8]}"
            admin = await asyncpg.connect("postgres://postgres@127.0.0.1:5432/postgres")
            await admin.execute(f'CREATE DATABASE "{name}"')
            try:
                result = await run(args, f"postgres://postgres@127.0.0.1:5432/{name}", work)
            finally:
                await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                await admin.close()
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
