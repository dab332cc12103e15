"""A killed writer loses no reported rating; two processes writing at once both land — on a
database file and on a server."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from kamassess.framework.model import Framework
from kamassess.store.sqlite import SqliteStore, Store

from .conftest import BOTH_ENGINES

ENGINES = BOTH_ENGINES
ROOT = Path(__file__).resolve().parents[2]

WRITER = textwrap.dedent(
    """
    import sys, datetime
    sys.path.insert(0, {root!r})
    from kamassess.framework.model import load_framework
    from kamassess.model import Candidate
    from kamassess.store.sqlite import Store
    fw = load_framework({framework!r})
    comps = [c.id for c in fw.competencies]
    import time
    prefix, limit = sys.argv[1], sys.argv[2]
    # A count ("40") or a duration ("3s"): write until either runs out.
    count = 10**9 if limit.endswith("s") else int(limit)
    until = time.monotonic() + float(limit[:-1]) if limit.endswith("s") else float("inf")
    with Store.open(sys.argv[3]) as store:
        for i in range(count):
            if time.monotonic() > until:
                break
            cid = f"{{prefix}}-{{i}}"
            store.save_candidate(Candidate(cid, "Имя " + cid, "external", "kam"), "writer")
            aid = store.create_assessment(cid, "A", "hr", "interview",
                                          datetime.date(2026, 1, 1), fw, "writer")
            for j, comp in enumerate(comps[:4]):
                store.set_rating(aid, comp, 1 + (i + j) % 5, f"e{{i}}", "writer")
            print(f"saved {{cid}}", flush=True)
            if until != float("inf"):
                # Paced like a (very fast) user: the app writes a rating per action. A writer
                # looping with no pause at all can starve the other one, because SQLite's busy
                # handler sleeps between retries while the first takes the lock straight back.
                time.sleep(0.005)
    """
)


def writer(tmp_path: Path) -> Path:
    script = tmp_path / "writer.py"
    script.write_text(
        WRITER.format(root=str(ROOT), framework=str(ROOT / "competencies.yaml")), encoding="utf-8"
    )
    return script


def assert_saved(db: Path | str, reported: list[str], framework: Framework) -> None:
    with Store.open(db) as store:
        if isinstance(store, SqliteStore):
            ok = store.conn.execute("PRAGMA integrity_check").fetchone()[0]
            assert ok == "ok"
        for cid in reported:
            (a,) = store.assessments(cid)
            assert len(a.ratings) == 4, cid


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
@pytest.mark.sqlite_only
@pytest.mark.parametrize("seed", range(50))
def test_sigkill_loses_no_reported_rating(
    tmp_path: Path, target: Path, framework: Framework, seed: int
) -> None:
    """50 kills at random points: after a random number of saves plus a random delay, so kills
    also land inside transactions and between the writes of one assessment."""
    kill_a_writer(tmp_path, target, framework, seed)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
@pytest.mark.server_only
@pytest.mark.parametrize("seed", range(8))
def test_sigkill_on_a_server_loses_no_reported_rating(
    tmp_path: Path, target: Path | str, framework: Framework, seed: int
) -> None:
    """The same on the server (fewer kills: each costs a database): the server rolls back the
    killed client's open transaction and keeps every committed one."""
    kill_a_writer(tmp_path, target, framework, seed)


def kill_a_writer(tmp_path: Path, db: Path | str, framework: Framework, seed: int) -> None:
    Store.open(db).close()  # schema in place, so the kill lands among rating writes
    rng = random.Random(seed)
    stop_after, delay = rng.randint(1, 12), rng.uniform(0, 0.03)
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
            time.sleep(delay)
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert_saved(db, reported, framework)


def test_two_processes_write_at_once_for_seconds(
    tmp_path: Path, target: Path | str, framework: Framework
) -> None:
    db = target
    Store.open(db).close()
    script = writer(tmp_path)
    procs = [
        subprocess.Popen(
            [sys.executable, str(script), prefix, "3s", str(db)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for prefix in ("a", "b")
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    for proc, (_out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        assert "locked" not in err and "Traceback" not in err
    per_process = [len(out.splitlines()) for out, _ in outputs]
    assert min(per_process) >= 3, per_process  # both really wrote, side by side
    reported = [line.split()[1] for out, _ in outputs for line in out.splitlines()]
    assert_saved(db, reported, framework)
