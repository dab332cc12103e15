"""Calibration of a pool of 1,000 candidates × 20 competencies × 3 assessors (60,000 final
ratings): the whole `calibration --json` command, the readable table and the PDF, against a bare
process that reads the same matrix from a file and asks the krippendorff package for one alpha."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import numpy as np
from common import ROOT, alternate, report, wall

from bench.generate import make_bundle
from kamassess.exchange.bundle import parse_bundle
from kamassess.exchange.importer import import_bundle
from kamassess.framework.model import load_framework
from kamassess.store.sqlite import Store

CANDIDATES, RATERS, ROUNDS = 1000, 3, 5

BARE = """
import sys
import krippendorff
import numpy as np
data = np.load(sys.argv[1])
print(krippendorff.alpha(reliability_data=data, value_domain=[1, 2, 3, 4, 5],
                         level_of_measurement="ordinal"))
"""


def main() -> None:
    fw = load_framework(ROOT / "competencies.yaml")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "pool.db"
        doc = make_bundle(fw, CANDIDATES, RATERS)
        with Store.open(db) as store:
            text = json.dumps(doc, ensure_ascii=False)
            import_bundle(store, fw, parse_bundle(text, "bench", fw, store), "bench")
        # The same ratings as a raters × units matrix for the bare baseline.
        units = {
            (a["candidate"], c): i
            for i, (a, c) in enumerate(
                (a, c) for a in doc["assessments"][::RATERS] for c in a["ratings"]
            )
        }
        people = sorted({a["assessor"] for a in doc["assessments"]})
        matrix = np.full((len(people), len(units)), np.nan)
        for a in doc["assessments"]:
            for comp, r in a["ratings"].items():
                if r["level"] is not None:
                    matrix[people.index(a["assessor"]), units[a["candidate"], comp]] = r["level"]
        np.save(folder / "matrix.npy", matrix)
        (folder / "bare.py").write_text(BARE, encoding="utf-8")
        ratings = int(np.count_nonzero(~np.isnan(matrix)))
        python = sys.executable
        main_py = str(ROOT / "main.py")
        cli = [python, main_py, "--db", str(db), "--lang", "en", "calibration"]
        project, baseline = alternate(
            lambda: wall([*cli, "--json"]),
            lambda: wall([python, str(folder / "bare.py"), str(folder / "matrix.npy")]),
            ROUNDS,
        )
        report(
            f"calibration --json, whole process: {CANDIDATES} candidates × 20 competencies × "
            f"{RATERS} assessors ({ratings} ratings, {len(units)} units)",
            project,
            baseline,
            goal="a few seconds on an office PC",
            baseline_is="a bare process: numpy + krippendorff, one ordinal alpha from a .npy file",
        )
        table = [wall(cli) for _ in range(ROUNDS)]
        report("calibration (readable table), whole process", table)
        pdf = folder / "cal.pdf"
        pdfs = [
            wall([python, main_py, "--db", str(db), "report", "calibration", "--out", str(pdf)])
            for _ in range(ROUNDS)
        ]
        report("report calibration (PDF), whole process", pdfs)


if __name__ == "__main__":
    main()
