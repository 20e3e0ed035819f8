"""JSON input for credit (facts and scheme files): exact numbers, and Chinese errors naming the field."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from credit.errors import CreditError, CreditErrorCode

MAX_LISTED_ERRORS = 20


def _no_constants(name: str) -> Any:
    raise ValueError(f"不支持的数值 {name}")


def parse_json(text: str, *, code: CreditErrorCode, what: str) -> Any:
    """Parse ``text``; every non-integer number becomes a ``Decimal`` (band edges are exact, never float)."""
    try:
        return json.loads(text, parse_float=Decimal, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        where = f"第 {exc.lineno} 行第 {exc.colno} 列"
        raise CreditError(code, [f"{what}不是有效的 JSON：{where}附近格式错误（{exc.msg}）"]) from None
    except ValueError as exc:  # NaN / Infinity
        raise CreditError(code, [f"{what}包含{exc}，数值必须是有限的数字"]) from None


def field_path(loc: tuple[int | str, ...], raw: Any) -> str:
    """``institutions[2]（编码 H001）.events[0].date``: the JSON path, with the institution's code."""
    out, node = "", raw
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
            node = node[part] if isinstance(node, list) and 0 <= part < len(node) else None
            if isinstance(node, dict) and isinstance(node.get("code"), str) and out.count("[") == 1:
                out += f"（编码 {node['code']}）"
        else:
            out += f".{part}" if out else part
            node = node.get(part) if isinstance(node, dict) else None
    return out or "（文件顶层）"


def _choices(expected: str) -> str:
    """pydantic's "'a', 'b' or 'c'" as "'a'、'b'、'c'"."""
    return expected.replace(" or ", "、").replace(", ", "、")


def _message(err: ErrorDetails) -> str:
    kind, ctx = err["type"], err.get("ctx") or {}
    if kind == "missing":
        return "缺少必填字段"
    if kind == "extra_forbidden":
        return "不认识的字段（拼写错误？）"
    if kind == "literal_error":
        return f"取值无效，应为 {_choices(str(ctx.get('expected', '')))} 之一"
    if kind in ("greater_than_equal", "greater_than"):
        return f"不能小于{'或等于' if kind == 'greater_than' else ''} {ctx.get('ge', ctx.get('gt'))}"
    if kind in ("less_than_equal", "less_than"):
        return f"不能大于{'或等于' if kind == 'less_than' else ''} {ctx.get('le', ctx.get('lt'))}"
    if kind in ("string_type", "str_type"):
        return "应为文本"
    if kind == "string_too_short":
        return "不能为空"
    if kind in ("list_type", "tuple_type"):
        return "应为 JSON 列表 [...]"
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return "应为 JSON 对象 {...}"
    if kind in ("decimal_parsing", "decimal_type", "float_parsing", "int_parsing", "int_type", "float_type"):
        return "应为数字"
    if kind == "finite_number":
        return "必须是有限的数字"
    if kind == "value_error":
        return str(ctx.get("error", err["msg"]))
    if kind == "union_tag_invalid":
        tags = _choices(str(ctx.get("expected_tags", "")))
        return f"{ctx.get('discriminator', '')} 取值无效，应为 {tags} 之一"
    return f"取值无效（{err['msg']}）"


def _untagged(loc: tuple[int | str, ...], raw: Any) -> tuple[int | str, ...]:
    """A tagged union reports ``("score_bands", "window")``; the file only has ``window``."""
    if loc and isinstance(raw, dict) and loc[0] not in raw and loc[0] == raw.get("type"):
        return loc[1:]
    return loc


def validation_error(exc: ValidationError, raw: Any, *, code: CreditErrorCode) -> CreditError:
    errors = exc.errors()
    lines = [
        f"{field_path(_untagged(e['loc'], raw), raw)}：{_message(e)}" for e in errors[:MAX_LISTED_ERRORS]
    ]
    if len(errors) > MAX_LISTED_ERRORS:
        lines.append(f"……另有 {len(errors) - MAX_LISTED_ERRORS} 处错误")
    return CreditError(code, lines)
