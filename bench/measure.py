"""What every benchmark here shares: /proc CPU accounting, ports, percentiles, logging, the CLI."""

from __future__ import annotations

import math
import os
import socket
import sys
from collections.abc import Sequence
from pathlib import Path

CLK_TCK = os.sysconf("SC_CLK_TCK")

# A benchmark runs as a script, which puts bench/ first on sys.path; bench/reports.py would then shadow
# the project's ``reports`` package. Every benchmark imports this module before any project module.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cpu_seconds(stat_path: str) -> float:
    """utime + stime from a /proc stat file (a process, or one thread under /proc/self/task)."""
    stat = Path(stat_path).read_text()
    fields = stat[stat.rindex(")") + 2 :].split()  # fields[0] is field 3 (state)
    return (int(fields[11]) + int(fields[12])) / CLK_TCK


def proc_cpu_seconds(pid: int) -> float:
    """The whole process (all threads, live and exited), from its own accounting."""
    return cpu_seconds(f"/proc/{pid}/stat")


def percentile(sorted_values: Sequence[float], p: float) -> float:
    if not sorted_values:
        return float("nan")
    rank = max(0, min(len(sorted_values) - 1, math.ceil(p * len(sorted_values)) - 1))  # nearest rank
    return sorted_values[rank]


def fundguard_command() -> list[str]:
    script = Path(sys.executable).parent / "fundguard"
    return [str(script)] if script.exists() else [sys.executable, "-c", "from server.cli import main; main()"]
