"""Work shared with forked copies of the process (kamassess.forked): the same results in the
same order, a failed copy's part done again here, and `score --json` on two cores saying what
it says on one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kamassess import forked
from kamassess.exchange.bundle import parse_bundle
from kamassess.exchange.importer import import_bundle
from kamassess.framework.model import Framework
from kamassess.model import Candidate
from kamassess.store.sqlite import Store
from kamassess.workspace import Workspace

from .test_framework_drift import edited, rate

ROOT = Path(__file__).resolve().parents[2]
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork is Linux-only")


def square_and_pid(x: int) -> tuple[int, int]:
    return x * x, os.getpid()


def test_parts_cover_the_range_in_order_with_sizes_one_apart() -> None:
    # 10 in 3: 4 + 3 + 3
    assert forked.parts(10, 3) == [(0, 4), (4, 7), (7, 10)]
    assert forked.parts(2, 4) == [(0, 1), (1, 2), (2, 2), (2, 2)]


@linux_only
def test_a_copy_does_the_second_half_and_the_order_is_kept() -> None:
    items = list(range(2 * forked.MIN_ITEMS))
    got = forked.map_in_parts(square_and_pid, items, processes=2)
    assert [v for v, _ in got] == [x * x for x in items]
    pids = [p for _, p in got]
    half = len(items) // 2
    assert set(pids[:half]) == {os.getpid()}  # the first part here
    assert len(set(pids[half:])) == 1 and pids[-1] != os.getpid()  # the second in one copy


@linux_only
def test_a_failing_copy_leaves_its_part_to_this_process() -> None:
    me = os.getpid()

    def only_here(x: int) -> tuple[int, int]:
        if os.getpid() != me:
            raise RuntimeError("the copy breaks")
        return square_and_pid(x)

    items = list(range(forked.MIN_ITEMS))
    got = forked.map_in_parts(only_here, items, processes=3)
    assert got == [(x * x, me) for x in items]


@linux_only
def test_no_process_to_spare_means_the_work_is_done_here(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused() -> int:
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", refused)
    items = list(range(forked.MIN_ITEMS))
    assert forked.map_in_parts(square_and_pid, items, processes=2) == [
        (x * x, os.getpid()) for x in items
    ]


@linux_only
def test_an_error_of_the_work_itself_reaches_the_caller() -> None:
    def broken(x: int) -> int:
        if x == 7:
            raise ValueError("item 7")
        return x

    with pytest.raises(ValueError, match="item 7"):
        forked.map_in_parts(broken, list(range(forked.MIN_ITEMS)), processes=2)
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)  # no copy left behind, finished or not


def test_few_items_or_another_thread_keep_the_work_here() -> None:
    got = forked.map_in_parts(square_and_pid, list(range(10)), processes=2)
    assert {p for _, p in got} == {os.getpid()}
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert forked.workers() == 1  # a fork would copy this thread's locks without it
    finally:
        stop.set()
        other.join()


@linux_only
def test_score_json_on_every_core_says_what_one_core_says(
    tmp_path: Path, framework: Framework, framework_text: str
) -> None:
    """2,100 candidates (enough to share), one scored under an older framework version and
    one who cannot be scored: the same text, the same complaint, the same exit either way."""
    from bench.generate import make_bundle

    db = tmp_path / "hr.db"
    with Store.open(db) as store:
        text = json.dumps(make_bundle(framework, 2_100, raters=2), ensure_ascii=False)
        import_bundle(store, framework, parse_bundle(text, "many", framework, store), "t")
    with Workspace.open(db, framework=framework, lang="en", user="t") as ws:
        ws.save_candidate(Candidate("z-1", "Волков", "internal", "kam_team_lead"))
        rate(ws, "z-1", "Петрова", 4, date(2026, 11, 10))
        ws.save_candidate(Candidate("z-2", "Без оценок", "internal", "kam_team_lead"))

    def drop_team_lead(data: dict[str, Any]) -> None:
        data["profiles"] = [p for p in data["profiles"] if p["id"] != "kam_team_lead"]
        for cand in data.get("candidates", []):
            cand["profile"] = "kam"

    _, new_text = edited(framework_text, drop_team_lead, "2026.3")
    fw_file = tmp_path / "new.yaml"
    fw_file.write_text(new_text, encoding="utf-8")

    def score(**env: str) -> subprocess.CompletedProcess[str]:
        environ = {k: v for k, v in os.environ.items() if k != "KAMASSESS_ONE_CORE"}
        command = [sys.executable, str(ROOT / "main.py"), "--db", str(db)]
        return subprocess.run(
            [*command, "--framework", str(fw_file), "--lang", "en", "score", "--json"],
            env={**environ, **env, "PYTHONIOENCODING": "utf-8"},
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=300,
        )

    shared, alone = score(), score(KAMASSESS_ONE_CORE="1")
    assert shared.returncode == alone.returncode == 1  # the others scored, one named
    assert shared.stdout == alone.stdout and shared.stderr == alone.stderr
    assert "Без оценок (z-2)" in shared.stderr and "Traceback" not in shared.stderr
    found = json.loads(shared.stdout)
    # every candidate but z-2, in the list's order (by name, then id), each once
    assert len(found) == 2_101 and len({r["candidate"] for r in found}) == 2_101
    z1 = next(r for r in found if r["candidate"] == "z-1")
    assert z1["framework"]["version"] == framework.version and z1["framework"]["outdated"]
