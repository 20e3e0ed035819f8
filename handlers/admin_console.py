"""Staff handlers the console needs beyond the case work: the home page's figures and the progress
of long operations (tasks) started from it."""

from __future__ import annotations

from aiohttp import web

from credit.access import CREDIT_ROLES
from credit.tasks import EVALUATE
from handlers import keys
from handlers.admin import now_of, query_of, reply
from handlers.admin_console_schemas import DashboardOut, DashboardQuery
from handlers.admin_credit import Json
from reports.errors import ReportError
from reports.rules import china_day
from staff import dashboard
from storage import tasks
from storage.actors import Actor, one_region

# Who follows each kind of task besides the person who started it (in the task's region).
TASK_READERS: dict[str, tuple[str, ...]] = {EVALUATE: CREDIT_ROLES}


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


async def task(request: web.Request, actor: Actor) -> web.Response:
    found = await tasks.readable(int(request.match_info["id"]), actor=actor, roles=TASK_READERS)
    if found is None:
        raise ReportError("not_found", detail="（没有这项任务，或您无权查看。）")
    return reply(Json(tasks.task_json(found)))
