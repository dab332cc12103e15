"""Reading user files safely: size limits, UTF-8 decoding, and located problems (no YAML here)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kamassess.i18n.messages import Message, tr
from kamassess.i18n.oserrors import os_error

# What a one-line text (a name, a role) may not hold: control characters (a tab aside), line and
# paragraph breaks (the row wraps), the characters that reorder text on screen ("\u202eevil"
# showed as "live"), and lone surrogates (no UTF-8 for them: a database refuses them).
NOT_ONE_LINE = re.compile(
    "[\x00-\x08\x0a-\x1f\x7f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)

PathT = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file: where it is (file, line, column, data path) and what."""

    file: str
    line: int
    column: int
    path: str  # the data path, as a program would write it: "profiles[1].targets.x.weight"
    message: Message
    # The same place in words ("profile «…» › competency «…» › weight"), when the document was
    # read far enough to name it; anything with render(lang).
    where: Any = field(default=None, compare=False)

    def render(self, lang: str, *, file: bool = True) -> str:
        """'bad.yaml:41:12: candidate «…» › type: …' for a terminal and an editor; without the
        file, 'Line 41: candidate «…» › type: …' for a window that has named the file already."""
        if file:
            at = f"{self.file}:{self.line}:{self.column}" if self.line else self.file
        else:
            at = tr("where.line", lang, line=self.line) if self.line else ""
        text = self.message.render(lang)
        if not at:
            text = text[:1].upper() + text[1:]
        place = self.where.render(lang) if self.where is not None else self.path
        said = ": ".join(part for part in (at, place, text) if part)
        # A lone surrogate (a "\ud800" in the file) quoted back cannot be printed: "?" instead.
        return said.encode("utf-8", "replace").decode("utf-8")


class SourceError(Exception):
    """A file could not be used; carries every problem found, not only the first."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(p.render("en") for p in self.problems))

    def render(self, lang: str, *, file: bool = True) -> list[str]:
        return [p.render(lang, file=file) for p in self.problems]


def format_path(path: PathT) -> str:
    """('competencies', 3, 'anchors') -> 'competencies[3].anchors'."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def decode(raw: bytes, file: str) -> str:
    """UTF-8 text of raw (a UTF-8 BOM is dropped); SourceError naming the offending byte."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SourceError([Problem(file, 1, 1, "", Message("file.utf16"))])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        raise SourceError(
            [Problem(file, line, col, "", Message("file.not_utf8", {"offset": exc.start}))]
        ) from None


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing a file over max_bytes before reading it whole."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise SourceError(
                [
                    Problem(
                        name,
                        0,
                        0,
                        "",
                        Message("file.too_large", {"size": size, "limit": max_bytes}),
                    )
                ]
            )
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise
    except IsADirectoryError as exc:
        raise SourceError(
            [Problem(name, 0, 0, "", Message("file.unreadable", {"reason": os_error(exc)}))]
        ) from None
    except OSError as exc:
        raise SourceError(
            [Problem(name, 0, 0, "", Message("file.unreadable", {"reason": os_error(exc)}))]
        ) from None
    if len(data) > max_bytes:
        raise SourceError(
            [
                Problem(
                    name,
                    0,
                    0,
                    "",
                    Message("file.too_large", {"size": len(data), "limit": max_bytes}),
                )
            ]
        )
    return data
