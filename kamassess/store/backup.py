"""Backups through SQLite's online backup API, and restoring from them.

Each database keeps its own automatic backups in `backups/<database file name>/` beside it, so
`hr.db` and `hr-sales.db` never see (or rotate out) each other's. A backup is taken only of a
database whose pages pass SQLite's quick_check, written to a new private file, checked, and only
then given its name; a restore is copied, checked, and renamed into place in one step."""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
from contextlib import closing, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kamassess.i18n.messages import Message
from kamassess.i18n.oserrors import os_error
from kamassess.outputs import check_output, private_folder
from kamassess.store.errors import BackupFailed, DatabaseDamaged
from kamassess.store.sqlite import APPLICATION_ID
from kamassess.store.sqlite import SqliteStore as Store

KEEP = 5
_LAST = "last_backup_revision"
_SIDECARS = ("-wal", "-shm", "-journal")


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups" / db_path.name


def _pattern(db_path: Path) -> re.Pattern[str]:
    return re.compile(rf"{re.escape(db_path.stem)}-\d{{8}}-\d{{6}}(-\d+)?\.db")


def list_backups(db_path: Path) -> list[Path]:
    """This database's automatic backups, newest first (matched by folder and exact name; the
    first version kept them in backups/ itself, where exact names still find them)."""
    pattern = _pattern(db_path)
    found = []
    for folder in (backup_dir(db_path), db_path.parent / "backups"):
        if folder.is_dir():
            found += [p for p in folder.iterdir() if p.is_file() and pattern.fullmatch(p.name)]
    return sorted(found, key=lambda p: (p.name, p.stat().st_mtime_ns), reverse=True)


def healthy(path: Path) -> bool:
    """Is the file one of our databases, whole? (Backups are never live: reading them is safe.)"""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        ok = conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        return bool(ok and app_id in (APPLICATION_ID, 0))
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def _copy(store: Store, folder: Path) -> Path:
    """The open database copied into a new private file in folder; the caller names it."""
    fd, tmp = tempfile.mkstemp(prefix=".backup-", suffix=".partial", dir=folder)
    os.close(fd)
    try:
        dest = sqlite3.connect(tmp)
        try:
            store.conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def _place(tmp: Path, folder: Path, stem: str, stamp: str) -> Path:
    """Give tmp the first free `<stem>-<stamp>[-n].db` name, never replacing another backup
    (two imports started in the same second both keep theirs)."""
    n = 1
    while True:
        name = f"{stem}-{stamp}.db" if n == 1 else f"{stem}-{stamp}-{n}.db"
        target = folder / name
        try:
            fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)  # reserve the name
        except FileExistsError:
            n += 1
            continue
        os.close(fd)
        os.replace(tmp, target)
        return target


def _failed(folder: Path, exc: BaseException) -> BackupFailed:
    reason = os_error(exc) if isinstance(exc, OSError) else str(exc)
    return BackupFailed(Message("backup.failed", {"folder": str(folder), "reason": reason}))


@dataclass
class PendingBackup:
    """A copy of the database taken before a change, kept only if the change happened."""

    store: Store
    tmp: Path
    folder: Path
    revision: int

    def keep(self, now: datetime | None = None) -> Path:
        stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
        target = _place(self.tmp, self.folder, self.store.path.stem, stamp)  # type: ignore[union-attr]
        self.store.set_meta(_LAST, str(self.revision))
        _rotate(self.store.path)  # type: ignore[arg-type]
        return target

    def discard(self) -> None:
        self.tmp.unlink(missing_ok=True)


def prepare_backup(store: Store) -> PendingBackup | None:
    """Copy the database before a change (None when the newest backup already holds this very
    state). Refuses a damaged database (DatabaseDamaged) and reports a copy that cannot be
    written (BackupFailed) — in both cases the change must not go ahead."""
    if store.path is None:
        return None
    revision = store.revision()
    last = store.meta(_LAST)
    if revision == 0 or (last is not None and int(last) == revision and list_backups(store.path)):
        return None
    if not store.quick_check():
        raise DatabaseDamaged(Message("backup.source_damaged", {"path": str(store.path)}))
    folder = backup_dir(store.path)
    try:
        private_folder(folder, levels=2)  # backups/ and backups/<database>/
        return PendingBackup(store, _copy(store, folder), folder, revision)
    except (OSError, sqlite3.Error) as exc:
        raise _failed(folder, exc) from None


def auto_backup(store: Store, now: datetime | None = None) -> Path | None:
    """Back up when the data changed since the last automatic backup; keep the newest KEEP."""
    pending = prepare_backup(store)
    if pending is None:
        return None
    try:
        return pending.keep(now)
    except OSError as exc:
        pending.discard()
        raise _failed(pending.folder, exc) from None


def _rotate(db_path: Path) -> None:
    """Keep the newest KEEP backups; never remove the newest healthy one."""
    backups = list_backups(db_path)
    kept = backups[:KEEP]
    if not any(healthy(p) for p in kept):
        newest_good = next((p for p in backups[KEEP:] if healthy(p)), None)
        if newest_good is not None:
            kept.append(newest_good)
    for old in backups:
        if old not in kept:
            old.unlink(missing_ok=True)


def backup_to(store: Store, target: Path) -> Path:
    """A consistent copy of the open database at target (refused when the database is damaged,
    or when target is the database, a backup of it, or another kind of file)."""
    assert store.path is not None
    check_output(target, "database", database=store.path)
    if not store.quick_check():
        raise DatabaseDamaged(Message("backup.source_damaged", {"path": str(store.path)}))
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = _copy(store, target.parent)
    os.replace(tmp, target)
    return target


def newest_healthy(db_path: Path) -> Path | None:
    """The backup a restore would use."""
    return next((p for p in list_backups(db_path) if healthy(p)), None)


def contents(path: Path) -> dict[str, int]:
    """How many candidates and assessments a backup holds (it is never live: safe to read)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {
            "candidates": conn.execute("SELECT count(*) FROM candidates").fetchone()[0],
            "assessments": conn.execute("SELECT count(*) FROM assessments").fetchone()[0],
        }
    finally:
        conn.close()


def restore_newest(db_path: Path) -> tuple[Path, Path | None] | None:
    """Put the newest healthy backup in place of a damaged database.

    The backup is copied into a new file beside the database and checked; the damaged file (and
    its -wal/-shm, which belong to it) are kept under a `.damaged-<time>` name; the checked copy
    is then renamed over the database in one step. A crash at any point leaves either the
    damaged database or the restored one — never an empty one. Returns (the backup used, where
    the damaged file went), or None when no healthy backup exists."""
    source = newest_healthy(db_path)
    if source is None:
        return None
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{db_path.name}.", suffix=".restoring", dir=db_path.parent
    )
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dest = sqlite3.connect(tmp)
            try:
                src.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
        finally:
            src.close()
        if not healthy(tmp):
            raise DatabaseDamaged(Message("db.damaged", {"path": str(source)}))
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
        n = 1
        while any(kept.with_name(kept.name + s).exists() for s in ("", *_SIDECARS)):
            n += 1  # an earlier attempt in the same second kept its own files
            kept = db_path.with_name(f"{db_path.name}.damaged-{stamp}-{n}")
        kept_main: Path | None = None
        if db_path.exists():
            _keep_aside(db_path, kept)
            kept_main = kept
        for suffix in _SIDECARS:
            side = db_path.with_name(db_path.name + suffix)
            if side.exists():
                side.rename(kept.with_name(kept.name + suffix))
        os.replace(tmp, db_path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return source, kept_main


def _keep_aside(db_path: Path, kept: Path) -> None:
    """The damaged file under a second name, staying in place until the swap (a hard link where
    the file system has them; a copy otherwise)."""
    try:
        os.link(db_path, kept)
    except OSError:
        import shutil

        shutil.copy2(db_path, kept)  # restore runs with the database closed: nothing is live


def damaged_copies(db_path: Path) -> list[Path]:
    """The damaged files a restore kept beside the database (`<name>.damaged-<time>`, with their
    -wal / -journal sidecars): copies of the data like the backups."""
    prefix = f"{db_path.name}.damaged-"
    if not db_path.parent.is_dir():
        return []
    return sorted(p for p in db_path.parent.iterdir() if p.is_file() and p.name.startswith(prefix))


def copies_holding(db_path: Path, text: str) -> list[Path]:
    """Damaged copies kept by a restore whose bytes still hold `text` (a deleted person's name):
    SQLite could not clean them, so the user must delete them by hand. They are never live:
    reading their bytes is safe."""
    needle = text.encode("utf-8")
    return [p for p in damaged_copies(db_path) if needle and needle in p.read_bytes()]


def purge_from_backups(db_path: Path, candidate_id: str) -> int:
    """Remove a deleted candidate from every automatic backup of this database and from the
    damaged copies a restore kept (rows deleted with secure_delete, the file vacuumed); returns
    how many files held them. A copy SQLite cannot open is left as it was (copies_holding)."""
    cleaned = 0
    main_copies = [p for p in damaged_copies(db_path) if not p.name.endswith(_SIDECARS)]
    for path in [*list_backups(db_path), *main_copies]:
        with suppress(sqlite3.Error), closing(sqlite3.connect(str(path))) as conn:
            found = (
                conn.execute(
                    "SELECT COUNT(*) FROM candidates WHERE id = ?", (candidate_id,)
                ).fetchone()[0]
                + conn.execute(
                    "SELECT COUNT(*) FROM history WHERE candidate = ?", (candidate_id,)
                ).fetchone()[0]
            )
            if not found:
                continue
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("PRAGMA foreign_keys = ON")
            with conn:
                conn.execute("DELETE FROM candidates WHERE id = ?", (candidate_id,))
                conn.execute("DELETE FROM history WHERE candidate = ?", (candidate_id,))
            conn.execute("VACUUM")
            cleaned += 1
    return cleaned
