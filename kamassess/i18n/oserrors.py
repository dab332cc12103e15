"""What the operating system said, in the reader's language: its own words (strerror) come in
the system's language, often English inside a Russian window, so the common cases are ours."""

from __future__ import annotations

import errno
from pathlib import Path

from kamassess.i18n.messages import Message

_KEYS = {
    errno.ENOENT: "os.missing",
    errno.EACCES: "os.denied",
    errno.EPERM: "os.denied",
    errno.ENOSPC: "os.full",
    errno.EDQUOT: "os.full",
    errno.EROFS: "os.read_only",
    errno.EISDIR: "os.is_folder",
    errno.ENOTDIR: "os.not_folder",
    errno.ENAMETOOLONG: "os.name_too_long",
    errno.EEXIST: "os.exists",
    errno.EBUSY: "os.busy",
    errno.ETXTBSY: "os.busy",
}
# Windows: "the file is being used by another process" (a PDF open in a viewer, say) and its
# lock violation, both reported as a permission error.
_WINDOWS_BUSY = {32, 33}


def os_error(exc: OSError) -> Message:
    """The error as a sentence naming its file."""
    if getattr(exc, "winerror", None) in _WINDOWS_BUSY:
        key = "os.busy"
    else:
        key = _KEYS.get(exc.errno or 0, "os.other")
    path = exc.filename if exc.filename else Message("os.the_file")
    if key in ("os.not_folder", "os.exists") and exc.filename:
        # making a folder where a file stands: name that file
        in_the_way = _file_in_the_way(Path(exc.filename))
        if in_the_way is not None:
            key, path = "os.not_folder", str(in_the_way)
    return Message(key, {"path": path, "detail": exc.strerror or str(exc)})


def _file_in_the_way(path: Path) -> Path | None:
    for part in (path, *path.parents):
        try:
            if part.exists() and not part.is_dir():
                return part
        except OSError:
            return None
    return None
