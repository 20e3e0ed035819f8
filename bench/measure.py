"""What every benchmark here shares: /proc CPU accounting, ports, percentiles, logging, the CLI."""

from __future__ import annotations

import asyncio
import math
import os
import socket
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import aiohttp

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


async def wait_ready(
    http: aiohttp.ClientSession, base: str, proc: subprocess.Popen[bytes], log_path: Path
) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"fundguard serve exited: see {log_path}")
        try:
            async with http.get(base + "/readyz", timeout=aiohttp.ClientTimeout(total=2)) as r:
                if r.status == 200:
                    return
        except (aiohttp.ClientError, TimeoutError):
            pass
        await asyncio.sleep(0.1)
    raise SystemExit("fundguard serve not ready after 60 s")


def start_serve(port: int, env: dict[str, str], log_path: Path) -> subprocess.Popen[bytes]:
    with log_path.open("wb") as sink:
        return subprocess.Popen(
            [*fundguard_command(), "serve", "--host", "127.0.0.1", "--port", str(port)],
            env=env, stdout=sink, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        )  # fmt: skip
