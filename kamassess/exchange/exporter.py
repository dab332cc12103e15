"""Exporting candidates, their assessments, decisions and outcomes as a bundle that imports back
to the same data (or, anonymised, to the same ratings without personal data)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO, TypeVar, overload

from kamassess.exchange.anonymise import anonymise
from kamassess.exchange.bundle_decisions import decision_items
from kamassess.exchange.bundle_schema import FORMAT
from kamassess.framework.model import Framework
from kamassess.model import Assessment
from kamassess.outputs import write_private, write_text_private
from kamassess.parsing.yamlsource import reads_as_text
from kamassess.store.base import Store

T = TypeVar("T")


def export_bundle(
    store: Store,
    framework: Framework,
    path: Path,
    candidate_ids: list[str] | None = None,
    *,
    anonymise_for: str | None = None,
) -> dict[str, int]:
    """Write candidates, their assessments, decisions and outcomes as a bundle that imports
    back to the same data; with anonymise_for (a language), without personal data."""
    everyone = {c.id: c for c in store.candidates()}  # one query, not one per candidate
    ids = candidate_ids if candidate_ids is not None else list(everyone)
    ids = list(dict.fromkeys(ids))
    cands = [everyone[cid] if cid in everyone else store.candidate(cid) for cid in ids]
    wanted = set(ids)
    assessments = [a for a in store.assessments() if a.candidate in wanted]
    uids = {p.id: p.uid for p in store.assessors()}
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": 2,
        "framework": {"id": framework.id, "version": framework.version},
        "candidates": [
            {
                k: v.isoformat() if isinstance(v, date) else v
                for k, v in asdict(c).items()
                if v is not None
            }
            for c in cands
        ],
        # Each assessment's item is made as it is written, not all first (50,000 candidates'
        # 900,000 ratings as dictionaries were a third of the export's memory).
        "assessments": Items(assessments, lambda a: assessment_item(a, uids)),
        **panel_sections(store, wanted, assessments, uids),
        **decision_items(store, ids),
    }
    if anonymise_for is not None:
        doc = anonymise({**doc, "assessments": list(doc["assessments"])}, anonymise_for)
    if path.suffix.lower() == ".json":
        write_private(path, lambda fh: write_pieces(fh, json_pieces(doc)))
    else:
        write_text_private(path, yaml_text(doc))
    return {
        "candidates": len(cands),
        "assessments": len(assessments),
        "decisions": len(doc["decisions"]),
        "outcomes": len(doc["outcomes"]),
    }


class Items(Sequence[dict[str, Any]]):
    """A bundle's list whose items are made from their source when read."""

    def __init__(self, source: Sequence[T], make: Callable[[T], dict[str, Any]]) -> None:
        self.source, self.make = source, make

    def __len__(self) -> int:
        return len(self.source)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return map(self.make, self.source)

    @overload
    def __getitem__(self, index: int) -> dict[str, Any]: ...
    @overload
    def __getitem__(self, index: slice) -> list[dict[str, Any]]: ...
    def __getitem__(self, index: int | slice) -> dict[str, Any] | list[dict[str, Any]]:
        if isinstance(index, slice):
            return [self.make(x) for x in self.source[index]]
        return self.make(self.source[index])


def assessment_item(a: Assessment, uids: dict[int, str]) -> dict[str, Any]:
    """One assessment as the bundle holds it."""
    return {
        "candidate": a.candidate,
        "assessor": a.assessor,
        **assessor_ref(a, uids),
        "assessor_role": a.assessor_role,
        "method": a.method,
        "date": a.date.isoformat(),
        "status": a.status,
        **recommendation(a),
        "ratings": {r.competency: {"level": r.level, "evidence": r.evidence} for r in a.ratings},
    }


def assessor_ref(a: Assessment, uids: dict[int, str]) -> dict[str, Any]:
    """Version 2: who the assessor is, by the id the file's `assessors` give them."""
    return {} if a.assessor_id is None else {"assessor_id": uids[a.assessor_id]}


def recommendation(a: Assessment) -> dict[str, Any]:
    """Version 2: the assessor's own overall recommendation (null: not given) and its reason."""
    return {"recommendation": a.recommendation, "recommendation_reason": a.recommendation_reason}


def panel_sections(
    store: Store, wanted: set[str], assessments: list[Assessment], uids: dict[int, str]
) -> dict[str, Any]:
    """Version 2's sections: the assessors of these assessments, the candidates' consensus."""
    people = sorted({a.assessor_id for a in assessments if a.assessor_id is not None})
    names = {p.id: p.name for p in store.assessors()}  # one query, not one per person
    agreed = [
        c
        for cid, by_comp in sorted(store.all_consensus().items())
        if cid in wanted
        for c in by_comp.values()
    ]
    return {
        "assessors": [{"id": uids[i], "name": names[i]} for i in people],
        "consensus": [
            {
                "candidate": c.candidate,
                "competency": c.competency,
                "level": c.level,
                "note": c.note,
                "moderator": c.moderator,
                "date": c.day.isoformat(),
            }
            for c in agreed
        ],
    }


_ENCODER = json.JSONEncoder(ensure_ascii=False)


def json_text(doc: dict[str, Any]) -> str:
    """The bundle as JSON with one candidate or assessment per line: readable and diffable, and
    written by json's C encoder (indent= would switch to its Python one: minutes for 10,000)."""
    return "".join(json_pieces(doc))


def json_pieces(doc: dict[str, Any]) -> Iterator[str]:
    """json_text in pieces, one item at a time: written as they come, a bundle of 50,000
    candidates is never held as one text (its joined copies took 0.6 GB)."""
    yield "{\n "
    for n, (key, value) in enumerate(doc.items()):
        if n:
            yield ",\n "
        if not isinstance(value, list | Items):
            yield f"{_ENCODER.encode(key)}: {_ENCODER.encode(value)}"
        elif not value:
            yield f'"{key}": []'
        else:
            yield f"{_ENCODER.encode(key)}: [\n  "
            for i, item in enumerate(value):
                if i:
                    yield ",\n  "
                yield _ENCODER.encode(item)
            yield "\n ]"
    yield "\n}\n"


def write_pieces(fh: BinaryIO, pieces: Iterable[str], chunk: int = 1 << 20) -> None:
    """Text pieces to a binary file as UTF-8, about a megabyte at a time."""
    held: list[str] = []
    size = 0
    for piece in pieces:
        held.append(piece)
        size += len(piece)
        if size >= chunk:
            fh.write("".join(held).encode("utf-8"))
            held, size = [], 0
    fh.write("".join(held).encode("utf-8"))


# A text that YAML reads back as the same text when written plain: it starts with a letter, holds
# only letters, digits, spaces and harmless punctuation, has no ": " or " #", does not end in a
# space or a colon, and is not a word YAML takes for something else (`no`, `null`, `1e5`); no comma
# or bracket either, since candidates and ratings are written as flow mappings.
_PLAIN = re.compile(r"[^\W\d_][\w .()«»\-–—/№'’&+]*")  # no comma: flow mappings split on it
# Characters YAML readers take for line breaks or refuse in a stream: escaped in quotes.
_ESCAPE = re.compile("[\x80-\x9f\u2028\u2029\ufeff\ufffe\uffff]")
# Words YAML 1.1 readers (PyYAML's safe_load, among others) take for booleans: our reader keeps
# them as text, but a recommendation of `yes` or `no` is quoted so that no reader turns it into
# true or false.
_YAML11_BOOLS = {"yes", "no", "on", "off", "y", "n"}


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return _ENCODER.encode(value)
    text = str(value)
    if (
        _PLAIN.fullmatch(text)
        and not text.endswith((" ", ":"))
        and ": " not in text
        and " #" not in text
        and text.lower() not in _YAML11_BOOLS
        and reads_as_text(text)
    ):
        return text
    # A JSON string is a YAML double-quoted scalar; a few characters need YAML's own escapes.
    return _ESCAPE.sub(lambda m: f"\\u{ord(m.group()):04x}", _ENCODER.encode(text))


def _flow(mapping: dict[str, Any]) -> str:
    return "{" + ", ".join(f"{k}: {_scalar(v)}" for k, v in mapping.items()) + "}"


def yaml_text(doc: dict[str, Any]) -> str:
    """The bundle as YAML for people to read and edit: one candidate per line, each assessment's
    head in block style and one rating per line. Written directly (PyYAML's representer took
    minutes for 10,000 candidates); every text comes back exactly as it went out."""
    lines: list[str] = []
    for key, value in doc.items():
        if key == "framework":
            lines.append(f"{key}: {_flow(value)}")
        elif key != "assessments" and isinstance(value, list):
            # candidates, assessors, consensus…: flat items, one per line
            lines.append(f"{key}:" if value else f"{key}: []")
            lines += [f"  - {_flow(c)}" for c in value]
        elif key == "assessments":
            lines.append(f"{key}:" if value else f"{key}: []")
            for a in value:
                head = [f"{k}: {_scalar(v)}" for k, v in a.items() if k != "ratings"]
                lines.append(f"  - {head[0]}")
                lines += [f"    {h}" for h in head[1:]]
                ratings = a.get("ratings", {})
                lines.append("    ratings:" if ratings else "    ratings: {}")
                lines += [f"      {comp}: {_flow(r)}" for comp, r in ratings.items()]
        elif isinstance(value, list | dict):
            lines.append(f"{key}: {_ENCODER.encode(value)}")  # JSON is YAML too
        else:
            lines.append(f"{key}: {_scalar(value)}")
    return "\n".join(lines) + "\n"
