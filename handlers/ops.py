"""Operations endpoints and the request middleware (request id, metrics, no stack traces out)."""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Awaitable, Callable

from aiohttp import web

from handlers import keys
from kernel.context import request_id
from storage import db

log = logging.getLogger(__name__)


async def healthz(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


async def readyz(request: web.Request) -> web.Response:
    checks: dict[str, str] = {}
    try:
        await db.ping()
        checks["database"] = "ok"
    except Exception as exc:
        checks["database"] = f"error: {type(exc).__name__}"
    try:
        await request.app[keys.KV_KEY].ping()
        checks["redis"] = "ok"
    except Exception as exc:
        checks["redis"] = f"error: {type(exc).__name__}"
    ok = all(v == "ok" for v in checks.values())
    return web.json_response({"status": "ok" if ok else "unavailable", **checks}, status=200 if ok else 503)


async def metrics(request: web.Request) -> web.Response:
    body = request.app[keys.METRICS].render()
    return web.Response(body=body, content_type="text/plain", charset="utf-8")


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@web.middleware
async def edge_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    rid = request.headers.get("X-Request-Id") or uuid.uuid4().hex[:16]
    token = request_id.set(rid)
    started = time.perf_counter()
    route = request.match_info.route.resource.canonical if request.match_info.route.resource else "?"
    status = 500
    try:
        response = await handler(request)
        status = response.status
        response.headers["X-Request-Id"] = rid
        return response
    except web.HTTPException as exc:
        status = exc.status
        raise
    except Exception:
        log.exception("unhandled error on %s %s", request.method, request.path)
        return web.json_response(
            {"code": "internal", "message": "服务暂时不可用，请稍后再试", "request_id": rid},
            status=500,
            headers={"X-Request-Id": rid},
        )
    finally:
        m = request.app[keys.METRICS]
        m.requests.labels(route, request.method, str(status)).inc()
        m.latency.labels(route).observe(time.perf_counter() - started)
        request_id.reset(token)
