"""GUI at scale: 10,000 candidates of the shipped framework — filtering by a typed name, sorting
by fit and scrolling (each under 50 ms), Page Down with the candidate's page following the row
(under 100 ms: it reads and scores that candidate), and the GUI process's peak memory (under
300 MB); then 10,000 and 50,000 of the 6-competency shape, and how each cost grows (linear: 5 ×)."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from common import ROOT, report, run_env

from bench.generate import make_bundle
from bench.shapes import shape, write_bundle
from kamassess.exchange.bundle import parse_bundle
from kamassess.exchange.importer import import_bundle
from kamassess.framework.model import Framework, load_framework
from kamassess.store.sqlite import Store

PROBE = r"""
import json, resource, statistics, sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from kamassess.framework.model import Framework, load_framework
from kamassess.store.sqlite import Store
from kamassess.workspace import Workspace
from ui.main_window import MainWindow
from ui.models import CandidateTableModel

def peak_mb():
    # VmHWM is this process's own high-water mark; ru_maxrss would also count the parent's
    # pages at fork time (Linux carries the pre-exec figure over), i.e. the benchmark's.
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

fw = load_framework({fw!r})
store = Store.open({db!r}, create=False)
window = MainWindow(Workspace(store, fw, Path({fw!r}), "ru"))
window.resize(1400, 860)
window.show()
loop = QEventLoop()
window.candidates.scores_arrived.connect(loop.quit)
QTimer.singleShot(60000, loop.quit)
loop.exec()
assert len(window.candidates.model.scores) == window.candidates.model.rowCount() == {count}
stages = {{"after_scores": peak_mb()}}

def timed(action):
    start = time.perf_counter()
    action()
    app.processEvents()  # the view repaints what changed
    return time.perf_counter() - start

typing = []
for word in ("Смирнов Иван", "Попов Анна 12"):
    window.candidates.search.clear()
    app.processEvents()
    for n in range(1, len(word) + 1):  # one keystroke at a time, as a user types
        typing.append(timed(lambda: window.candidates.search.setText(word[:n])))
shown = window.candidates.model.rowCount()
stages["after_typing"] = peak_mb()
window.candidates.search.clear()
app.processEvents()
sorting = []
header = window.candidates.table.horizontalHeader()
x = header.sectionViewportPosition(CandidateTableModel.FIT) + header.sectionSize(
    CandidateTableModel.FIT) // 2
from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest
for _ in range(6):  # a user clicking the Fit header: each click sorts the other way
    sorting.append(timed(lambda: QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                                                  Qt.KeyboardModifier.NoModifier,
                                                  QPoint(x, header.height() // 2))))
assert window.candidates.model.sort_column == CandidateTableModel.FIT
table = window.candidates.table
bar = table.verticalScrollBar()
scrolling = []
for k in (5, 11, 2, 9, 0, 7, 11, 3, 10, 1, 6, 4):  # jumps along the list: a dragged scroll bar
    scrolling.append(timed(lambda: bar.setValue(bar.maximum() * k // 11)))
table.setFocus()
paging = []
for _ in range(10):  # Page Down: the list moves a page and the candidate page follows the row
    paging.append(timed(lambda: QTest.keyClick(table, Qt.Key.Key_PageDown)))
assert bar.value() > 0
print(json.dumps({{"typing": typing, "sorting": sorting, "scrolling": scrolling, "paging": paging,
                   "peak_mb": peak_mb(), "last_match_count": shown, "stages": stages}}))
"""


def probe(db: Path, fw_path: Path, count: int, tmp: Path) -> dict[str, Any]:
    code = PROBE.format(root=str(ROOT), fw=str(fw_path), db=str(db), count=count)
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=run_env({"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp / "cfg")}),
        check=True,
    )
    data: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return data


def report_size(data: dict[str, Any], label: str) -> None:
    name = {
        "typing": "filter_keystroke",
        "sorting": "sort_by_fit",
        "scrolling": "scroll",
        "paging": "page_down_with_the_page_following",
    }
    for what in name:
        goal = "< 0.1 s" if what == "paging" else "< 0.05 s"
        report(
            f"gui_{name[what]}_{label}",
            data[what],
            goal=goal if label.startswith("10000") else "linear growth",
            max_s=round(max(data[what]), 4),
        )
    print(
        json.dumps(
            {
                "figure": f"gui_peak_memory_{label}",
                "peak_mb": round(data["peak_mb"]),
                "goal": "< 300 MB" if label.startswith("10000") else "linear growth",
                "peak_mb_by_stage": {k: round(v) for k, v in data["stages"].items()},
            }
        ),
        flush=True,
    )


def imported(tmp: Path, fw_path: Path, fw: Framework, n: int) -> Path:
    """A database of n candidates of the framework, imported by the command line (a large
    bundle is read as a stream, as a user's would be)."""
    db = tmp / f"gui-{fw.version}-{n}.db"
    bundle = write_bundle(tmp, fw, n)
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--db",
            str(db),
            "--framework",
            str(fw_path),
            "import",
            str(bundle),
        ],
        check=True,
        capture_output=True,
        env=run_env(),
    )
    bundle.unlink()
    return db


def main(count: int = 10_000, large: int = 50_000) -> None:
    tmp = Path(tempfile.mkdtemp())
    db = tmp / "gui.db"
    fw = load_framework(ROOT / "competencies.yaml")
    with Store.open(db) as store:
        text = json.dumps(make_bundle(fw, count), ensure_ascii=False)
        import_bundle(store, fw, parse_bundle(text, "bench", fw, store), "bench")
    del text
    report_size(probe(db, ROOT / "competencies.yaml", count, tmp), str(count))
    # Scale: the same list at 10,000 and 50,000 of the 6-competency shape.
    six_path, six = shape(tmp, "six")
    sizes = {n: probe(imported(tmp, six_path, six, n), six_path, n, tmp) for n in (count, large)}
    for n, data in sizes.items():
        report_size(data, f"{n}_six")
    small, big = sizes[count], sizes[large]
    print(
        json.dumps(
            {
                "figure": f"gui_growth_{count}_to_{large}_six",
                "goal": f"linear ({large / count:g} × at most)",
                **{
                    what: round(statistics.median(big[what]) / statistics.median(small[what]), 2)
                    for what in ("typing", "sorting", "scrolling", "paging")
                },
                "peak_mb": round(big["peak_mb"] / small["peak_mb"], 2),
            }
        ),
        flush=True,
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
