"""Files the program writes for the user (PDFs, bundles, backups, tables): where they may go,
and how they are written — privately, whole or not at all, never through a planted link.

Personal data leaves the database only in these files, so they are created readable by their
owner only (0600, folders 0700; on Windows the per-user folders are private already)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from kamassess.i18n.messages import Message

KINDS = ("pdf", "bundle", "database", "table")
_SIDECARS = ("-wal", "-shm", "-journal")


class OutputRefused(Exception):
    """An output path that would overwrite the database or another kind of file: nothing written."""

    def __init__(self, message: Message) -> None:
        self.message = message
        super().__init__(message.render("en"))


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False


def _protected(path: Path, database: Path | None) -> bool:
    """The database, its working files, or anything in its backups folder."""
    if database is None:
        return False
    for name in ("", *_SIDECARS):
        if _same(path, database.with_name(database.name + name)):
            return True
    backups = (database.parent / "backups").resolve()
    try:
        return path.resolve().is_relative_to(backups)
    except OSError:
        return False


def _looks_like(path: Path, kind: str) -> bool:
    """Is the existing file at path one of the kind we would write? (Never the database: the
    caller has refused that path before any byte of the file is read.)"""
    if not path.is_file():  # a pipe or a device: reading its head would wait for a writer
        return False
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    if kind == "pdf":
        return head.startswith(b"%PDF-")
    if kind == "bundle":
        return b"kamassess-bundle" in head
    if kind == "database":
        return head.startswith(b"SQLite format 3\x00") and head[68:72] == (0x4B414D41).to_bytes(
            4, "big"
        )
    if kind == "table":
        return head.startswith(b"PK\x03\x04") or path.suffix.lower() == ".csv"
    return False


def check_output(path: Path, kind: str, *, database: Path | None = None) -> None:
    """Refuse an output path that is a folder, the database (or its working or backup files),
    or an existing file of another kind; OutputRefused says which."""
    if str(path) == "" or path.is_dir():
        raise OutputRefused(Message("out.is_folder", {"path": str(path)}))
    if _protected(path, database):
        raise OutputRefused(Message("out.is_database", {"path": str(path)}))
    if path.exists() and not _looks_like(path, kind):
        raise OutputRefused(
            Message("out.other_kind", {"path": str(path), "kind": Message(f"out.kind.{kind}")})
        )


def check_output_folder(folder: Path, *, database: Path | None = None) -> None:
    if folder.exists() and not folder.is_dir():
        raise OutputRefused(Message("out.not_folder", {"path": str(folder)}))
    if _protected(folder, database):
        raise OutputRefused(Message("out.is_database", {"path": str(folder)}))


def private_folder(folder: Path, *, levels: int = 1) -> None:
    """Create folder readable by the owner only — it and the `levels - 1` folders above it (a
    folder made by an older version is made private too)."""
    chain = [folder, *folder.parents][:levels]
    for level in reversed(chain):
        level.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix":
            os.chmod(level, 0o700)


def write_private(path: Path, write: Callable[[BinaryIO], object]) -> Path:
    """Write a file whole or not at all: into a new temporary file in the same folder (created
    exclusively, owner-only, so a link planted there is never followed), synced, then renamed
    over path."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # The temporary name is the file's, cut to 100 bytes: a name of 245 bytes is a valid
        # file, but with 18 bytes more it was not, and the refusal named the temporary file.
        short = path.name.encode("utf-8")[:100].decode("utf-8", "ignore")
        fd, tmp = tempfile.mkstemp(prefix=f".{short}.", suffix=".partial", dir=folder)
    except (FileNotFoundError, PermissionError):
        # said of the folder the user chose, never of our temporary file's name
        raise OutputRefused(Message("out.folder_unwritable", {"folder": str(folder)})) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def write_text_private(path: Path, text: str) -> Path:
    return write_private(path, lambda fh: fh.write(text.encode("utf-8")))
