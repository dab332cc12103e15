"""Large JSON bundles, checked and imported item by item from the file.

Read whole, a 175 MB bundle became about 2 GB of Python objects (the parsed document and the
checked model side by side) before a single problem could be reported. Here each item of the
six lists is decoded, checked by its own model (CandidateIn, AssessmentIn…) and let go; what
the checks across items need is kept in a slim copy of each item (its ids and keys, and the
ratings that are off the scale or for unknown competencies), and the bundle's own checks
(bundle._semantic, panel_problems, decision_problems) run on that slim document unchanged, so
every problem and its order are the same as for the file read whole. Problems are placed by
reading their item again from its byte offset. A bundle that passes is returned with lazy
lists: the importer reads the items from the file a second time, one at a time, and a file
that changed in between is refused inside the import's transaction (nothing is written).

Only JSON streams: YAML bundles are read whole, so large transfers should use JSON (as the
README says). Files this reader cannot take item by item (a syntax error, a key given twice,
text that is not UTF-8…) are read whole too, which says what and where the problem is."""

from __future__ import annotations

import sys
from array import array
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from kamassess.exchange.bundle import BundleError, _panel_semantic, _semantic
from kamassess.exchange.bundle_schema import (
    AssessmentIn,
    AssessorIn,
    BundleIn,
    CandidateIn,
    ConsensusIn,
    DecisionIn,
    OutcomeIn,
    bundle_date,
)
from kamassess.framework.model import Framework
from kamassess.i18n.messages import Message
from kamassess.parsing.jsonstream import (
    ArrayEnd,
    Item,
    Member,
    Span,
    locate_in,
    read_array,
    read_object,
    read_span,
)
from kamassess.parsing.problems import pydantic_raw
from kamassess.parsing.sources import PathT, Problem, format_path
from kamassess.parsing.where import describe
from kamassess.store.base import Store

# Files from this size on are read item by item; smaller ones whole (the same result, sooner).
STREAM_FROM = 8 * 1024 * 1024

LISTS: dict[str, type[BaseModel]] = {
    "candidates": CandidateIn,
    "assessments": AssessmentIn,
    "assessors": AssessorIn,
    "consensus": ConsensusIn,
    "decisions": DecisionIn,
    "outcomes": OutcomeIn,
}
# What the checks across items read of each item (bundle._semantic, version_2_problems,
# panel_problems, decision_problems): a slim item keeps only these of its members.
_SLIM: dict[str, tuple[str, ...]] = {
    "candidates": ("id", "profile", "consent_until"),
    "assessments": (
        "candidate",
        "assessor",
        "date",
        "method",
        "assessor_id",
        "recommendation",
        "recommendation_reason",
    ),
    "assessors": ("id",),
    "consensus": ("candidate", "competency", "level"),
    "decisions": ("candidate", "decision"),
    "outcomes": ("candidate", "performance_6m", "performance_12m", "left_reason", "left_12m"),
}

Raw = tuple[PathT, Message, bool]


class _Spans:
    """Where each item of one list is, in four compact arrays."""

    def __init__(self) -> None:
        self.start, self.end = array("q"), array("q")
        self.line, self.column = array("q"), array("q")

    def add(self, at: Span) -> None:
        self.start.append(at.start)
        self.end.append(at.end)
        self.line.append(at.line)
        self.column.append(at.column)

    def __getitem__(self, i: int) -> Span:
        return Span(self.start[i], self.end[i], self.line[i], self.column[i])


def _slim(name: str, item: Any, fw: Framework, finals: dict[tuple[Any, ...], int]) -> Any:
    if not isinstance(item, dict):
        return None  # the schema says what is wrong; the other checks skip it
    out = {k: _intern(item[k]) for k in _SLIM[name] if k in item}
    if name != "assessments":
        return out
    day = bundle_date(item.get("date"))
    key = (item.get("candidate"), item.get("assessor"), day and day.isoformat(), item.get("method"))
    if key in finals:
        return item  # compared whole with the stored final assessment
    ratings = item.get("ratings")
    if isinstance(ratings, dict):
        levels = set(fw.levels)
        odd = {
            comp: rating
            for comp, rating in ratings.items()
            if not fw.has_competency(comp)
            or (
                type(rating) is dict
                and type(rating.get("level")) is int
                and rating["level"] not in levels
            )
        }
        if odd:
            out["ratings"] = odd
    return out


def _intern(value: Any) -> Any:
    return sys.intern(value) if type(value) is str and len(value) < 200 else value


def read_streamed(path: Path, framework: Framework, store: Store | None) -> BundleIn:
    """Check the JSON bundle at `path` item by item; BundleError with every problem, exactly as
    for the file read whole. Raises NotStreamable for a file to read whole instead."""
    stored = store.assessment_keys() if store is not None else {}
    finals = {k: v[0] for k, v in stored.items() if v[1] == "final"}
    header: dict[str, Any] = {}
    members: dict[str, Member] = {}
    arrays: dict[str, ArrayEnd] = {}
    spans = {name: _Spans() for name in LISTS}
    slim: dict[str, list[Any]] = {name: [] for name in LISTS}
    item_errors: dict[str, list[Raw]] = {name: [] for name in LISTS}
    top = Span(0, 0, 1, 1)
    with path.open("rb") as fh:
        for event in read_object(fh, frozenset(LISTS)):
            if isinstance(event, Item):
                name = event.array
                spans[name].add(event.at)
                try:
                    LISTS[name].model_validate(event.value)
                except ValidationError as exc:
                    item_errors[name] += pydantic_raw(exc, (name, event.index))
                slim[name].append(_slim(name, event.value, framework, finals))
            elif isinstance(event, Member):
                header[event.name] = event.value
                members[event.name] = event
            elif isinstance(event, ArrayEnd):
                header[event.name] = []
                arrays[event.name] = event
            else:  # ObjectStart
                top = event.at
    raw: list[Raw] = []
    model: BundleIn | None = None
    try:
        model = BundleIn.model_validate(header)
    except ValidationError as exc:
        raw += pydantic_raw(exc)
    for name in LISTS:  # in the model's order, as its own validation reports them
        raw += item_errors[name]
    data = {**header, **{name: slim[name] for name in arrays}}
    raw += _semantic(data, framework, store) + _panel_semantic(data, framework, store)
    if raw or model is None:
        place = _Placer(path, framework, header, members, arrays, spans, top)
        try:
            problems = [place(p, msg, key) for p, msg, key in raw]
        finally:
            place.fh.close()
        problems.sort(key=lambda p: (p.line, p.column))
        raise BundleError(problems)
    lazy = {name: _Lazy(path, end, LISTS[name]) for name, end in arrays.items()}
    return model.model_copy(update=lazy)


class _One:
    """A list of which only item `index` is known (where.describe names it by its fields)."""

    def __init__(self, index: int, item: Any) -> None:
        self.index, self.item = index, item

    def __getitem__(self, i: int) -> Any:
        if i != self.index:
            raise IndexError(i)
        return self.item


class _Placer:
    """Line, column and words for a problem's path, reading again only the item it is in."""

    def __init__(
        self,
        path: Path,
        fw: Framework,
        header: dict[str, Any],
        members: dict[str, Member],
        arrays: dict[str, ArrayEnd],
        spans: dict[str, _Spans],
        top: Span,
    ) -> None:
        self.file, self.fw, self.header = str(path), fw, header
        self.members, self.arrays, self.spans, self.top = members, arrays, spans, top
        self.fh = path.open("rb")
        self.texts: dict[tuple[str, int], tuple[str, Any]] = {}

    def names(self, cid: str, lang: str) -> str | None:
        fw = self.fw
        return fw.competency(cid).name.get(lang) if fw.has_competency(cid) else None

    def _item(self, name: str, index: int) -> tuple[str, Any]:
        if (name, index) not in self.texts:
            import json

            text = read_span(self.fh, self.spans[name][index])
            self.texts[name, index] = (text, json.loads(text))
        return self.texts[name, index]

    def __call__(self, path: PathT, message: Message, key: bool) -> Problem:
        data: Any = self.header
        head = path[0] if path else None
        if head in self.arrays and len(path) > 1 and isinstance(path[1], int):
            name, index = str(head), path[1]
            text, item = self._item(name, index)
            line, column = locate_in(text, self.spans[name][index], path[2:], key=key)
            data = {**self.header, name: _One(index, item)}
        elif head in self.arrays:  # the list itself
            at = self.arrays[str(head)].key if key else self.arrays[str(head)].at
            line, column = at.line, at.column
        elif head in self.members:
            member = self.members[str(head)]
            if key and len(path) == 1:
                line, column = member.key.line, member.key.column
            else:
                text = read_span(self.fh, member.at)
                line, column = locate_in(text, member.at, path[1:], key=key)
        else:  # not in the file: where the document starts
            line, column = self.top.line, self.top.column
        where = describe(path, data, self.names) if path else None
        return Problem(self.file, line, column, format_path(path), message, where)


class BundleChanged(BundleError):
    """The file changed between its check and its import."""


class _Lazy:
    """A bundle's list read again from the file, item by item, when it is imported; the same
    bytes as when checked, or BundleChanged (raised inside the import's transaction)."""

    def __init__(self, path: Path, end: ArrayEnd, model: type[BaseModel]) -> None:
        self.path, self.end, self.model = path, end, model

    def __len__(self) -> int:
        return self.end.count

    def __bool__(self) -> bool:
        return self.end.count > 0

    def __iter__(self) -> Iterator[Any]:
        from kamassess.parsing.jsonstream import NotStreamable

        changed = BundleChanged(
            [Problem(str(self.path), 0, 0, "", Message("bundle.changed_since_check"))]
        )
        try:
            with self.path.open("rb") as fh:
                for event in read_array(fh, self.end.at.start, self.end.name):
                    if isinstance(event, Item):
                        yield self.model.model_validate(event.value)
                    elif isinstance(event, ArrayEnd) and (
                        event.digest != self.end.digest or event.count != self.end.count
                    ):
                        raise changed
        except (OSError, NotStreamable, ValidationError):
            raise changed from None
