"""Storage errors the user can act on; each carries its sentence in Russian and English."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kamassess.i18n.messages import Message
from kamassess.model import Candidate


class StorageError(Exception):
    """A database problem the user can act on; `message` says what in ru and en."""

    def __init__(self, message: Message) -> None:
        self.message = message
        super().__init__(message.render("en"))


class NotFound(StorageError):
    pass


class AssessmentFinal(StorageError):
    pass


class Retryable(StorageError):
    """Nothing was saved, but trying again later will do: the form keeps what was typed."""


class DatabaseLocked(Retryable):
    pass


class ServerUnavailable(Retryable):
    """The database server cannot be reached (restarted, network down); the connection is
    opened again on the next try."""


class PermissionDenied(StorageError):
    """The server refused: this user's role may not see or change that."""


class PasswordNeeded(StorageError):
    """The server asks for a password that was not given (nothing is stored by us)."""


class SchemaMissing(StorageError):
    """The server database has no KAM Assess schema (or an older one): `server init` first."""


class DatabaseDamaged(StorageError):
    pass


class SchemaTooNew(StorageError):
    pass


class ReadOnlyDatabase(StorageError):
    pass


class ForeignDatabase(StorageError):
    """Another program's SQLite file: refused, and never modified."""


class DatabaseReplaced(StorageError):
    """The file under our path is not the one we opened (a restore put another in its place):
    nothing is written into the old one."""


class BackupFailed(StorageError):
    """The automatic backup could not be written; what needed it was not done."""


class CandidateExists(StorageError):
    """A new candidate's id was taken meanwhile (someone else added one): nothing overwritten."""


class EditConflict(StorageError):
    """Someone changed the candidate since this edit began: theirs is kept and shown."""

    def __init__(self, message: Message, current: Candidate, version: int) -> None:
        super().__init__(message)
        self.current, self.version = current, version


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
