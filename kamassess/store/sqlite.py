"""The SQLite store: candidates, assessments, ratings, their history, and framework snapshots."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, fields
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from kamassess.framework.model import Framework
from kamassess.i18n.messages import Message
from kamassess.model import Assessment, Candidate, CandidateSummary, Rating
from kamassess.store import migrations
from kamassess.store.dbfile import is_network_path, prepare_file

BUSY_TIMEOUT_S = 15.0
WRITE_ATTEMPTS = 3
SQLITE_HEADER = b"SQLite format 3\x00"


class StorageError(Exception):
    """A database problem the user can act on; `message` says what in ru and en."""

    def __init__(self, message: Message) -> None:
        self.message = message
        super().__init__(message.render("en"))


class NotFound(StorageError):
    pass


class AssessmentFinal(StorageError):
    pass


class DatabaseLocked(StorageError):
    pass


class DatabaseDamaged(StorageError):
    pass


class SchemaTooNew(StorageError):
    pass


class ReadOnlyDatabase(StorageError):
    pass


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _encode(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


_BOOL_FIELDS = {"technical_education", "manages_team", "quota_reduced", "holds_key_accounts"}


def _candidate_from_row(row: dict[str, Any]) -> Candidate:
    data = {f.name: row[f.name] for f in fields(Candidate)}
    for name in _BOOL_FIELDS:
        if data[name] is not None:
            data[name] = bool(data[name])
    return Candidate(**data)


class Store:
    """All reads and writes of candidate data; the GUI and CLI never run SQL themselves."""

    def __init__(self, db: Database, path: Path | None) -> None:
        self.db = db
        self.path = path
        self.conn: sqlite3.Connection = db.conn

    # -- opening -----------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, *, create: bool = True) -> Store:
        """Open (creating if asked) the database at path and bring its schema up to date."""
        p = Path(path)
        if p.exists():
            _check_header(p)
        elif not create:
            raise NotFound(Message("db.missing", {"path": str(p)}))
        else:
            try:
                prepare_file(p)
            except OSError as exc:  # e.g. the folder cannot be made: a file is in the way
                raise StorageError(
                    Message("db.cannot_open", {"path": str(p), "reason": exc.strerror or str(exc)})
                ) from None
        try:
            conn = sqlite3.connect(str(p), timeout=BUSY_TIMEOUT_S)
        except sqlite3.OperationalError as exc:
            raise StorageError(
                Message("db.cannot_open", {"path": str(p), "reason": str(exc)})
            ) from None
        store = cls(Database(conn), p)
        try:
            store._configure(network=is_network_path(p))
            store._migrate()
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise _classify(exc, p) from None
        except StorageError:
            conn.close()
            raise
        return store

    @classmethod
    def memory(cls) -> Store:
        store = cls(Database(memory=True), None)
        store._configure(network=False)
        store._migrate()
        return store

    def _configure(self, *, network: bool) -> None:
        # sqlite-utils leaves foreign keys off; rollback journal on network shares, where WAL's
        # shared memory does not work (sqlite.org/wal.html).
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        self.conn.execute("PRAGMA secure_delete = ON")
        if self.path is not None:
            mode = "DELETE" if network else "WAL"
            self.conn.execute(f"PRAGMA journal_mode = {mode}")
            self.conn.execute("PRAGMA synchronous = FULL")

    def _migrate(self) -> None:
        applied = {m.name for m in migrations.migrations.applied(self.db)}
        unknown = applied - migrations.known()
        if unknown:
            raise SchemaTooNew(Message("db.schema_too_new", {"path": str(self.path)}))
        if migrations.migrations.pending(self.db):
            migrations.migrations.apply(self.db)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def journal_mode(self) -> str:
        return str(self.conn.execute("PRAGMA journal_mode").fetchone()[0])

    # -- transactions ------------------------------------------------------------------------
    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken immediately so it never fails halfway on a lock."""
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                break
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise _classify(exc, self.path) from None
                if attempt == WRITE_ATTEMPTS:
                    raise DatabaseLocked(Message("db.locked", {"path": str(self.path)})) from None
                time.sleep(0.2 * attempt)
        try:
            yield self.conn
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
                raise _classify(exc, self.path) from None
            raise

    def revision(self) -> int:
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'revision'").fetchone()
        return int(row[0])

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        """Bookkeeping that is not a data change (does not bump the revision)."""
        with self.db.atomic():
            self.conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def _log(
        self, candidate: str, entity: str, key: str, field: str, old: Any, new: Any, actor: str
    ) -> None:
        self.conn.execute(
            "INSERT INTO history (candidate, entity, entity_key, field, old, new, actor, at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (candidate, entity, key, field, _encode(old), _encode(new), actor, now()),
        )

    # -- frameworks --------------------------------------------------------------------------
    def remember_framework(self, fw: Framework) -> str:
        """Keep a copy of the framework text so later edits never change old assessments."""
        self.conn.execute(
            "INSERT OR IGNORE INTO frameworks (hash, framework_id, version, text, first_used) "
            "VALUES (?, ?, ?, ?, ?)",
            (fw.content_hash, fw.id, fw.version, fw.text, now()),
        )
        return fw.content_hash

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
        rows = self.db.query("SELECT * FROM candidates ORDER BY name COLLATE NOCASE, id")
        return [_candidate_from_row(r) for r in rows]

    def candidate_summaries(self) -> list[CandidateSummary]:
        """Every candidate with assessment counts and the last date, in one query."""
        rows = self.db.query(
            "SELECT c.*, "
            "COALESCE(SUM(a.status = 'final'), 0) AS n_final, "
            "COALESCE(SUM(a.status = 'draft'), 0) AS n_draft, MAX(a.date) AS last_date "
            "FROM candidates c LEFT JOIN assessments a ON a.candidate = c.id "
            "GROUP BY c.id ORDER BY c.name COLLATE NOCASE, c.id"
        )
        return [
            CandidateSummary(
                _candidate_from_row(r),
                int(r["n_final"]),
                int(r["n_draft"]),
                None if r["last_date"] is None else date.fromisoformat(r["last_date"]),
            )
            for r in rows
        ]

    def candidate_ids(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT id FROM candidates")}

    def candidate(self, candidate_id: str) -> Candidate:
        rows = list(self.db.query("SELECT * FROM candidates WHERE id = ?", [candidate_id]))
        if not rows:
            raise NotFound(Message("db.no_candidate", {"id": candidate_id}))
        return _candidate_from_row(rows[0])

    def next_candidate_id(self) -> str:
        taken = self.candidate_ids()
        n = len(taken) + 1
        while f"c-{n:04d}" in taken:
            n += 1
        return f"c-{n:04d}"

    def save_candidate(self, cand: Candidate, actor: str) -> str:
        """Insert or update; returns 'added', 'updated' or 'unchanged'. Changes go to history."""
        with self.write():
            return self._save_candidate(cand, actor)

    def _save_candidate(self, cand: Candidate, actor: str) -> str:
        stamp = now()
        row = asdict(cand)
        existing = list(self.db.query("SELECT * FROM candidates WHERE id = ?", [cand.id]))
        if not existing:
            cols = ", ".join(row)
            marks = ", ".join("?" for _ in row)
            self.conn.execute(
                f"INSERT INTO candidates ({cols}, created_at, updated_at) VALUES ({marks}, ?, ?)",
                [*row.values(), stamp, stamp],
            )
            self._log(cand.id, "candidate", cand.id, "*", None, _public(row), actor)
            return "added"
        old = asdict(_candidate_from_row(existing[0]))
        changed = {k: v for k, v in row.items() if old[k] != v}
        if not changed:
            return "unchanged"
        sets = ", ".join(f"{k} = ?" for k in changed)
        self.conn.execute(
            f"UPDATE candidates SET {sets}, updated_at = ? WHERE id = ?",
            [*changed.values(), stamp, cand.id],
        )
        for key, value in changed.items():
            self._log(cand.id, "candidate", cand.id, key, old[key], value, actor)
        return "updated"

    def delete_candidate(self, candidate_id: str) -> dict[str, int]:
        """Remove the candidate and every row about them (secure_delete overwrites the pages)."""
        counts = self.deletion_counts(candidate_id)
        with self.write() as conn:
            conn.execute("DELETE FROM candidates WHERE id = ?", (candidate_id,))
            conn.execute("DELETE FROM history WHERE candidate = ?", (candidate_id,))
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
                "SELECT a.id, a.candidate, a.assessor, a.assessor_role, a.method, a.date, "
                f"a.status, a.framework_hash FROM assessments a {clause} ORDER BY a.date, a.id",
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
            "SELECT a.id, a.candidate, a.assessor, a.assessor_role, a.method, a.date, "
            f"a.status, a.framework_hash FROM assessments a {status} ORDER BY a.date, a.id"
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
        with self.write():
            return self._create_assessment(
                candidate, assessor, assessor_role, method, day, framework, actor
            )

    def _create_assessment(
        self,
        candidate: str,
        assessor: str,
        assessor_role: str,
        method: str,
        day: date,
        framework: Framework,
        actor: str,
    ) -> int:
        if self.find_assessment(candidate, assessor, day, method) is not None:
            raise StorageError(
                Message(
                    "db.duplicate_assessment",
                    {
                        "candidate": candidate,
                        "assessor": assessor,
                        "date": day.isoformat(),
                        "method": method,
                    },
                )
            )
        fhash = self.remember_framework(framework)
        stamp = now()
        cur = self.conn.execute(
            "INSERT INTO assessments (candidate, assessor, assessor_role, method, date, status, "
            "framework_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'draft', ?, ?, ?)",
            (candidate, assessor, assessor_role, method, day.isoformat(), fhash, stamp, stamp),
        )
        aid = int(cur.lastrowid or 0)
        self._log(
            candidate,
            "assessment",
            str(aid),
            "*",
            None,
            {
                "assessor": assessor,
                "assessor_role": assessor_role,
                "method": method,
                "date": day.isoformat(),
                "framework": f"{framework.id} {framework.version}",
            },
            actor,
        )
        return aid

    def _status(self, assessment_id: int) -> tuple[str, str]:
        row = self.conn.execute(
            "SELECT candidate, status FROM assessments WHERE id = ?", (assessment_id,)
        ).fetchone()
        if row is None:
            raise NotFound(Message("db.no_assessment", {"id": assessment_id}))
        return str(row[0]), str(row[1])

    def set_rating(
        self, assessment_id: int, competency: str, level: int | None, evidence: str, actor: str
    ) -> bool:
        """Store one rating at once (committed before returning); False if nothing changed."""
        with self.write():
            return self._set_rating(assessment_id, competency, level, evidence, actor)

    def _set_rating(
        self, assessment_id: int, competency: str, level: int | None, evidence: str, actor: str
    ) -> bool:
        candidate, status = self._status(assessment_id)
        old = self.conn.execute(
            "SELECT level, evidence FROM ratings WHERE assessment = ? AND competency = ?",
            (assessment_id, competency),
        ).fetchone()
        if old is not None and (old[0], old[1]) == (level, evidence):
            return False
        if status == "final":
            raise AssessmentFinal(Message("db.assessment_final", {"id": assessment_id}))
        self.conn.execute(
            "INSERT INTO ratings (assessment, competency, level, evidence, updated_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (assessment, competency) DO UPDATE SET "
            "level = excluded.level, evidence = excluded.evidence, "
            "updated_at = excluded.updated_at",
            (assessment_id, competency, level, evidence, now()),
        )
        key = f"{assessment_id}/{competency}"
        if old is None or old[0] != level:
            self._log(
                candidate, "rating", key, "level", None if old is None else old[0], level, actor
            )
        if (old is None and evidence) or (old is not None and old[1] != evidence):
            self._log(
                candidate,
                "rating",
                key,
                "evidence",
                None if old is None else old[1],
                evidence,
                actor,
            )
        self.conn.execute(
            "UPDATE assessments SET updated_at = ? WHERE id = ?", (now(), assessment_id)
        )
        return True

    def update_assessment(self, assessment_id: int, actor: str, **changes: Any) -> None:
        """Change assessor, role, method or date of a draft assessment."""
        allowed = {"assessor", "assessor_role", "method", "date"}
        with self.write():
            candidate, status = self._status(assessment_id)
            if status == "final":
                raise AssessmentFinal(Message("db.assessment_final", {"id": assessment_id}))
            row = self.conn.execute(
                "SELECT assessor, assessor_role, method, date FROM assessments WHERE id = ?",
                (assessment_id,),
            ).fetchone()
            old = dict(zip(("assessor", "assessor_role", "method", "date"), row, strict=True))
            for key, value in changes.items():
                if key not in allowed:
                    raise ValueError(key)
                value = value.isoformat() if isinstance(value, date) else value
                if old[key] != value:
                    self.conn.execute(
                        f"UPDATE assessments SET {key} = ?, updated_at = ? WHERE id = ?",
                        (value, now(), assessment_id),
                    )
                    self._log(
                        candidate, "assessment", str(assessment_id), key, old[key], value, actor
                    )

    def finalise(self, assessment_id: int, actor: str) -> None:
        with self.write():
            self._set_status(assessment_id, "final", actor, None)

    def reopen(self, assessment_id: int, actor: str, reason: str) -> None:
        """Make a final assessment editable again: an explicit act, recorded with its reason."""
        with self.write():
            self._set_status(assessment_id, "draft", actor, reason)

    def _set_status(self, assessment_id: int, status: str, actor: str, reason: str | None) -> None:
        candidate, old = self._status(assessment_id)
        if old == status:
            return
        self.conn.execute(
            "UPDATE assessments SET status = ?, updated_at = ? WHERE id = ?",
            (status, now(), assessment_id),
        )
        new: Any = status if reason is None else {"status": status, "reason": reason}
        self._log(candidate, "assessment", str(assessment_id), "status", old, new, actor)

    def delete_assessment(self, assessment_id: int, actor: str) -> None:
        with self.write():
            candidate, status = self._status(assessment_id)
            if status == "final":
                raise AssessmentFinal(Message("db.assessment_final", {"id": assessment_id}))
            self.conn.execute("DELETE FROM assessments WHERE id = ?", (assessment_id,))
            self._log(candidate, "assessment", str(assessment_id), "*", "deleted", None, actor)

    # -- history -----------------------------------------------------------------------------
    def history(self, candidate: str) -> list[dict[str, Any]]:
        rows = self.db.query("SELECT * FROM history WHERE candidate = ? ORDER BY id", [candidate])
        out = []
        for row in rows:
            row["old"] = None if row["old"] is None else json.loads(row["old"])
            row["new"] = None if row["new"] is None else json.loads(row["new"])
            out.append(row)
        return out

    def counts(self) -> dict[str, int]:
        q = self.conn.execute
        return {
            t: q(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("candidates", "assessments", "ratings", "history")
        }


def _assessment(head: Any, ratings: tuple[Rating, ...]) -> Assessment:
    """An Assessment from a row of (id, candidate, assessor, role, method, date, status, hash)."""
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
    )


def _public(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if v is not None}


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except PermissionError as exc:
        raise StorageError(
            Message("db.cannot_open", {"path": str(path), "reason": exc.strerror})
        ) from None
    if head and head != SQLITE_HEADER:
        raise DatabaseDamaged(Message("db.damaged", {"path": str(path)}))


def _classify(exc: sqlite3.DatabaseError, path: Path | None) -> StorageError:
    text = str(exc).lower()
    where = str(path)
    if "readonly" in text or "read-only" in text:
        return ReadOnlyDatabase(Message("db.readonly", {"path": where}))
    if "locked" in text or "busy" in text:
        return DatabaseLocked(Message("db.locked", {"path": where}))
    if "malformed" in text or "not a database" in text or "disk image" in text:
        return DatabaseDamaged(Message("db.damaged", {"path": where}))
    return StorageError(Message("db.error", {"path": where, "reason": str(exc)}))
