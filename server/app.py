"""The app factory: builds every dependency from settings, puts it on the app, closes it at exit."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from datetime import datetime
from pathlib import Path

import aiohttp
from aiohttp import web

from bot.client import WeChatClient
from bot.crypto import MessageCrypto
from bot.dedup import Deduper
from bot.dialogue import Dialogue
from bot.dispatch import Bot
from bot.flows.registry import FlowDeps, build_flows
from bot.flows.reward import CLAIM_PATH, offers_reply
from handlers import keys
from handlers.kit.config import ApiConfig, parse_networks
from handlers.ops import edge_middleware
from handlers.routes import setup_routes
from reports.rules import ReportRules, load_rules
from reward.wechatpay import PayConfig, WeChatPayGateway
from server.jobs import build_job_runner
from server.metrics import Metrics
from server.settings import Settings
from storage import db, kv
from storage.blobs import LocalBlobStore
from storage.crypto import FieldCipher, derive_key

log = logging.getLogger(__name__)


def now_local() -> datetime:
    return datetime.now().astimezone()


def wechat_client(
    settings: Settings,
    session: aiohttp.ClientSession,
    store: kv.KV,
    *,
    on_error: Callable[[str, int], None] | None = None,
) -> WeChatClient:
    """The one way every process (web, worker, CLI) builds the WeChat API client."""
    return WeChatClient(
        session,
        base=settings.WECHAT_API_BASE,
        appid=settings.WECHAT_APPID,
        secret=settings.WECHAT_SECRET,
        kv=store,
        on_error=on_error,
    )


def wechatpay_gateway(settings: Settings) -> WeChatPayGateway | None:
    """The WeChat Pay client for payouts, or None (payouts disabled) until every key is configured."""
    if not settings.wechatpay_configured:
        return None
    return WeChatPayGateway(
        PayConfig(
            mchid=settings.WECHATPAY_MCHID,
            appid=settings.wechatpay_appid,
            api_base=settings.WECHATPAY_API_BASE,
            private_key_pem=Path(settings.WECHATPAY_PRIVATE_KEY_PATH).read_text(),
            cert_serial_no=settings.WECHATPAY_CERT_SERIAL_NO,
            apiv3_key=settings.WECHATPAY_APIV3_KEY,
            public_key_pem=Path(settings.WECHATPAY_PUBLIC_KEY_PATH).read_text(),
            public_key_id=settings.WECHATPAY_PUBLIC_KEY_ID,
            notify_url=settings.wechatpay_notify_url,
            scene_id=settings.WECHATPAY_TRANSFER_SCENE_ID,
            report_infos=(
                ("活动名称", settings.WECHATPAY_ACTIVITY_NAME),
                ("奖励说明", settings.WECHATPAY_REWARD_NOTE),
            ),
            timeout_seconds=settings.WECHATPAY_TIMEOUT_SECONDS,
        )
    )


def report_rules(settings: Settings) -> ReportRules:
    return load_rules(receipt_key=derive_key(settings.field_key_bytes(), "receipt-hash"))


def create_app(
    settings: Settings,
    *,
    clock: Callable[[], datetime] = now_local,
    manage_db: bool = True,
    run_jobs: bool | None = None,
    reply_budget: float = 4.0,
) -> web.Application:
    """``run_jobs`` defaults to embedded mode (one process does everything)."""
    app = web.Application(middlewares=[edge_middleware], client_max_size=16 * 1024**2)
    app[keys.SETTINGS] = settings
    app[keys.CLOCK] = clock
    app[keys.METRICS] = Metrics()
    app[keys.REPLY_BUDGET] = reply_budget
    app[keys.BACKGROUND] = set()
    app[keys.CIPHER] = FieldCipher(settings.field_key_bytes())
    app[keys.REPORT_RULES] = report_rules(settings)
    app[keys.API_CONFIG] = ApiConfig(trusted_proxies=parse_networks(settings.TRUSTED_PROXIES))
    app[keys.BLOBS] = LocalBlobStore(Path(settings.VAR_DIR) / "blobs")
    if (pay := wechatpay_gateway(settings)) is not None:
        app[keys.WECHATPAY] = pay
    else:
        log.warning("WeChat Pay payouts disabled: WECHATPAY_* keys are not configured")
    if settings.WECHAT_ENCODING_AES_KEY:
        app[keys.MSG_CRYPTO] = MessageCrypto(
            settings.WECHAT_TOKEN, settings.WECHAT_ENCODING_AES_KEY, settings.WECHAT_APPID
        )
    jobs_in_process = settings.embedded if run_jobs is None else run_jobs
    app.cleanup_ctx.append(_resources(manage_db=manage_db, jobs_in_process=jobs_in_process))
    setup_routes(app)
    return app


def _resources(
    *, manage_db: bool, jobs_in_process: bool
) -> Callable[[web.Application], contextlib.AbstractAsyncContextManager[None]]:
    @contextlib.asynccontextmanager
    async def ctx(app: web.Application) -> AsyncIterator[None]:
        settings = app[keys.SETTINGS]
        if manage_db:
            await db.init_db(settings.DATABASE_URL)
        store = kv.connect(settings.REDIS_URL)
        session = aiohttp.ClientSession(headers={"User-Agent": "fundguard/0.1"})
        metrics = app[keys.METRICS]
        client = wechat_client(settings, session, store, on_error=metrics.api_error)
        runner = build_job_runner(
            client=client,
            blobs=app[keys.BLOBS],
            cipher=app[keys.CIPHER],
            notice_template=settings.WECHAT_REPORT_NOTICE_TEMPLATE,
            claim_url=settings.PUBLIC_BASE_URL.rstrip("/") + CLAIM_PATH,
            rules=app[keys.REPORT_RULES],
            metrics=metrics,
            clock=app[keys.CLOCK],
            wechatpay=app.get(keys.WECHATPAY),
        )
        flows = build_flows(
            FlowDeps(
                cipher=app[keys.CIPHER],
                clock=app[keys.CLOCK],
                wake_jobs=runner.wake,
                rules=app[keys.REPORT_RULES],
                kv=store,
                region=settings.REGION,
            )
        )
        dialogue = Dialogue(
            store, flows, ttl_seconds=settings.DIALOGUE_TTL_SECONDS, on_event=metrics.flow_event,
            key_of=app[keys.CIPHER].blind_index,
        )  # fmt: skip
        app[keys.KV_KEY] = store
        app[keys.CLIENT] = client
        app[keys.JOBS] = runner
        app[keys.DEDUP] = Deduper(store, cipher=app[keys.CIPHER])
        rewards = offers_reply(cipher=app[keys.CIPHER], public_base_url=settings.PUBLIC_BASE_URL)
        app[keys.BOT] = Bot(
            dialogue=dialogue,
            clock=app[keys.CLOCK],
            rewards=rewards,
            public_base_url=settings.PUBLIC_BASE_URL,
        )
        worker = asyncio.create_task(runner.serve()) if jobs_in_process else None
        try:
            yield
        finally:
            # Graceful shutdown: let late answers finish, then stop the worker and close.
            background = app[keys.BACKGROUND]
            pending = list(background)
            if pending:
                await asyncio.wait(pending, timeout=5)
            if worker:
                runner.stop()
                done, _ = await asyncio.wait([worker], timeout=10)
                if not done:  # a job stuck past the grace period; its lease lets another retry it
                    worker.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await worker
            await app[keys.DEDUP].lazy.drain()
            await session.close()
            await store.aclose()
            if manage_db:
                await db.close_db()

    return ctx
