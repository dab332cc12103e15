"""Damaged, newer, unreachable databases from the command line: a clear message, the offer
of the newest backup, and the damaged file never overwritten."""

from __future__ import annotations

from pathlib import Path

import pytest

from kamassess.store.backup import auto_backup
from kamassess.store.sqlite import DatabaseDamaged, Store

from .conftest import add_candidate
from .test_cli_commands import cli


def backed_up_database(tmp_path: Path) -> Path:
    db = tmp_path / "hr.db"
    with Store.open(db) as store:
        for i in range(30):
            add_candidate(store, f"c-{i}", notes="заметка " * 50)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert auto_backup(store) is not None
    return db


@pytest.mark.parametrize("damage", ["garbage", "truncated", "zeroed-middle"])
def test_damaged_database_says_so_offers_backup_and_restores(tmp_path: Path, damage: str) -> None:
    db = backed_up_database(tmp_path)
    raw = db.read_bytes()
    if damage == "garbage":
        broken = b"\x13\x37" * (len(raw) // 2)
    elif damage == "truncated":
        broken = raw[: len(raw) // 3]
    else:
        middle = len(raw) // 2
        broken = raw[:4096] + b"\x00" * (middle - 4096) + b"\xff" * 4096 + raw[middle + 4096 :]
    db.write_bytes(broken)
    for side in tmp_path.glob("hr.db-*"):
        side.unlink()
    result = cli(db, "score")
    assert result.returncode == 1
    assert "damaged" in result.stderr and "restore" in result.stderr
    assert "python main.py --db" in result.stderr  # the way out, spelled out
    assert db.read_bytes() == broken  # never overwritten by a failed open
    restored = cli(db, "restore", lang="ru")
    assert restored.returncode == 0, restored.stderr
    assert "восстановлена" in restored.stdout
    kept = list(tmp_path.glob("hr.db.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == broken
    listing = cli(db, "score", "--json")
    assert listing.returncode == 0 and listing.stdout.count('"candidate"') == 30


def test_restore_refuses_a_healthy_database(tmp_path: Path) -> None:
    db = backed_up_database(tmp_path)
    result = cli(db, "restore")
    assert result.returncode == 1 and "opens without errors" in result.stderr
    assert not list(tmp_path.glob("hr.db.damaged-*"))


def test_damaged_database_without_backup(tmp_path: Path) -> None:
    db = tmp_path / "lonely.db"
    db.write_bytes(b"not a database at all" * 100)
    result = cli(db, "score")
    assert result.returncode == 1 and "damaged" in result.stderr
    assert "python main.py --db" not in result.stderr  # no backup to offer
    result = cli(db, "restore")
    assert result.returncode == 2 and "no automatic backup" in result.stderr


def test_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    with Store.open(db) as store:
        store.conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('kamassess', '0042_from_the_future', 'x')"
        )
        store.conn.commit()
    before = db.read_bytes()
    result = cli(db, "score", lang="ru")
    assert result.returncode == 1 and "более новой версией" in result.stderr
    assert db.read_bytes() == before


def test_unreachable_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    result = cli(blocker / "sub" / "kam.db", "demo")
    assert result.returncode == 1 and "cannot open the database" in result.stderr


def test_truncated_database_is_classified(tmp_path: Path) -> None:
    db = backed_up_database(tmp_path)
    db.write_bytes(db.read_bytes()[:5000])
    with pytest.raises(DatabaseDamaged):
        Store.open(db).candidates()
