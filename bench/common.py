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
from typing import NamedTuple

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


# Runs main.py's command in this process, then writes which modules from outside the project it
# had loaded: what a floor must import too before it can be called the same libraries' floor.
_MODULES_OF = r"""
import ast, json, runpy, sys
out = sys.argv.pop(1)
sys.argv = sys.argv[1:]
try:
    runpy.run_path(sys.argv[0], run_name="__main__")
except SystemExit:
    pass
ours = ("kamassess", "ui", "bench", "__main__", "__mp_main__")
found = sorted(m for m in list(sys.modules) if m.split(".")[0] not in ours)
# The names our loaded modules take from Qt's modules as they are imported: PySide6 makes each
# class and enum namespace on first use (Qt's enums alone take ~30 ms), a cost of the library.
qt: dict[str, set[str]] = {}
for name, module in list(sys.modules.items()):
    path = getattr(module, "__file__", None) or ""
    if name.split(".")[0] not in ("kamassess", "ui") or not path.endswith(".py"):
        continue
    with open(path, encoding="utf-8") as fh:
        tree = ast.parse(fh.read())
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
            qt.setdefault(node.module, set()).update(a.name for a in node.names)
with open(out, "w", encoding="utf-8") as fh:
    json.dump({"modules": found, "qt": {m: sorted(n) for m, n in qt.items()}}, fh)
"""


class Libraries(NamedTuple):
    """What a command loads from outside the project: modules, and the Qt names it takes."""

    modules: list[str]
    qt: dict[str, list[str]]


def library_modules(cmd: Sequence[str], out: Path, env: dict[str, str] | None = None) -> Libraries:
    """The modules from outside the project that `python main.py ARGS` (cmd) loads, and the
    names the project's modules loaded import from PySide6's."""
    subprocess.run(
        [cmd[0], "-c", _MODULES_OF, str(out), *cmd[1:]],
        check=True,
        capture_output=True,
        env=run_env(env),
        cwd=ROOT,
    )
    found = json.loads(out.read_text(encoding="utf-8"))
    return Libraries(found["modules"], found["qt"])


def with_libraries(floor: str, libraries: Libraries) -> str:
    """The floor script, first importing every one of the modules (one that will not import
    alone is skipped) and taking the same names from Qt's: the same libraries' cost, none of
    the project's code."""
    return (
        "import importlib\n"
        f"for _name in {list(libraries.modules)!r}:\n"
        "    try:\n"
        "        importlib.import_module(_name)\n"
        "    except Exception:\n"
        "        pass\n"
        f"for _module, _names in {libraries.qt!r}.items():\n"
        "    _found = importlib.import_module(_module)\n"
        "    for _name in _names:\n"
        "        getattr(_found, _name)\n" + floor
    )


def alternate_all(runs: Sequence[Callable[[], float]], rounds: int) -> list[list[float]]:
    """Each of runs in turn, rounds times (alternate() for more than two)."""
    out: list[list[float]] = [[] for _ in runs]
    for _ in range(rounds):
        for i, run in enumerate(runs):
            out[i].append(run())
    return out
