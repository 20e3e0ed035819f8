"""The route table, one block per face."""

from __future__ import annotations

from aiohttp import web

from handlers import ops, wechat


def setup_routes(app: web.Application) -> None:
    # WeChat
    app.router.add_get("/wechat", wechat.verify_url)
    app.router.add_post("/wechat", wechat.receive)
    # Operations
    app.router.add_get("/healthz", ops.healthz)
    app.router.add_get("/readyz", ops.readyz)
    app.router.add_get("/metrics", ops.metrics)
