"""Moving a desktop database to a server: every row, in one transaction — all of it or nothing.

Ids, times and the history travel as they were (nothing is logged again). Assessments moved
from a file belong to no login (only hr changes them; an assessor sees them once their own
assessment of that candidate is final). Final assessments arrive final: their ratings are
copied first and the status set afterwards, so the server's final-assessment lock stays on."""

from __future__ import annotations

from dataclasses import fields

from kamassess.i18n.messages import Message
from kamassess.model import Candidate
from kamassess.store.base import Store, rows
from kamassess.store.decision_writer import OUTCOME_COLUMNS
from kamassess.store.errors import StorageError
from kamassess.store.writer import candidate_from_row, candidate_row

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
    "assessor_id",
    "recommendation",
    "recommendation_reason",
)
_ASSESSOR = ("id", "uid", "name", "name_key", "created_at")
_CONSENSUS = ("candidate", "competency", "level", "note", "moderator", "day", "updated_at")
_DECISION = (
    "candidate",
    "decision",
    "date",
    "decided_by",
    "conditions",
    "salary_offered",
    "updated_at",
)
_OUTCOME = ("candidate", *OUTCOME_COLUMNS, "updated_at")
_OUTCOME_FLAGS = (_OUTCOME.index("probation_passed"), _OUTCOME.index("left_12m"))
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
            (*candidate_row(candidate_from_row(r)).values(), *(r[k] for k in extra))
            for r in rows(q("SELECT * FROM candidates"))
        ]
        counts["candidates"] = w.copy_rows(
            "candidates", [f'"{n}"' for n in names] + list(extra), cands
        )
        # The assessors' registry before the assessments that point at it.
        counts["assessors"] = w.copy_rows(
            "assessors", _ASSESSOR, q(f"SELECT {', '.join(_ASSESSOR)} FROM assessors")
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
        counts["consensus"] = w.copy_rows(
            "consensus", _CONSENSUS, q(f"SELECT {', '.join(_CONSENSUS)} FROM consensus")
        )
        counts["decisions"] = w.copy_rows(
            "decisions", _DECISION, q(f"SELECT {', '.join(_DECISION)} FROM decisions")
        )
        outcomes = [
            tuple(bool(v) if i in _OUTCOME_FLAGS and v is not None else v for i, v in enumerate(r))
            for r in q(f"SELECT {', '.join(_OUTCOME)} FROM outcomes")
        ]
        counts["outcomes"] = w.copy_rows("outcomes", _OUTCOME, outcomes)
        counts["history"] = w.copy_rows(
            "history", _HISTORY, q(f"SELECT {', '.join(_HISTORY)} FROM history ORDER BY id")
        )
        # The server numbers new rows after the moved ones.
        for table in ("assessments", "history", "assessors"):
            w.conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
            )
    return counts
