"""GUI at scale: 10,000 candidates; filtering by a typed name and sorting by fit (each under
50 ms), and the GUI process's peak memory (under 300 MB)."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from common import ROOT, run_env

from bench.generate import make_bundle
from kamassess.exchange.bundle import parse_bundle
from kamassess.exchange.importer import import_bundle
from kamassess.framework.model import load_framework
from kamassess.store.sqlite import Store

PROBE = r"""
import json, resource, statistics, sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from kamassess.framework.model import load_framework
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
print(json.dumps({{"typing": typing, "sorting": sorting, "peak_mb": peak_mb(),
                   "last_match_count": shown, "stages": stages}}))
"""


def main(count: int = 10_000) -> None:
    tmp = Path(tempfile.mkdtemp())
    db = tmp / "gui.db"
    fw = load_framework(ROOT / "competencies.yaml")
    with Store.open(db) as store:
        text = json.dumps(make_bundle(fw, count), ensure_ascii=False)
        import_bundle(store, fw, parse_bundle(text, "bench", fw, store), "bench")
    del text
    code = PROBE.format(root=str(ROOT), fw=str(ROOT / "competencies.yaml"), db=str(db), count=count)
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=run_env({"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp / "cfg")}),
        check=True,
    )
    data = json.loads(out.stdout.strip().splitlines()[-1])
    from common import report

    report(
        "gui_filter_keystroke_10000",
        data["typing"],
        goal="< 0.05 s",
        max_s=round(max(data["typing"]), 4),
        matches_for_last_name=data["last_match_count"],
    )
    report(
        "gui_sort_by_fit_10000",
        data["sorting"],
        goal="< 0.05 s",
        max_s=round(max(data["sorting"]), 4),
    )
    print(
        json.dumps(
            {
                "figure": "gui_peak_memory_10000",
                "peak_mb": round(data["peak_mb"]),
                "goal": "< 300 MB",
                "peak_mb_by_stage": {k: round(v) for k, v in data["stages"].items()},
            }
        ),
        flush=True,
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
