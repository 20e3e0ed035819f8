"""Text from the network: control characters other than newline and tab are refused at the edge.

PostgreSQL cannot store NUL in text (``invalid byte sequence for encoding "UTF8": 0x00``), and the other
control characters hide text from the staff who read it or break the exports they sign. Every input model
of the edge inherits ``NoControlChars``, so each string (dict keys, list items and nested models too) is
checked once, before stripping or any other rule, and a refusal names the dotted path of the field.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

# Unicode category Cc (C0, DEL, C1) minus \t and \n; \r too: a stored CR splits lines in exports.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
KIND = "control_character"


def control_path(value: object) -> tuple[str, ...] | None:
    """Where in ``value`` (raw JSON-like input) the first control character is, or None."""
    if isinstance(value, str):
        return () if CONTROL.search(value) else None
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, str) and CONTROL.search(key):
                return ()
            inner = control_path(item)
            if inner is not None:
                return (str(key), *inner)
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            inner = control_path(item)
            if inner is not None:
                return (str(i), *inner)
    return None


class NoControlChars(BaseModel):
    @field_validator("*", mode="before")
    @classmethod
    def _refuse_control_characters(cls, value: Any, info: ValidationInfo) -> Any:
        inner = control_path(value)
        if inner is None:
            return value
        path = ".".join((str(info.field_name), *inner))
        raise PydanticCustomError(KIND, "control character in {path}", {"path": path})


def error_path(detail: Any, path: str) -> str:
    """The dotted path a refusal is about: a nested control character names its own field."""
    if detail["type"] == KIND:
        return str(dict(detail.get("ctx") or {}).get("path", path))
    return path
