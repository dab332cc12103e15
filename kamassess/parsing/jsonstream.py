"""A large JSON file read piece by piece: the members of its top-level object, and the items of
the arrays asked for one at a time, each with where it is (byte offset, line and column).

Memory stays at about one chunk of text and one item, whatever the file's size: the stdlib's C
decoder (`raw_decode`) reads each value out of a window of text that slides along the file.
Anything this reader does not take in its stride — a syntax error, a key given twice, bytes that
are not UTF-8, a top level that is not an object, a value nested too deep — raises NotStreamable,
and the caller reads the file whole the usual way, which says exactly what and where the problem
is. Lines and columns are counted as JsonSourceMap counts them: lines only at line feeds,
columns in characters."""

from __future__ import annotations

import codecs
import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from json.decoder import scanstring  # type: ignore[attr-defined]
from typing import IO, Any

from kamassess.parsing.jsonpos import JsonSourceMap
from kamassess.parsing.sources import PathT

CHUNK = 1 << 20
_SPACE = " \t\n\r"
_BOM = codecs.BOM_UTF8


class NotStreamable(Exception):
    """The file is not one to read piece by piece: read it whole (which locates the problem)."""


@dataclass(frozen=True)
class Span:
    """Where a value is: its bytes [start, end) in the file, and the line and column (1-based,
    in characters) of its first character."""

    start: int
    end: int
    line: int
    column: int


@dataclass(frozen=True)
class Member:
    """A member of the top-level object read whole: its name, value, and where both are."""

    name: str
    key: Span
    value: Any
    at: Span


@dataclass(frozen=True)
class Item:
    """One item of an array read item by item."""

    array: str
    index: int
    value: Any
    at: Span


@dataclass(frozen=True)
class ArrayEnd:
    """An array read item by item is over: where it is (from its key), how many items it had
    and a digest of its bytes (to see later that the file still holds the same array)."""

    name: str
    key: Span
    at: Span
    count: int
    digest: bytes


@dataclass(frozen=True)
class ObjectStart:
    """Where the top-level object starts (its "{")."""

    at: Span


Event = ObjectStart | Member | Item | ArrayEnd


class _Window:
    """A window of decoded text sliding over a binary file, with the byte offset, line and
    column of a mark that follows the reading (every character passes the mark once)."""

    def __init__(self, fh: IO[bytes], hook: Callable[[list[tuple[str, Any]]], Any]) -> None:
        self.fh = fh
        self.decoder = codecs.getincrementaldecoder("utf-8")("strict")
        self.json = json.JSONDecoder(object_pairs_hook=hook)
        self.buf = ""
        self.pos = 0
        self.eof = False
        self.mark = 0  # an index in buf at or before pos
        self.byte = fh.tell()  # the mark's byte offset in the file
        self.line = 1
        self.column = 1
        self.digest: Any = None  # a hash fed every byte the mark passes, while one is wanted

    def fill(self, at_least: int = CHUNK) -> bool:
        """More text at the end of the window (the part before the mark is let go)."""
        if self.eof:
            return False
        self.move_mark(self.pos)
        raw = self.fh.read(max(at_least, CHUNK))
        try:
            text = self.decoder.decode(raw, final=not raw)
        except UnicodeDecodeError:
            raise NotStreamable("not UTF-8") from None
        self.eof = not raw
        self.buf = self.buf[self.mark :] + text
        self.pos -= self.mark
        self.mark = 0
        return True

    def move_mark(self, to: int) -> None:
        if to <= self.mark:
            return
        passed = self.buf[self.mark : to]
        raw = passed.encode("utf-8", "surrogatepass")
        if self.digest is not None:
            self.digest.update(raw)
        self.byte += len(raw)
        lines = passed.count("\n")
        if lines:
            self.line += lines
            self.column = len(passed) - passed.rfind("\n")
        else:
            self.column += len(passed)
        self.mark = to

    def here(self) -> tuple[int, int, int]:
        """(byte offset, line, column) of the reading position."""
        self.move_mark(self.pos)
        return self.byte, self.line, self.column

    def peek(self) -> str:
        """The next character after white space ("" at the end of the file)."""
        while True:
            buf, i = self.buf, self.pos
            n = len(buf)
            while i < n and buf[i] in _SPACE:
                i += 1
            self.pos = i
            if i < n:
                return buf[i]
            if not self.fill():
                return ""

    def take(self, char: str) -> None:
        if self.peek() != char:
            raise NotStreamable(f"expected {char!r}")
        self.pos += 1

    def value(self) -> tuple[Any, Span]:
        """The JSON value at the reading position, decoded whole, and where it was."""
        self.peek()
        start, line, column = self.here()
        grow = CHUNK
        while True:
            try:
                value, end = self.json.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError:
                end = -1
            except (ValueError, RecursionError) as exc:  # a key given twice, too deep, too long
                raise NotStreamable(str(exc)) from None
            # A number or word cut by the window's end would decode too soon: wait for more.
            if end >= 0 and (end < len(self.buf) or self.eof):
                break
            if not self.fill(grow):
                raise NotStreamable("syntax")
            grow *= 2
        self.pos = end
        self.move_mark(end)
        return value, Span(start, self.byte, line, column)

    def key(self) -> str:
        if self.peek() != '"':
            raise NotStreamable("expected a key")
        grow = CHUNK
        while True:
            try:
                name, end = scanstring(self.buf, self.pos + 1)
                break
            except json.JSONDecodeError:
                if not self.fill(grow):
                    raise NotStreamable("syntax") from None
                grow *= 2
        self.pos = end
        return str(name)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise ValueError("a key given twice")
    return out


def read_object(fh: IO[bytes], arrays: frozenset[str]) -> Iterator[Event]:
    """The events of the top-level object in fh (opened in binary, at its start): a Member for
    each member, except that members named in `arrays` whose value is an array give an Item per
    item and then an ArrayEnd."""
    head = fh.read(len(_BOM))
    if head != _BOM:
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise NotStreamable("UTF-16")
        fh.seek(0)
    w = _Window(fh, _no_duplicates)
    if w.peek() != "{":
        raise NotStreamable("not an object")
    start, line, column = w.here()
    yield ObjectStart(Span(start, start, line, column))
    w.pos += 1
    names: set[str] = set()
    if w.peek() == "}":
        w.pos += 1
    else:
        while True:
            w.peek()
            key_at = w.here()
            name = w.key()
            if name in names:
                raise NotStreamable("a key given twice")
            names.add(name)
            key = Span(key_at[0], key_at[0], key_at[1], key_at[2])
            w.take(":")
            if name in arrays and w.peek() == "[":
                yield from _array(w, name, key)
            else:
                value, at = w.value()
                yield Member(name, key, value, at)
            char = w.peek()
            w.pos += 1
            if char == "}":
                break
            if char != ",":
                raise NotStreamable("expected ',' or '}'")
    if w.peek() != "":
        raise NotStreamable("more after the object")


def _array(w: _Window, name: str, key: Span) -> Iterator[Event]:
    start, line, column = w.here()
    w.digest = hashlib.blake2b(digest_size=16)
    w.pos += 1  # the "["
    count = 0
    if w.peek() == "]":
        w.pos += 1
    else:
        while True:
            value, at = w.value()
            yield Item(name, count, value, at)
            count += 1
            char = w.peek()
            w.pos += 1
            if char == "]":
                break
            if char != ",":
                raise NotStreamable("expected ',' or ']'")
    w.move_mark(w.pos)
    digest = w.digest.digest()
    w.digest = None
    yield ArrayEnd(name, key, Span(start, w.byte, line, column), count, digest)


def read_array(fh: IO[bytes], at: int, name: str) -> Iterator[Event]:
    """The items of the array whose "[" is at byte offset `at` of fh, then its ArrayEnd (with
    the digest of its bytes: the same as read_object's for the same bytes)."""
    fh.seek(at)
    w = _Window(fh, _no_duplicates)
    if w.peek() != "[":
        raise NotStreamable("no array there")
    yield from _array(w, name, Span(at, at, 0, 0))


def read_span(fh: IO[bytes], span: Span) -> str:
    """The text of a value the reader found."""
    fh.seek(span.start)
    return fh.read(span.end - span.start).decode("utf-8")


def locate_in(text: str, span: Span, path: PathT, *, key: bool = False) -> tuple[int, int]:
    """Line and column in the file of `path` inside the value whose text (at `span`) is given."""
    line, column = JsonSourceMap("", text).locate(path, key=key)
    if line == 1:
        return span.line, span.column + column - 1
    return span.line + line - 1, column
