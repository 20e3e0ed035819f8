"""The OpenAPI 3.1 document of /api/v1, generated from the pydantic models the handlers use.

Each operation is listed here once; a test checks that every /api/v1 route of the app appears, so the
document cannot silently fall behind the route table.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel
from pydantic.json_schema import JsonSchemaMode, models_json_schema

from handlers.kit.errors import ErrorOut
from handlers.kit.uploads import AMR, JPEG, MP3, PNG, WEBP
from handlers.miniprogram.credit import InstitutionCreditOut, PharmaciesOut, PharmacyQuery
from handlers.miniprogram.objections import ObjectionIn, ObjectionOut
from handlers.miniprogram.points import PointReviewIn, PointReviewOut, PractitionerPointsOut
from handlers.miniprogram.reward_schemas import (
    ClaimedOut,
    ClaimIn,
    DeclineIn,
    OffersOut,
    RewardOut,
    TransferOut,
)
from handlers.miniprogram.schemas import (
    AttachmentOut,
    CategoriesOut,
    LoginIn,
    LoginOut,
    MessageIn,
    MessageOut,
    ReportIn,
    ReportViewOut,
    SubmittedOut,
    UploadIn,
)

ERRORS: dict[int, str] = {
    400: "查询条件有误：invalid 带 fields（如名称 q 和位置 lat、lng 同时给出或都没给，半径超出范围）",
    401: "未登录、登录已过期，或微信登录凭证无效/已使用（code: unauthorized, bad_login_code）",
    403: "微信拒绝该账号登录（code: login_refused）；"
    "领奖的回执码或身份不符，回复相同（code: claim_refused）；异议码不符（code: bad_objection_code）；"
    "记分查询码与人员编码不符（code: bad_access_code）",
    404: "回执码有误或不存在，两者回复相同；或没有这个定点编码（code: not_found）",
    409: "奖励当前的状态不允许这样做：已过领取期限、已领取、已放弃、尚未领取等（code 见 message）；"
    "异议期已过或已提出过异议（code: objection_closed）",
    413: "提交的内容或文件太大（code: too_large）",
    422: "填写的内容有误：invalid 带 fields；举报规则的拒绝带各自的 code",
    429: "太频繁，见 Retry-After（code: rate_limited, too_many_guesses）",
    500: "服务内部错误，带 request_id",
    503: "微信暂时不可用（code: wechat_unavailable）",
}


@dataclass(frozen=True)
class Operation:
    method: Literal["get", "post"]
    path: str
    operation_id: str
    summary: str
    ok: int
    response: type[BaseModel] | None
    request: type[BaseModel] | None = None
    multipart: bool = False
    auth: bool = False
    errors: tuple[int, ...] = ()
    accepted: str = ""  # when set: a 202 with the same body, described so
    path_doc: str = "回执码，16位，可带分隔符（如 ABCD-EFGH-JKMN-PQRS）"
    query: type[BaseModel] | None = None  # the query-string parameters, one per field
    access_code: bool = False  # the practitioner's access code in X-Access-Code (handlers.miniprogram.points)


OPERATIONS = (
    Operation(
        method="post",
        path="/api/v1/login",
        operation_id="login",
        summary="用 wx.login 的 code 登录，换取会话令牌",
        ok=200,
        response=LoginOut,
        request=LoginIn,
        errors=(401, 403, 413, 422, 429, 503),
    ),
    Operation(
        method="get",
        path="/api/v1/report-categories",
        operation_id="reportCategories",
        summary="本地区的举报类别",
        ok=200,
        response=CategoriesOut,
    ),
    Operation(
        method="post",
        path="/api/v1/attachments",
        operation_id="uploadAttachment",
        summary="上传一张图片或一段语音作为证据（类型按文件内容判断）",
        ok=201,
        response=AttachmentOut,
        request=UploadIn,
        multipart=True,
        auth=True,
        errors=(401, 413, 422, 429),
    ),
    Operation(
        method="post",
        path="/api/v1/reports",
        operation_id="submitReport",
        summary="提交举报（实名或匿名），返回回执码",
        ok=201,
        response=SubmittedOut,
        request=ReportIn,
        auth=True,
        errors=(401, 413, 422, 429),
    ),
    Operation(
        method="get",
        path="/api/v1/reports/{receipt_code}",
        operation_id="reportByReceipt",
        summary="凭回执码查看办理进度和留言（无需登录）",
        ok=200,
        response=ReportViewOut,
        errors=(404, 429),
    ),
    Operation(
        method="post",
        path="/api/v1/reports/{receipt_code}/messages",
        operation_id="postMessage",
        summary="凭回执码给承办人留言（无需登录）",
        ok=201,
        response=MessageOut,
        request=MessageIn,
        errors=(404, 413, 422, 429),
    ),
    Operation(
        method="get",
        path="/api/v1/rewards",
        operation_id="myRewards",
        summary="我的实名举报的奖励（金额、状态、领取期限）",
        ok=200,
        response=OffersOut,
        auth=True,
        errors=(401,),
    ),
    Operation(
        method="get",
        path="/api/v1/reports/{receipt_code}/reward",
        operation_id="rewardByReceipt",
        summary="凭回执码查看这件举报的奖励（登录后标出本人领取的一份）",
        ok=200,
        response=RewardOut,
        errors=(401, 404, 429),
    ),
    Operation(
        method="post",
        path="/api/v1/reports/{receipt_code}/reward/claim",
        operation_id="claimReward",
        summary="凭回执码和本人身份领取奖励（实名举报须与举报时的身份一致），选择微信零钱或银行转账",
        ok=200,
        response=ClaimedOut,
        request=ClaimIn,
        auth=True,
        errors=(401, 403, 409, 413, 422, 429),
    ),
    Operation(
        method="post",
        path="/api/v1/reports/{receipt_code}/reward/decline",
        operation_id="declineReward",
        summary="凭回执码和本人身份放弃奖励（不可撤回）",
        ok=200,
        response=ClaimedOut,
        request=DeclineIn,
        auth=True,
        errors=(401, 403, 409, 413, 422, 429),
    ),
    Operation(
        method="post",
        path="/api/v1/reports/{receipt_code}/reward/transfer",
        operation_id="transferReward",
        summary=(
            "发起（或继续）本人已领取的一份奖励的微信转账；返回 package_info 后调用 "
            "wx.requestMerchantTransfer({mchId: mch_id, appId: app_id, package: package_info})"
        ),
        ok=200,
        response=TransferOut,
        auth=True,
        errors=(401, 404, 409, 429, 503),
        accepted="微信支付尚未返回 package_info：请稍后再次调用",
    ),
    Operation(
        method="get",
        path="/api/v1/pharmacies",
        operation_id="findPharmacies",
        summary="查药店信用：按名称（q）或按位置（lat、lng、radius_m，由近到远），只显示已公布的信用评价（无需登录）",
        ok=200,
        response=PharmaciesOut,
        query=PharmacyQuery,
        errors=(400, 429),
    ),
    Operation(
        method="get",
        path="/api/v1/institutions/{code}/credit",
        operation_id="institutionCredit",
        summary="按医保定点编码查一家机构的已公布信用评价和正在公示的失信名单（无需登录）",
        ok=200,
        response=InstitutionCreditOut,
        errors=(404, 429),
        path_doc="医保定点编码（如 P439901000001）",
    ),
    Operation(
        method="post",
        path="/api/v1/institutions/{code}/credit/objections",
        operation_id="objectToCreditGrade",
        summary="机构对已公布的信用评价提出异议（凭公示通知上的异议码，公示之日起10个工作日内）",
        ok=201,
        response=ObjectionOut,
        request=ObjectionIn,
        errors=(403, 404, 409, 422, 429),
        path_doc="医保定点编码（如 P439901000001）",
    ),
    Operation(
        method="get",
        path="/api/v1/practitioners/{code}/points",
        operation_id="practitionerPoints",
        summary="医保医师（药师）查看本人的记分、状态（正常、暂停、终止）及说明（凭记分通知上的查询码）",
        ok=200,
        response=PractitionerPointsOut,
        access_code=True,
        errors=(403, 404, 429),
        path_doc="人员编码（记分通知上所列）",
    ),
    Operation(
        method="post",
        path="/api/v1/practitioners/{code}/points/reviews",
        operation_id="requestPointsReview",
        summary="对一次记分申请人工复核（个人信息保护法第二十四条；同一记分待复核期间重复申请返回原申请）",
        ok=201,
        response=PointReviewOut,
        request=PointReviewIn,
        access_code=True,
        errors=(403, 404, 413, 422, 429),
        path_doc="人员编码（记分通知上所列）",
    ),
    Operation(
        method="get",
        path="/api/v1/openapi.json",
        operation_id="openapi",
        summary="本接口文档（OpenAPI 3.1）",
        ok=200,
        response=None,
    ),
)


Refs = dict[tuple[Any, JsonSchemaMode], dict[str, Any]]


def _schemas() -> tuple[Refs, dict[str, Any]]:
    pairs: list[tuple[type[BaseModel], JsonSchemaMode]] = [(ErrorOut, "serialization")]
    for op in OPERATIONS:
        if op.request is not None:
            pairs.append((op.request, "validation"))
        if op.response is not None:
            pairs.append((op.response, "serialization"))
    refs, top = models_json_schema(list(dict.fromkeys(pairs)), ref_template="#/components/schemas/{model}")
    return dict(refs), dict(top.get("$defs", {}))


def _operation(op: Operation, refs: Refs) -> dict[str, Any]:
    error = {"application/json": {"schema": refs[(ErrorOut, "serialization")]}}
    ok_schema = refs[(op.response, "serialization")] if op.response else {"type": "object"}
    out: dict[str, Any] = {
        "operationId": op.operation_id,
        "summary": op.summary,
        "tags": ["mini-program"],
        "security": [{"session": []}] if op.auth else [{"accessCode": []}] if op.access_code else [],
        "responses": {
            str(op.ok): {"description": "成功", "content": {"application/json": {"schema": ok_schema}}},
            **{str(code): {"description": ERRORS[code], "content": error} for code in (*op.errors, 500)},
        },
    }
    if op.accepted:
        out["responses"]["202"] = {
            "description": op.accepted, "content": {"application/json": {"schema": ok_schema}}
        }  # fmt: skip
    params = re.findall(r"{(\w+)}", op.path)
    if params:
        out["parameters"] = [
            {"name": p, "in": "path", "required": True, "schema": {"type": "string"},
             "description": op.path_doc}
            for p in params
        ]  # fmt: skip
    if op.query is not None:
        schema = op.query.model_json_schema()
        out.setdefault("parameters", []).extend(
            {"name": name, "in": "query", "required": name in schema.get("required", ()),
             "description": prop.pop("description", ""), "schema": prop}
            for name, prop in schema["properties"].items()
        )  # fmt: skip
    if op.request is not None:
        schema = refs[(op.request, "validation")]
        if op.multipart:
            types = ", ".join(k.content_type for k in (JPEG, PNG, WEBP, AMR, MP3))
            content = {
                "multipart/form-data": {"schema": schema, "encoding": {"file": {"contentType": types}}}
            }
        else:
            content = {"application/json": {"schema": schema}}
        out["requestBody"] = {"required": True, "content": content}
    return out


@functools.cache
def document() -> dict[str, Any]:
    refs, components = _schemas()
    paths: dict[str, dict[str, Any]] = {}
    for op in OPERATIONS:
        paths.setdefault(op.path, {})[op.method] = _operation(op, refs)
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "医保守护 小程序接口",
            "version": "1",
            "description": (
                "举报、上传证据、凭回执码查看进度和留言、领取举报奖励。"
                "错误统一为 {code, message}（message 为中文），填写有误时另带 fields。"
                "需要登录的接口使用 Authorization: Bearer <token>。"
            ),
        },
        "paths": paths,
        "components": {
            "schemas": components,
            "securitySchemes": {
                "session": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "POST /api/v1/login 返回的 token",
                },
                "accessCode": {
                    "type": "apiKey",
                    "in": "header",
                    "name": "X-Access-Code",
                    "description": "医保经办机构随记分通知发给本人的查询码（12位，可带分隔符）",
                },
            },
        },
    }
