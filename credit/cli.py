"""``fundguard credit …``: simulate a scheme on a file (no database), and the stored evaluation work:
evaluate, publish, runs, explain, facts, notices, import-events, import-indicators; and practitioner
points (``points.cli``).

Simulation needs no settings and no database (``server.cli`` dispatches it before loading settings),
so an officer can compare schemes on a laptop. Exit codes: 0 done, 1 refused (bad file rows, not
found), 2 bad input (facts, scheme).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from credit.engine.facts import Facts, parse_facts
from credit.engine.grading import grade_institutions
from credit.engine.schemes import builtin_names, load_scheme
from credit.errors import CreditError


def add_actions(what: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The actions of ``fundguard credit`` (practitioner points adds its own: ``points.cli``)."""
    p = what.add_parser("simulate", help="按方案试算事实文件中机构的信用等级（不保存）")
    p.add_argument(
        "--scheme",
        required=True,
        help=f"built-in scheme ({', '.join(builtin_names())}) or a scheme .json file",
    )
    p.add_argument("--facts", required=True, help="facts file (JSON, UTF-8)")
    p = what.add_parser("evaluate", help="评价一个地区一个期间的全部机构（草稿，--publish 同时公布）")
    p.add_argument("--region", required=True)
    p.add_argument("--period", required=True, help="YYYY (year) or YYYY-MM (month)")
    p.add_argument("--publish", action="store_true", help="publish the run at once")
    p = what.add_parser("publish", help="公布一个草稿评价批次")
    p.add_argument("--run", type=int, required=True)
    p = what.add_parser("runs", help="一个地区的评价批次（历史）")
    p.add_argument("--region", required=True)
    p = what.add_parser("explain", help="一个机构在一个批次中的等级及其依据")
    p.add_argument("--run", type=int, required=True)
    p.add_argument("--code", required=True)
    p = what.add_parser("facts", help="导出评价所用的事实（供 credit simulate --facts 使用）")
    p.add_argument("--region", required=True)
    p.add_argument("--period", required=True)
    p = what.add_parser("notices", help="已公布批次的告知名单，发放异议码（只显示一次）")
    p.add_argument("--run", type=int, required=True)
    p.add_argument("--reissue", action="store_true", help="issue new codes (old ones stop working)")
    p = what.add_parser("import-events", help="导入信用事件（CSV，UTF-8 或 GBK）")
    p.add_argument("--region", required=True)
    p.add_argument("file")
    p = what.add_parser("import-indicators", help="导入一个期间的指标（CSV）")
    p.add_argument("--region", required=True)
    p.add_argument("--period", required=True)
    p.add_argument("file")


def simulate(scheme_name: str, facts_text: str) -> dict[str, object]:
    """The one JSON object ``credit simulate`` prints; raises ``CreditError`` for bad input."""
    scheme = load_scheme(scheme_name)
    facts = parse_facts(facts_text)
    graded = grade_institutions(scheme, facts)
    return {"grades": {code: outcome.as_json() for code, outcome in graded.items()}}


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8-sig")  # a BOM from Windows editors is fine
    except UnicodeDecodeError:
        raise CreditError("bad_facts", [f"事实文件 {path} 不是 UTF-8 编码"]) from None
    except FileNotFoundError:
        raise CreditError("bad_facts", [f"事实文件 {path} 不存在"]) from None
    except OSError as exc:
        raise CreditError("bad_facts", [f"无法读取事实文件 {path}（{exc.strerror}）"]) from None


async def run(args: argparse.Namespace) -> int:
    try:
        text = await asyncio.to_thread(_read, args.facts)
        result = await asyncio.to_thread(simulate, args.scheme, text)
    except CreditError as exc:
        print(exc.report(), file=sys.stderr)
        return 2
    print(json.dumps(result, ensure_ascii=False))
    return 0


def facts_json(facts: Facts) -> dict[str, Any]:
    """A facts file ``credit simulate`` reads back: amounts and indicators as JSON numbers."""

    def number(value: Decimal) -> int | float:
        # Short decimals (yuan with fen, percentages) round-trip exactly through repr and parse_float.
        return int(value) if value == value.to_integral_value() else float(value)

    out = facts.model_dump(mode="python", exclude_none=False)
    out["as_of"] = facts.as_of.isoformat()
    for inst in out["institutions"]:
        inst["agreement_start"] = inst["agreement_start"].isoformat()
        inst["indicators"] = {k: number(v) for k, v in inst["indicators"].items()}
        for e in inst["events"]:
            e["date"] = e["date"].isoformat()
            e["amount_yuan"] = None if e["amount_yuan"] is None else number(e["amount_yuan"])
    return out


async def run_stored(database_url: str, args: argparse.Namespace) -> int:
    """The commands that read or write the database; one JSON object on stdout, problems on stderr."""
    if args.action in ("import-events", "import-indicators"):
        try:
            data = await asyncio.to_thread(Path(args.file).read_bytes)
        except OSError as exc:
            print(f"导入失败：无法读取文件 {args.file}（{exc.strerror}）", file=sys.stderr)
            return 1
    else:
        data = b""
    from kernel.cli import stored_command

    return await stored_command(database_url, lambda progress: _stored(args, data, progress))


async def _stored(args: argparse.Namespace, data: bytes, progress: Any) -> Any:
    from tortoise.transactions import in_transaction

    from credit import evaluation, events
    from credit import objections as notices
    from kernel.cli import who as operator
    from kernel.workdays import load_calendar

    now, who = datetime.now(UTC), operator()
    if args.action == "evaluate":
        made = await evaluation.evaluate(
            args.region, args.period, actor=who, now=now, progress=progress, publish=args.publish
        )
        progress.close()
        return {"run_id": made.id, "status": made.status, **made.summary}
    if args.action == "publish":
        done = await evaluation.publish(args.run, actor=who, now=now)
        return {"run_id": done.id, "status": done.status, **done.summary}
    if args.action == "runs":
        return {"runs": [run_json(r) for r in await evaluation.runs(args.region, actor=who)]}
    if args.action == "explain":
        return await evaluation.explain(args.run, args.code, actor=who)
    if args.action == "facts":
        return facts_json(await evaluation.facts_for(args.region, args.period, now=now))
    if args.action == "notices":
        async with in_transaction() as conn:
            rows = await notices.issue_notices(
                conn, args.run, actor=who, now=now, calendar=load_calendar(), reissue=args.reissue
            )
        return {"run_id": args.run, "notices": rows}
    async with in_transaction() as conn:
        if args.action == "import-events":
            summary = await events.import_events(
                conn, region=args.region, data=data, actor=who, now=now, progress=progress
            )
        else:
            summary = await events.import_indicators(
                conn, region=args.region, period=args.period, data=data, now=now, progress=progress
            )
    return summary.as_dict()


def run_json(r: Any) -> dict[str, Any]:
    """A run as the CLI and the staff API list it."""
    return {
        "id": r.id,
        "region": r.region,
        "period": r.period,
        "scheme": r.scheme,
        "as_of": r.as_of.isoformat() if r.as_of else None,
        "status": r.status,
        "summary": r.summary,
        "created_by": r.created_by,
        "created_at": r.created_at.isoformat(),
        "published_by": r.published_by,
        "published_at": r.published_at.isoformat() if r.published_at else None,
        "corrects_run_id": r.corrects_run_id,
    }
