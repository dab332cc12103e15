"""Moving a desktop database to a server: every row, in one transaction — all of it or nothing.

Ids, times and the history travel as they were (nothing is logged again). Assessments moved
from a file belong to no login (only hr changes them; an assessor sees them once their own
assessment of that candidate is final). Final assessments arrive final: their ratings are
copied first and the status set afterwards, so the server's final-assessment lock stays on."""

from __future__ import annotations

from dataclasses import asdict, fields

from kamassess.i18n.messages import Message
from kamassess.model import Candidate
from kamassess.store.base import Store, rows
from kamassess.store.errors import StorageError
from kamassess.store.writer import candidate_from_row

_ASSESSMENT = (
    "id",
    "candidate",
    "assessor",
    "assessor_role",
    "method",
    "date",
    "status",
    "framework_hash",
    "created_at",
    "updated_at",
)
_RATING = ("assessment", "competency", "level", "evidence", "updated_at")
_HISTORY = ("id", "candidate", "entity", "entity_key", "field", "old", "new", "actor", "at")
_FRAMEWORK = ("hash", "framework_id", "version", "text", "first_used")


def move(source: Store, dest: Store) -> dict[str, int]:
    """Copy everything in source into the empty dest; the numbers of rows moved by table."""
    if dest.candidate_ids():
        raise StorageError(Message("server.target_not_empty", {"where": dest.target}))
    q = source.conn.execute
    counts: dict[str, int] = {}
    with dest.write() as w:
        counts["frameworks"] = w.copy_rows(
            "frameworks", _FRAMEWORK, q(f"SELECT {', '.join(_FRAMEWORK)} FROM frameworks")
        )
        # Candidates as the model reads them (the file keeps flags as 0/1, the server as
        # booleans), with their times and row versions.
        names = [f.name for f in fields(Candidate)]
        extra = ("created_at", "updated_at", "row_version")
        cands = [
            (*asdict(candidate_from_row(r)).values(), *(r[k] for k in extra))
            for r in rows(q("SELECT * FROM candidates"))
        ]
        counts["candidates"] = w.copy_rows(
            "candidates", [f'"{n}"' for n in names] + list(extra), cands
        )
        heads = list(q(f"SELECT {', '.join(_ASSESSMENT)} FROM assessments ORDER BY id"))
        status = _ASSESSMENT.index("status")
        drafts = [(*h[:status], "draft", *h[status + 1 :], None) for h in heads]
        counts["assessments"] = w.copy_rows("assessments", (*_ASSESSMENT, "assessor_login"), drafts)
        counts["ratings"] = w.copy_rows(
            "ratings", _RATING, q(f"SELECT {', '.join(_RATING)} FROM ratings")
        )
        final = [(h[0],) for h in heads if h[status] == "final"]
        if final:
            w.conn.executemany("UPDATE assessments SET status = 'final' WHERE id = ?", final)
        counts["history"] = w.copy_rows(
            "history", _HISTORY, q(f"SELECT {', '.join(_HISTORY)} FROM history ORDER BY id")
        )
        # The server numbers new rows after the moved ones.
        for table in ("assessments", "history"):
            w.conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
            )
    return counts
