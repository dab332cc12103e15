"""Time to window: `python main.py` on 1,000 candidates vs a bare PySide6 QMainWindow script."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from common import ROOT, alternate, report, time_to_line, wall

from bench.generate import make_bundle
from kamassess.exchange.bundle import parse_bundle
from kamassess.exchange.importer import import_bundle
from kamassess.framework.model import load_framework
from kamassess.store.backup import auto_backup
from kamassess.store.sqlite import Store

BASELINE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1400, 860)
window.show()
print("shown", flush=True)
QTimer.singleShot(0, app.quit)
app.exec()
"""


def main(rounds: int = 7) -> None:
    tmp = Path(tempfile.mkdtemp())
    db = tmp / "k1000.db"
    fw = load_framework(ROOT / "competencies.yaml")
    with Store.open(db) as store:
        text = json.dumps(make_bundle(fw, 1000), ensure_ascii=False)
        import_bundle(store, fw, parse_bundle(text, "bench", fw, store), "bench")
        auto_backup(store)  # so no run pays for the first automatic backup
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "KAMASSESS_QUIT_AFTER_SHOW": "1",
        "XDG_CONFIG_HOME": str(tmp / "cfg"),
    }
    project = [sys.executable, str(ROOT / "main.py"), "--db", str(db), "--lang", "en"]
    baseline = [sys.executable, "-c", BASELINE]
    wall(project, env), wall(baseline, env)  # warm the file cache
    p, b = alternate(
        lambda: time_to_line(project, "shown", env),
        lambda: time_to_line(baseline, "shown", env),
        rounds,
    )
    report("time_to_window_1000_candidates", p, b, goal="ratio <= 1.5")


if __name__ == "__main__":
    main()
