"""The console's home page, per role: what waits for me (queues with counts and links), deadlines due
soon and overdue, and the charts a head would rather look at than read (staff.dashboard's figures)."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from handlers import keys
from handlers.console.web import Ctx, now_of, render
from kernel.clock import china_day
from reports.intake import CHANNEL_NAMES
from staff.dashboard import home as figures

# Each queue count: its title and the page that lists it.
QUEUES = {
    "to_accept": ("待受理举报", "/admin/reports?status=submitted"),
    "to_assign": ("待交办举报", "/admin/reports?status=accepted&assignee_id=0"),
    "my_cases": ("我承办的在办举报", "/admin/reports"),
    "to_inform": ("已办结待反馈举报人", "/admin/reports?status=concluded"),
    "rewards_to_approve": ("待我审批的奖励", "/admin/rewards?status=proposed"),
    "bank_transfers_to_record": ("待登记的银行转账", "/admin/rewards?status=offered"),
    "objections_open": ("待答复的信用异议", "/admin/credit/objections"),
    "objections_overdue": ("逾期未答复的信用异议", "/admin/credit/objections"),
    "credit_runs_draft": ("未发布的信用评价", "/admin/credit/runs"),
}


def _chart(kind: str, title: str, labels: list[str], series: dict[str, list[Any]]) -> dict[str, Any]:
    return {"type": kind, "title": title, "labels": labels, "series": series}


async def home(request: web.Request, ctx: Ctx) -> web.Response:
    region = request.query.get("region") if request.query.get("region") in ctx.me.regions else None
    region = region or sorted(ctx.me.regions)[0]
    rules = request.app[keys.REPORT_RULES]
    found = await figures(ctx.me, region=region, today=china_day(now_of(request)), rules=rules)
    queues = [
        {"title": QUEUES[k][0], "count": n, "href": QUEUES[k][1]}
        for k, n in found["queues"].items()
        if k in QUEUES
    ]
    charts = []
    if weekly := found["reports_per_week"]:
        weeks = [w[5:] for w in weekly["weeks"]]
        titles = {c.code: c.title for c in rules.taxonomy(region).categories}
        by_category = {titles.get(k, k): v for k, v in weekly["by_category"].items()}
        by_channel = {CHANNEL_NAMES.get(k, k): v for k, v in weekly["by_channel"].items()}
        charts += [
            _chart("bar", "每周收到的举报（按类别）", weeks, by_category),
            _chart("bar", "每周收到的举报（按渠道）", weeks, by_channel),
        ]
    if rewards := found["rewards"]:
        charts.append(
            _chart(
                "bar",
                "奖励（元）",
                ["已发放待领取", "已支付"],
                {"金额": [rewards["offered_fen"] / 100, rewards["paid_fen"] / 100]},
            )
        )
    for run in found["grades"] or []:
        grades = run["grades"]
        charts.append(
            _chart(
                "bar",
                f"信用等级分布（{run['period']}）",
                [*grades, "未评级"],
                {"机构数": [*grades.values(), run["not_rated"]]},
            )
        )
    context = {
        "region": region,
        "regions": sorted(ctx.me.regions),
        "queues": queues,
        "deadlines": found["deadlines"],
        "outcomes": found["outcomes"],
        "rewards": found["rewards"],
        "charts": charts,
    }
    return render(request, ctx, "home.html", context)
