"""How rows are stored and logged, for every writer: times in UTC, history values as JSON,
a candidate's dates as YYYY-MM-DD text and flags as booleans."""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from datetime import UTC, date, datetime
from typing import Any

from kamassess.model import Candidate

BOOL_FIELDS = {f.name for f in fields(Candidate) if "bool" in str(f.type)}
DATE_FIELDS = {f.name for f in fields(Candidate) if "date" in str(f.type)}


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


_JSON = json.JSONEncoder(ensure_ascii=False)  # one encoder: json.dumps makes one per call


def encode(value: Any) -> str | None:
    return None if value is None else _JSON.encode(value)


# The candidate's fields in the dataclass's order: what a positional SELECT lists.
CANDIDATE_COLUMNS = tuple(f.name for f in fields(Candidate))
_BOOLS = tuple(i for i, name in enumerate(CANDIDATE_COLUMNS) if name in BOOL_FIELDS)
_DATES = tuple(i for i, name in enumerate(CANDIDATE_COLUMNS) if name in DATE_FIELDS)


def candidate_from_values(values: list[Any]) -> Candidate:
    """A Candidate from its stored values in CANDIDATE_COLUMNS order (the list is changed):
    10,000 of these are made for the list or a `score`, so nothing is looked up by name."""
    for i in _BOOLS:
        if values[i] is not None:
            values[i] = bool(values[i])
    for i in _DATES:
        if values[i] is not None:
            values[i] = date.fromisoformat(values[i])
    return Candidate(*values)


def candidate_from_row(row: dict[str, Any]) -> Candidate:
    return candidate_from_values([row[name] for name in CANDIDATE_COLUMNS])


def candidate_row(cand: Candidate) -> dict[str, Any]:
    """The candidate as stored: dates as YYYY-MM-DD text (also what the history records)."""
    row = asdict(cand)
    for name in DATE_FIELDS:
        if row[name] is not None:
            row[name] = row[name].isoformat()
    return row


def public(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if v is not None}
