"""The SQLite engine of the store: one database file on one desktop (the default).

The database file is SQLite's alone: it is never opened, read or copied with anything else while a
connection may exist in the process (closing any descriptor of a file drops every POSIX lock the
process holds on it — SQLite's "How To Corrupt An SQLite Database File", §2.2)."""

from __future__ import annotations

import sqlite3
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kamassess.i18n.messages import Message
from kamassess.store import base, migrations
from kamassess.store.dbfile import is_network_path, prepare_file
from kamassess.store.errors import (
    AssessmentFinal,
    DatabaseDamaged,
    DatabaseLocked,
    DatabaseReplaced,
    ForeignDatabase,
    NotFound,
    ReadOnlyDatabase,
    SchemaTooNew,
    StorageError,
    classify,
)
from kamassess.store.writer import Writer, now

# The errors are part of the store's interface: callers import them from here.
__all__ = [
    "APPLICATION_ID",
    "AssessmentFinal",
    "DatabaseDamaged",
    "DatabaseLocked",
    "DatabaseReplaced",
    "ForeignDatabase",
    "NotFound",
    "ReadOnlyDatabase",
    "SchemaTooNew",
    "SqliteStore",
    "StorageError",
    "Store",
    "now",
]

BUSY_TIMEOUT_S = 15.0
WRITE_ATTEMPTS = 3
# PRAGMA application_id of our databases ("KAMA"): another program's SQLite file is refused and
# never modified, even by a command that only reads.
APPLICATION_ID = 0x4B414D41
_OUR_TABLES = {"candidates", "assessments", "ratings", "history", "meta"}


def _identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file: a restore swaps in a new file under the same name."""
    try:
        st = path.stat()  # a stat opens no descriptor: it leaves SQLite's locks alone
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


class SqliteStore(base.Store):
    """The store in one SQLite file (or in memory, for tests)."""

    conn: sqlite3.Connection

    def __init__(self, conn: sqlite3.Connection, path: Path | None, *, read_only: bool = False):
        self.conn = conn
        self.path = path
        self.read_only = read_only
        self._identity = None if path is None else _identity(path)
        self._attempts = WRITE_ATTEMPTS

    # -- opening -----------------------------------------------------------------------------
    @classmethod
    def open_file(
        cls, path: str | Path, *, create: bool = True, read_only: bool = False
    ) -> SqliteStore:
        """Open (creating if asked) our database at path and bring its schema up to date.

        Refuses a folder, another program's SQLite file, and an empty file that has backups
        beside it (a database lost its content: restore, never start afresh over it)."""
        p = Path(path)
        if str(path) == "" or p.is_dir():
            raise StorageError(Message("db.is_folder", {"path": str(path)}))
        if p.exists():
            if p.stat().st_size == 0 and _has_backups(p):
                raise DatabaseDamaged(Message("db.damaged", {"path": str(p)}))
        elif not create or read_only:
            raise NotFound(Message("db.missing", {"path": str(p)}))
        else:
            try:
                prepare_file(p)
            except OSError as exc:  # e.g. the folder cannot be made: a file is in the way
                raise StorageError(
                    Message("db.cannot_open", {"path": str(p), "reason": exc.strerror or str(exc)})
                ) from None
        mode = "ro" if read_only else "rw"
        try:
            conn = sqlite3.connect(
                f"{p.resolve().as_uri()}?mode={mode}", uri=True, timeout=BUSY_TIMEOUT_S
            )
        except sqlite3.OperationalError as exc:
            raise StorageError(
                Message("db.cannot_open", {"path": str(p), "reason": str(exc)})
            ) from None
        store = cls(conn, p, read_only=read_only)
        try:
            store._claim()
            store._configure(network=is_network_path(p))
            store._migrate()
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise classify(exc, p) from None
        except BaseException:
            conn.close()
            raise
        return store

    @classmethod
    def memory(cls) -> SqliteStore:
        store = cls(sqlite3.connect(":memory:"), None)
        store._claim()
        store._configure(network=False)
        store._migrate()
        return store

    def _claim(self) -> None:
        """Ours, new (empty), or one of ours from before application ids: anything else is
        another program's file and is left exactly as it is."""
        app_id = self.conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id == APPLICATION_ID:
            return
        tables = {
            r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        ours_before_ids = app_id == 0 and tables >= _OUR_TABLES and migrations.TABLE in tables
        if app_id != 0 or (tables and not ours_before_ids):
            raise ForeignDatabase(Message("db.foreign", {"path": str(self.path)}))
        if not self.read_only:
            self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")

    def _configure(self, *, network: bool) -> None:
        # Foreign keys are off by default in SQLite; rollback journal on network shares, where
        # WAL's shared memory does not work (sqlite.org/wal.html).
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        self.conn.execute("PRAGMA secure_delete = ON")
        if self.path is not None and not self.read_only:
            mode = "DELETE" if network else "WAL"
            self.conn.execute(f"PRAGMA journal_mode = {mode}")
            self.conn.execute("PRAGMA synchronous = FULL")

    def _migrate(self) -> None:
        done = migrations.applied(self.conn)
        if set(done) - set(migrations.known()):
            raise SchemaTooNew(Message("db.schema_too_new", {"path": str(self.path)}))
        if len(done) < len(migrations.known()):
            if self.read_only:
                raise ReadOnlyDatabase(Message("db.readonly", {"path": str(self.path)}))
            migrations.apply_pending(self.conn)
            if self.meta("database_id") is None:
                self.set_meta("database_id", uuid.uuid4().hex)

    def another(self, *, read_only: bool | None = None) -> SqliteStore:
        assert self.path is not None, "an in-memory database has no second connection"
        ro = self.read_only if read_only is None else read_only
        return SqliteStore.open_file(self.path, create=False, read_only=ro)

    @property
    def target(self) -> str:
        return str(self.path) if self.path is not None else ":memory:"

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SqliteStore:
        return self

    @property
    def journal_mode(self) -> str:
        return str(self.conn.execute("PRAGMA journal_mode").fetchone()[0])

    def set_busy_timeout(self, seconds: float, attempts: int = 1) -> None:
        """How long a write waits for another program's lock (the window waits briefly and
        retries on its own, rather than freezing for the command line's 45 seconds)."""
        self.conn.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")
        self._attempts = attempts

    def quick_check(self) -> bool:
        """SQLite's own check of every page (a damaged page is never backed up over good ones)."""
        try:
            rows = self.conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError:
            return False
        return rows == [("ok",)]

    def checkpoint(self) -> None:
        """Fold the WAL into the database and empty it (after a deletion, so that the deleted
        person's data does not linger in the -wal file)."""
        if self.path is not None and self.journal_mode == "wal":
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def replaced(self) -> bool:
        """True when the file at our path is no longer the one we opened (a restore swapped it)."""
        return self.path is not None and _identity(self.path) != self._identity

    # -- transactions ------------------------------------------------------------------------
    @contextmanager
    def write(self, actor: str = "") -> Iterator[Writer]:
        """One write transaction, taken immediately so it never fails halfway on a lock; the
        Writer it yields makes the changes (and their history, in `actor`'s name). The revision
        grows only when something changed."""
        if self.read_only:
            raise ReadOnlyDatabase(Message("db.opened_read_only", {"path": str(self.path)}))
        if self.replaced():
            raise DatabaseReplaced(Message("db.replaced", {"path": str(self.path)}))
        for attempt in range(1, self._attempts + 1):
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                break
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise classify(exc, self.path) from None
                if attempt == self._attempts:
                    raise DatabaseLocked(Message("db.locked", {"path": str(self.path)})) from None
                time.sleep(0.2 * attempt)
        before = self.conn.total_changes
        try:
            yield Writer(self.conn, actor, lock=self.LOCK, new_ids=self.NEW_IDS)
            if self.conn.total_changes != before:
                self.conn.execute(
                    "UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) "
                    "WHERE key = 'revision'"
                )
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.DatabaseError) and not isinstance(
                exc, sqlite3.IntegrityError
            ):
                raise classify(exc, self.path) from None
            raise

    def revision(self) -> int:
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'revision'").fetchone()
        return int(row[0])

    def set_meta(self, key: str, value: str) -> None:
        """Bookkeeping that is not a data change (does not bump the revision)."""
        with self.conn:
            self.conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))


# The name every earlier version (and many tests) opened files with.
Store = SqliteStore


def _has_backups(path: Path) -> bool:
    from kamassess.store.backup import list_backups

    return bool(list_backups(path))
