"""Import and score at scale: 10,000 candidates × 3 assessors × every competency, against the
same rows inserted with plain sqlite3.executemany in one transaction."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, report

from bench.generate import make_bundle
from kamassess.exchange.bundle import parse_bundle
from kamassess.exchange.importer import import_bundle
from kamassess.framework.model import load_framework
from kamassess.store.sqlite import Store


def baseline_insert(db: Path, doc: dict[str, object], fw_hash: str, fw_text: str) -> float:
    """The floor: the same rows into the same schema, executemany, one transaction."""
    with Store.open(db):
        pass  # the schema, made by the project, outside the timing
    conn = sqlite3.connect(str(db))
    start = time.perf_counter()
    now = "2026-11-27T00:00:00"
    cands = doc["candidates"]  # type: ignore[index]
    asms = doc["assessments"]  # type: ignore[index]
    with conn:
        conn.execute(
            "INSERT INTO frameworks VALUES (?, 'kam-hvac', '2026.1', ?, ?)", (fw_hash, fw_text, now)
        )
        conn.executemany(
            "INSERT INTO candidates (id, name, kind, profile, tenure_years, industry, region, "
            "client_overlap, technical_education, salary_expectation, motivation, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    c["id"],
                    c["name"],
                    c["kind"],
                    c["profile"],
                    c["tenure_years"],
                    c["industry"],
                    c["region"],
                    c["client_overlap"],
                    c["technical_education"],
                    c["salary_expectation"],
                    c["motivation"],
                    now,
                    now,
                )
                for c in cands
            ],
        )
        conn.executemany(
            "INSERT INTO assessments (id, candidate, assessor, assessor_role, method, date, "
            "status, framework_hash, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?)",
            [
                (
                    i + 1,
                    a["candidate"],
                    a["assessor"],
                    a["assessor_role"],
                    a["method"],
                    a["date"],
                    fw_hash,
                    now,
                    now,
                )
                for i, a in enumerate(asms)
            ],
        )
        conn.executemany(
            "INSERT INTO ratings (assessment, competency, level, evidence, updated_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (i + 1, comp, r["level"], r["evidence"], now)
                for i, a in enumerate(asms)
                for comp, r in a["ratings"].items()
            ],
        )
        conn.execute("UPDATE assessments SET status = 'final'")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def main(count: int = 10_000) -> None:
    tmp = Path(tempfile.mkdtemp())
    fw = load_framework(ROOT / "competencies.yaml")
    doc = make_bundle(fw, count)
    doc_for_import = doc
    text = json.dumps(doc, ensure_ascii=False)
    ratings = sum(len(a["ratings"]) for a in doc["assessments"])

    db = tmp / "project.db"
    with Store.open(db) as store:
        start = time.perf_counter()
        bundle = parse_bundle(text, "bench.json", fw, store)
        checked = time.perf_counter()
        import_bundle(store, fw, bundle, "bench")
        imported = time.perf_counter()
    del bundle, doc_for_import
    # Scoring runs in a fresh process, as in the app (the list's worker, `score`): this one
    # still holds the 49 MB bundle, whose garbage-collector scans would be counted otherwise.
    probe = (
        "import sys, time; sys.path.insert(0, {root!r})\n"
        "from kamassess.framework.model import load_framework\n"
        "from kamassess.store.sqlite import Store\n"
        "from kamassess.scoring.evaluation import evaluate_many\n"
        "fw = load_framework({fw!r})\n"
        "store = Store.open({db!r}, create=False)\n"
        "times = []\n"
        "for _ in range(3):\n"
        "    t = time.perf_counter(); evs = evaluate_many(store, fw, evidence=False)\n"
        "    times.append(time.perf_counter() - t)\n"
        "print(len(evs), *times)\n"
    ).format(root=str(ROOT), fw=str(ROOT / "competencies.yaml"), db=str(db))
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.split()
    scored_count, score_times = int(out[0]), [float(x) for x in out[1:]]
    base = baseline_insert(tmp / "baseline.db", doc, fw.content_hash, fw.text)
    report(
        "import_10000_write",
        [imported - checked],
        [base],
        goal="ratio <= 3",
        candidates=count,
        ratings=ratings,
        json_mb=round(len(text.encode()) / 1e6, 1),
    )
    report("import_10000_read_and_check", [checked - start], goal="(no baseline)")
    report("score_all_10000", score_times, goal="< 2 s", scored=scored_count)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
