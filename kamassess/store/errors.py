"""Storage errors the user can act on; each carries its sentence in Russian and English."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kamassess.i18n.messages import Message


class StorageError(Exception):
    """A database problem the user can act on; `message` says what in ru and en."""

    def __init__(self, message: Message) -> None:
        self.message = message
        super().__init__(message.render("en"))


class NotFound(StorageError):
    pass


class AssessmentFinal(StorageError):
    pass


class DatabaseLocked(StorageError):
    pass


class DatabaseDamaged(StorageError):
    pass


class SchemaTooNew(StorageError):
    pass


class ReadOnlyDatabase(StorageError):
    pass


def classify(exc: sqlite3.DatabaseError, path: Path | None) -> StorageError:
    """The user's reading of an SQLite error: read-only, locked, damaged, or something else."""
    text = str(exc).lower()
    where = str(path)
    if "readonly" in text or "read-only" in text:
        return ReadOnlyDatabase(Message("db.readonly", {"path": where}))
    if "locked" in text or "busy" in text:
        return DatabaseLocked(Message("db.locked", {"path": where}))
    if "malformed" in text or "not a database" in text or "disk image" in text:
        return DatabaseDamaged(Message("db.damaged", {"path": where}))
    return StorageError(Message("db.error", {"path": where, "reason": str(exc)}))
