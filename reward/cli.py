"""``fundguard reward quote``: the reward a case value would get under a policy (no database)."""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal, InvalidOperation

from pydantic import ValidationError

from reward.calculate import quote
from reward.errors import RewardError
from reward.policy import builtin_names, load_policy


def add_actions(reward: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    q = reward.add_parser("quote", help="compute a reward and explain it (one JSON object)")
    q.add_argument("--policy", required=True, help=f"built-in ({', '.join(builtin_names())}) or a .json file")
    q.add_argument("--case-value", required=True, help="案值 in yuan, e.g. 123456.78")
    q.add_argument("--evidence-grade", choices=["1", "2", "3"])
    q.add_argument("--target-party", choices=["institution", "insured"])
    r = reward.add_parser(
        "reconcile",
        help="query every WeChat Pay transfer and compare with the database and ledger (exit 1 on mismatch)",
    )
    r.add_argument("--region", help="only rewards of this region code")


def _fen(text: str) -> int:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise RewardError("bad_case_value") from None
    if value < 0 or value != value.quantize(Decimal("0.01")):
        raise RewardError("bad_case_value")
    return int(value * 100)


async def run(args: argparse.Namespace) -> int:
    try:
        try:
            policy = load_policy(args.policy)
        except (FileNotFoundError, OSError):
            raise RewardError("unknown_policy") from None
        except ValidationError:
            raise RewardError("bad_policy") from None
        result = quote(
            policy,
            case_value_fen=_fen(args.case_value),
            evidence_grade=args.evidence_grade,
            target_party=args.target_party,
        )
    except RewardError as err:
        print(f"fundguard reward quote: {err.message}", file=sys.stderr)
        return 2
    print(
        json.dumps(
            {
                "policy": policy.name,
                "amount_fen": result.amount_fen,
                "floor_applied": result.floor_applied,
                "cap_applied": result.cap_applied,
                "bands": result.bands,
                "explanation": result.explanation,
            },
            ensure_ascii=False,
        )
    )
    return 0
