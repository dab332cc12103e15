"""Shared benchmark helpers: alternate project and baseline runs, print medians and ratios."""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def run_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment a user has: bytecode caching on (some shells turn it off)."""
    env = {**os.environ, **(extra or {})}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def wall(cmd: Sequence[str], env: dict[str, str] | None = None) -> float:
    """Seconds one command takes, start to exit."""
    start = time.perf_counter()
    subprocess.run(list(cmd), check=True, capture_output=True, env=run_env(env), cwd=ROOT)
    return time.perf_counter() - start


def time_to_line(cmd: Sequence[str], line: str, env: dict[str, str] | None = None) -> float:
    """Seconds from starting cmd until it prints line (then it may finish on its own)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        list(cmd),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=run_env(env),
        cwd=ROOT,
        text=True,
    )
    assert proc.stdout is not None
    for out in proc.stdout:
        if out.strip() == line:
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{cmd[0]} never printed {line!r}")
    proc.wait(timeout=60)
    return elapsed


def alternate(
    project: Callable[[], float], baseline: Callable[[], float], rounds: int
) -> tuple[list[float], list[float]]:
    """Run the two in turn, so a noisy moment hits both alike."""
    p, b = [], []
    for _ in range(rounds):
        p.append(project())
        b.append(baseline())
    return p, b


def report(
    name: str,
    project: list[float],
    baseline: list[float] | None = None,
    goal: str = "",
    **extra: object,
) -> dict[str, object]:
    """Print one JSON line: medians, their ratio, the goal and whether it was met."""
    line: dict[str, object] = {
        "figure": name,
        "project_median_s": round(statistics.median(project), 4),
        "runs": len(project),
    }
    if baseline is not None:
        line["baseline_median_s"] = round(statistics.median(baseline), 4)
        line["ratio"] = round(statistics.median(project) / statistics.median(baseline), 2)
    if goal:
        line["goal"] = goal
    line.update(extra)
    print(json.dumps(line, ensure_ascii=False), flush=True)
    return line


def machine() -> dict[str, object]:
    return {
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "system": platform.system(),
    }
