"""A killed writer loses no reported rating; two processes writing at once both land."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kamassess.framework import Framework
from kamassess.storage import Store

ROOT = Path(__file__).resolve().parents[2]

WRITER = textwrap.dedent(
    """
    import sys, datetime
    sys.path.insert(0, {root!r})
    from kamassess.framework import load_framework
    from kamassess.model import Candidate
    from kamassess.storage import Store
    fw = load_framework({framework!r})
    comps = [c.id for c in fw.competencies]
    prefix, count = sys.argv[1], int(sys.argv[2])
    with Store.open(sys.argv[3]) as store:
        for i in range(count):
            cid = f"{{prefix}}-{{i}}"
            store.save_candidate(Candidate(cid, "Имя " + cid, "external", "kam"), "writer")
            aid = store.create_assessment(cid, "A", "hr", "interview",
                                          datetime.date(2026, 1, 1), fw, "writer")
            for j, comp in enumerate(comps[:4]):
                store.set_rating(aid, comp, 1 + (i + j) % 5, f"e{{i}}", "writer")
            print(f"saved {{cid}}", flush=True)
    """
)


def writer(tmp_path: Path) -> Path:
    script = tmp_path / "writer.py"
    script.write_text(
        WRITER.format(root=str(ROOT), framework=str(ROOT / "competencies.yaml")), encoding="utf-8"
    )
    return script


def assert_saved(db: Path, reported: list[str], framework: Framework) -> None:
    with Store.open(db) as store:
        ok = store.conn.execute("PRAGMA integrity_check").fetchone()[0]
        assert ok == "ok"
        for cid in reported:
            (a,) = store.assessments(cid)
            assert len(a.ratings) == 4, cid


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
@pytest.mark.parametrize("seed", range(5))
def test_sigkill_loses_no_reported_rating(tmp_path: Path, framework: Framework, seed: int) -> None:
    db = tmp_path / "k.db"
    Store.open(db).close()  # schema in place, so the kill lands among rating writes
    rng = random.Random(seed)
    stop_after = rng.randint(1, 25)
    proc = subprocess.Popen(
        [sys.executable, str(writer(tmp_path)), "w", "1000", str(db)],
        stdout=subprocess.PIPE,
        text=True,
    )
    reported: list[str] = []
    assert proc.stdout is not None
    for line in proc.stdout:
        reported.append(line.split()[1])
        if len(reported) >= stop_after:
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert_saved(db, reported, framework)


def test_two_processes_write_at_once(tmp_path: Path, framework: Framework) -> None:
    db = tmp_path / "c.db"
    Store.open(db).close()
    script = writer(tmp_path)
    procs = [
        subprocess.Popen(
            [sys.executable, str(script), p, "60", str(db)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for p in ("a", "b")
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    for proc, (_out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        assert "locked" not in err
    reported = [line.split()[1] for out, _ in outputs for line in out.splitlines()]
    assert len(reported) == 120
    assert_saved(db, reported, framework)
