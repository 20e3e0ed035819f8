"""The OpenAPI 3.1 document of the staff API (/admin/api), generated from the pydantic models the
handlers validate with and reply through.

Each route is listed here once as (method, path, summary, request, query, response, status); a test
checks the list against the app's route table both ways, so the document cannot fall behind it. The
roles each route admits come from the route table itself (``staff_roles`` on the guarded handler).
Replies shaped by the credit services' ``*_json`` functions are documented as JSON objects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from aiohttp import web
from pydantic import BaseModel
from pydantic.json_schema import JsonSchemaMode, models_json_schema

from handlers.kit.errors import ErrorOut
from handlers.staff_api import console_schemas as cs
from handlers.staff_api import credit as cr
from handlers.staff_api import points as pts
from handlers.staff_api import reward_schemas as rs
from handlers.staff_api import schemas as s
from handlers.staff_api.console_schemas import DashboardOut, DashboardQuery
from kernel.actors import Actor


@dataclass(frozen=True)
class Op:
    method: Literal["get", "post", "delete"]
    path: str
    summary: str
    request: type[BaseModel] | None = None
    query: type[BaseModel] | None = None
    response: type[BaseModel] | None = None  # None: a JSON object shaped by the service
    ok: int = 200
    body: str = ""  # a non-JSON request body (its media type), e.g. text/csv
    download: str = ""  # a non-JSON reply (its media type)


R, RW, RUN, PTS = (
    "/admin/api/reports/{id}",
    "/admin/api/rewards/{reward_id}",
    "/admin/api/credit/runs/{id}",
    ("/admin/api/credit/practitioners/{code}/points"),
)
SHARE = RW + "/shares/{seq}"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
OPS = (
    Op(
        "post", "/admin/api/login", "登录，换取会话令牌（Authorization: Bearer）", s.LoginIn, None, s.LoginOut
    ),
    Op("post", "/admin/api/logout", "退出登录", ok=204),
    Op("get", "/admin/api/me", "当前工作人员", response=s.MeOut),
    Op(
        "get",
        "/admin/api/dashboard",
        "首页统计（按角色显示各部分）",
        query=DashboardQuery,
        response=DashboardOut,
    ),
    Op(
        "get",
        "/admin/api/reports",
        "举报队列：筛选、搜索、按游标翻页",
        query=s.QueueQuery,
        response=s.QueueOut,
    ),
    Op("post", "/admin/api/reports", "录入电话、来访、信件举报", s.StaffReportIn, None, s.SubmittedOut, 201),
    Op(
        "get",
        "/admin/api/reports/choices",
        "各操作和筛选的可选值",
        query=s.RegionQuery,
        response=s.ChoicesOut,
    ),
    Op(
        "get",
        "/admin/api/staff/assignable",
        "可交办的工作人员",
        query=s.RegionQuery,
        response=s.AssignableListOut,
    ),
    Op("get", R, "案件详情（不含举报人身份）", response=s.CaseOut),
    Op(
        "get",
        R + "/evidence/{evidence_id}",
        "证据文件（图片；语音转为浏览器可播放的WAV），每次查看记入审计",
        download="image/jpeg",
    ),
    Op("post", R + "/identity", "查看举报人身份（须说明目的，记入审计）", s.PurposeIn, None, s.IdentityOut),
    Op("post", R + "/accept", "受理", s.VersionIn, None, s.ReportRowOut),
    Op("post", R + "/not-accept", "不予受理（须选择理由）", s.NotAcceptIn, None, s.ReportRowOut),
    Op("post", R + "/assign", "交办承办人", s.AssignIn, None, s.ReportRowOut),
    Op("post", R + "/start", "开始调查", s.VersionIn, None, s.ReportRowOut),
    Op("post", R + "/extend", "延长办理期限", s.ExtendIn, None, s.ReportRowOut),
    Op("post", R + "/conclude", "办结（结果和核实金额）", s.ConcludeIn, None, s.ReportRowOut),
    Op("post", R + "/inform", "已将结果告知举报人", s.VersionIn, None, s.ReportRowOut),
    Op("post", R + "/messages", "给举报人留言", s.MessageIn, None, s.MessageOut, 201),
    Op("get", "/admin/api/deadlines", "即将到期和已逾期的举报", query=s.RegionQuery, response=s.DeadlinesOut),
    Op("get", "/admin/api/ledger.csv", "台账（CSV）", query=s.LedgerQuery, download="text/csv"),
    Op("get", "/admin/api/ledger.xlsx", "台账（Excel）", query=s.LedgerQuery, download=XLSX),
    Op("post", "/admin/api/rewards/quote", "试算奖励金额及说明", rs.QuoteIn, None, rs.QuoteOut),
    Op("post", R + "/reward", "提出奖励建议", rs.ProposeIn, None, rs.RewardRowOut, 201),
    Op("get", "/admin/api/rewards", "奖励队列", query=rs.RewardQueueQuery, response=rs.RewardQueueOut),
    Op("get", RW, "奖励详情（领取人信息已遮盖）", response=rs.RewardDetailOut),
    Op("post", RW + "/approve", "批准奖励（不能批准本人的建议）", response=rs.RewardRowOut),
    Op(
        "post",
        SHARE + "/bank-transfer",
        "登记银行转账及凭证",
        rs.BankTransferIn,
        None,
        rs.BankTransferOut,
        201,
    ),
    Op("post", SHARE + "/void-transfer", "作废微信支付拒绝的转账", response=rs.RewardDetailOut),
    Op("post", SHARE + "/payee", "查看领取人身份（须说明目的，记入审计）", s.PurposeIn, None, rs.PayeeOut),
    Op("get", "/admin/api/credit/runs", "信用评价批次", query=cr.RegionQuery),
    Op(
        "post",
        "/admin/api/credit/runs",
        "信用评价（background=true 时作为任务运行，返回202）",
        cr.EvaluateIn,
        ok=201,
    ),
    Op("get", RUN, "评价批次及其等级（分页）", query=cr.PageQuery),
    Op("get", RUN + "/grades/{code}", "一家机构的等级说明"),
    Op("get", RUN + "/diff", "两次评价的差异：等级变化的机构及原因", query=cr.DiffQuery),
    Op("get", "/admin/api/tasks/{id}", "后台任务（评价、导入）的进度和结果"),
    Op(
        "post",
        "/admin/api/registry/institutions/import",
        "导入定点机构（CSV，作为任务运行）",
        None,
        s.RegionQuery,
        ok=202,
        body="text/csv",
    ),
    Op(
        "post",
        "/admin/api/registry/practitioners/import",
        "导入医保医师（CSV，作为任务运行）",
        None,
        s.RegionQuery,
        ok=202,
        body="text/csv",
    ),
    Op("post", RUN + "/publish", "公布评价结果"),
    Op("post", RUN + "/notices", "生成公示通知（异议码）", cr.NoticesIn),
    Op("get", "/admin/api/credit/events", "信用事件", query=cr.EventsQuery),
    Op("post", "/admin/api/credit/events", "登记信用事件", cr.EventIn, ok=201),
    Op(
        "post",
        "/admin/api/credit/events/import",
        "导入信用事件（CSV；background=true 时作为任务运行）",
        None,
        cr.ImportQuery,
        ok=201,
        body="text/csv",
    ),
    Op("post", "/admin/api/credit/events/{id}/withdraw", "撤回信用事件", cr.ReasonIn),
    Op("get", "/admin/api/credit/objections", "异议队列", query=cr.ObjectionsQuery),
    Op("post", "/admin/api/credit/objections/{id}/answer", "答复异议", cr.AnswerIn),
    Op("get", "/admin/api/credit/blacklist", "失信名单", query=cr.ListingsQuery),
    Op("post", "/admin/api/credit/blacklist", "列入失信名单", cr.ListingIn, ok=201),
    Op("post", "/admin/api/credit/blacklist/{id}/repairs", "登记信用修复申请", cr.RepairIn, ok=201),
    Op("get", "/admin/api/credit/repairs", "信用修复申请", query=cr.RepairsQuery),
    Op("post", "/admin/api/credit/repairs/{id}/decide", "决定信用修复申请", cr.DecideIn),
    Op("get", PTS, "医保医师记分情况", query=pts.StandingQuery),
    Op("post", PTS, "记分", pts.PointsIn, ok=201),
    Op("post", PTS + "/access-code", "生成记分查询码（只显示一次）", ok=201),
    Op("post", "/admin/api/credit/points/{id}/withdraw", "撤回记分", cr.ReasonIn),
    Op("get", "/admin/api/credit/point-reviews", "记分复核申请", query=pts.ReviewsQuery),
    Op("post", "/admin/api/credit/point-reviews/{id}/answer", "答复记分复核申请", pts.ReviewAnswerIn),
    Op(
        "get",
        "/admin/api/suggestions",
        "留言列表（新的在前）",
        query=cs.SuggestionsQuery,
        response=cs.SuggestionsOut,
    ),
    Op("get", "/admin/api/suggestions/{id}", "查看一条留言（记入审计）", response=cs.SuggestionOut),
    Op(
        "post",
        "/admin/api/suggestions/{id}/reply",
        "答复留言（通过公众号发给留言人）",
        cs.ReplyIn,
        None,
        cs.SuggestionOut,
    ),
    Op("post", "/admin/api/suggestions/{id}/close", "办结留言", cs.CloseIn, None, cs.SuggestionOut),
    Op("get", "/admin/api/accounts", "工作人员账号（本人管理的地区）", response=cs.AccountsOut),
    Op("post", "/admin/api/accounts", "新增账号", cs.AccountIn, None, cs.AccountOut, 201),
    Op(
        "post",
        "/admin/api/accounts/{id}",
        "修改角色、地区，锁定或解锁",
        cs.AccountChangeIn,
        None,
        cs.AccountOut,
    ),
    Op(
        "post",
        "/admin/api/accounts/{id}/reset-password",
        "重置密码（临时密码只显示一次）",
        response=cs.PasswordResetOut,
    ),
    Op("get", "/admin/api/audit", "审计日志查询及链校验状态", query=cs.AuditQuery, response=cs.AuditLogOut),
    Op("get", "/admin/api/openapi.json", "本接口文档（OpenAPI 3.1）"),
)
ERRORS = {
    401: "未登录或登录已过期（code: not_logged_in），用户名或密码错误（bad_credentials）",
    403: "没有这项操作的权限（forbidden；已记入审计）",
    404: "没有找到（not_found）",
    409: "状态不允许这项操作（bad_transition 等），或已被他人修改（conflict：请刷新后重试）",
    413: "文件太大（too_large）",
    422: "填写有误：fields 指出每个有误的字段，allowed 列出可选值；未指定统筹地区时 code 为 region_required，"
    "allowed.region 为可选的地区",
    429: "太频繁（rate_limited）",
}
Refs = dict[tuple[Any, JsonSchemaMode], dict[str, Any]]


def _operation(op: Op, refs: Refs, roles: tuple[str, ...] | None) -> dict[str, Any]:
    error = {"application/json": {"schema": refs[(ErrorOut, "serialization")]}}
    if op.download:
        ok_content: dict[str, Any] = {op.download: {"schema": {"type": "string", "format": "binary"}}}
    elif op.ok == 204:
        ok_content = {}
    else:
        schema = refs[(op.response, "serialization")] if op.response else {"type": "object"}
        ok_content = {"application/json": {"schema": schema}}
    ok: dict[str, Any] = {"description": "成功"} | ({"content": ok_content} if ok_content else {})
    codes = (403, 404, 409, 413, 422) if op.method == "post" else (403, 404, 422)
    out: dict[str, Any] = {
        "operationId": re.sub(r"\W+", "_", f"{op.method}_{op.path.removeprefix('/admin/api/')}").strip("_"),
        "summary": op.summary,
        "tags": ["staff"],
        "security": [] if roles is None else [{"session": []}],
        "responses": {str(op.ok): ok}
        | {str(c): {"description": ERRORS[c], "content": error} for c in (401, *codes)},
    }
    if roles:
        out["description"] = "角色：" + "、".join(roles) + "（且须为所涉统筹地区的工作人员）"
    if op.path == "/admin/api/credit/runs" and op.method == "post":
        out["responses"]["202"] = {"description": "background=true：任务已创建，见 GET /admin/api/tasks/{id}"}
    params: list[dict[str, Any]] = [
        {"name": p, "in": "path", "required": True, "schema": {"type": "string"}}
        for p in re.findall(r"{(\w+)}", op.path)
    ]
    if op.query is not None:
        query: dict[str, Any] = op.query.model_json_schema()
        params += [
            {"name": name, "in": "query", "required": name in query.get("required", ()), "schema": prop}
            for name, prop in query["properties"].items()
        ]
    if params:
        out["parameters"] = params
    if op.request is not None:
        body: dict[str, Any] = {"application/json": {"schema": refs[(op.request, "validation")]}}
        out["requestBody"] = {"required": True, "content": body}
    elif op.body:
        out["requestBody"] = {"required": True, "content": {op.body: {"schema": {"type": "string"}}}}
    return out


def _schemas() -> tuple[Refs, dict[str, Any]]:
    pairs: list[tuple[type[BaseModel], JsonSchemaMode]] = [(ErrorOut, "serialization")]
    for op in OPS:
        if op.request is not None:
            pairs.append((op.request, "validation"))
        if op.response is not None:
            pairs.append((op.response, "serialization"))
    refs, top = models_json_schema(list(dict.fromkeys(pairs)), ref_template="#/components/schemas/{model}")
    return dict(refs), dict(top.get("$defs", {}))


def staff_routes(app: web.Application) -> dict[tuple[str, str], tuple[str, ...] | None]:
    """Every /admin/api route of the app: (method, path) → the roles it admits (None: public)."""
    return {key: roles for key, (roles, _) in _route_table(app).items()}


def _route_table(app: web.Application) -> dict[tuple[str, str], tuple[tuple[str, ...] | None, str]]:
    out: dict[tuple[str, str], tuple[tuple[str, ...] | None, str]] = {}
    for route in app.router.routes():
        path = route.resource.canonical if route.resource else ""
        if path.startswith("/admin/api/") and route.method in ("GET", "POST", "DELETE"):
            doc = (getattr(route.handler, "__doc__", None) or "").strip().split("\n", 1)[0]
            out[(route.method.lower(), path)] = (getattr(route.handler, "staff_roles", None), doc)
    return out


def _undeclared(app: web.Application) -> list[Op]:
    """The routes no ``Op`` describes yet (a domain's newer endpoints): listed from the route table,
    with its roles, the handler's first docstring line and JSON objects shaped by the service, so the
    document never omits a route."""
    declared = {(op.method, op.path) for op in OPS}
    return [
        Op(method, path, doc or f"{method.upper()} {path}")  # type: ignore[arg-type]
        for (method, path), (_, doc) in sorted(_route_table(app).items())
        if (method, path) not in declared
    ]


def document(app: web.Application) -> dict[str, Any]:
    refs, components = _schemas()
    roles = staff_routes(app)
    paths: dict[str, dict[str, Any]] = {}
    for op in (*OPS, *_undeclared(app)):
        paths.setdefault(op.path, {})[op.method] = _operation(op, refs, roles.get((op.method, op.path)))
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "医保守护 工作人员接口",
            "version": "1",
            "description": (
                "医保部门工作人员办理举报、奖励、信用评价的接口（控制台使用同一组服务）。"
                "错误统一为 {code, message, fields?, allowed?}：fields 指出有误的字段，allowed 列出可选值。"
            ),
        },
        "paths": paths,
        "components": {
            "schemas": components,
            "securitySchemes": {
                "session": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "POST /admin/api/login 返回的 token",
                }
            },
        },
    }


async def openapi_document(request: web.Request, actor: Actor) -> web.Response:
    """For any signed-in staff member (every staff route but sign-in needs a session). Built per
    request (a few milliseconds; integrators fetch it rarely) from the running app's own route table."""
    return web.json_response(document(request.app), headers={"Cache-Control": "no-store"})
