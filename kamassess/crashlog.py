"""The log of unexpected errors: where the program failed, never whose data it was handling.

A traceback's message and values can hold a candidate's name or an evidence note, so the log keeps
only the error's type and the stack's files, lines and functions. The file is the owner's alone."""

from __future__ import annotations

import os
import traceback
from datetime import UTC, datetime

from kamassess import paths


def describe(exc: BaseException) -> str:
    """The error's type and stack, without its message or any value."""
    frames = traceback.extract_tb(exc.__traceback__)
    lines = [f"  {f.filename}:{f.lineno} in {f.name}" for f in frames]
    return "\n".join([type(exc).__qualname__, *lines])


def log_exception(exc: BaseException) -> None:
    """Append the error to the log file (best effort: a log that cannot be written is skipped)."""
    try:
        log = paths.log_file()
        log.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as fh:
            stamp = datetime.now(UTC).isoformat(timespec="seconds")
            fh.write(f"{stamp} {describe(exc)}\n")
    except OSError:
        pass
