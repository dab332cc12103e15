"""Validated frameworks remembered as JSON, so start-up need not load the schema machinery."""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

import platformdirs

from kamassess.framework import codec
from kamassess.framework.model import Framework

# The validator's own sources are part of the key: a changed rule never meets a stale entry.
_RULE_SOURCES = (
    "framework/model.py",
    "framework/rules.py",
    "framework/schema.py",
    "parsing/yamlsource.py",
    "framework/cache.py",
    "framework/codec.py",
)
# The risk rules say which figures risk_rules may hold: a changed or added rule is a changed schema.
_RULE_FOLDERS = ("scoring/risks",)


def folder() -> Path:
    override = os.environ.get("KAMASSESS_CACHE")
    base = (
        Path(override)
        if override
        else Path(platformdirs.user_cache_dir("KAM Assess", appauthor=False))
    )
    return base / "frameworks"


@cache
def _rules_digest() -> str:
    """The validator's own code, as a key: a changed rule never meets a stale entry. A frozen
    build ships no sources; there the program file itself is the key (a new build, new key)."""
    digest = hashlib.sha256()
    if getattr(sys, "frozen", False):
        st = Path(sys.executable).stat()
        digest.update(f"{sys.executable}:{st.st_size}:{st.st_mtime_ns}".encode())
        return digest.hexdigest()[:16]
    here = Path(__file__).resolve().parent.parent
    files = [here / name for name in _RULE_SOURCES]
    files += [f for folder in _RULE_FOLDERS for f in sorted((here / folder).glob("*.py"))]
    for path in files:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _path(file_hash: str) -> Path:
    return folder() / f"{file_hash}-{_rules_digest()}.json"


def to_json(fw: Framework) -> dict[str, Any]:
    data: dict[str, Any] = codec.dump(fw)
    del data["text"]  # the file's own text is at hand when the entry is read
    return data


def from_json(d: dict[str, Any], text: str) -> Framework:
    return codec.build(Framework, {**d, "text": text})


def get(file_hash: str, text: str) -> Framework | None:
    """The framework validated earlier from exactly these bytes; None on a miss or a bad entry."""
    try:
        data = json.loads(_path(file_hash).read_text(encoding="utf-8"))
        return from_json(data, text)
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None


def put(file_hash: str, fw: Framework) -> None:
    """Remember a validated framework; a cache that cannot be written is simply not used."""
    target = _path(file_hash)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".fw-")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(to_json(fw), fh, ensure_ascii=False)
        os.replace(tmp, target)
    except OSError:
        return
