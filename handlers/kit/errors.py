"""Refusals as JSON ``{code, message, fields?}`` in Chinese, mapped once for every face: a
``DomainError`` carries its own status and field (``kernel.errors``); ``ApiError`` is a refusal the
edge itself makes (a bad body, a missing session, a throttle).

Pydantic's own messages are English and may echo the input (an ID number); field errors are rewritten
here from the error type alone, so a response never repeats what was sent.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Awaitable, Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from pydantic_core import ErrorDetails

from handlers.kit.text import KIND, error_path
from kernel.actors import RegionRequired
from kernel.context import request_id
from kernel.errors import DomainError

log = logging.getLogger(__name__)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

INVALID = "请检查填写的内容"
_QUOTED = re.compile(r"'([^']*)'")

# Who a field is, for messages like "请填写情况描述", for the inputs of every face; a dotted path is
# looked up whole first, then by its last part.
FIELD_TITLES = {
    "code": "登录凭证",
    "username": "用户名",
    "password": "密码",
    "purpose": "查看目的",
    "reason": "理由",
    "assignee_id": "承办人",
    "conclusion": "办理结果",
    "verified_amount_fen": "核实金额（分）",
    "summary": "办理情况",
    "version": "版本号",
    "region": "统筹地区",
    "status": "状态",
    "since": "起始日期",
    "channel": "渠道",
    "category": "举报类别",
    "target_code": "定点编码",
    "target_name": "被举报对象",
    "description": "情况描述",
    "attachments": "证据材料",
    "location": "位置",
    "location.name": "地点名称",
    "latitude": "纬度",
    "longitude": "经度",
    "name": "姓名",
    "address": "地址",
    "anonymous": "是否匿名",
    "identity": "实名信息",
    "id_number": "身份证号码",
    "phone": "手机号码",
    "sensitive_consent": "敏感个人信息单独同意",
    "body": "留言内容",
    "file": "文件",
    "q": "药店名称",
    "lat": "纬度",
    "lng": "经度",
    "radius_m": "查询半径",
    "limit": "返回条数",
    "cursor": "翻页位置",
    "weeks": "周数",
    "roles": "角色",
    "regions": "统筹地区",
}


class ErrorOut(BaseModel):
    """Every refusal: ``code`` for programs, ``message`` (Chinese) for people."""

    model_config = ConfigDict(populate_by_name=True)

    code: str = Field(examples=["invalid"])
    message: str = Field(examples=["请检查填写的内容"])
    fields: dict[str, str] | None = Field(
        default=None,
        description="Per-field problems (Chinese), keyed by the dotted path of the field.",
        examples=[{"description": "请具体描述发生了什么（10–2000字）：时间、地点、经过。"}],
    )
    allowed: dict[str, list[str]] | None = Field(
        default=None,
        description="For fields that take one of a list: the values they accept (a missing region: the "
        "regions the staff member may choose).",
        examples=[{"region": ["demo", "demo2"]}],
    )
    request_id: str | None = Field(default=None, description="On 500 only: quote it to support.")


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
        allowed: dict[str, list[str]] | None = None,
    ) -> None:
        super().__init__(code)
        self.status = status
        self.body = ErrorOut(code=code, message=message, fields=fields, allowed=allowed or None)
        self.headers = headers or {}

    @classmethod
    def invalid(
        cls, fields: dict[str, str], message: str = INVALID, *, allowed: dict[str, list[str]] | None = None
    ) -> ApiError:
        return cls(422, "invalid", message, fields=fields, allowed=allowed)

    @classmethod
    def of(cls, err: DomainError) -> ApiError:
        """A domain refusal, with the status, field and allowed values its vocabulary gives it."""
        headers = {"WWW-Authenticate": "Bearer"} if err.status == 401 else None
        return cls(
            err.status, err.code, err.message, fields=err.fields(), headers=headers, allowed=err.allowed()
        )

    @classmethod
    def region_required(cls, err: RegionRequired) -> ApiError:
        """Not a permission problem: the actor works in several regions and must pick one."""
        message = "请选择统筹地区：" + "、".join(err.regions) + "。"
        return cls(
            422, "region_required", message, fields={"region": message}, allowed={"region": err.regions}
        )

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
    """A model as JSON (UTF-8, aliases applied). Replies are not cached unless a handler says so (staff
    and personal replies never are)."""
    body = model.model_dump_json(by_alias=True, exclude_none=exclude_none)
    response = web.Response(
        body=body.encode(), status=status, content_type="application/json", headers=headers
    )
    response.headers["Cache-Control"] = cache
    return response


def api(handler: Handler) -> Handler:
    """Map ``ApiError`` and every ``DomainError`` to their JSON replies, and anything unexpected to a 500.

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
        except DomainError as err:
            return ApiError.of(err).response()
        except RegionRequired as err:
            return ApiError.region_required(err).response()
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


def allowed_values(err: ValidationError) -> dict[str, list[str]]:
    """For each field refused for not being one of a list (a ``Literal``), the values it accepts."""
    out: dict[str, list[str]] = {}
    for detail in err.errors(include_url=False, include_input=False):
        if detail["type"] == "literal_error":
            expected = str(dict(detail.get("ctx") or {}).get("expected", ""))
            out[".".join(str(p) for p in detail["loc"])] = _QUOTED.findall(expected)
    return out


def field_errors(err: ValidationError, titles: Mapping[str, str] = FIELD_TITLES) -> dict[str, str]:
    """Each bad field (dotted path) → a Chinese sentence naming it by ``titles``."""
    out: dict[str, str] = {}
    for detail in err.errors(include_url=False, include_input=False):
        path = error_path(detail, ".".join(str(p) for p in detail["loc"]))
        out.setdefault(path or "request", _message(path, detail, titles))
    return out


def _title(path: str, titles: Mapping[str, str]) -> str:
    named = ".".join(p for p in path.split(".") if not p.isdigit())
    return titles.get(named) or titles.get(named.rsplit(".", 1)[-1], "此项")


def _number(value: object) -> str:
    return f"{value:g}" if isinstance(value, int | float) else str(value)


def _message(path: str, detail: ErrorDetails, titles: Mapping[str, str]) -> str:
    kind = detail["type"]
    ctx: dict[str, Any] = dict(detail.get("ctx") or {})
    if not path:
        return "请求内容不是有效的JSON。" if kind == "json_invalid" else "请求内容应为JSON对象。"
    title = _title(path, titles)
    phrases = {
        "missing": f"请填写{title}。",
        "string_too_short": f"{title}至少{ctx.get('min_length')}个字。",
        "string_too_long": f"{title}不能超过{ctx.get('max_length')}个字。",
        "too_short": f"{title}至少{ctx.get('min_length')}项。",
        "too_long": f"{title}最多{ctx.get('max_length')}项。",
        "greater_than": f"{title}应大于{_number(ctx.get('gt'))}。",
        "greater_than_equal": f"{title}不能小于{_number(ctx.get('ge'))}。",
        "less_than_equal": f"{title}不能大于{_number(ctx.get('le'))}。",
        "literal_error": f"{title}不在可选范围内。",
        "enum": f"{title}不在可选范围内。",
        "extra_forbidden": "不认识这一项，请删除。",
        "uuid_parsing": f"{title}的编号无效，请重新上传。",
        "uuid_type": f"{title}的编号无效，请重新上传。",
        KIND: f"{title}含有不可见的控制字符，请删除后再提交。",
    }
    if kind in phrases:
        return phrases[kind]
    if kind.startswith("string"):
        return f"{title}应为文字。"
    if kind.startswith("bool"):
        return f"{title}应为是或否。"
    if kind.startswith("int"):
        return f"{title}应为整数。"
    if kind.startswith("float") or kind.startswith("decimal"):
        return f"{title}应为数字。"
    if kind.startswith("date"):
        return f"{title}应为日期，如2026-01-31。"
    return f"{title}的格式不对。"
