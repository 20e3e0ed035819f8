"""The one place that lists every background job and the periodic schedule (web and worker alike)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from bot.client import WeChatClient
from bot.jobs import job_handlers as wechat_jobs
from credit import jobs as credit_jobs
from reports import jobs as report_jobs
from reports.rules import ReportRules
from reward import jobs as reward_jobs
from reward.wechatpay import WeChatPayGateway
from server.metrics import Metrics
from storage.blobs import BlobStore
from storage.crypto import FieldCipher
from storage.jobs import JobRunner


def build_job_runner(
    *,
    client: WeChatClient,
    blobs: BlobStore,
    cipher: FieldCipher,
    rules: ReportRules,
    metrics: Metrics,
    clock: Callable[[], datetime],
    notice_template: str,
    wechatpay: WeChatPayGateway | None = None,
    claim_url: str | None = None,
) -> JobRunner:
    handlers = {
        **wechat_jobs(client, blobs, cipher=cipher, notice_template=notice_template, claim_url=claim_url),
        **reward_jobs.job_handlers(
            clock=clock, wechatpay=wechatpay, cipher=cipher, on_mismatch=metrics.transfer_mismatch
        ),
        **report_jobs.job_handlers(rules=rules, clock=clock, on_sweep=metrics.deadline_counts, blobs=blobs),
        **credit_jobs.job_handlers(clock=clock),
    }
    schedule = {
        "reports.deadline_sweep": report_jobs.SWEEP_PERIOD_SECONDS,
        "reports.cleanup_uploads": report_jobs.SWEEP_PERIOD_SECONDS,
        "reward.expire_unclaimed": reward_jobs.EXPIRY_PERIOD_SECONDS,
        "reward.transfer_sweep": reward_jobs.TRANSFER_SWEEP_PERIOD_SECONDS,
    }
    return JobRunner(handlers, clock=clock, schedule=schedule)
