"""The one resource builder of every process (web app, worker, CLI): what the domains' jobs, flows
and commands are given, built from settings and closed at exit."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import aiohttp

from bot.client import WeChatClient
from kernel.attachments import AttachTo
from reports.rules import ReportRules, load_rules
from reward.wechatpay import PayConfig, WeChatPayGateway
from server.metrics import Metrics
from server.settings import Settings
from storage import db, kv
from storage.blobs import BlobStore, LocalBlobStore
from storage.crypto import FieldCipher, derive_key

Clock = Callable[[], datetime]


def now_local() -> datetime:
    return datetime.now().astimezone()


@dataclass(frozen=True)
class Core:
    """What needs no connection: built when a process starts, before anything is opened."""

    settings: Settings
    clock: Clock
    metrics: Metrics
    cipher: FieldCipher
    rules: ReportRules
    blobs: BlobStore
    wechatpay: WeChatPayGateway | None  # None: payouts disabled until every WECHATPAY_* key is set
    # owner name → how a fetched WeChat media file is attached to it (from the installed domains)
    attachment_owners: Mapping[str, AttachTo] = field(default_factory=dict)


@dataclass(frozen=True)
class Resources(Core):
    """``Core`` plus the open connections: Redis (or its stand-in) and the WeChat API client."""

    kv: kv.KV = field(kw_only=True)
    client: WeChatClient = field(kw_only=True)


def report_rules(settings: Settings) -> ReportRules:
    return load_rules(receipt_key=derive_key(settings.field_key_bytes(), "receipt-hash"))


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


def core_of(settings: Settings, *, clock: Clock = now_local, metrics: Metrics | None = None) -> Core:
    from server.domains import attachment_owners

    return Core(
        settings=settings,
        clock=clock,
        metrics=metrics or Metrics(),
        cipher=FieldCipher(settings.field_key_bytes()),
        rules=report_rules(settings),
        blobs=LocalBlobStore(Path(settings.VAR_DIR) / "blobs"),
        wechatpay=wechatpay_gateway(settings),
        attachment_owners=attachment_owners(),
    )


def wechat_client(
    settings: Settings,
    session: aiohttp.ClientSession,
    store: kv.KV,
    *,
    on_error: Callable[[str, int], None] | None = None,
) -> WeChatClient:
    """The one way every process builds the WeChat API client."""
    return WeChatClient(
        session,
        base=settings.WECHAT_API_BASE,
        appid=settings.WECHAT_APPID,
        secret=settings.WECHAT_SECRET,
        kv=store,
        on_error=on_error,
    )


@contextlib.asynccontextmanager
async def open_resources(core: Core, *, manage_db: bool = True) -> AsyncIterator[Resources]:
    """Open the database (unless the caller manages it), Redis and the WeChat client; close them after."""
    settings = core.settings
    if manage_db:
        await db.init_db(settings.DATABASE_URL)
    store = kv.connect(settings.REDIS_URL)
    session = aiohttp.ClientSession(headers={"User-Agent": "fundguard/0.1"})
    try:
        client = wechat_client(settings, session, store, on_error=core.metrics.api_error)
        yield Resources(**{f: getattr(core, f) for f in Core.__dataclass_fields__}, kv=store, client=client)
    finally:
        await session.close()
        await store.aclose()
        if manage_db:
            await db.close_db()
