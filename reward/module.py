"""Rewards for reporters: their wiring (models, expiry and payout jobs, chat answers, the CLI)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from kernel.module import Answer, ChatEntry, Command, Domain
from reward import cli, jobs
from reward.errors import RewardError
from storage.jobs import JobHandler

if TYPE_CHECKING:
    from bot.flows.registry import FlowDeps
    from server.resources import Resources


def _jobs(r: Resources) -> Mapping[str, JobHandler]:
    return jobs.job_handlers(
        clock=r.clock, wechatpay=r.wechatpay, cipher=r.cipher, on_mismatch=r.metrics.transfer_mismatch
    )


def _subscribes(r: Resources) -> Mapping[str, JobHandler]:
    from tortoise.transactions import in_transaction

    from reports.events import REPORT_PURGED
    from reward.retention import forget_payees

    async def report_purged(payload: dict[str, Any]) -> None:
        async with in_transaction() as conn:
            await forget_payees(conn, int(payload["report_id"]), now=r.clock())

    return {REPORT_PURGED: report_purged}


def _answers(deps: FlowDeps) -> Mapping[str, Answer]:
    from bot.flows.reward import MINE_MENU, offers_reply

    async def mine(openid: str) -> str:
        return MINE_MENU

    return {"mine": mine, "rewards": offers_reply(cipher=deps.cipher, public_base_url=deps.public_base_url)}


async def _reconcile(args: argparse.Namespace, settings: Any) -> int:
    """One JSON object {"checked", "mismatches"}; exit 1 when anything disagrees, 2 without WeChat Pay."""
    from datetime import UTC, datetime

    from reward.reconcile import reconcile
    from server.resources import wechatpay_gateway
    from storage import db

    gateway = wechatpay_gateway(settings)
    if gateway is None:
        print("fundguard reward reconcile: WeChat Pay is not configured (WECHATPAY_*)", file=sys.stderr)
        return 2
    await db.init_db(settings.DATABASE_URL)
    try:
        report = await reconcile(gateway, now=datetime.now(UTC), region=args.region)
    finally:
        await db.close_db()
    print(json.dumps(report.as_dict(), ensure_ascii=False))
    return 1 if report.mismatches else 0


DOMAIN = Domain(
    name="reward",
    models=("reward.models",),
    jobs=_jobs,
    subscribes=_subscribes,
    schedule={
        "reward.expire_unclaimed": jobs.EXPIRY_PERIOD_SECONDS,
        "reward.transfer_sweep": jobs.TRANSFER_SWEEP_PERIOD_SECONDS,
    },
    errors=(RewardError,),
    chat=(
        ChatEntry("mine", keywords=("我的",), clicks=("MINE",)),
        ChatEntry("rewards", keywords=("奖励", "领奖", "领取奖励", "我的奖励"), clicks=("REWARD_CLAIM",)),
    ),
    answers=_answers,
    commands=(
        Command(
            "reward",
            "rewards for reporters",
            cli.add_actions,
            _reconcile,
            offline=frozenset({"quote"}),  # arithmetic on data files: no settings, no database
            run_offline=cli.run,
        ),
    ),
)
