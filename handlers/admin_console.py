"""Staff handlers the console needs beyond the case work: the home page's figures."""

from __future__ import annotations

from aiohttp import web

from handlers import keys
from handlers.admin import now_of, query_of, reply
from handlers.admin_console_schemas import DashboardOut, DashboardQuery
from reports.rules import china_day
from staff import dashboard
from storage.actors import Actor, one_region


async def home(request: web.Request, actor: Actor) -> web.Response:
    q = query_of(request, DashboardQuery)
    region = one_region(actor, q.region) or str(q.region)  # one outside the actor's: refused by the service
    figures = await dashboard.home(
        actor,
        region=region,
        today=china_day(now_of(request)),
        rules=request.app[keys.REPORT_RULES],
        weeks=q.weeks,
    )
    return reply(DashboardOut.model_validate(figures))
