"""The console's home page, per role: what waits for me (queues with counts), deadlines due soon and
overdue, and a chart of the work in hand."""

from __future__ import annotations

from collections import Counter
from typing import Any

from aiohttp import web

from handlers import keys
from handlers.console.web import Ctx, now_of, render
from reports.lifecycle import STATUS_TITLES
from reports.rules import china_day
from reward import queries as reward_queries
from staff import cases

CASEWORK = ("intake", "investigator", "head")
REWARD_STAFF = ("investigator", "head", "finance")
STEP_TITLES = {
    "accept_by": "受理",
    "decision_inform_by": "告知受理决定",
    "handle_by": "办结",
    "inform_by": "反馈结果",
}


async def home(request: web.Request, ctx: Ctx) -> web.Response:
    me = ctx.me
    context: dict[str, Any] = {"queues": [], "overdue": [], "due_soon": [], "chart": None}
    rules, today = request.app[keys.REPORT_RULES], china_day(now_of(request))
    if me.roles & set(CASEWORK):
        rows = await cases.queue(me, status=None, region=None)
        counts = Counter(r["status"] for r in rows)
        context["queues"] += [
            {"title": f"举报·{STATUS_TITLES[s]}", "count": n, "href": f"/admin/reports?status={s}"}
            for s, n in sorted(counts.items(), key=lambda kv: list(STATUS_TITLES).index(kv[0]))
        ]
        context["chart"] = {
            "title": "在办举报（按状态）",
            "labels": [STATUS_TITLES[s] for s in STATUS_TITLES if counts.get(s)],
            "values": [counts[s] for s in STATUS_TITLES if counts.get(s)],
        }
        for region in sorted(me.regions):
            if me.has_any(CASEWORK, region):
                found = await cases.deadlines(me, region=region, today=today, rules=rules)
                context["overdue"] += found["overdue"]
                context["due_soon"] += found["due_soon"]
    if me.roles & set(REWARD_STAFF):
        rewards = await reward_queries.queue(me)
        waiting = Counter(r["status"] for r in rewards)
        if "head" in me.roles:
            mine = sum(1 for r in rewards if r["status"] == "proposed" and r["proposed_by"] != me.id)
            context["queues"].append(
                {"title": "奖励·待我审批", "count": mine, "href": "/admin/rewards?status=proposed"}
            )
        if "finance" in me.roles:
            context["queues"].append(
                {
                    "title": "奖励·待支付",
                    "count": waiting.get("offered", 0),
                    "href": "/admin/rewards?status=offered",
                }
            )
    context["steps"] = STEP_TITLES
    return render(request, ctx, "home.html", context)
