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

    def __init__(
        self, code: str, message: str | None = None, *, detail: str | None = None, text: str | None = None
    ) -> None:
        """``message`` defaults to the code's in ``MESSAGES``; ``detail`` adds a specific hint (Chinese,
        free of the rejected input); ``text`` is what ``str()`` gives (the message by default)."""
        base = self.MESSAGES.get(code, "输入有误。") if message is None else message
        self.detail = detail
        self.message = base if detail is None else f"{base}{detail}"
        super().__init__(self.message if text is None else text)
        self.code: str = code

    @property
    def status(self) -> int:
        return self.STATUS.get(self.code, 422)

    @property
    def field(self) -> str | None:
        return self.FIELDS.get(self.code)

    def fields(self) -> dict[str, str] | None:
        """The refusal keyed by the field it is about (None when it is about no one field)."""
        return {self.field: self.message} if self.field else None

    def report(self) -> str:
        """The refusal as a command prints it on stderr (a domain may list every bad line)."""
        return self.message

    def as_dict(self) -> dict[str, str]:
        """The JSON body of an API error: ``{code, message}``."""
        return {"code": self.code, "message": self.message}
