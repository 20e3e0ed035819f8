"""The staff error vocabulary: one code per refusal, each with Chinese text for the staff member."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import ClassVar, Literal

from kernel.actors import ROLES
from kernel.errors import DomainError

StaffErrorCode = Literal[
    "bad_credentials",
    "not_logged_in",
    "forbidden",
    "rate_limited",
    "unknown_staff",
    "username_taken",
    "bad_username",
    "bad_display_name",
    "weak_password",
    "bad_role",
    "bad_region",
    "bad_second_factor",
    "second_factor_missing",
    "second_factor_enrolled",
    "second_factor_required",
]

# Never echo the rejected input (a password typed into the user-name box, say).
MESSAGES: dict[str, str] = {
    "bad_credentials": "用户名或密码错误。",
    "not_logged_in": "请先登录（登录已过期或已退出）。",
    "forbidden": "您没有办理这项操作的权限。",
    "rate_limited": "登录尝试太频繁，请稍后再试。",
    "unknown_staff": "没有这名工作人员，或其账号已停用。",
    "username_taken": "这个用户名已被使用。",
    "bad_username": "用户名须为3–32位小写字母、数字、点、下划线或连字符。",
    "bad_display_name": "姓名须为1–64个字。",
    "weak_password": "密码至少10位，最多128位。",
    "bad_role": "角色须为：intake（受理）、investigator（调查）、head（负责人）、finance（财务）、"
    "credit_officer（信用）、admin（管理员）。",
    "bad_region": "统筹地区代码须为1–32位小写字母、数字、下划线或连字符，且至少有一个。",
    "bad_second_factor": "动态验证码不对或已用过，请输入验证器上当前显示的6位数字。",
    "second_factor_missing": "尚未绑定动态验证码，请先扫码绑定。",
    "second_factor_enrolled": "已绑定动态验证码；如更换手机，请管理员重置。",
    "second_factor_required": "您的角色须同时输入动态验证码（totp_code）；"
    "尚未绑定的请先在管理台登录并扫码绑定。",
}


class StaffError(DomainError):
    """A refusal the caller can show: ``code`` for programs, ``message`` (Chinese) for people."""

    MESSAGES: ClassVar[Mapping[str, str]] = MESSAGES
    STATUS: ClassVar[dict[str, int]] = {
        **dict.fromkeys(("bad_credentials", "not_logged_in", "second_factor_required"), 401),
        **dict.fromkeys(("bad_second_factor", "second_factor_missing"), 401),
        "forbidden": 403,
        "username_taken": 409,
        "rate_limited": 429,
    }
    FIELDS: ClassVar[dict[str, str]] = {
        "unknown_staff": "assignee_id",
        "bad_role": "roles",
        "bad_region": "regions",
    }
    ALLOWED: ClassVar[dict[str, Iterable[str]]] = {"bad_role": ROLES}

    code: StaffErrorCode

    def __init__(self, code: StaffErrorCode, *, detail: str | None = None) -> None:
        super().__init__(code, detail=detail)
