"""Nothing saved is lost, mixed up or leaked: second connections and processes, backups of two
databases side by side, damaged pages, restores, outputs aimed at the database, two people adding
a candidate. Real SQLite files and real processes throughout."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import stat
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from kamassess.framework.model import Framework
from kamassess.model import Candidate
from kamassess.store import backup
from kamassess.store.errors import (
    CandidateExists,
    DatabaseDamaged,
    DatabaseReplaced,
    EditConflict,
    ForeignDatabase,
)
from kamassess.store.sqlite import Store
from kamassess.workspace import Workspace

from .conftest import BOTH_ENGINES, add_candidate, rate_all, run_cli

ENGINES = BOTH_ENGINES  # the tests that use `target` or `store`: two people at once

ROOT = Path(__file__).resolve().parents[2]


def other_process(code: str) -> None:
    """Run a few lines of Python in a second process (a CLI command or another window)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr


def names_in_db(path: Path) -> set[str]:
    with Store.open(path, create=False) as s:
        return {c.name for c in s.candidates()}


# -- 1. a second connection or process never disconnects the first ------------------------------
def test_second_open_and_second_process_leave_the_first_connection_working(
    db_path: Path,
) -> None:
    """The old header check opened and closed the file with Python: on Linux that dropped the
    window's locks, and the next process to close the database deleted the WAL still in use."""
    first = Store.open(db_path)
    add_candidate(first, "c-1")
    Store.open(db_path).close()  # the list's background scoring opened its own connection
    other_process(
        "from kamassess.store.sqlite import Store\n"
        f"Store.open({str(db_path)!r}).close()\n"  # a CLI command, run and finished
    )
    add_candidate(first, "c-2")  # the window saves again
    other_process(
        "from kamassess.store.sqlite import Store\n"
        "from kamassess.model import Candidate\n"
        f"s = Store.open({str(db_path)!r})\n"
        "s.save_candidate(Candidate('c-3', 'Третий', 'external', 'kam'), 'cli')\n"
        "s.close()\n"
    )
    add_candidate(first, "c-4")
    first.close()
    with Store.open(db_path, create=False) as fresh:
        assert fresh.candidate_ids() == {"c-1", "c-2", "c-3", "c-4"}
        assert all(len(fresh.history(c)) == 1 for c in ("c-1", "c-2", "c-3", "c-4"))
        assert fresh.quick_check()


# -- 3. backups of two databases never mix --------------------------------------------------------
def test_backups_of_two_databases_side_by_side_never_mix(tmp_path: Path) -> None:
    hr, sales = tmp_path / "hr.db", tmp_path / "hr-sales.db"
    start = datetime(2026, 11, 27, 9, 0, 0)
    with Store.open(sales) as s:
        add_candidate(s, "s-1", name="Продажи")
        sales_backup = backup.auto_backup(s, start)
    with Store.open(hr) as h:
        for i in range(7):  # more than KEEP: hr's rotation runs
            add_candidate(h, f"h-{i}", name=f"Кадры {i}")
            backup.auto_backup(h, start + timedelta(minutes=i + 1))
    assert sales_backup is not None and sales_backup.exists()
    assert backup.list_backups(sales) == [sales_backup]
    assert len(backup.list_backups(hr)) == backup.KEEP
    assert all("hr-sales" not in p.name for p in backup.list_backups(hr))
    sales.write_bytes(b"\x00" * 4096)  # damage hr-sales.db; its restore must use its own copy
    for side in ("-wal", "-shm"):
        sales.with_name(sales.name + side).unlink(missing_ok=True)
    code, _, err = run_cli("--db", str(sales), "restore")
    assert code == 0, err
    assert names_in_db(sales) == {"Продажи"}


# -- 4. a damaged database is never backed up over good backups -----------------------------------
def damage_a_page(path: Path) -> None:
    """Overwrite a page of ratings in the middle of a closed database (its header stays valid):
    every command that reads the ratings meets it, whatever the tables around it."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        try:  # SQLite's dbstat table says which pages hold the ratings, where it is built in
            held = [
                r[0]
                for r in conn.execute(
                    "SELECT pageno FROM dbstat WHERE name = 'ratings' AND pagetype = 'leaf' "
                    "ORDER BY pageno"
                )
            ]
        except sqlite3.OperationalError:
            held = []
    conn.close()
    assert pages > 4
    page = held[len(held) // 2] if held else pages // 2 + 1  # dbstat counts pages from 1
    with open(path, "r+b") as fh:  # the database is closed: nothing live is touched
        fh.seek(size * (page - 1))
        fh.write(b"\xff" * size)


def test_damaged_database_is_not_backed_up_and_commands_say_damaged(
    tmp_path: Path, framework: Framework
) -> None:
    db = tmp_path / "hr.db"
    assert run_cli("--db", str(db), "demo")[0] == 0
    with Store.open(db) as s:
        for i in range(40):  # enough rows for a middle page to hold ratings
            add_candidate(s, f"x-{i}", notes="заметка " * 100)
            rate_all(s, framework, f"x-{i}", 3)
        good = backup.auto_backup(s)
    assert good is not None
    before = {p: p.read_bytes() for p in backup.list_backups(db)}
    damage_a_page(db)
    with Store.open(db) as s:
        add_candidate(s, "late")  # the header is fine: the database opens and accepts writes
        with pytest.raises(DatabaseDamaged):
            backup.auto_backup(s)
    assert {p: p.read_bytes() for p in backup.list_backups(db)} == before
    code, _, err = run_cli("--db", str(db), "backup", "--out", str(tmp_path / "copy.db"))
    assert code == 1 and "damaged" in err and not (tmp_path / "copy.db").exists()
    code, _, err = run_cli("--db", str(db), "export", str(tmp_path / "all.json"))
    assert code == 1 and "damaged" in err and "restore" in err
    code, _, err = run_cli("--db", str(db), "score", "--json")
    assert code == 1 and "damaged" in err
    bundle = tmp_path / "one.json"
    bundle.write_text(
        json.dumps(
            {
                "format": "kamassess-bundle",
                "version": 1,
                "framework": {"id": framework.id, "version": framework.version},
                "candidates": [
                    {"id": "n-1", "name": "Новый", "kind": "external", "profile": "kam"}
                ],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    code, _, err = run_cli("--db", str(db), "import", str(bundle))
    assert code == 1 and "damaged" in err  # refused: no backup of a damaged database
    assert {p: p.read_bytes() for p in backup.list_backups(db)} == before


# -- 5. no change, no backup -----------------------------------------------------------------------
def test_reimport_that_changes_nothing_takes_no_backup(tmp_path: Path) -> None:
    db = tmp_path / "hr.db"
    assert run_cli("--db", str(db), "demo")[0] == 0  # an empty database: nothing to back up
    assert backup.list_backups(db) == []
    export = tmp_path / "all.json"
    assert run_cli("--db", str(db), "export", str(export))[0] == 0
    code, _, err = run_cli("--db", str(db), "import", str(export))
    assert code == 0 and "backup" not in err.lower()  # the demo's state: no newer data to keep
    with Store.open(db) as s:
        add_candidate(s, "c-9")  # a real change since
    data = json.loads(export.read_text(encoding="utf-8"))
    data["candidates"][0]["notes"] = "изменено"
    export.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, _, err = run_cli("--db", str(db), "import", str(export))
    assert code == 0 and "backup" in err.lower()
    kept = backup.list_backups(db)
    assert len(kept) == 1
    for _ in range(5):  # the same file again: nothing changes, nothing is evicted
        code, out, err = run_cli("--db", str(db), "import", str(export))
        assert code == 0 and "0 updated" in out
    assert backup.list_backups(db) == kept


# -- 6. restore is atomic, an empty file is not a new database, a swapped file is noticed -------
def test_killed_restore_leaves_the_damaged_database_never_an_empty_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "hr.db"
    with Store.open(db) as s:
        add_candidate(s, "c-1", name="Сохранённый")
        assert backup.auto_backup(s) is not None
    db.write_bytes(b"garbage!" * 512)
    damaged = db.read_bytes()

    def killed(src: object, dst: object) -> None:
        raise KeyboardInterrupt  # the process dies just before the swap

    monkeypatch.setattr(backup.os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        backup.restore_newest(db)
    assert db.read_bytes() == damaged  # still the damaged file (kept), never an empty one
    assert not list(tmp_path.glob("*.restoring"))  # the half-made copy is gone
    monkeypatch.undo()
    assert backup.restore_newest(db) is not None
    assert names_in_db(db) == {"Сохранённый"}
    assert [p.read_bytes() for p in tmp_path.glob("hr.db.damaged-*") if p.suffix != ".db-wal"]


def test_zero_byte_database_with_backups_is_damaged_not_new(tmp_path: Path) -> None:
    db = tmp_path / "hr.db"
    with Store.open(db) as s:
        add_candidate(s, "c-1")
        backup.auto_backup(s)
    db.write_bytes(b"")
    for side in ("-wal", "-shm"):
        db.with_name(db.name + side).unlink(missing_ok=True)
    with pytest.raises(DatabaseDamaged):
        Store.open(db)
    code, _, err = run_cli("--db", str(db), "score")
    assert code == 1 and "restore" in err
    assert db.read_bytes() == b""  # not silently turned into a new, empty database


def test_restore_while_a_window_is_open_is_noticed(tmp_path: Path) -> None:
    db = tmp_path / "hr.db"
    window = Store.open(db)
    add_candidate(window, "c-1", name="До восстановления")
    assert backup.auto_backup(window) is not None
    add_candidate(window, "c-2", name="После копии")
    other_process(  # another process restores (forced: the database is healthy)
        "from kamassess.cli.main import main\n"
        f"raise SystemExit(main(['--db', {str(db)!r}, 'restore', '--force']))\n"
    )
    with pytest.raises(DatabaseReplaced):
        add_candidate(window, "c-3", name="В старый файл")
    window.close()
    assert names_in_db(db) == {"До восстановления"}
    (kept,) = [p for p in tmp_path.iterdir() if re.fullmatch(r"hr\.db\.damaged-[\d-]+", p.name)]
    with sqlite3.connect(f"file:{kept}?mode=ro", uri=True) as old:
        names = {r[0] for r in old.execute("SELECT name FROM candidates")}
    assert "В старый файл" not in names


# -- 7. outputs never land on the database ---------------------------------------------------------
def test_outputs_aimed_at_the_database_or_other_files_are_refused(tmp_path: Path) -> None:
    db = tmp_path / "hr.db"
    assert run_cli("--db", str(db), "demo")[0] == 0
    with Store.open(db) as s:
        add_candidate(s, "c-9")
        backup.auto_backup(s)
    original = names_in_db(db)
    (bk,) = backup.list_backups(db)
    notes = tmp_path / "notes.txt"
    notes.write_text("мои заметки", encoding="utf-8")
    attempts = [
        ("report", "profile", "--candidate", "c-001", "--out", str(db)),
        ("report", "profile", "--candidate", "c-001", "--out", str(db) + "-wal"),
        ("report", "profile", "--candidate", "c-001", "--out", str(bk)),
        ("report", "profile", "--candidate", "c-001", "--out", str(tmp_path)),
        ("report", "profile", "--candidate", "c-001", "--out", str(notes)),
        ("export", str(db)),
        ("export", str(notes)),
        ("backup", "--out", str(db)),
        ("backup", "--out", str(notes)),
        ("report", "all", "--out-dir", str(notes)),
    ]
    for argv in attempts:
        code, _, err = run_cli("--db", str(db), *argv)
        assert code == 1, argv
        assert "nothing was written" in err or "not overwritten" in err or "damaged" in err, err
    assert names_in_db(db) == original
    assert notes.read_text(encoding="utf-8") == "мои заметки"
    bundle = tmp_path / "ok.json"
    assert run_cli("--db", str(db), "export", str(bundle))[0] == 0
    assert run_cli("--db", str(db), "export", str(bundle))[0] == 0  # its own kind: replaced


# -- 8. two people add or edit a candidate at once ------------------------------------------------
def test_two_people_adding_a_candidate_never_overwrite_each_other(target: Path | str) -> None:
    alice, bob = Store.open(target), Store.open(target)
    proposed_a, proposed_b = alice.next_candidate_id(), bob.next_candidate_id()
    assert proposed_a == proposed_b  # both forms suggest the same id
    alice.add_candidate(Candidate(proposed_a, "Алиса добавила", "external", "kam"), "alice")
    with pytest.raises(CandidateExists):
        bob.add_candidate(Candidate(proposed_b, "Боб добавил", "internal", "kam"), "bob")
    fresh = bob.next_candidate_id()
    assert fresh != proposed_b
    bob.add_candidate(Candidate(fresh, "Боб добавил", "internal", "kam"), "bob")
    assert alice.candidate(proposed_a).name == "Алиса добавила"
    assert [h["actor"] for h in alice.history(proposed_a)] == ["alice"]
    alice.close()
    bob.close()


def test_an_edit_over_someone_elses_change_is_refused_and_shows_theirs(
    target: Path | str,
) -> None:
    alice, bob = Store.open(target), Store.open(target)
    add_candidate(alice, "c-1", region="Москва")
    cand, version = alice.candidate_with_version("c-1")  # Alice opens the form
    theirs, their_version = bob.candidate_with_version("c-1")
    bob.save_candidate(
        Candidate(**{**theirs.__dict__, "region": "Казань"}),
        "bob",
        expected_version=their_version,
    )
    with pytest.raises(EditConflict) as conflict:
        alice.save_candidate(
            Candidate(**{**cand.__dict__, "employer": "ООО Ромашка"}),
            "alice",
            expected_version=version,
        )
    assert conflict.value.current.region == "Казань"  # shown to Alice
    assert alice.candidate("c-1").region == "Казань"  # Bob's change kept
    assert alice.candidate("c-1").employer is None
    alice.close()
    bob.close()


# -- 9. batch file names are unique where the file system ignores case -----------------------------
def test_report_all_writes_one_file_per_candidate_whatever_their_ids(tmp_path: Path) -> None:
    db = tmp_path / "hr.db"
    with Store.open(db) as s:
        for cid in ("a:b", "a_b", "C-1", "c-1"):
            s.save_candidate(Candidate(cid, f"Кандидат {cid}", "external", "kam"), "t")
    folder = tmp_path / "out"
    code, out, _ = run_cli("--db", str(db), "report", "all", "--out-dir", str(folder))
    assert code == 0
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 4 and len({n.casefold() for n in names}) == 4
    assert "4 of 4" in out


# -- foreign files, folders, pipes, usage ------------------------------------------------------
def test_another_programs_sqlite_file_is_refused_and_untouched(tmp_path: Path) -> None:
    foreign = tmp_path / "photos.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")
        conn.execute("INSERT INTO photos (path) VALUES ('a.jpg')")
    conn.close()
    before = foreign.read_bytes()
    with pytest.raises(ForeignDatabase):
        Store.open(foreign)
    for argv in (("score",), ("export", str(tmp_path / "x.json")), ("demo",)):
        code, _, err = run_cli("--db", str(foreign), *argv)
        assert code == 1 and "another program" in err
    assert foreign.read_bytes() == before
    assert not foreign.with_name("photos.db-wal").exists()


def test_clear_messages_for_folders_files_pipes_and_usage(tmp_path: Path) -> None:
    db = tmp_path / "hr.db"
    assert run_cli("--db", str(db), "demo")[0] == 0
    code, _, err = run_cli("--db", str(tmp_path), "score")
    assert code == 1 and "folder" in err
    code, _, _ = run_cli("--db", "", "score")
    assert code == 64  # a usage error has its own code; 2 means "not found"
    code, _, _ = run_cli("--db", str(db), "score", "--no-such-option")
    assert code == 64
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KAMASSESS_LANG": "en"}
    piped = subprocess.run(
        f"{sys.executable} {ROOT / 'main.py'} --db {db} score --json | head -c 10",
        shell=True,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "Traceback" not in piped.stderr and "Error" not in piped.stderr


# -- two imports started in the same second --------------------------------------------------------
def test_two_imports_started_together_both_land(tmp_path: Path, framework: Framework) -> None:
    db = tmp_path / "hr.db"
    with Store.open(db) as s:
        add_candidate(s, "c-0")
    scripts = []
    for n in (1, 2):
        bundle = tmp_path / f"b{n}.json"
        bundle.write_text(
            json.dumps(
                {
                    "format": "kamassess-bundle",
                    "version": 1,
                    "framework": {"id": framework.id, "version": framework.version},
                    "candidates": [
                        {"id": f"n-{n}", "name": f"Новый {n}", "kind": "external", "profile": "kam"}
                    ],
                },
                ensure_ascii=False,
            ),
            encoding="utf-8",
        )
        scripts.append(
            [sys.executable, str(ROOT / "main.py"), "--db", str(db), "import", str(bundle)]
        )
    env = {**os.environ, "KAMASSESS_LANG": "en"}
    procs = [
        subprocess.Popen(s, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for s in scripts
    ]
    results = [p.communicate(timeout=60) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    assert names_in_db(db) >= {"Новый 1", "Новый 2"}
    assert not list(backup.backup_dir(db).glob("*.partial"))


def test_a_backup_that_cannot_be_written_refuses_the_import_cleanly(
    tmp_path: Path, framework: Framework
) -> None:
    db = tmp_path / "hr.db"
    with Store.open(db) as s:
        add_candidate(s, "c-0")
    (tmp_path / "backups").write_text("a file where the backups folder should be")
    bundle = tmp_path / "b.json"
    bundle.write_text(
        json.dumps(
            {
                "format": "kamassess-bundle",
                "version": 1,
                "framework": {"id": framework.id, "version": framework.version},
                "candidates": [
                    {"id": "n-1", "name": "Новый", "kind": "external", "profile": "kam"}
                ],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    code, _, err = run_cli("--db", str(db), "import", str(bundle))
    assert code == 1 and "backup could not be written" in err
    assert "n-1" not in Store.open(db).candidate_ids()
    assert not list(tmp_path.rglob("*.partial"))


# -- leaks -------------------------------------------------------------------------------------
def test_deleting_a_person_removes_them_from_the_wal_and_every_backup(
    tmp_path: Path, framework: Framework
) -> None:
    db = tmp_path / "hr.db"
    marker = "Секретова Тайна Уникальная"
    evidence = "уникальная-заметка-о-переговорах"
    with Store.open(db) as s:
        add_candidate(s, "c-0", name="Остающийся")
    with Workspace.open(db, framework=framework, lang="en", user="t") as ws:
        add_candidate(ws.store, "gone", name=marker)
        aid = ws.create_assessment("gone", "Петрова", "hr", "interview", date(2026, 11, 20))
        ws.set_rating(aid, "engineering_knowledge", 4, evidence)
        for minute in range(3):
            backup.auto_backup(ws.store, datetime(2026, 11, 27, 9, minute))
            add_candidate(ws.store, f"filler-{minute}")
        assert any(marker.encode() in p.read_bytes() for p in backup.list_backups(db))
        removed = ws.delete_candidate("gone")
        assert removed["backups"] >= 1
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    for path in written:
        raw = path.read_bytes()
        assert marker.encode() not in raw and evidence.encode() not in raw, path
    assert run_cli("--db", str(db), "restore", "--force")[0] == 0
    assert marker not in names_in_db(db)  # a restore does not bring them back


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_files_with_personal_data_are_private(tmp_path: Path) -> None:
    db = tmp_path / "hr.db"
    assert run_cli("--db", str(db), "demo")[0] == 0
    with Store.open(db) as s:
        add_candidate(s, "c-9")
        backup.auto_backup(s)
    pdf, bundle = tmp_path / "p.pdf", tmp_path / "b.json"
    assert (
        run_cli("--db", str(db), "report", "profile", "--candidate", "c-001", "--out", str(pdf))[0]
        == 0
    )
    assert run_cli("--db", str(db), "export", str(bundle))[0] == 0
    for path in (db, pdf, bundle, *backup.list_backups(db)):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    for folder in (tmp_path / "backups", backup.backup_dir(db)):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


def test_a_planted_link_is_never_followed(tmp_path: Path) -> None:
    db = tmp_path / "hr.db"
    assert run_cli("--db", str(db), "demo")[0] == 0
    victim = tmp_path / "victim.txt"
    victim.write_text("не трогать", encoding="utf-8")
    out = tmp_path / "p.pdf"
    (tmp_path / ".p.pdf.partial").symlink_to(victim)  # where the old writer put its temporary
    assert (
        run_cli("--db", str(db), "report", "profile", "--candidate", "c-001", "--out", str(out))[0]
        == 0
    )
    assert victim.read_text(encoding="utf-8") == "не трогать"
    assert out.read_bytes().startswith(b"%PDF-") and not out.is_symlink()


def test_the_log_holds_no_personal_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kamassess import crashlog, paths

    log = tmp_path / "logs" / "kamassess.log"
    monkeypatch.setattr(paths, "log_file", lambda: log)
    try:
        raise RuntimeError("no candidate named Секретова Тайна, evidence: переговоры")
    except RuntimeError as exc:
        crashlog.log_exception(exc)
    text = log.read_text(encoding="utf-8")
    assert "RuntimeError" in text and "test_data_safety.py" in text
    assert "Секретова" not in text and "переговоры" not in text
    if sys.platform != "win32":
        assert stat.S_IMODE(log.stat().st_mode) == 0o600


def test_a_long_but_valid_file_name_is_written(tmp_path: Path) -> None:
    """245 bytes is a valid name; the temporary file beside it once took the whole name plus 18
    bytes, was refused as too long, and the refusal named the temporary file."""
    from kamassess.outputs import write_text_private

    name = "ж" * 120 + ".json"  # 245 bytes in UTF-8
    assert len(name.encode("utf-8")) == 245
    target = write_text_private(tmp_path / name, "{}\n")
    assert target.read_text(encoding="utf-8") == "{}\n"
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no temporary file left


def test_an_output_that_is_a_pipe_or_a_device_is_refused_not_waited_on(tmp_path: Path) -> None:
    """Checking what an existing file holds read its head: a named pipe (or /dev/stdout) made
    the export wait for a writer forever."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    db = tmp_path / "hr.db"
    env = {**os.environ, "KAMASSESS_LANG": "en", "PYTHONIOENCODING": "utf-8"}
    main = [sys.executable, str(root / "main.py"), "--db", str(db)]
    assert subprocess.run([*main, "demo"], env=env, capture_output=True).returncode == 0
    fifo = tmp_path / "out.json"
    os.mkfifo(fifo)
    for target in (fifo, Path("/dev/null")):
        done = subprocess.run(
            [*main, "export", str(target)], env=env, capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 1 and str(target) in done.stderr + done.stdout
    assert fifo.exists() and not fifo.is_file()  # left as it was
