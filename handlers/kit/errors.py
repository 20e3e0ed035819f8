"""API refusals as JSON ``{code, message, fields?}`` in Chinese, and the wrapper that maps them once.

Pydantic's own messages are English and may echo the input (an ID number); field errors are rewritten
here from the error type alone, so a response never repeats what was sent.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import Any

from aiohttp import web
from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from handlers.kit.text import KIND, error_path
from handlers.miniprogram.schemas import ErrorOut
from reports.errors import ReportError
from server.logs import request_id

log = logging.getLogger(__name__)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

INVALID = "请检查填写的内容"

# Who a field is, for messages like "请填写情况描述".
FIELD_TITLES = {
    "code": "登录凭证",
    "category": "举报类别",
    "target_code": "定点编码",
    "target_name": "被举报对象",
    "description": "情况描述",
    "attachments": "证据材料",
    "location": "位置",
    "latitude": "纬度",
    "longitude": "经度",
    "name": "名称",
    "address": "地址",
    "anonymous": "是否匿名",
    "identity": "实名信息",
    "identity.name": "姓名",
    "identity.id_number": "身份证号码",
    "identity.phone": "手机号码",
    "sensitive_consent": "敏感个人信息单独同意",
    "body": "留言内容",
    "file": "文件",
    "q": "药店名称",
    "lat": "纬度",
    "lng": "经度",
    "radius_m": "查询半径",
    "limit": "返回条数",
}

# The field a domain refusal is about, so the mini-program can show it next to the input.
REPORT_ERROR_FIELDS = {
    "bad_id_number": "identity.id_number",
    "bad_phone": "identity.phone",
    "unknown_category": "category",
    "bad_target": "target_name",
    "bad_description": "description",
    "too_many_evidence": "attachments",
    "bad_identity": "identity",
    "consent_required": "sensitive_consent",
    "bad_message": "body",
}
REPORT_ERROR_STATUS = {"not_found": 404, "bad_receipt": 404, "forbidden": 403, "conflict": 409}


class ApiError(Exception):
    """A refusal with its HTTP status; raised anywhere below a handler wrapped by ``api``."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        fields: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(code)
        self.status = status
        self.body = ErrorOut(code=code, message=message, fields=fields)
        self.headers = headers or {}

    @classmethod
    def invalid(cls, fields: dict[str, str], message: str = INVALID) -> ApiError:
        return cls(422, "invalid", message, fields=fields)

    @classmethod
    def from_report(cls, err: ReportError) -> ApiError:
        field = REPORT_ERROR_FIELDS.get(err.code)
        status = REPORT_ERROR_STATUS.get(err.code, 422)
        return cls(status, err.code, err.message, fields={field: err.message} if field else None)

    def response(self) -> web.Response:
        return reply(self.body, status=self.status, headers=self.headers, exclude_none=True)


def reply(
    model: BaseModel,
    *,
    status: int = 200,
    headers: dict[str, str] | None = None,
    exclude_none: bool = False,
    cache: str = "no-store",
) -> web.Response:
    """A model as JSON (UTF-8, aliases applied). Replies are not cached unless a handler says so."""
    body = model.model_dump_json(by_alias=True, exclude_none=exclude_none)
    response = web.Response(
        body=body.encode(), status=status, content_type="application/json", headers=headers
    )
    response.headers["Cache-Control"] = cache
    return response


def api(handler: Handler) -> Handler:
    """Map ``ApiError`` and ``ReportError`` to their JSON replies, and anything unexpected to a 500.

    The 500 is answered here rather than by the edge middleware because the edge logs the request path,
    and these paths can hold a receipt code, which must never reach the logs (POLICY §9): the route
    template is logged instead.
    """

    @functools.wraps(handler)
    async def wrapped(request: web.Request) -> web.StreamResponse:
        try:
            return await handler(request)
        except ApiError as err:
            return err.response()
        except ReportError as err:
            return ApiError.from_report(err).response()
        except web.HTTPException:
            raise
        except Exception:
            resource = request.match_info.route.resource
            log.exception("unhandled error on %s %s", request.method, resource.canonical if resource else "?")
            body = ErrorOut(
                code="internal", message="服务暂时不可用，请稍后再试", request_id=request_id.get()
            )
            return reply(body, status=500, exclude_none=True)

    return wrapped


@contextmanager
def checked_input() -> Iterator[None]:
    """Turn a ValidationError of the client's input raised inside into a 422 with Chinese field errors."""
    try:
        yield
    except ValidationError as err:
        raise ApiError.invalid(field_errors(err)) from None


def field_errors(err: ValidationError) -> dict[str, str]:
    out: dict[str, str] = {}
    for detail in err.errors(include_url=False, include_input=False):
        path = error_path(detail, ".".join(str(p) for p in detail["loc"]))
        out.setdefault(path or "request", _message(path, detail))
    return out


def _title(path: str) -> str:
    named = ".".join(p for p in path.split(".") if not p.isdigit())
    return FIELD_TITLES.get(named) or FIELD_TITLES.get(named.rsplit(".", 1)[-1], "此项")


def _number(value: object) -> str:
    return f"{value:g}" if isinstance(value, int | float) else str(value)


def _message(path: str, detail: ErrorDetails) -> str:
    kind = detail["type"]
    ctx: dict[str, Any] = dict(detail.get("ctx") or {})
    if not path:
        return "请求内容不是有效的JSON。" if kind == "json_invalid" else "请求内容应为JSON对象。"
    title = _title(path)
    phrases = {
        "missing": f"请填写{title}。",
        "string_too_short": f"{title}至少{ctx.get('min_length')}个字。",
        "string_too_long": f"{title}不能超过{ctx.get('max_length')}个字。",
        "too_short": f"{title}至少{ctx.get('min_length')}项。",
        "too_long": f"{title}最多{ctx.get('max_length')}项。",
        "greater_than_equal": f"{title}不能小于{_number(ctx.get('ge'))}。",
        "less_than_equal": f"{title}不能大于{_number(ctx.get('le'))}。",
        "extra_forbidden": "不认识这一项，请删除。",
        "uuid_parsing": f"{title}的编号无效，请重新上传。",
        "uuid_type": f"{title}的编号无效，请重新上传。",
        KIND: f"{title}含有不可见的控制字符，请删除后再提交。",
    }
    if kind in phrases:
        return phrases[kind]
    if kind.startswith("string"):
        return f"{title}应为文字。"
    if kind.startswith(("bool", "int", "float")):
        return f"{title}应为{'是或否' if kind.startswith('bool') else '数字'}。"
    return f"{title}的格式不对。"
