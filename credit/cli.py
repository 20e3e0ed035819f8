"""``fundguard credit simulate``: grade institutions described in a file, storing nothing.

Simulation needs no settings and no database (``server.cli`` dispatches it before loading settings),
so an officer can compare schemes on a laptop. Exit codes: 0 graded, 2 bad input (facts, scheme).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path

from credit.errors import CreditError
from credit.facts import parse_facts
from credit.grading import grade_institutions
from credit.schemes import builtin_names, load_scheme


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    what = sub.add_parser("credit", help="信用评价").add_subparsers(dest="action", required=True)
    p = what.add_parser("simulate", help="按方案试算事实文件中机构的信用等级（不保存）")
    p.add_argument(
        "--scheme",
        required=True,
        help=f"built-in scheme ({', '.join(builtin_names())}) or a scheme .json file",
    )
    p.add_argument("--facts", required=True, help="facts file (JSON, UTF-8)")


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
