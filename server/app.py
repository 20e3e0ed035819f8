"""The app factory: builds every dependency from settings (``server.resources``), puts it on the
app, closes it at exit."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from datetime import datetime

from aiohttp import web

from bot.crypto import MessageCrypto
from bot.dedup import Deduper
from bot.dialogue import Dialogue
from bot.dispatch import Bot
from bot.flows.registry import FlowDeps, build_answers, build_flows
from handlers import keys
from handlers.kit.config import ApiConfig, parse_networks
from handlers.kit.headers import security_headers
from handlers.ops import edge_middleware
from handlers.routes import setup_routes
from server import domains
from server.jobs import build_job_runner
from server.resources import core_of, now_local, open_resources
from server.settings import Settings

log = logging.getLogger(__name__)


def create_app(
    settings: Settings,
    *,
    clock: Callable[[], datetime] = now_local,
    manage_db: bool = True,
    run_jobs: bool | None = None,
    reply_budget: float = 4.0,
) -> web.Application:
    """``run_jobs`` defaults to embedded mode (one process does everything)."""
    core = core_of(settings, clock=clock)
    app = web.Application(middlewares=[security_headers, edge_middleware], client_max_size=16 * 1024**2)
    app[keys.SETTINGS] = settings
    app[keys.CORE] = core
    app[keys.CLOCK] = clock
    app[keys.METRICS] = core.metrics
    app[keys.REPLY_BUDGET] = reply_budget
    app[keys.BACKGROUND] = set()
    app[keys.CIPHER] = core.cipher
    app[keys.REPORT_RULES] = core.rules
    app[keys.API_CONFIG] = ApiConfig(trusted_proxies=parse_networks(settings.TRUSTED_PROXIES))
    app[keys.BLOBS] = core.blobs
    if core.wechatpay is not None:
        app[keys.WECHATPAY] = core.wechatpay
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
        async with open_resources(app[keys.CORE], manage_db=manage_db) as res:
            runner = build_job_runner(res)
            deps = FlowDeps(
                cipher=res.cipher,
                clock=res.clock,
                wake_jobs=runner.wake,
                rules=res.rules,
                kv=res.kv,
                region=settings.REGION,
                public_base_url=settings.PUBLIC_BASE_URL,
            )
            dialogue = Dialogue(
                res.kv,
                build_flows(deps, domains.INSTALLED),
                ttl_seconds=settings.DIALOGUE_TTL_SECONDS,
                on_event=res.metrics.flow_event,
                key_of=res.cipher.blind_index,
            )
            app[keys.KV_KEY] = res.kv
            app[keys.CLIENT] = res.client
            app[keys.JOBS] = runner
            app[keys.DEDUP] = Deduper(res.kv, cipher=res.cipher)
            app[keys.BOT] = Bot(
                dialogue=dialogue,
                clock=res.clock,
                entries=domains.chat_entries(),
                answers=build_answers(deps, domains.INSTALLED),
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

    return ctx
