"""The base of every domain's error vocabulary, so each face (chat, mini-program, H5, staff API, CLI)
maps refusals once.

A domain's error class lists, as class data: ``MESSAGES`` (code → Chinese text for people), ``STATUS``
(code → the HTTP status a web face answers; 422 when absent) and ``FIELDS`` (code → the input field the
refusal is about, so a form can show it beside that field). Messages never echo the rejected input (it
may be an ID number or a password).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar


class DomainError(Exception):
    """A refusal the caller can show: ``code`` for programs, ``message`` (Chinese) for people."""

    MESSAGES: ClassVar[Mapping[str, str]] = {}
    STATUS: ClassVar[Mapping[str, int]] = {}
    FIELDS: ClassVar[Mapping[str, str]] = {}

    def __init__(self, code: str, message: str, *, text: str | None = None) -> None:
        super().__init__(message if text is None else text)
        self.code: str = code
        self.message = message

    @property
    def status(self) -> int:
        return self.STATUS.get(self.code, 422)

    @property
    def field(self) -> str | None:
        return self.FIELDS.get(self.code)

    def fields(self) -> dict[str, str] | None:
        """The refusal keyed by the field it is about (None when it is about no one field)."""
        return {self.field: self.message} if self.field else None

    def as_dict(self) -> dict[str, str]:
        """The JSON body of an API error: ``{code, message}``."""
        return {"code": self.code, "message": self.message}
