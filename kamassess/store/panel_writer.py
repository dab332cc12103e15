"""The panel's writes, part of every Writer: the assessors' registry, each assessor's own overall
recommendation, and the consensus a debrief records (with their history, as every write)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

from kamassess.i18n.messages import Message
from kamassess.model import RECOMMENDATIONS, person_key
from kamassess.store.errors import AssessmentFinal, NotFound, StorageError

if TYPE_CHECKING:
    from kamassess.store.base import Connection


class _Writing(Protocol):
    """What the panel's writes use of the Writer they are part of."""

    conn: Connection
    lock: str
    actor: str

    def _log(
        self, candidate: str, entity: str, key: str, field: str, old: Any, new: Any
    ) -> None: ...

    def status(self, assessment_id: int) -> tuple[str, str]: ...

    def ensure_assessor(self, name: str, uid: str | None = None) -> int: ...


def _now() -> str:
    from kamassess.store.writer import now

    return now()


class PanelWriter:
    """Mixed into Writer: the same transaction, the same actor."""

    def ensure_assessor(self: _Writing, name: str, uid: str | None = None) -> int:
        """The registry's id of a person: by their `uid` when one is given and known here,
        else by name (compared without case or extra spaces); a new person is added under
        `uid` (or a new one). A name is never taken from a file over the one kept here."""
        if uid is not None:
            row = self.conn.execute("SELECT id FROM assessors WHERE uid = ?", (uid,)).fetchone()
            if row is not None:
                return int(row[0])
        key = person_key(name)
        row = self.conn.execute("SELECT id FROM assessors WHERE name_key = ?", (key,)).fetchone()
        if row is not None:
            return int(row[0])
        # Another user of a server may register the same person meanwhile: theirs is kept.
        made = self.conn.execute(
            "INSERT INTO assessors (uid, name, name_key, created_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT DO NOTHING RETURNING id",
            (uid or uuid.uuid4().hex, " ".join(name.split()), key, _now()),
        ).fetchone()
        if made is None:
            made = self.conn.execute(
                "SELECT id FROM assessors WHERE name_key = ?", (key,)
            ).fetchone()
        return int(made[0])

    def link_assessor(
        self: _Writing, assessment_id: int, name: str, uid: str | None = None
    ) -> None:
        """Point an assessment at the registry's person for `name` (or `uid`)."""
        person = self.ensure_assessor(name, uid)
        self.conn.execute(
            "UPDATE assessments SET assessor_id = ? WHERE id = ? AND "
            "(assessor_id IS NULL OR assessor_id != ?)",
            (person, assessment_id, person),
        )

    def set_recommendation(
        self: _Writing, assessment_id: int, recommendation: str | None, reason: str
    ) -> bool:
        """The assessor's overall recommendation and its reason; False when it was already so.
        A final assessment refuses the change, as it refuses new ratings."""
        if recommendation is not None and recommendation not in RECOMMENDATIONS:
            raise ValueError(recommendation)
        candidate, status = self.status(assessment_id)
        old = self.conn.execute(
            "SELECT recommendation, recommendation_reason FROM assessments WHERE id = ?",
            (assessment_id,),
        ).fetchone()
        if (old[0], old[1]) == (recommendation, reason):
            return False
        if status == "final":
            raise AssessmentFinal(Message("db.assessment_final", {"id": assessment_id}))
        self.conn.execute(
            "UPDATE assessments SET recommendation = ?, recommendation_reason = ?, "
            "updated_at = ? WHERE id = ?",
            (recommendation, reason, _now(), assessment_id),
        )
        key = str(assessment_id)
        if old[0] != recommendation:
            self._log(candidate, "assessment", key, "recommendation", old[0], recommendation)
        if old[1] != reason:
            self._log(candidate, "assessment", key, "recommendation_reason", old[1], reason)
        return True

    def set_consensus(
        self: _Writing,
        candidate: str,
        competency: str,
        level: int,
        note: str,
        day: date,
        moderator: str | None = None,
    ) -> str:
        """Record the level agreed at a debrief: 'added', 'updated' or 'unchanged'. The
        moderator is the actor unless named (a bundle carries its own). The assessors' ratings
        are not touched."""
        moderator = self.actor if moderator is None else moderator
        if (
            self.conn.execute("SELECT 1 FROM candidates WHERE id = ?", (candidate,)).fetchone()
            is None
        ):
            raise NotFound(Message("db.no_candidate", {"id": candidate}))
        if not moderator.strip():
            raise StorageError(Message("panel.no_moderator"))
        old = self.conn.execute(
            "SELECT level, note, day, moderator FROM consensus "
            "WHERE candidate = ? AND competency = ?",
            (candidate, competency),
        ).fetchone()
        new = (level, note, day.isoformat(), moderator)
        if old is not None and tuple(old) == new:
            return "unchanged"
        self.conn.execute(
            "INSERT INTO consensus (candidate, competency, level, note, moderator, day, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (candidate, competency) DO "
            "UPDATE SET level = excluded.level, note = excluded.note, "
            "moderator = excluded.moderator, day = excluded.day, updated_at = excluded.updated_at",
            (candidate, competency, level, note, moderator, day.isoformat(), _now()),
        )
        names = ("level", "note", "day", "moderator")
        before = None if old is None else dict(zip(names, old, strict=True))
        self._log(
            candidate, "consensus", competency, "*", before, dict(zip(names, new, strict=True))
        )
        return "added" if old is None else "updated"

    def clear_consensus(self: _Writing, candidate: str, competency: str) -> bool:
        """Take a recorded consensus back (the mean of the ratings counts again)."""
        old = self.conn.execute(
            "SELECT level, note, day FROM consensus WHERE candidate = ? AND competency = ?",
            (candidate, competency),
        ).fetchone()
        if old is None:
            return False
        self.conn.execute(
            "DELETE FROM consensus WHERE candidate = ? AND competency = ?", (candidate, competency)
        )
        self._log(
            candidate,
            "consensus",
            competency,
            "*",
            {"level": old[0], "note": old[1], "day": old[2]},
            None,
        )
        return True
