"""Scale: 10,000 and 50,000 candidates × 3 assessors through import, score --json, export and
a batch of 500 profiles, as whole processes: each cost and its peak memory at both sizes, and
how the cost grows (linear growth is 5× from 10,000 to 50,000). The window's list at 50,000 is
in bench_gui.py. `python bench/bench_scale.py [shape]` (six by default)."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, machine, run_env

from bench.shapes import shape, write_bundle

PY = sys.executable
MAIN = str(ROOT / "main.py")


def measured(cmd: list[str], stdout: Path | None = None) -> tuple[float, float]:
    """(wall seconds, peak resident MB) of one whole process, by GNU time."""
    report = Path(tempfile.mktemp(suffix=".time"))
    start = time.perf_counter()
    with open(stdout or "/dev/null", "wb") as out:
        subprocess.run(
            ["/usr/bin/time", "-f", "%M", "-o", str(report), *cmd],
            check=True,
            stdout=out,
            stderr=subprocess.DEVNULL,
            env=run_env(),
            cwd=ROOT,
        )
    wall = time.perf_counter() - start
    peak_kb = int(report.read_text().split()[-1])
    report.unlink()
    return wall, peak_kb / 1024


def one_size(tmp: Path, fw_path: Path, bundle: Path, n: int) -> dict[str, tuple[float, float]]:
    db = tmp / f"scale-{n}.db"
    for side in ("", "-wal", "-shm"):
        Path(str(db) + side).unlink(missing_ok=True)
    base = [PY, MAIN, "--db", str(db), "--framework", str(fw_path)]
    out = {
        "import": measured([*base, "import", str(bundle)]),
        "score_json": measured([*base, "score", "--json"], tmp / f"score-{n}.json"),
        "export_json": measured([*base, "export", str(tmp / f"export-{n}.json")]),
    }
    ids = [f"g-{i:06d}" for i in range(0, n, max(1, n // 500))][:500]
    probe = (
        "from pathlib import Path\n"
        "from kamassess.workspace import Workspace\n"
        f"ws = Workspace.open(Path({str(db)!r}), framework_path=Path({str(fw_path)!r}),"
        " create=False)\n"
        f"done = ws.write_profiles({ids!r}, Path({str(tmp / f'profiles-{n}')!r}), lang='ru')\n"
    )
    out["profiles_500"] = measured([PY, "-c", probe])
    return out


def main(shape_name: str = "six") -> None:
    print(json.dumps({"machine": machine()}), flush=True)
    tmp = Path(tempfile.mkdtemp(prefix="scale-"))
    fw_path, fw = shape(tmp, shape_name)
    sizes = {}
    for n in (10_000, 50_000):
        bundle = write_bundle(tmp, fw, n)
        sizes[n] = one_size(tmp, fw_path, bundle, n)
        for what, (wall, peak) in sizes[n].items():
            print(
                json.dumps(
                    {
                        "figure": f"{what}_{n}_{shape_name}",
                        "wall_s": round(wall, 2),
                        "peak_mb": round(peak),
                    }
                ),
                flush=True,
            )
    print()
    print("| what | 10,000: s, peak MB | 50,000: s, peak MB | growth (linear: 5) |")
    print("|---|---|---|---|")
    for what in sizes[10_000]:
        (w1, m1), (w5, m5) = sizes[10_000][what], sizes[50_000][what]
        print(f"| {what} | {w1:.2f}, {m1:.0f} | {w5:.2f}, {m5:.0f} | {w5 / w1:.1f} |")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "six")
