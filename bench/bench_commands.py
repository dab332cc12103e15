"""Speed as a user meets it: whole commands and a cold window, each against a floor process doing
the irreducible part of the same work, alternated in one run, on both data shapes.

  score --json of 10,000        wall minus a bare interpreter's start           goal < 2 s
  import of 10,000 × 3          vs read the JSON + executemany the same rows     goal ≤ 3×
  import of 50,000 × 3          the same (and linear: 50k / 10k ≈ 5)             goal ≤ 3×
  one profile PDF               vs bare reportlab laying out comparable pages    goal ≤ 1.5×
  window with 1,000 candidates  to first paint, vs a bare QMainWindow            goal ≤ 1.5×

The PDF and the window are also timed against the same floor importing first every library
module our process had loaded, and taking from PySide6's modules every name our loaded modules
import (`common.library_modules`; PySide6 makes each class and enum namespace on first use): that
floor is what the same libraries cost without any of the project's code — where the goal is
missed, the evidence of how much of the time is the libraries' and how much ours.

`python bench/bench_commands.py [rounds] [shapes]` prints one JSON line per figure and a Markdown
table at the end (what bench/RESULTS.md and the README quote). Shapes: six,full (default both)."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import (
    ROOT,
    alternate,
    alternate_all,
    library_modules,
    machine,
    report,
    run_env,
    time_to_line,
    with_libraries,
)

from bench.bench_pdf import BASELINE as PDF_FLOOR
from bench.shapes import shape, write_bundle

PY = sys.executable
MAIN = str(ROOT / "main.py")

IMPORT_FLOOR = r"""
import json, sqlite3, sys
db, bundle = sys.argv[1], sys.argv[2]
doc = json.load(open(bundle, encoding="utf-8"))
conn = sqlite3.connect(db)
now = "2026-11-27T00:00:00"
cols = ["id", "name", "kind", "profile", "current_role", "employer", "tenure_years", "industry",
        "region", "client_overlap", "technical_education", "salary_expectation", "motivation",
        "manages_team", "quota_reduced", "notes"]
with conn:
    conn.executemany(
        f"INSERT INTO candidates ({', '.join(cols)}, created_at, updated_at) "
        f"VALUES ({', '.join('?' * len(cols))}, ?, ?)",
        [[c.get(k) for k in cols] + [now, now] for c in doc["candidates"]])
    conn.executemany(
        "INSERT INTO assessments (id, candidate, assessor, assessor_role, method, date, status, "
        "framework_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'draft', 'h', ?, ?)",
        [(i + 1, a["candidate"], a["assessor"], a["assessor_role"], a["method"], a["date"], now,
          now) for i, a in enumerate(doc["assessments"])])
    conn.executemany(
        "INSERT INTO ratings (assessment, competency, level, evidence, updated_at) "
        "VALUES (?, ?, ?, ?, ?)",
        [(i + 1, comp, r["level"], r.get("evidence", ""), now)
         for i, a in enumerate(doc["assessments"]) for comp, r in a["ratings"].items()])
    conn.execute("UPDATE assessments SET status = 'final'")
"""

WINDOW_FLOOR = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1366, 768)
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""

RESULTS: list[dict[str, object]] = []


def timed(cmd: list[str], env: dict[str, str] | None = None, stdout: object = None) -> float:
    start = time.perf_counter()
    subprocess.run(
        cmd,
        check=True,
        stdout=stdout if stdout is not None else subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=run_env(env),
        cwd=ROOT,
    )
    return time.perf_counter() - start


def empty_schema(db: Path) -> None:
    """A database made by the program, empty (the floor inserts into the same schema)."""
    db.unlink(missing_ok=True)
    subprocess.run(
        [PY, "-c", f"from kamassess.store.sqlite import Store; Store.open({str(db)!r}).close()"],
        check=True,
        cwd=ROOT,
        env=run_env(),
    )


def bench_import(tmp: Path, fw_path: Path, bundle: Path, label: str, rounds: int) -> float:
    ours_db, floor_db = tmp / f"ours-{label}.db", tmp / f"floor-{label}.db"

    def ours() -> float:
        for side in ("", "-wal", "-shm"):
            Path(str(ours_db) + side).unlink(missing_ok=True)
        return timed(
            [PY, MAIN, "--db", str(ours_db), "--framework", str(fw_path), "import", str(bundle)]
        )

    def floor() -> float:
        empty_schema(floor_db)
        return timed([PY, "-c", IMPORT_FLOOR, str(floor_db), str(bundle)])

    p, b = alternate(ours, floor, rounds)
    RESULTS.append(
        report(f"import_{label}", p, b, goal="ratio <= 3", mb=round(bundle.stat().st_size / 1e6, 1))
    )
    return statistics.median(p)


def bench_score(tmp: Path, fw_path: Path, db: Path, label: str, rounds: int) -> None:
    out = tmp / "score.json"

    def ours() -> float:
        with out.open("wb") as fh:
            return timed(
                [PY, MAIN, "--db", str(db), "--framework", str(fw_path), "score", "--json"],
                stdout=fh,
            )

    def bare() -> float:
        return timed([PY, "-c", "pass"])

    p, b = alternate(ours, bare, rounds)
    beyond = [x - statistics.median(b) for x in p]
    RESULTS.append(
        report(
            f"score_json_{label}",
            beyond,
            goal="< 2 s beyond interpreter start",
            whole_median_s=round(statistics.median(p), 3),
            interpreter_s=round(statistics.median(b), 3),
        )
    )


def bench_pdf(tmp: Path, fw_path: Path, db: Path, label: str, rounds: int) -> None:
    pdf, floor_pdf, text = tmp / "p.pdf", tmp / "floor.pdf", tmp / "words.txt"
    text.write_text(("Оценщик записал подтверждение компетенции кандидата " * 300), "utf-8")
    floor_script = tmp / "pdf_floor.py"
    floor_script.write_text(PDF_FLOOR, encoding="utf-8")
    ours = [
        PY,
        MAIN,
        "--db",
        str(db),
        "--framework",
        str(fw_path),
        "report",
        "profile",
        "--candidate",
        "g-000001",
        "--out",
        str(pdf),
    ]
    floor = [PY, str(floor_script), str(floor_pdf), str(text)]
    timed(ours), timed(floor)  # warm the file cache and the framework cache
    libs = tmp / "pdf_floor_libraries.py"
    libs.write_text(with_libraries(PDF_FLOOR, library_modules(ours, tmp / "mods.json")), "utf-8")
    floor_libs = [PY, str(libs), str(floor_pdf), str(text)]
    timed(floor_libs)
    p, b, lb = alternate_all(
        [lambda: timed(ours), lambda: timed(floor), lambda: timed(floor_libs)], rounds
    )
    report_against_both(f"profile_pdf_{label}", p, b, lb)


def report_against_both(name: str, ours: list[float], bare: list[float], libs: list[float]) -> None:
    """The goal's ratio against the bare floor, and beside it the same libraries' floor."""
    RESULTS.append(
        report(
            name,
            ours,
            bare,
            goal="ratio <= 1.5",
            libraries_floor_median_s=round(statistics.median(libs), 4),
            ratio_to_libraries_floor=round(statistics.median(ours) / statistics.median(libs), 2),
        )
    )


def bench_window(tmp: Path, fw_path: Path, db: Path, label: str, rounds: int) -> None:
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "KAMASSESS_QUIT_AFTER_SHOW": "1",
        "XDG_CONFIG_HOME": str(tmp / "cfg"),
        "XDG_DATA_HOME": str(tmp / "data"),
    }
    ours = [PY, MAIN, "--db", str(db), "--framework", str(fw_path), "--lang", "en"]
    floor = [PY, "-c", WINDOW_FLOOR]
    libs = [PY, "-c", with_libraries(WINDOW_FLOOR, library_modules(ours, tmp / "mods.json", env))]
    for cmd in (ours, floor, libs):
        time_to_line(cmd, "shown", env)
    p, b, lb = alternate_all(
        [lambda c=c: time_to_line(c, "shown", env) for c in (ours, floor, libs)], rounds
    )
    report_against_both(f"window_1000_{label}", p, b, lb)


def main(rounds: int = 5, shapes: tuple[str, ...] = ("six", "full")) -> None:
    print(json.dumps({"machine": machine()}), flush=True)
    for name in shapes:
        tmp = Path(tempfile.mkdtemp(prefix=f"bench-{name}-"))
        fw_path, fw = shape(tmp, name)
        b10 = write_bundle(tmp, fw, 10_000)
        t10 = bench_import(tmp, fw_path, b10, f"10000_{name}", rounds)
        bench_score(tmp, fw_path, tmp / f"ours-10000_{name}.db", f"10000_{name}", rounds)
        b50 = write_bundle(tmp, fw, 50_000)
        t50 = bench_import(tmp, fw_path, b50, f"50000_{name}", max(3, rounds // 2))
        RESULTS.append(report(f"import_linearity_{name}", [t50 / t10], goal="≈ 5 (linear)"))
        b1k = write_bundle(tmp, fw, 1_000)
        db1k = tmp / f"k1000-{name}.db"
        timed([PY, MAIN, "--db", str(db1k), "--framework", str(fw_path), "import", str(b1k)])
        bench_pdf(tmp, fw_path, db1k, name, rounds)
        bench_window(tmp, fw_path, db1k, name, rounds)
    print()
    print("| figure | ours (median s) | floor (median s) | ratio | goal | same libraries' floor |")
    print("|---|---|---|---|---|---|")
    for r in RESULTS:
        libs = r.get("libraries_floor_median_s")
        beside = "—" if libs is None else f"{libs} s (ratio {r['ratio_to_libraries_floor']})"
        print(
            f"| {r['figure']} | {r['project_median_s']} | {r.get('baseline_median_s', '—')} | "
            f"{r.get('ratio', '—')} | {r.get('goal', '')} | {beside} |"
        )


if __name__ == "__main__":
    args = sys.argv[1:]
    main(
        int(args[0]) if args else 5, tuple(args[1].split(",")) if len(args) > 1 else ("six", "full")
    )
