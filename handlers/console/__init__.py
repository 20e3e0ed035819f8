"""The staff console at /admin/: server-rendered Chinese pages over the staff services.

``PAGES`` is the whole console as a plain table of (method, path, view, roles, nav title), so that each
domain's manifest can declare its own rows later; ``setup_console`` registers it with the templates
and the vendored static files (each pinned, its licence beside it).
"""

from __future__ import annotations

from pathlib import Path

import aiohttp_jinja2
import jinja2
from aiohttp import web

from feedback.inbox import INBOX_ROLES
from handlers.console import accounts, auth, credit, home, registry, reports, rewards, suggestions
from handlers.console.web import Ctx, Page, View, guarded, security_headers
from handlers.staff_api import reports as admin_reports
from handlers.staff_api.guard import StaffHandler
from registry.service import REGISTRY_ROLES
from reports.lifecycle import MOVES

HERE = Path(__file__).parent
ANY = ("intake", "investigator", "head", "finance", "credit_officer", "admin")
CASEWORK = ("intake", "investigator", "head")
ENTRY = ("intake", "head")
CASE = r"/admin/reports/{id:\d+}"
REWARD = r"/admin/rewards/{reward_id:\d+}"
REWARD_STAFF = ("investigator", "head", "finance")
CREDIT = ("credit_officer", "head")
RUN = r"/admin/credit/runs/{id:\d+}"
MOVE_ROLES = tuple(sorted({r for m in MOVES.values() for r in m.roles}))


def _staff_api(handler: StaffHandler) -> View:
    """A staff API handler (request, actor) served to the console's cookie session (downloads)."""

    async def view(request: web.Request, ctx: Ctx) -> web.StreamResponse:
        return await handler(request, ctx.me)

    return view


PAGES: list[Page] = [
    Page("GET", "/admin/login", auth.login_form, ()),
    Page("POST", "/admin/login", auth.login, ()),
    Page("GET", "/admin/login/totp", auth.totp_form, ()),
    Page("POST", "/admin/login/totp", auth.totp, ()),
    Page("POST", "/admin/logout", auth.logout, ANY),
    Page("GET", "/admin/", home.home, ANY, "首页"),
    # Reports
    Page("GET", "/admin/reports", reports.queue, CASEWORK, "举报办理"),
    Page("GET", "/admin/reports/new", reports.entry_form, ENTRY, "登记举报"),
    Page("POST", "/admin/reports/new", reports.enter, ENTRY),
    Page("GET", CASE, reports.case_page, CASEWORK),
    Page("POST", CASE + "/messages", reports.message, CASEWORK),
    Page("POST", CASE + "/identity", reports.identity, ("investigator", "head")),
    Page(
        "POST",
        CASE + r"/{move:accept|not-accept|assign|start|extend|conclude|inform}",
        reports.move,
        MOVE_ROLES,
    ),
    Page("GET", CASE + r"/evidence/{eid:\d+}", reports.evidence, CASEWORK),
    Page("GET", "/admin/reports/ledger.csv", _staff_api(admin_reports.ledger_csv), ENTRY),
    Page("GET", "/admin/reports/ledger.xlsx", _staff_api(admin_reports.ledger_xlsx), ENTRY),
    # 留言 (suggestions)
    Page("GET", "/admin/suggestions", suggestions.inbox_page, INBOX_ROLES, "留言"),
    Page("GET", r"/admin/suggestions/{id:\d+}", suggestions.suggestion_page, INBOX_ROLES),
    Page("POST", r"/admin/suggestions/{id:\d+}/reply", suggestions.reply, INBOX_ROLES),
    Page("POST", r"/admin/suggestions/{id:\d+}/close", suggestions.close, INBOX_ROLES),
    # Rewards
    Page("GET", "/admin/rewards", rewards.queue, REWARD_STAFF, "奖励"),
    Page("GET", CASE + "/reward", rewards.proposal_form, ("investigator", "head")),
    Page("POST", CASE + "/reward", rewards.propose, ("investigator", "head")),
    Page("POST", CASE + "/reward/quote", rewards.quote, ("investigator", "head")),
    Page("GET", "/admin/rewards/reconcile", rewards.reconcile_page, ("finance", "head"), "对账"),
    Page("POST", "/admin/rewards/reconcile", rewards.reconcile, ("finance", "head")),
    Page("GET", REWARD, rewards.detail, REWARD_STAFF),
    Page("POST", REWARD + "/approve", rewards.approve, ("head",)),
    Page("POST", REWARD + r"/shares/{seq:\d+}/bank-transfer", rewards.bank_transfer, ("finance",)),
    Page("POST", REWARD + r"/shares/{seq:\d+}/payee", rewards.payee, ("finance", "head")),
    Page("POST", REWARD + r"/shares/{seq:\d+}/void-transfer", rewards.void_transfer, ("finance", "head")),
    # Credit (and of the region concerned: checked by the credit services)
    Page("GET", "/admin/credit/runs", credit.runs, CREDIT, "信用评价"),
    Page("POST", "/admin/credit/runs", credit.evaluate, CREDIT),
    Page("GET", RUN, credit.run_page, CREDIT),
    Page("GET", RUN + "/grades/{code}", credit.explain, CREDIT),
    Page("GET", RUN + "/diff", credit.diff, CREDIT),
    Page("POST", RUN + "/publish", credit.publish, CREDIT),
    Page("POST", RUN + "/notices", credit.notices, CREDIT),
    Page("GET", "/admin/credit/objections", credit.objection_queue, CREDIT, "信用异议"),
    Page("POST", r"/admin/credit/objections/{id:\d+}/answer", credit.answer_objection, CREDIT),
    Page("GET", "/admin/credit/blacklist", credit.blacklist_page, CREDIT, "失信名单"),
    Page("POST", "/admin/credit/blacklist", credit.add_listing, CREDIT),
    Page("POST", r"/admin/credit/blacklist/{id:\d+}/repairs", credit.request_repair, CREDIT),
    Page("POST", r"/admin/credit/repairs/{id:\d+}/decide", credit.decide_repair, CREDIT),
    Page("GET", "/admin/credit/points", credit.points_page, CREDIT, "医务人员记分"),
    Page("POST", "/admin/credit/points", credit.record_points, CREDIT),
    Page("POST", r"/admin/credit/point-reviews/{id:\d+}/answer", credit.answer_review, CREDIT),
    Page("GET", "/admin/credit/events", credit.events_page, CREDIT),
    Page("POST", "/admin/credit/events", credit.record_event, CREDIT),
    Page("POST", "/admin/credit/events/import", credit.import_events, CREDIT),
    # Registry (credit officers and heads keep it)
    Page("GET", "/admin/registry", registry.search, REGISTRY_ROLES, "机构登记"),
    Page("GET", "/admin/registry/institutions/{code}", registry.institution, REGISTRY_ROLES),
    Page("POST", "/admin/registry/institutions/{code}", registry.edit, REGISTRY_ROLES),
    Page(
        "POST",
        "/admin/registry/import/{what:institutions|practitioners}",
        registry.import_file,
        REGISTRY_ROLES,
    ),
    # Long operations started from a page (evaluations, imports): who started one, or its kind's roles
    Page("GET", r"/admin/tasks/{id:\d+}", credit.task_page, ANY),
    Page("GET", r"/admin/tasks/{id:\d+}/progress", credit.task_progress, ANY),
    # Administration
    Page("GET", "/admin/accounts", accounts.accounts, ("admin",), "账号管理"),
    Page("POST", "/admin/accounts", accounts.add, ("admin",)),
    Page("POST", r"/admin/accounts/{id:\d+}", accounts.change, ("admin",)),
    Page("GET", "/admin/audit", accounts.audit_log, ("admin",), "审计日志"),
]


def setup_console(app: web.Application) -> None:
    env = aiohttp_jinja2.setup(
        app,
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=jinja2.select_autoescape(default=True),
        undefined=jinja2.StrictUndefined,
    )
    env.filters["yuan"] = lambda fen: "" if fen is None else f"{int(fen) / 100:,.2f}"
    env.filters["day"] = lambda at: "" if not at else str(at)[:10]
    env.filters["minute"] = lambda at: "" if not at else str(at)[:16].replace("T", " ")
    app.on_response_prepare.append(security_headers)
    app.router.add_static("/admin/static/", HERE / "static", append_version=False)
    app.router.add_get("/admin", _to_home)
    for page in PAGES:
        app.router.add_route(page.method, page.path, guarded(page, PAGES))


async def _to_home(request: web.Request) -> web.StreamResponse:
    raise web.HTTPMovedPermanently("/admin/")
