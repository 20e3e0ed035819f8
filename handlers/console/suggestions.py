"""Console pages for 留言 (suggestions): the inbox, one suggestion with its replies, a reply the citizen
gets in WeChat (through the outbox), and closing it; over ``feedback.inbox``."""

from __future__ import annotations

from typing import Any

from aiohttp import web
from tortoise.transactions import in_transaction

from feedback import inbox
from feedback.errors import FeedbackError
from handlers import keys
from handlers.admin import wake_jobs
from handlers.console.web import Ctx, FormError, form_values, now_of, render, see_other

DONE = {"replied": "回复已发出，市民将在微信中收到。", "closed": "留言已办结。"}


def _id(request: web.Request) -> int:
    return int(request.match_info["id"])


async def inbox_page(request: web.Request, ctx: Ctx) -> web.Response:
    status = request.query.get("status") if request.query.get("status") in inbox.STATUS_TITLES else None
    raw = request.query.get("before", "")
    found = await inbox.inbox(status=status, before_id=int(raw) if raw.isdigit() else None)
    context = {
        "rows": found["suggestions"],
        "next": {"status": status or "", "before": found["next"]} if found["next"] else None,
        "statuses": inbox.STATUS_TITLES,
        "values": {"status": status or ""},
    }
    return render(request, ctx, "suggestions/inbox.html", context)


async def suggestion_page(
    request: web.Request, ctx: Ctx, *, error: FormError | None = None, values: dict[str, Any] | None = None
) -> web.Response:
    try:
        found = await inbox.suggestion_view(_id(request), cipher=request.app[keys.CIPHER])
    except FeedbackError as err:
        raise web.HTTPNotFound(text=err.message) from None
    context = {
        "s": found,
        "done": DONE.get(request.query.get("done", "")),
        "values": values or {},
        "errors": error.fields if error else {},
        "message": error.message if error else None,
    }
    return render(request, ctx, "suggestions/view.html", context, status=error.status if error else 200)


async def reply(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    values = form_values(await request.post())
    try:
        async with in_transaction() as conn:
            await inbox.reply(
                conn, _id(request), body=str(values.get("body", "")), actor=ctx.me, now=now_of(request)
            )
    except FeedbackError as err:
        field = {"body": err.message} if err.code == "bad_reply" else None
        return await suggestion_page(request, ctx, error=FormError(err.message, field), values=values)
    wake_jobs(request)
    raise see_other(f"/admin/suggestions/{_id(request)}?done=replied")


async def close(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    try:
        async with in_transaction() as conn:
            await inbox.close(conn, _id(request), actor=ctx.me, now=now_of(request))
    except FeedbackError as err:
        raise web.HTTPNotFound(text=err.message) from None
    raise see_other(f"/admin/suggestions/{_id(request)}?done=closed")
