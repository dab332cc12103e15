"""The built folder (make dist) against the source: time to window and a command's whole run."""

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

FROZEN = ROOT / "dist" / "kamassess" / ("kamassess.exe" if sys.platform == "win32" else "kamassess")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(rounds: int = 9) -> None:
    if not FROZEN.exists():
        print(json.dumps({"figure": "frozen", "skipped": "no build: run make dist"}), flush=True)
        return
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
        "KAMASSESS_CACHE": str(tmp / "cache"),  # one validated-framework cache for both
    }
    args = ["--db", str(db), "--lang", "en"]
    frozen, source = [str(FROZEN), *args], [sys.executable, str(ROOT / "main.py"), *args]
    wall(frozen, env), wall(source, env)  # warm the file cache and the framework cache
    f, s = alternate(
        lambda: time_to_line(frozen, "shown", env),
        lambda: time_to_line(source, "shown", env),
        rounds,
    )
    report("frozen_time_to_window_1000_candidates", f, s, baseline_is="python main.py")
    # A first start (a new user): no validated framework cached yet, so pydantic and PyYAML load.
    fresh = iter(range(10**6))

    def cold(cmd: list[str]) -> float:
        return time_to_line(cmd, "shown", {**env, "KAMASSESS_CACHE": str(tmp / f"c{next(fresh)}")})

    f, s = alternate(lambda: cold(frozen), lambda: cold(source), rounds)
    report("frozen_first_start_1000_candidates", f, s, baseline_is="python main.py")
    validate = ["validate"]
    f, s = alternate(
        lambda: wall([str(FROZEN), *validate], env),
        lambda: wall([sys.executable, str(ROOT / "main.py"), *validate], env),
        rounds,
    )
    report("frozen_validate_whole_process", f, s, baseline_is="python main.py validate")
    size = folder_size(FROZEN.parent)
    print(json.dumps({"figure": "frozen_folder_bytes", "value": size}), flush=True)


if __name__ == "__main__":
    main()
