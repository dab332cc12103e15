"""The writes of one transaction: candidates, assessments, ratings, and their history.

Every change to a person's data goes through a Writer, and the history is written here and only
here. `Store.write(actor)` opens the transaction and hands one out; the importer and the window's
single edits use the same methods."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from kamassess.framework.model import Framework
from kamassess.i18n.messages import Message
from kamassess.model import Candidate
from kamassess.store.bulk_writer import BulkWrites, NewAssessment
from kamassess.store.decision_writer import DecisionWrites
from kamassess.store.errors import (
    AssessmentFinal,
    CandidateExists,
    EditConflict,
    NotFound,
    StorageError,
)
from kamassess.store.panel_writer import PanelWriter
from kamassess.store.rows import (
    candidate_from_row,
    candidate_row,
    encode,
    now,
    public,
)

__all__ = [
    "NewAssessment",
    "Writer",
    "candidate_from_row",
    "candidate_row",
    "find_assessment_id",
    "now",
]

if TYPE_CHECKING:
    from kamassess.store.base import Connection

_HEAD_FIELDS = ("assessor", "assessor_role", "method", "date")


def find_assessment_id(
    conn: Connection, candidate: str, assessor: str, day: date, method: str
) -> int | None:
    """The assessment of a candidate by one assessor on one day by one method, if there is one
    (an import's key: the same assessment arriving again updates it)."""
    row = conn.execute(
        "SELECT id FROM assessments WHERE candidate = ? AND assessor = ? AND date = ? "
        "AND method = ?",
        (candidate, assessor, day.isoformat(), method),
    ).fetchone()
    return None if row is None else int(row[0])


class Writer(PanelWriter, DecisionWrites, BulkWrites):
    """Writes inside one open transaction, on behalf of `actor` (recorded in the history); the
    panel's writes (registry, recommendations, consensus) and the decisions' are mixed in.

    The SQL is the same for both engines; `lock` is what the engine appends to a SELECT of a row
    about to be changed (PostgreSQL locks it, so that two users' transactions take turns; in
    SQLite the whole write transaction already holds the lock). `new_ids` is the engine's query
    for n fresh ids of a table ({table}, one `?` for n) when rows are added in bulk; empty: the
    ids after the highest one (SQLite, where no one else writes during the transaction)."""

    def __init__(self, conn: Connection, actor: str, *, lock: str = "", new_ids: str = "") -> None:
        self.conn, self.actor, self.lock, self.new_ids = conn, actor, lock, new_ids

    def _log(self, candidate: str, entity: str, key: str, field: str, old: Any, new: Any) -> None:
        self.conn.execute(
            "INSERT INTO history (candidate, entity, entity_key, field, old, new, actor, at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (candidate, entity, key, field, encode(old), encode(new), self.actor, now()),
        )

    # -- frameworks ----------------------------------------------------------------------------
    def remember_framework(self, fw: Framework) -> str:
        """Keep a copy of the framework text so later edits never change old assessments."""
        self.conn.execute(
            "INSERT INTO frameworks (hash, framework_id, version, text, first_used) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING",
            (fw.content_hash, fw.id, fw.version, fw.text, now()),
        )
        return fw.content_hash

    # -- candidates ----------------------------------------------------------------------------
    def _candidate_row(self, candidate_id: str) -> dict[str, Any] | None:
        cur = self.conn.execute(
            f"SELECT * FROM candidates WHERE id = ?{self.lock}", (candidate_id,)
        )
        names = [d[0] for d in cur.description]
        found = cur.fetchone()
        return None if found is None else dict(zip(names, found, strict=True))

    def add_candidate(self, cand: Candidate) -> None:
        """Insert only: a taken id raises CandidateExists (someone added one meanwhile)."""
        if self._candidate_row(cand.id) is not None:
            raise CandidateExists(Message("db.candidate_exists", {"id": cand.id}))
        self.save_candidate(cand)

    def save_candidate(self, cand: Candidate, *, expected_version: int | None = None) -> str:
        """Insert or update; 'added', 'updated' or 'unchanged'. Each changed field is logged.

        An edit that carries the row version it was loaded with is refused (EditConflict, with
        the stored candidate) when someone saved a change in between."""
        stamp = now()
        row = candidate_row(cand)
        found = self._candidate_row(cand.id)
        if found is None:
            cols = ", ".join(f'"{k}"' for k in row)  # quoted: current_role is a keyword
            marks = ", ".join("?" for _ in row)
            self.conn.execute(
                f"INSERT INTO candidates ({cols}, created_at, updated_at) VALUES ({marks}, ?, ?)",
                [*row.values(), stamp, stamp],
            )
            self._log(cand.id, "candidate", cand.id, "*", None, public(row))
            return "added"
        stored = candidate_from_row(found)
        version = int(found["row_version"])
        if expected_version is not None and expected_version != version:
            raise EditConflict(Message("db.edit_conflict", {"name": stored.name}), stored, version)
        old = candidate_row(stored)
        changed = {k: v for k, v in row.items() if old[k] != v}
        if not changed:
            return "unchanged"
        sets = ", ".join(f'"{k}" = ?' for k in changed)
        self.conn.execute(
            f"UPDATE candidates SET {sets}, updated_at = ?, row_version = row_version + 1 "
            "WHERE id = ?",
            [*changed.values(), stamp, cand.id],
        )
        for key, value in changed.items():
            self._log(cand.id, "candidate", cand.id, key, old[key], value)
        return "updated"

    def delete_candidate(self, candidate_id: str) -> None:
        """Every row about the person goes, their history included (the one exception to an
        append-only history)."""
        self.conn.execute("DELETE FROM candidates WHERE id = ?", (candidate_id,))
        self.conn.execute("DELETE FROM history WHERE candidate = ?", (candidate_id,))

    # -- assessments ---------------------------------------------------------------------------
    def find_assessment(self, candidate: str, assessor: str, day: date, method: str) -> int | None:
        return find_assessment_id(self.conn, candidate, assessor, day, method)

    def create_assessment(
        self,
        candidate: str,
        assessor: str,
        assessor_role: str,
        method: str,
        day: date,
        framework: Framework,
        assessor_uid: str | None = None,
    ) -> int:
        """A new draft assessment under the given framework (whose text is kept), linked to the
        assessor's entry in the registry (made if new; found by `assessor_uid` if given)."""
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
        person = self.ensure_assessor(assessor, assessor_uid)
        stamp = now()
        cur = self.conn.execute(
            "INSERT INTO assessments (candidate, assessor, assessor_role, method, date, status, "
            "framework_hash, created_at, updated_at, assessor_id) "
            "VALUES (?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?) RETURNING id",
            (
                candidate,
                assessor,
                assessor_role,
                method,
                day.isoformat(),
                fhash,
                stamp,
                stamp,
                person,
            ),
        )
        aid = int(cur.fetchone()[0])
        head = {
            "assessor": assessor,
            "assessor_role": assessor_role,
            "method": method,
            "date": day.isoformat(),
            "framework": f"{framework.id} {framework.version}",
        }
        self._log(candidate, "assessment", str(aid), "*", None, head)
        return aid

    def status(self, assessment_id: int) -> tuple[str, str]:
        """(candidate, status) of an assessment; NotFound if it is gone."""
        row = self.conn.execute(
            f"SELECT candidate, status FROM assessments WHERE id = ?{self.lock}",
            (assessment_id,),
        ).fetchone()
        if row is None:
            raise NotFound(Message("db.no_assessment", {"id": assessment_id}))
        return str(row[0]), str(row[1])

    def add_ratings(self, assessment_id: int, ratings: dict[str, tuple[int | None, str]]) -> None:
        """A new assessment's ratings in one statement (its creation is in the history)."""
        stamp = now()
        self.conn.executemany(
            "INSERT INTO ratings (assessment, competency, level, evidence, updated_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [(assessment_id, comp, lv, ev, stamp) for comp, (lv, ev) in ratings.items()],
        )

    def set_rating(
        self, assessment_id: int, competency: str, level: int | None, evidence: str
    ) -> bool:
        """One rating; False when it was already so. A final assessment refuses changes."""
        candidate, status = self.status(assessment_id)
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
            self._log(candidate, "rating", key, "level", None if old is None else old[0], level)
        if (old is None and evidence) or (old is not None and old[1] != evidence):
            self._log(
                candidate, "rating", key, "evidence", None if old is None else old[1], evidence
            )
        self.conn.execute(
            "UPDATE assessments SET updated_at = ? WHERE id = ?", (now(), assessment_id)
        )
        return True

    def update_assessment(self, assessment_id: int, **changes: Any) -> None:
        """Change assessor, role, method or date of a draft assessment."""
        candidate, status = self.status(assessment_id)
        if status == "final":
            raise AssessmentFinal(Message("db.assessment_final", {"id": assessment_id}))
        row = self.conn.execute(
            "SELECT assessor, assessor_role, method, date FROM assessments WHERE id = ?",
            (assessment_id,),
        ).fetchone()
        old = dict(zip(_HEAD_FIELDS, row, strict=True))
        new = {
            **old,
            **{k: v.isoformat() if isinstance(v, date) else v for k, v in changes.items()},
        }
        clash = self.conn.execute(
            "SELECT 1 FROM assessments WHERE candidate = ? AND assessor = ? AND date = ? "
            "AND method = ? AND id != ?",
            (candidate, new["assessor"], new["date"], new["method"], assessment_id),
        ).fetchone()
        if clash:
            raise StorageError(
                Message(
                    "db.duplicate_assessment",
                    {
                        "candidate": candidate,
                        "assessor": new["assessor"],
                        "date": new["date"],
                        "method": new["method"],
                    },
                )
            )
        for key, value in changes.items():
            if key not in _HEAD_FIELDS:
                raise ValueError(key)
            value = value.isoformat() if isinstance(value, date) else value
            if old[key] != value:
                self.conn.execute(
                    f"UPDATE assessments SET {key} = ?, updated_at = ? WHERE id = ?",
                    (value, now(), assessment_id),
                )
                self._log(candidate, "assessment", str(assessment_id), key, old[key], value)
                if key == "assessor":  # another name may be another person
                    self.link_assessor(assessment_id, value)

    def set_assessor_role(self, assessment_id: int, role: str) -> None:
        """The assessor's role, which stays editable on a final assessment (it is not a rating)."""
        candidate, _ = self.status(assessment_id)
        (old,) = self.conn.execute(
            "SELECT assessor_role FROM assessments WHERE id = ?", (assessment_id,)
        ).fetchone()
        if old != role:
            self.conn.execute(
                "UPDATE assessments SET assessor_role = ? WHERE id = ?", (role, assessment_id)
            )
            self._log(candidate, "assessment", str(assessment_id), "assessor_role", old, role)

    def set_status(self, assessment_id: int, status: str, reason: str | None = None) -> None:
        """Finalise (or reopen, with its reason recorded)."""
        candidate, old = self.status(assessment_id)
        if old == status:
            return
        self.conn.execute(
            "UPDATE assessments SET status = ?, updated_at = ? WHERE id = ?",
            (status, now(), assessment_id),
        )
        new: Any = status if reason is None else {"status": status, "reason": reason}
        self._log(candidate, "assessment", str(assessment_id), "status", old, new)

    def delete_assessment(self, assessment_id: int, reason: str = "") -> None:
        """A draft is deleted; a final assessment only when withdrawn with a reason (recorded as
        a reopening, then the deletion). Its ratings go with it; the history keeps who assessed
        it, how, when and why it went."""
        candidate, status = self.status(assessment_id)
        if status == "final":
            if not reason.strip():
                raise AssessmentFinal(Message("db.assessment_final", {"id": assessment_id}))
            self.set_status(assessment_id, "draft", reason.strip())
        head = self.conn.execute(
            "SELECT assessor, method, date FROM assessments WHERE id = ?", (assessment_id,)
        ).fetchone()
        self.conn.execute("DELETE FROM assessments WHERE id = ?", (assessment_id,))
        gone = {"assessor": head[0], "method": head[1], "date": head[2]}
        if reason.strip():
            gone["reason"] = reason.strip()
        self._log(candidate, "assessment", str(assessment_id), "*", "deleted", gone)
