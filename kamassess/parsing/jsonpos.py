"""Line and column of a value in JSON text, found on demand by walking only along its path.

Locating the problems of a large JSON bundle used to re-read the whole file with the YAML loader
(7 minutes and 13 GB for 175 MB). Here the values beside the path are skipped by the C decoder
(`raw_decode`), so finding a position costs about one parse and no more memory than the largest
skipped value. Lines are counted the way JSON and editors count them: only at line feeds (U+2028
inside a string is a character, not a line break)."""

from __future__ import annotations

import json
import re
from json.decoder import scanstring  # type: ignore[attr-defined]

from kamassess.parsing.sources import PathT
from kamassess.parsing.yamlsource import SourceMap

_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


class JsonSourceMap(SourceMap):
    """A SourceMap over JSON text that finds positions lazily, path by path."""

    def __init__(self, file: str, text: str) -> None:
        super().__init__(file)
        self.text = text

    def locate(self, path: PathT, *, key: bool = False) -> tuple[int, int]:
        index = self._find(path, key=key)
        line = self.text.count("\n", 0, index) + 1
        column = index - (self.text.rfind("\n", 0, index) + 1) + 1
        return line, column

    def _skip_space(self, i: int) -> int:
        match = _SPACE.match(self.text, i)
        return match.end() if match else i

    def _find(self, path: PathT, *, key: bool) -> int:
        """Index of the value at path (of its key, if asked); the nearest ancestor's otherwise."""
        text = self.text
        i = self._skip_space(0)
        key_at = i
        for step in path:
            if i >= len(text):
                return key_at
            if text[i] == "{" and isinstance(step, str):
                found = self._member(i, step)
            elif text[i] == "[" and isinstance(step, int):
                found = self._element(i, step)
            else:
                found = None
            if found is None:
                return i
            key_at, i = found
        return key_at if key else i

    def _member(self, i: int, wanted: str) -> tuple[int, int] | None:
        """(index of the key, index of its value) of member `wanted` of the object at i."""
        text = self.text
        i = self._skip_space(i + 1)
        while i < len(text) and text[i] == '"':
            key_at = i
            name, i = scanstring(text, i + 1)
            i = self._skip_space(i)
            if i >= len(text) or text[i] != ":":
                return None
            i = self._skip_space(i + 1)
            if name == wanted:
                return key_at, i
            try:
                _, i = _DECODER.raw_decode(text, i)
            except ValueError:
                return None
            i = self._skip_space(i)
            if i < len(text) and text[i] == ",":
                i = self._skip_space(i + 1)
        return None

    def _element(self, i: int, wanted: int) -> tuple[int, int] | None:
        text = self.text
        i = self._skip_space(i + 1)
        n = 0
        while i < len(text) and text[i] != "]":
            if n == wanted:
                return i, i
            try:
                _, i = _DECODER.raw_decode(text, i)
            except ValueError:
                return None
            i = self._skip_space(i)
            if i < len(text) and text[i] == ",":
                i = self._skip_space(i + 1)
            n += 1
        return None
