"""Console pages for 留言 (suggestions): the inbox, one suggestion (each reading audited), the answer the
citizen gets in WeChat (through the outbox), and closing it; over ``feedback.inbox``."""

from __future__ import annotations

from typing import Any

from aiohttp import web
from tortoise.transactions import in_transaction

from feedback import inbox
from feedback.errors import FeedbackError
from handlers import keys
from handlers.console.web import Ctx, FormError, form_values, now_of, render, see_other
from handlers.staff_api.guard import wake_jobs

STATUS_TITLES = {"open": "待答复", "answered": "已答复", "closed": "已办结"}
DONE = {"replied": "答复已发出，市民将在微信中收到。", "closed": "留言已办结。"}
PAGE = 50


def _id(request: web.Request) -> int:
    return int(request.match_info["id"])


def _version(values: dict[str, Any]) -> int | None:
    raw = str(values.get("version", ""))
    return int(raw) if raw.isdigit() else None


async def inbox_page(request: web.Request, ctx: Ctx) -> web.Response:
    status = request.query.get("status") if request.query.get("status") in STATUS_TITLES else None
    raw = request.query.get("before", "")
    rows = await inbox.inbox(ctx.me, status=status, before_id=int(raw) if raw.isdigit() else None, limit=PAGE)
    context = {
        "rows": rows,
        "next": {"status": status or "", "before": rows[-1]["id"]} if len(rows) == PAGE else None,
        "statuses": STATUS_TITLES,
        "values": {"status": status or ""},
    }
    return render(request, ctx, "suggestions/inbox.html", context)


async def suggestion_page(
    request: web.Request, ctx: Ctx, *, error: FormError | None = None, values: dict[str, Any] | None = None
) -> web.Response:
    async with in_transaction() as conn:
        found = await inbox.read(
            conn, _id(request), actor=ctx.me, cipher=request.app[keys.CIPHER], now=now_of(request)
        )
    context = {
        "s": found,
        "statuses": STATUS_TITLES,
        "done": DONE.get(request.query.get("done", "")),
        "values": values or {},
        "errors": error.fields if error else {},
        "message": error.message if error else None,
    }
    return render(request, ctx, "suggestions/view.html", context, status=error.status if error else 200)


def _refusal(err: FeedbackError) -> FormError:
    status = {"not_found": 404, "forbidden": 403, "closed": 409, "conflict": 409}.get(err.code, 422)
    return FormError(err.message, {"body": err.message} if err.code == "bad_reply" else None, status=status)


async def reply(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    values = form_values(await request.post())
    try:
        async with in_transaction() as conn:
            await inbox.reply(
                conn, _id(request), body=str(values.get("body", "")), actor=ctx.me, now=now_of(request),
                version=_version(values),
            )  # fmt: skip
    except FeedbackError as err:
        return await suggestion_page(request, ctx, error=_refusal(err), values=values)
    wake_jobs(request)
    raise see_other(f"/admin/suggestions/{_id(request)}?done=replied")


async def close(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    values = form_values(await request.post())
    try:
        async with in_transaction() as conn:
            await inbox.close(conn, _id(request), actor=ctx.me, now=now_of(request), version=_version(values))
    except FeedbackError as err:
        return await suggestion_page(request, ctx, error=_refusal(err))
    raise see_other(f"/admin/suggestions/{_id(request)}?done=closed")
