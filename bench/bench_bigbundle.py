"""A large JSON bundle (issue 9): its import into an empty database, and its refusal when one
level deep inside is off the scale, as whole CLI processes, alternated (a noisy moment hits
both): wall time and peak memory of each, their ratios to the file's size and to each other.
Goal: refused in ≤ 3× the file's size and ≤ 2× the time of a successful import.
`python bench/bench_bigbundle.py [--quick] [--rounds N]`: 35,000 candidates × 3 assessors ×
every competency (~178 MB) by default, 3,500 (~18 MB) with --quick."""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, machine, run_env

from bench.generate import make_bundle
from kamassess.framework.model import load_framework

PY = sys.executable
MAIN = str(ROOT / "main.py")


def measured(db: Path, bundle: Path) -> tuple[float, float, int]:
    """(wall seconds, peak resident MB, exit code) of `main.py import` into a new database."""
    for side in ("", "-wal", "-shm"):
        Path(str(db) + side).unlink(missing_ok=True)
    report = db.with_suffix(".time")
    start = time.perf_counter()
    timed = ["/usr/bin/time", "-f", "%M", "-o", str(report)]
    run = subprocess.run(
        [*timed, PY, MAIN, "--db", str(db), "import", str(bundle)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=run_env(),
        cwd=ROOT,
    )
    wall = time.perf_counter() - start
    peak_kb = int(report.read_text().split()[-1])
    return wall, peak_kb / 1024, run.returncode


def bundles(folder: Path, n: int) -> tuple[Path, Path]:
    """The good bundle and its twin with level 9 in the middle candidate's first rating."""
    fw = load_framework(ROOT / "competencies.yaml")
    doc = make_bundle(fw, n)
    good, bad = folder / f"big-{n}.json", folder / f"big-{n}-bad.json"
    if n == 1:
        good, bad = folder / "tiny.json", folder / "tiny-bad.json"
    good.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    middle = doc["assessments"][len(doc["assessments"]) // 2]
    middle["ratings"][next(iter(middle["ratings"]))]["level"] = 9
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return good, bad


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="3,500 candidates instead of 35,000")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    n = 3_500 if args.quick else 35_000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        good, bad = bundles(folder, n)
        _, tiny_bad = bundles(folder, 1)  # the process's own baseline: refusing a tiny file
        size_mb = good.stat().st_size / 2**20
        runs: dict[str, list[tuple[float, float, int]]] = {"import": [], "refuse": [], "tiny": []}
        for _ in range(args.rounds):
            runs["import"].append(measured(folder / "good.db", good))
            runs["refuse"].append(measured(folder / "bad.db", bad))
            runs["tiny"].append(measured(folder / "tiny.db", tiny_bad))
    assert all(code == 0 for _, _, code in runs["import"]), runs
    assert all(code == 1 for _, _, code in runs["refuse"] + runs["tiny"]), runs
    wall = {k: statistics.median(r[0] for r in v) for k, v in runs.items()}
    peak = {k: statistics.median(r[1] for r in v) for k, v in runs.items()}
    for kind in ("import", "refuse"):
        line = {
            "figure": f"bigbundle_{kind}",
            "candidates": n,
            "file_mb": round(size_mb, 1),
            "project_median_s": round(wall[kind], 2),
            "peak_mb": round(peak[kind], 1),
            "peak_per_file_size": round(peak[kind] / size_mb, 2),
            "baseline_peak_mb": round(peak["tiny"], 1),
            "over_baseline_per_file_size": round((peak[kind] - peak["tiny"]) / size_mb, 2),
            "runs": args.rounds,
        }
        if kind == "refuse":
            line["time_per_import"] = round(wall["refuse"] / wall["import"], 2)
            line["goal"] = "peak ≤ 3× the file (above the baseline), time ≤ 2× the import"
            line["met"] = (
                peak["refuse"] - peak["tiny"] <= 3 * size_mb
                and wall["refuse"] <= 2 * wall["import"]
            )
        print(json.dumps(line, ensure_ascii=False), flush=True)
    print(json.dumps({"figure": "bigbundle_machine", **machine()}), flush=True)


if __name__ == "__main__":
    main()
