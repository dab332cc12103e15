"""The SQLite store: candidates, assessments, ratings, their history, and framework snapshots.

The database file is SQLite's alone: it is never opened, read or copied with anything else while a
connection may exist in the process (closing any descriptor of a file drops every POSIX lock the
process holds on it — SQLite's "How To Corrupt An SQLite Database File", §2.2)."""

from __future__ import annotations

import json
import re
import sqlite3
import time
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from kamassess.framework.model import Framework
from kamassess.i18n.messages import Message
from kamassess.model import Assessment, Candidate, CandidateSummary, Rating
from kamassess.store import migrations
from kamassess.store.dbfile import is_network_path, prepare_file
from kamassess.store.decision_reads import DecisionReads
from kamassess.store.errors import (
    AssessmentFinal,
    DatabaseDamaged,
    DatabaseLocked,
    DatabaseReplaced,
    ForeignDatabase,
    NotFound,
    ReadOnlyDatabase,
    SchemaTooNew,
    StorageError,
    classify,
)
from kamassess.store.panel_reads import PanelReads
from kamassess.store.writer import Writer, candidate_from_row, now

# The errors are part of the store's interface: callers import them from here.
__all__ = [
    "APPLICATION_ID",
    "AssessmentFinal",
    "DatabaseDamaged",
    "DatabaseLocked",
    "DatabaseReplaced",
    "ForeignDatabase",
    "NotFound",
    "ReadOnlyDatabase",
    "SchemaTooNew",
    "StorageError",
    "Store",
    "now",
]

BUSY_TIMEOUT_S = 15.0
WRITE_ATTEMPTS = 3
# PRAGMA application_id of our databases ("KAMA"): another program's SQLite file is refused and
# never modified, even by a command that only reads.
APPLICATION_ID = 0x4B414D41
_OUR_TABLES = {"candidates", "assessments", "ratings", "history", "meta"}


def _rows(cur: sqlite3.Cursor) -> Iterator[dict[str, Any]]:
    names = [d[0] for d in cur.description]
    for row in cur:
        yield dict(zip(names, row, strict=True))


def _identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file: a restore swaps in a new file under the same name."""
    try:
        st = path.stat()  # a stat opens no descriptor: it leaves SQLite's locks alone
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


_NUMBERED_ID = re.compile(r"(.*?)(\d+)")


class Store(PanelReads, DecisionReads):
    """All reads and writes of candidate data; the GUI and CLI never run SQL themselves."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, *, read_only: bool = False):
        self.conn = conn
        self.path = path
        self.read_only = read_only
        self._identity = None if path is None else _identity(path)
        self._attempts = WRITE_ATTEMPTS

    # -- opening -----------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, *, create: bool = True, read_only: bool = False) -> Store:
        """Open (creating if asked) our database at path and bring its schema up to date.

        Refuses a folder, another program's SQLite file, and an empty file that has backups
        beside it (a database lost its content: restore, never start afresh over it)."""
        p = Path(path)
        if str(path) == "" or p.is_dir():
            raise StorageError(Message("db.is_folder", {"path": str(path)}))
        if p.exists():
            if p.stat().st_size == 0 and _has_backups(p):
                raise DatabaseDamaged(Message("db.damaged", {"path": str(p)}))
        elif not create or read_only:
            raise NotFound(Message("db.missing", {"path": str(p)}))
        else:
            try:
                prepare_file(p)
            except OSError as exc:  # e.g. the folder cannot be made: a file is in the way
                raise StorageError(
                    Message("db.cannot_open", {"path": str(p), "reason": exc.strerror or str(exc)})
                ) from None
        mode = "ro" if read_only else "rw"
        try:
            conn = sqlite3.connect(
                f"{p.resolve().as_uri()}?mode={mode}", uri=True, timeout=BUSY_TIMEOUT_S
            )
        except sqlite3.OperationalError as exc:
            raise StorageError(
                Message("db.cannot_open", {"path": str(p), "reason": str(exc)})
            ) from None
        store = cls(conn, p, read_only=read_only)
        try:
            store._claim()
            store._configure(network=is_network_path(p))
            store._migrate()
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise classify(exc, p) from None
        except BaseException:
            conn.close()
            raise
        return store

    @classmethod
    def memory(cls) -> Store:
        store = cls(sqlite3.connect(":memory:"), None)
        store._claim()
        store._configure(network=False)
        store._migrate()
        return store

    def _claim(self) -> None:
        """Ours, new (empty), or one of ours from before application ids: anything else is
        another program's file and is left exactly as it is."""
        app_id = self.conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id == APPLICATION_ID:
            return
        tables = {
            r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        ours_before_ids = app_id == 0 and tables >= _OUR_TABLES and migrations.TABLE in tables
        if app_id != 0 or (tables and not ours_before_ids):
            raise ForeignDatabase(Message("db.foreign", {"path": str(self.path)}))
        if not self.read_only:
            self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")

    def _configure(self, *, network: bool) -> None:
        # Foreign keys are off by default in SQLite; rollback journal on network shares, where
        # WAL's shared memory does not work (sqlite.org/wal.html).
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        self.conn.execute("PRAGMA secure_delete = ON")
        if self.path is not None and not self.read_only:
            mode = "DELETE" if network else "WAL"
            self.conn.execute(f"PRAGMA journal_mode = {mode}")
            self.conn.execute("PRAGMA synchronous = FULL")

    def _migrate(self) -> None:
        done = migrations.applied(self.conn)
        if set(done) - set(migrations.known()):
            raise SchemaTooNew(Message("db.schema_too_new", {"path": str(self.path)}))
        if len(done) < len(migrations.known()):
            if self.read_only:
                raise ReadOnlyDatabase(Message("db.readonly", {"path": str(self.path)}))
            migrations.apply_pending(self.conn)
            if self.meta("database_id") is None:
                self.set_meta("database_id", uuid.uuid4().hex)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def journal_mode(self) -> str:
        return str(self.conn.execute("PRAGMA journal_mode").fetchone()[0])

    def set_busy_timeout(self, seconds: float, attempts: int = 1) -> None:
        """How long a write waits for another program's lock (the window waits briefly and
        retries on its own, rather than freezing for the command line's 45 seconds)."""
        self.conn.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")
        self._attempts = attempts

    def quick_check(self) -> bool:
        """SQLite's own check of every page (a damaged page is never backed up over good ones)."""
        try:
            rows = self.conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError:
            return False
        return rows == [("ok",)]

    def checkpoint(self) -> None:
        """Fold the WAL into the database and empty it (after a deletion, so that the deleted
        person's data does not linger in the -wal file)."""
        if self.path is not None and self.journal_mode == "wal":
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def replaced(self) -> bool:
        """True when the file at our path is no longer the one we opened (a restore swapped it)."""
        return self.path is not None and _identity(self.path) != self._identity

    # -- transactions ------------------------------------------------------------------------
    @contextmanager
    def write(self, actor: str = "") -> Iterator[Writer]:
        """One write transaction, taken immediately so it never fails halfway on a lock; the
        Writer it yields makes the changes (and their history, in `actor`'s name). The revision
        grows only when something changed."""
        if self.read_only:
            raise ReadOnlyDatabase(Message("db.opened_read_only", {"path": str(self.path)}))
        if self.replaced():
            raise DatabaseReplaced(Message("db.replaced", {"path": str(self.path)}))
        for attempt in range(1, self._attempts + 1):
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                break
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise classify(exc, self.path) from None
                if attempt == self._attempts:
                    raise DatabaseLocked(Message("db.locked", {"path": str(self.path)})) from None
                time.sleep(0.2 * attempt)
        before = self.conn.total_changes
        try:
            yield Writer(self.conn, actor)
            if self.conn.total_changes != before:
                self.conn.execute(
                    "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'"
                )
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.DatabaseError) and not isinstance(
                exc, sqlite3.IntegrityError
            ):
                raise classify(exc, self.path) from None
            raise

    def revision(self) -> int:
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'revision'").fetchone()
        return int(row[0])

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        """Bookkeeping that is not a data change (does not bump the revision)."""
        with self.conn:
            self.conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

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
    def candidates(self) -> list[Candidate]:
        cur = self.conn.execute("SELECT * FROM candidates ORDER BY name COLLATE NOCASE, id")
        return [candidate_from_row(r) for r in _rows(cur)]

    def candidate_summaries(self) -> list[CandidateSummary]:
        """Every candidate with assessment counts and the last date, in one query."""
        rows = _rows(
            self.conn.execute(
                "SELECT c.*, "
                "COALESCE(SUM(a.status = 'final'), 0) AS n_final, "
                "COALESCE(SUM(a.status = 'draft'), 0) AS n_draft, MAX(a.date) AS last_date, "
                "d.decision AS decision, d.date AS decided_on "
                "FROM candidates c LEFT JOIN assessments a ON a.candidate = c.id "
                "LEFT JOIN decisions d ON d.candidate = c.id "
                "GROUP BY c.id ORDER BY c.name COLLATE NOCASE, c.id"
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
            for r in rows
        ]

    def candidate_ids(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT id FROM candidates")}

    def candidate(self, candidate_id: str) -> Candidate:
        return self.candidate_with_version(candidate_id)[0]

    def candidate_with_version(self, candidate_id: str) -> tuple[Candidate, int]:
        """The candidate and the row version an edit of it must carry."""
        cur = self.conn.execute("SELECT * FROM candidates WHERE id = ?", (candidate_id,))
        for row in _rows(cur):
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
        """Remove the candidate and every row about them (secure_delete overwrites the pages)."""
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

    # -- assessments -------------------------------------------------------------------------
    def assessments(
        self, candidate: str | None = None, *, include_drafts: bool = True
    ) -> list[Assessment]:
        """Assessments with their ratings (by competency), oldest first."""
        conditions, params = [], []
        if candidate is not None:
            conditions.append("a.candidate = ?")
            params.append(candidate)
        if not include_drafts:
            conditions.append("a.status = 'final'")
        clause = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        heads = list(
            self.conn.execute(
                f"SELECT {_HEAD} FROM assessments a {clause} ORDER BY a.date, a.id",
                params,
            )
        )
        if not heads:
            return []
        ratings: dict[int, list[Rating]] = {h[0]: [] for h in heads}
        rows = self.conn.execute(
            "SELECT r.assessment, r.competency, r.level, r.evidence FROM ratings r "
            f"JOIN assessments a ON a.id = r.assessment {clause} "
            "ORDER BY r.assessment, r.competency",
            params,
        )
        for aid, comp, level, text in rows:
            ratings[aid].append(Rating(comp, level, text))
        return [_assessment(h, tuple(ratings[h[0]])) for h in heads]

    def assessment_levels(
        self, *, include_drafts: bool = True
    ) -> list[tuple[Assessment, dict[str, int | None]]]:
        """Every assessment (without its ratings) and its levels by competency, for scoring
        many candidates: one pass over the ratings, no per-rating objects."""
        status = "" if include_drafts else "WHERE a.status = 'final'"
        heads = self.conn.execute(
            f"SELECT {_HEAD} FROM assessments a {status} ORDER BY a.date, a.id"
        )
        levels: dict[int, dict[str, int | None]] = {}
        out = []
        for h in heads:
            held: dict[str, int | None] = {}
            levels[h[0]] = held
            out.append((_assessment(h, ()), held))
        for aid, comp, level in self.conn.execute(
            "SELECT assessment, competency, level FROM ratings"
        ):
            held_for = levels.get(aid)
            if held_for is not None:
                held_for[comp] = level
        return out

    def assessment(self, assessment_id: int) -> Assessment:
        for a in self.assessments_by_id([assessment_id]):
            return a
        raise NotFound(Message("db.no_assessment", {"id": assessment_id}))

    def assessments_by_id(self, ids: list[int]) -> list[Assessment]:
        if not ids:
            return []
        cands = {
            r[0]
            for r in self.conn.execute(
                f"SELECT candidate FROM assessments WHERE id IN ({','.join('?' * len(ids))})", ids
            )
        }
        wanted = set(ids)
        return [a for c in cands for a in self.assessments(c) if a.id in wanted]

    def assessment_keys(self) -> dict[tuple[str, str, str, str], tuple[int, str, str]]:
        """Every assessment by its key (candidate, assessor, ISO date, method) → (id, status,
        role): an import looks each of its items up here, not in the database item by item."""
        rows = self.conn.execute(
            "SELECT candidate, assessor, date, method, id, status, assessor_role FROM assessments"
        )
        return {(c, a, d, m): (int(i), s, r) for c, a, d, m, i, s, r in rows}

    def ratings_of(self, ids: Iterable[int]) -> dict[int, dict[str, tuple[int | None, str]]]:
        """The ratings of the given assessments, in one query (what a re-import compares)."""
        wanted = set(ids)
        out: dict[int, dict[str, tuple[int | None, str]]] = {aid: {} for aid in wanted}
        if wanted:
            for aid, comp, level, evidence in self.conn.execute(
                "SELECT assessment, competency, level, evidence FROM ratings"
            ):
                held = out.get(aid)
                if held is not None:
                    held[comp] = (level, evidence)
        return out

    def find_assessment(self, candidate: str, assessor: str, day: date, method: str) -> int | None:
        row = self.conn.execute(
            "SELECT id FROM assessments WHERE candidate = ? AND assessor = ? AND date = ? "
            "AND method = ?",
            (candidate, assessor, day.isoformat(), method),
        ).fetchone()
        return None if row is None else int(row[0])

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

    def delete_assessment(self, assessment_id: int, actor: str) -> None:
        with self.write(actor) as w:
            w.delete_assessment(assessment_id)

    # -- history -----------------------------------------------------------------------------
    def history(self, candidate: str) -> list[dict[str, Any]]:
        cur = self.conn.execute(
            "SELECT * FROM history WHERE candidate = ? ORDER BY id", (candidate,)
        )
        out = []
        for row in _rows(cur):
            row["old"] = None if row["old"] is None else json.loads(row["old"])
            row["new"] = None if row["new"] is None else json.loads(row["new"])
            out.append(row)
        return out

    def counts(self) -> dict[str, int]:
        q = self.conn.execute
        return {
            t: q(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("candidates", "assessments", "ratings", "history", "assessors", "consensus")
        }


# What an Assessment is made from, in _assessment's order.
_HEAD = (
    "a.id, a.candidate, a.assessor, a.assessor_role, a.method, a.date, a.status, "
    "a.framework_hash, a.assessor_id, a.recommendation, a.recommendation_reason"
)


def _assessment(head: Any, ratings: tuple[Rating, ...]) -> Assessment:
    """An Assessment from a row of _HEAD."""
    return Assessment(
        id=head[0],
        candidate=head[1],
        assessor=head[2],
        assessor_role=head[3],
        method=head[4],
        date=date.fromisoformat(head[5]),
        status=head[6],
        framework_hash=head[7],
        ratings=ratings,
        assessor_id=head[8],
        recommendation=head[9],
        recommendation_reason=head[10],
    )


def _has_backups(path: Path) -> bool:
    from kamassess.store.backup import list_backups

    return bool(list_backups(path))
