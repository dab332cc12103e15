"""The Writer's part for decisions and outcomes: one row each per candidate, every changed field
in the history (entity "decision" or "outcome"), as for the candidate's own facts."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import TYPE_CHECKING, Any

from kamassess.decisions.model import Decision, OutcomeRecord
from kamassess.i18n.messages import Message
from kamassess.store.errors import NotFound

if TYPE_CHECKING:
    from kamassess.store.base import Connection

_BOOLS = ("probation_passed", "left_12m")


def decision_from_row(row: dict[str, Any]) -> Decision:
    return Decision(
        candidate=row["candidate"],
        decision=row["decision"],
        date=date.fromisoformat(row["date"]),
        decided_by=row["decided_by"],
        conditions=row["conditions"],
        salary_offered=row["salary_offered"],
    )


def outcome_from_row(row: dict[str, Any]) -> OutcomeRecord:
    data = {k: row[k] for k in OUTCOME_COLUMNS}
    for name in _BOOLS:
        if data[name] is not None:
            data[name] = bool(data[name])
    if data["probation_date"] is not None:
        data["probation_date"] = date.fromisoformat(data["probation_date"])
    return OutcomeRecord(candidate=row["candidate"], **data)


OUTCOME_COLUMNS = (
    "probation_passed",
    "probation_date",
    "performance_6m",
    "performance_6m_by",
    "performance_12m",
    "performance_12m_by",
    "left_12m",
    "left_reason",
)


def _stored(record: Decision | OutcomeRecord) -> dict[str, Any]:
    """The record as stored and logged: dates as YYYY-MM-DD, the candidate left out."""
    row = asdict(record)
    del row["candidate"]
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in row.items()}


class DecisionWrites:
    """Mixed into Writer: `conn`, `_log` and the transaction are the Writer's."""

    conn: Connection
    lock: str  # the Writer's: what locks a row about to change (PostgreSQL)

    def _log(self, candidate: str, entity: str, key: str, field: str, old: Any, new: Any) -> None:
        raise NotImplementedError  # pragma: no cover - the Writer's own

    def _upsert(self, table: str, candidate: str, new: dict[str, Any]) -> str:
        exists = self.conn.execute("SELECT 1 FROM candidates WHERE id = ?", (candidate,))
        if exists.fetchone() is None:
            raise NotFound(Message("db.no_candidate", {"id": candidate}))
        from kamassess.store.writer import now

        cur = self.conn.execute(
            f"SELECT * FROM {table} WHERE candidate = ?{self.lock}", (candidate,)
        )
        names = [d[0] for d in cur.description]
        found = cur.fetchone()
        entity = table.rstrip("s")
        if found is None:
            cols = ", ".join(new)
            marks = ", ".join("?" for _ in new)
            self.conn.execute(
                f"INSERT INTO {table} (candidate, {cols}, updated_at) VALUES (?, {marks}, ?)",
                [candidate, *new.values(), now()],
            )
            given = {k: v for k, v in new.items() if v is not None and v != ""}
            self._log(candidate, entity, candidate, "*", None, given)
            return "added"
        old = dict(zip(names, found, strict=True))
        changed = {k: v for k, v in new.items() if old[k] != v}
        if not changed:
            return "unchanged"
        sets = ", ".join(f"{k} = ?" for k in changed)
        self.conn.execute(
            f"UPDATE {table} SET {sets}, updated_at = ? WHERE candidate = ?",
            [*changed.values(), now(), candidate],
        )
        for key, value in changed.items():
            self._log(candidate, entity, candidate, key, old[key], value)
        return "updated"

    def set_decision(self, decision: Decision) -> str:
        """Record (or change) the decision; 'added', 'updated' or 'unchanged'."""
        return self._upsert("decisions", decision.candidate, _stored(decision))

    def set_outcome(self, outcome: OutcomeRecord) -> str:
        """Record (or change) the outcomes; 'added', 'updated' or 'unchanged'."""
        # flags go as booleans: SQLite keeps 1/0, PostgreSQL a BOOLEAN
        return self._upsert("outcomes", outcome.candidate, _stored(outcome))
