"""Progress of a long operation (an import, an evaluation): reported in stages, shown by each caller
its own way (a bar on the CLI's stderr, a stored figure the console polls)."""

from __future__ import annotations

import sys
from types import TracebackType
from typing import Any, Protocol

from tqdm import tqdm


class Progress(Protocol):
    def start(self, stage: str, total: int | None) -> None: ...
    def advance(self, n: int) -> None: ...


class NoProgress:
    def start(self, stage: str, total: int | None) -> None:
        pass

    def advance(self, n: int) -> None:
        pass


class TqdmProgress:
    """Progress bars on stderr, one per stage (校验, 写入); a context manager that closes the last."""

    def __init__(self, file: Any = None) -> None:
        self._file = file or sys.stderr
        self._bar: Any = None

    def start(self, stage: str, total: int | None) -> None:
        self.close()
        self._bar = tqdm(total=total, desc=stage, unit="行", file=self._file, mininterval=0.2, ascii=True)

    def advance(self, n: int) -> None:
        if self._bar is not None:
            self._bar.update(n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> TqdmProgress:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
