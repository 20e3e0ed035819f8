"""Typed application keys: everything a handler may use is put on the app by create_app."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime
from typing import Any

from aiohttp import web

from bot.client import WeChatClient
from bot.crypto import MessageCrypto
from bot.dedup import Deduper
from bot.dispatch import Bot
from handlers.kit.config import ApiConfig
from reports.rules import ReportRules
from reward.wechatpay import WeChatPayGateway
from server.metrics import Metrics
from server.resources import Core
from server.settings import Settings
from staff.service import StaffPolicy
from storage.blobs import BlobStore
from storage.crypto import FieldCipher
from storage.jobs import JobRunner
from storage.kv import KV

SETTINGS = web.AppKey("settings", Settings)
# What the process is built from (settings, clock, cipher, rules, blobs, WeChat Pay; server.resources)
CORE = web.AppKey("core", Core)
Clock = Callable[[], datetime]
CLOCK: web.AppKey[Clock] = web.AppKey("clock")
KV_KEY = web.AppKey("kv", KV)
BOT = web.AppKey("bot", Bot)
MSG_CRYPTO = web.AppKey("msg_crypto", MessageCrypto)
DEDUP = web.AppKey("dedup", Deduper)
CLIENT = web.AppKey("wechat_client", WeChatClient)
BLOBS: web.AppKey[BlobStore] = web.AppKey("blobs")
CIPHER = web.AppKey("cipher", FieldCipher)
METRICS = web.AppKey("metrics", Metrics)
JOBS = web.AppKey("jobs", JobRunner)
REPLY_BUDGET = web.AppKey("reply_budget", float)
REPORT_RULES = web.AppKey("report_rules", ReportRules)
# The WeChat Pay client for reward payouts; absent while payouts are not configured.
WECHATPAY = web.AppKey("wechatpay", WeChatPayGateway)
# Tasks that outlive their request (late answers); kept referenced until done.
BACKGROUND: web.AppKey[set[asyncio.Task[Any]]] = web.AppKey("background")
# Mini-program API tunables (sessions, trusted proxies, rate limits); the defaults apply when unset.
API_CONFIG = web.AppKey("api_config", ApiConfig)
# Staff sign-in numbers (lockout, session lifetimes, login rate); the guard falls back to defaults.
STAFF_POLICY = web.AppKey("staff_policy", StaffPolicy)
