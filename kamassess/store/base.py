"""The storage interface both engines share: every read, and the writes as one transaction each.

`Store.open(target)` picks the engine: a `postgresql://` address opens the server (PgStore),
anything else is a database file (SqliteStore). The reads and the Writer are written once in SQL
that both engines run; what differs (transactions, locking, case-blind order, errors) lives in
the two subclasses. The core above this module never knows which engine it has."""

from __future__ import annotations

import json
import re
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from kamassess.framework.model import Framework
from kamassess.i18n.messages import Message
from kamassess.model import Candidate, CandidateSummary
from kamassess.store.assessment_reads import AssessmentReads
from kamassess.store.decision_reads import DecisionReads
from kamassess.store.errors import NotFound
from kamassess.store.panel_reads import PanelReads
from kamassess.store.rows import CANDIDATE_COLUMNS, candidate_from_values
from kamassess.store.writer import Writer, candidate_from_row

SERVER_SCHEMES = ("postgresql://", "postgres://")
_NUMBERED_ID = re.compile(r"(.*?)(\d+)")


class Cursor(Protocol):
    """What both engines' cursors give: rows one by one, and their column names."""

    @property
    def description(self) -> Any: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """An sqlite3 connection, or the PostgreSQL adapter that speaks the same `?` SQL."""

    def execute(self, sql: str, parameters: Any = (), /) -> Cursor: ...

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> Any: ...


def is_server(target: str | Path) -> bool:
    """Is target a PostgreSQL server's address rather than a database file?"""
    return isinstance(target, str) and target.startswith(SERVER_SCHEMES)


def rows(cur: Cursor) -> Iterator[dict[str, Any]]:
    names = [d[0] for d in cur.description]
    for row in cur:
        yield dict(zip(names, row, strict=True))


class Store(AssessmentReads, PanelReads, DecisionReads, ABC):
    """All reads and writes of candidate data; the GUI and CLI never run SQL themselves. The
    panel's reads (assessors, consensus) and the decisions' (decisions, outcomes) are mixed in,
    in the same SQL both engines run."""

    conn: Connection
    path: Path | None = None  # the database file (None on a server)
    read_only: bool = False
    # The user's role on a server (hr, assessor, director); None on a desktop file, where whoever
    # can open the file may do everything.
    role: str | None = None

    # How this engine orders names case-blind, and how a transaction locks a row it will change.
    NOCASE = "{} COLLATE NOCASE"
    LOCK = ""
    NEW_IDS = ""  # how a bulk insert numbers its rows (see Writer)

    # -- opening -----------------------------------------------------------------------------
    @staticmethod
    def open(
        target: str | Path, *, create: bool = True, read_only: bool = False, password: str = ""
    ) -> Store:
        """The database at target: a `postgresql://` address or a file path."""
        if is_server(target):
            from kamassess.store.postgres import PgStore

            return PgStore.connect(str(target), password=password, read_only=read_only)
        from kamassess.store.sqlite import SqliteStore

        return SqliteStore.open_file(target, create=create, read_only=read_only)

    @abstractmethod
    def another(self, *, read_only: bool | None = None) -> Store:
        """The same database on a new connection (for another thread)."""

    @property
    @abstractmethod
    def target(self) -> str:
        """Where the data is, for people: a file path, or user@host/database (no password)."""

    @property
    def address(self) -> str:
        """What opens this database again (remembered by the window): never a password."""
        return self.target

    @property
    def is_server(self) -> bool:
        return self.path is None and self.role is not None

    @property
    def login(self) -> str | None:
        """The server login (who the database knows this user as); None on a file."""
        return None

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions ------------------------------------------------------------------------
    @abstractmethod
    def write(self, actor: str = "") -> AbstractContextManager[Writer]:
        """One write transaction; the Writer it yields makes the changes (and their history,
        in `actor`'s name)."""

    def set_busy_timeout(self, seconds: float, attempts: int = 1) -> None:
        """How long a write waits for another user's lock before it is refused as busy (the
        window waits briefly and retries on its own, rather than freezing)."""

    def replaced(self) -> bool:
        """True when the database under us is no longer the one opened (a file restored)."""
        return False

    def checkpoint(self) -> None:
        """After a deletion: make sure no copy of the deleted rows lingers (engine's business)."""

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    # -- frameworks --------------------------------------------------------------------------
    def framework_snapshot(self, content_hash: str) -> tuple[str, str, str]:
        """(framework id, version, text) of a stored framework."""
        row = self.conn.execute(
            "SELECT framework_id, version, text FROM frameworks WHERE hash = ?", (content_hash,)
        ).fetchone()
        if row is None:
            raise NotFound(Message("db.framework_missing", {"hash": content_hash[:12]}))
        return str(row[0]), str(row[1]), str(row[2])

    # -- candidates --------------------------------------------------------------------------
    def _by_name(self, column: str) -> str:
        return self.NOCASE.format(column)

    def candidates(self) -> list[Candidate]:
        cur = self.conn.execute(
            f"SELECT {_CANDIDATE_COLUMNS} FROM candidates ORDER BY {self._by_name('name')}, id"
        )
        return [candidate_from_values(list(values)) for values in cur]

    def candidate_summaries(self) -> list[CandidateSummary]:
        """Every candidate with assessment counts and the last date, in one query."""
        found = rows(
            self.conn.execute(
                "SELECT c.*, "
                "COALESCE(SUM(CASE WHEN a.status = 'final' THEN 1 ELSE 0 END), 0) AS n_final, "
                "COALESCE(SUM(CASE WHEN a.status = 'draft' THEN 1 ELSE 0 END), 0) AS n_draft, "
                "MAX(a.date) AS last_date, "
                "MAX(d.decision) AS decision, MAX(d.date) AS decided_on "  # one per candidate
                "FROM candidates c LEFT JOIN assessments a ON a.candidate = c.id "
                "LEFT JOIN decisions d ON d.candidate = c.id "
                f"GROUP BY c.id ORDER BY {self._by_name('c.name')}, c.id"
            )
        )
        return [
            CandidateSummary(
                candidate_from_row(r),
                int(r["n_final"]),
                int(r["n_draft"]),
                None if r["last_date"] is None else date.fromisoformat(r["last_date"]),
                r["decision"],
                None if r["decided_on"] is None else date.fromisoformat(r["decided_on"]),
            )
            for r in found
        ]

    def candidate_ids(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT id FROM candidates")}

    def candidate(self, candidate_id: str) -> Candidate:
        return self.candidate_with_version(candidate_id)[0]

    def candidate_with_version(self, candidate_id: str) -> tuple[Candidate, int]:
        """The candidate and the row version an edit of it must carry."""
        cur = self.conn.execute("SELECT * FROM candidates WHERE id = ?", (candidate_id,))
        for row in rows(cur):
            return candidate_from_row(row), int(row["row_version"])
        raise NotFound(Message("db.no_candidate", {"id": candidate_id}))

    def next_candidate_id(self) -> str:
        """A free id in the pattern most ids already follow ("HR-0042" → "HR-0043"; the same
        prefix and zero padding); "c-0001" in an empty database."""
        taken = self.candidate_ids()
        highest: dict[tuple[str, int], int] = {}
        counts: dict[tuple[str, int], int] = {}
        for cid in taken:
            found = _NUMBERED_ID.fullmatch(cid)
            if found:
                key = (found.group(1), len(found.group(2)))
                highest[key] = max(highest.get(key, 0), int(found.group(2)))
                counts[key] = counts.get(key, 0) + 1
        if counts:
            prefix, width = max(counts, key=lambda k: (counts[k], highest[k]))
            n = highest[(prefix, width)] + 1
        else:
            prefix, width, n = "c-", 4, 1
        while f"{prefix}{n:0{width}d}" in taken:
            n += 1
        return f"{prefix}{n:0{width}d}"

    def save_candidate(
        self, cand: Candidate, actor: str, *, expected_version: int | None = None
    ) -> str:
        """Insert or update; returns 'added', 'updated' or 'unchanged'. Changes go to history.
        With expected_version, an update over someone else's newer change raises EditConflict."""
        with self.write(actor) as w:
            return w.save_candidate(cand, expected_version=expected_version)

    def add_candidate(self, cand: Candidate, actor: str) -> None:
        """A new candidate, never over an existing one (CandidateExists if the id is taken)."""
        with self.write(actor) as w:
            w.add_candidate(cand)

    def delete_candidate(self, candidate_id: str) -> dict[str, int]:
        """Remove the candidate and every row about them."""
        counts = self.deletion_counts(candidate_id)
        with self.write() as w:
            w.delete_candidate(candidate_id)
        self.checkpoint()
        return counts

    def deletion_counts(self, candidate_id: str) -> dict[str, int]:
        """What deleting the candidate removes: assessments, ratings, history entries."""
        self.candidate(candidate_id)
        q = self.conn.execute
        return {
            "assessments": q(
                "SELECT COUNT(*) FROM assessments WHERE candidate = ?", (candidate_id,)
            ).fetchone()[0],
            "ratings": q(
                "SELECT COUNT(*) FROM ratings JOIN assessments a ON a.id = assessment "
                "WHERE a.candidate = ?",
                (candidate_id,),
            ).fetchone()[0],
            "history": q(
                "SELECT COUNT(*) FROM history WHERE candidate = ?", (candidate_id,)
            ).fetchone()[0],
        }

    # -- assessments (their reads are AssessmentReads') ----------------------------------------
    def create_assessment(
        self,
        candidate: str,
        assessor: str,
        assessor_role: str,
        method: str,
        day: date,
        framework: Framework,
        actor: str,
    ) -> int:
        """A new draft assessment under the given framework (whose text is kept)."""
        self.candidate(candidate)
        with self.write(actor) as w:
            return w.create_assessment(candidate, assessor, assessor_role, method, day, framework)

    def set_rating(
        self, assessment_id: int, competency: str, level: int | None, evidence: str, actor: str
    ) -> bool:
        """Store one rating at once (committed before returning); False if nothing changed."""
        with self.write(actor) as w:
            return w.set_rating(assessment_id, competency, level, evidence)

    def update_assessment(self, assessment_id: int, actor: str, **changes: Any) -> None:
        """Change assessor, role, method or date of a draft assessment."""
        with self.write(actor) as w:
            w.update_assessment(assessment_id, **changes)

    def finalise(self, assessment_id: int, actor: str) -> None:
        with self.write(actor) as w:
            w.set_status(assessment_id, "final")

    def reopen(self, assessment_id: int, actor: str, reason: str) -> None:
        """Make a final assessment editable again: an explicit act, recorded with its reason."""
        with self.write(actor) as w:
            w.set_status(assessment_id, "draft", reason)

    def delete_assessment(self, assessment_id: int, actor: str, reason: str = "") -> None:
        """Delete a draft, or withdraw a final assessment with a reason (one transaction)."""
        with self.write(actor) as w:
            w.delete_assessment(assessment_id, reason)

    # -- history -----------------------------------------------------------------------------
    def history(self, candidate: str) -> list[dict[str, Any]]:
        cur = self.conn.execute(
            "SELECT * FROM history WHERE candidate = ? ORDER BY id", (candidate,)
        )
        out = []
        for row in rows(cur):
            row["old"] = None if row["old"] is None else json.loads(row["old"])
            row["new"] = None if row["new"] is None else json.loads(row["new"])
            out.append(row)
        return out

    def counts(self) -> dict[str, int]:
        q = self.conn.execute
        return {
            t: q(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in (
                "candidates",
                "assessments",
                "ratings",
                "history",
                "assessors",
                "consensus",
                "decisions",
                "outcomes",
            )
        }


# A candidate's columns in the dataclass's order, quoted: "current_role" unquoted is the SQL
# standard's CURRENT_ROLE, which PostgreSQL answers with the session's role.
_CANDIDATE_COLUMNS = ", ".join(f'"{name}"' for name in CANDIDATE_COLUMNS)
