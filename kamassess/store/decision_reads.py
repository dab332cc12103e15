"""The Store's reads of decisions and outcomes, and their single writes in the user's name."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from kamassess.decisions.model import Decision, OutcomeRecord
from kamassess.store.decision_writer import decision_from_row, outcome_from_row
from kamassess.store.writer import Writer

if TYPE_CHECKING:
    from kamassess.store.base import Connection, Cursor


def _rows(cur: Cursor) -> Iterator[dict[str, Any]]:
    names = [d[0] for d in cur.description]
    for row in cur:
        yield dict(zip(names, row, strict=True))


class DecisionReads:
    """Mixed into Store (`conn` and `write` are the Store's)."""

    conn: Connection

    def write(self, actor: str = "") -> AbstractContextManager[Writer]:
        raise NotImplementedError  # pragma: no cover - the Store's own

    def decision(self, candidate_id: str) -> Decision | None:
        cur = self.conn.execute("SELECT * FROM decisions WHERE candidate = ?", (candidate_id,))
        return next((decision_from_row(r) for r in _rows(cur)), None)

    def decisions(self) -> dict[str, Decision]:
        """Every recorded decision by candidate id."""
        cur = self.conn.execute("SELECT * FROM decisions")
        return {r["candidate"]: decision_from_row(r) for r in _rows(cur)}

    def outcome(self, candidate_id: str) -> OutcomeRecord | None:
        cur = self.conn.execute("SELECT * FROM outcomes WHERE candidate = ?", (candidate_id,))
        return next((outcome_from_row(r) for r in _rows(cur)), None)

    def outcomes(self) -> dict[str, OutcomeRecord]:
        """Every recorded outcome by candidate id."""
        cur = self.conn.execute("SELECT * FROM outcomes")
        return {r["candidate"]: outcome_from_row(r) for r in _rows(cur)}

    def set_decision(self, decision: Decision, actor: str) -> str:
        with self.write(actor) as w:
            return w.set_decision(decision)

    def set_outcome(self, outcome: OutcomeRecord, actor: str) -> str:
        with self.write(actor) as w:
            return w.set_outcome(outcome)
