"""Backups through SQLite's online backup API (a consistent copy even while the app writes)."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from kamassess.store.dbfile import prepare_file
from kamassess.store.sqlite import Store

KEEP = 5
_LAST = "last_backup_revision"


def backup_to(store: Store, target: Path) -> Path:
    """Copy the open database to target (written beside it first, then renamed into place)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    prepare_file(partial)
    dest = sqlite3.connect(str(partial))
    try:
        store.conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    os.replace(partial, target)
    return target


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def list_backups(db_path: Path) -> list[Path]:
    """This database's automatic backups, newest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    found = folder.glob(f"{db_path.stem}-*.db")
    return sorted(found, key=lambda p: (p.stat().st_mtime_ns, p.name), reverse=True)


def auto_backup(store: Store, now: datetime | None = None) -> Path | None:
    """Back up when the data changed since the last automatic backup; keep the newest KEEP."""
    if store.path is None:
        return None
    revision = store.revision()
    last = store.meta(_LAST)
    existing = list_backups(store.path)
    if revision == 0 or (last is not None and int(last) == revision and existing):
        return None
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = backup_dir(store.path) / f"{store.path.stem}-{stamp}.db"
    n = 1
    while target.exists():
        n += 1
        target = backup_dir(store.path) / f"{store.path.stem}-{stamp}-{n}.db"
    backup_to(store, target)
    store.set_meta(_LAST, str(revision))
    for old in list_backups(store.path)[KEEP:]:
        old.unlink(missing_ok=True)
    return target


def restore_newest(db_path: Path) -> tuple[Path, Path] | None:
    """Put the newest automatic backup in place of a damaged database.

    The damaged file is never overwritten: it is renamed beside itself first. Returns
    (the backup used, where the damaged file went), or None when there is no backup.
    """
    backups = list_backups(db_path)
    if not backups:
        return None
    newest = backups[0]
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    if db_path.exists():
        db_path.rename(kept)
    for suffix in ("-wal", "-shm", "-journal"):
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            side.rename(kept.with_name(kept.name + suffix))
    source = sqlite3.connect(f"file:{newest}?mode=ro", uri=True)
    try:
        prepare_file(db_path)
        dest = sqlite3.connect(str(db_path))
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return newest, kept
