"""The one way rule files shipped with a package (region tables, schemes, policies, calendars) are
read: once per process, and validated by the package's pydantic model where it has one. A file given
by path (an officer's variant) is read where it is named, not here."""

from __future__ import annotations

import functools
from importlib import resources
from typing import TypeVar, cast

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)


@functools.cache
def packaged_text(package: str, path: str) -> str:
    """``package``'s data file ``path`` (e.g. ``"reward"``, ``"data/regions.json"``), as text."""
    return resources.files(package).joinpath(path).read_text("utf-8")


@functools.cache
def packaged_names(package: str, folder: str) -> tuple[str, ...]:
    """The names (without ``.json``) of the JSON files in ``package``'s data folder ``folder``."""
    entries = resources.files(package).joinpath(folder).iterdir()
    return tuple(sorted(p.name.removesuffix(".json") for p in entries if p.name.endswith(".json")))


def packaged_model(package: str, path: str, model: type[M]) -> M:
    """``packaged_text`` validated as ``model`` (a frozen table, shared by every caller)."""
    return cast(M, _validated(package, path, model))


@functools.cache
def _validated(package: str, path: str, model: type[BaseModel]) -> BaseModel:
    return model.model_validate_json(packaged_text(package, path))
