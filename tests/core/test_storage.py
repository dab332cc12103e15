"""The store on a real file and on a real server: settings, history, final assessments,
deletion, backups (the tests about the file itself run on SQLite only)."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from kamassess.framework.model import Framework
from kamassess.model import Candidate
from kamassess.store import backup, dbfile
from kamassess.store.errors import StorageError
from kamassess.store.sqlite import (
    AssessmentFinal,
    DatabaseDamaged,
    NotFound,
    ReadOnlyDatabase,
    SchemaTooNew,
    Store,
)

from .conftest import BOTH_ENGINES, add_candidate, rate_all

ENGINES = BOTH_ENGINES
# What each engine raises when its own triggers refuse a change made with raw SQL.
REFUSED = (sqlite3.IntegrityError, StorageError)


@pytest.mark.sqlite_only
def test_connection_settings(store: Store) -> None:
    q = store.conn.execute
    assert q("PRAGMA foreign_keys").fetchone()[0] == 1
    assert q("PRAGMA busy_timeout").fetchone()[0] >= 10_000
    assert q("PRAGMA secure_delete").fetchone()[0] == 1
    assert store.journal_mode == "wal"


@pytest.mark.sqlite_only
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_file_is_private_to_its_owner(store: Store, db_path: Path) -> None:
    assert stat.S_IMODE(os.stat(db_path).st_mode) == 0o600


def test_network_share_uses_rollback_journal(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("kamassess.store.sqlite.is_network_path", lambda p: True)
    with Store.open(db_path) as s:
        assert s.journal_mode == "delete"


def test_network_detection(tmp_path: Path) -> None:
    assert dbfile.is_network_path(Path("//server/share/kam.db"))
    assert dbfile.is_network_path(Path("\\\\server\\share\\kam.db"))
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\nsrv:/hr /mnt/hr nfs4 rw 0 0\n//fs/share /mnt/share cifs rw 0 0\n",
        encoding="utf-8",
    )
    assert dbfile._linux_mount_type(Path("/mnt/hr/kam.db"), str(mounts)) == "nfs4"
    assert dbfile._linux_mount_type(Path("/mnt/share/x/kam.db"), str(mounts)) == "cifs"
    assert dbfile._linux_mount_type(Path("/home/u/kam.db"), str(mounts)) == "ext4"
    assert dbfile._linux_mount_type(Path("/mnt/hrx/kam.db"), str(mounts)) == "ext4"


def test_reopening_keeps_data_and_schema(target: Path | str, framework: Framework) -> None:
    with Store.open(target) as s:
        add_candidate(s)
        rate_all(s, framework, "c-1", 4)
    with Store.open(target) as s:
        (a,) = s.assessments("c-1")
        assert a.status == "final" and len(a.ratings) == len(framework.competencies)
        assert a.framework_hash == framework.content_hash


def test_candidate_changes_are_in_history(store: Store) -> None:
    cand = add_candidate(store, tenure_years=2.0)
    assert store.save_candidate(cand, "hr") == "unchanged"
    changed = Candidate(**{**cand.__dict__, "tenure_years": 3.5, "region": "Москва"})
    assert store.save_candidate(changed, "hr2") == "updated"
    rows = [(h["field"], h["old"], h["new"], h["actor"]) for h in store.history("c-1")]
    assert rows[0][0] == "*" and rows[0][2]["name"] == "Кандидат c-1"
    assert ("tenure_years", 2.0, 3.5, "hr2") in rows
    assert ("region", None, "Москва", "hr2") in rows
    assert store.candidate("c-1").tenure_years == 3.5


def test_rating_changes_are_in_history(store: Store, framework: Framework) -> None:
    add_candidate(store)
    aid = store.create_assessment(
        "c-1", "Петрова", "hr", "interview", date(2026, 11, 20), framework, "hr"
    )
    assert store.set_rating(aid, "engineering_knowledge", 3, "", "hr")
    assert store.set_rating(aid, "engineering_knowledge", 4, "подобрал насос", "hr")
    assert not store.set_rating(aid, "engineering_knowledge", 4, "подобрал насос", "hr")
    entries = [
        (h["entity_key"], h["field"], h["old"], h["new"])
        for h in store.history("c-1")
        if h["entity"] == "rating"
    ]
    key = f"{aid}/engineering_knowledge"
    assert entries == [
        (key, "level", None, 3),
        (key, "level", 3, 4),
        (key, "evidence", "", "подобрал насос"),
    ]


def test_final_assessment_cannot_change_until_reopened(store: Store, framework: Framework) -> None:
    add_candidate(store)
    aid = rate_all(store, framework, "c-1", 3)
    with pytest.raises(AssessmentFinal):
        store.set_rating(aid, "engineering_knowledge", 5, "", "hr")
    # Not even with raw SQL:
    with pytest.raises(REFUSED, match="final"), store.write() as w:
        w.conn.execute("UPDATE ratings SET level = 5 WHERE assessment = ?", (aid,))
    assert {r.level for r in store.assessment(aid).ratings} == {3}
    store.reopen(aid, "director", "new evidence from the reference check")
    assert store.set_rating(aid, "engineering_knowledge", 5, "", "hr")
    reopen = [h for h in store.history("c-1") if h["field"] == "status"][-1]
    assert reopen["old"] == "final" and reopen["actor"] == "director"
    assert reopen["new"] == {"status": "draft", "reason": "new evidence from the reference check"}


def test_history_is_append_only(store: Store) -> None:
    add_candidate(store)
    # (The server refuses an UPDATE of the history to every role before its trigger would.)
    with pytest.raises(REFUSED, match=r"append-only|permission denied"), store.write() as w:
        w.conn.execute("UPDATE history SET actor = 'someone else'")
    with pytest.raises(REFUSED, match="append-only"), store.write() as w:
        w.conn.execute("DELETE FROM history")
    assert len(store.history("c-1")) == 1


def test_deleting_a_candidate_removes_every_trace(db_path: Path, framework: Framework) -> None:
    secret = "Секретова Ульяна Тимофеевна"
    with Store.open(db_path) as s:
        add_candidate(s, "c-1", name=secret, notes="личная заметка-маркер")
        add_candidate(s, "c-2")
        rate_all(s, framework, "c-1", 4)
        rate_all(s, framework, "c-2", 3)
        counts = s.deletion_counts("c-1")
        assert counts == {
            "assessments": 1,
            "ratings": len(framework.competencies),
            "history": 3 + 2 * len(framework.competencies),
        }
        s.delete_candidate("c-1")
        assert s.candidate_ids() == {"c-2"}
        assert s.history("c-1") == [] and s.assessments("c-1") == []
        assert s.counts()["ratings"] == len(framework.competencies)
        s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with pytest.raises(NotFound):
        Store.open(db_path).candidate("c-1")
    raw = b"".join(p.read_bytes() for p in db_path.parent.glob("kamassess.db*"))
    assert secret.encode() not in raw and "заметка-маркер".encode() not in raw


def test_damaged_and_newer_databases_are_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatabaseDamaged) as info:
        Store.open(junk)
    assert "restore" in info.value.message.render("en")
    assert junk.read_bytes() == b"this is not a database" * 100  # never overwritten
    newer = tmp_path / "newer.db"
    with Store.open(newer) as s:
        s.conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('kamassess', '0099_future', 'x')"
        )
        s.conn.commit()
    with pytest.raises(SchemaTooNew):
        Store.open(newer)


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root ignores file permissions"
)
def test_read_only_database(db_path: Path) -> None:  # pragma: no cover - not as root
    with Store.open(db_path) as s:
        add_candidate(s)
    os.chmod(db_path, 0o400)
    with Store.open(db_path) as s, pytest.raises(ReadOnlyDatabase):
        add_candidate(s, "c-2")


@pytest.mark.sqlite_only
def test_backup_copy_is_complete(store: Store, framework: Framework, tmp_path: Path) -> None:
    add_candidate(store)
    rate_all(store, framework, "c-1", 4)
    target = backup.backup_to(store, tmp_path / "copy" / "b.db")
    with Store.open(target, create=False) as copy:
        assert copy.counts() == store.counts()
        assert copy.assessments("c-1") == store.assessments("c-1")


@pytest.mark.sqlite_only
def test_automatic_backup_rotates_and_skips_unchanged(store: Store, db_path: Path) -> None:
    from datetime import datetime, timedelta

    start = datetime(2026, 11, 27, 9, 0, 0)
    assert backup.auto_backup(store, start) is None  # an empty database needs no backup
    made = []
    for i in range(7):
        add_candidate(store, f"c-{i}")
        made.append(backup.auto_backup(store, start + timedelta(minutes=i)))
        assert backup.auto_backup(store, start + timedelta(minutes=i, seconds=30)) is None
    kept = backup.list_backups(db_path)
    assert len(kept) == backup.KEEP
    assert kept[0] == made[-1] and all(p is not None for p in made)
    with Store.open(kept[0], create=False) as newest:
        assert len(newest.candidate_ids()) == 7


def test_read_only_connection_gives_a_clear_error(db_path: Path) -> None:
    """Runs as root too: a read-only handle stands in for a read-only file."""
    with Store.open(db_path) as s:
        add_candidate(s)
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    ro = Store(conn, db_path)
    with pytest.raises(ReadOnlyDatabase) as info:
        add_candidate(ro, "c-2")
    assert "read-only" in info.value.message.render("en")
    assert "только для чтения" in info.value.message.render("ru")
    conn.close()


def test_a_desktop_never_loads_the_server_driver(db_path: Path, root: Path) -> None:
    """psycopg is imported only when a server is opened: not by the window's modules, not by a
    command on a file."""
    with Store.open(db_path) as s:
        add_candidate(s)
    code = (
        "import sys\n"
        "import ui.app, ui.main_window\n"
        "from kamassess.cli import main as cli\n"
        f"assert cli.main(['--db', {str(db_path)!r}, 'score']) == 0\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0].startswith('psycopg')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.stdout.strip().splitlines()[-1] == "[]"
