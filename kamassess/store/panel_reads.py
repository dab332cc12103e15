"""The panel's reads, part of the Store: the assessors' registry, recorded consensus, and whose
drafts are open where (for blind rating)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Protocol

from kamassess.i18n.messages import Message
from kamassess.model import Assessor, Consensus, person_key
from kamassess.store.errors import NotFound

if TYPE_CHECKING:
    from kamassess.store.base import Connection


class _Reading(Protocol):
    @property
    def conn(self) -> Connection: ...


def _consensus(row: tuple[str, str, int, str, str, str]) -> Consensus:
    cand, comp, level, note, moderator, day = row
    return Consensus(cand, comp, int(level), note, moderator, date.fromisoformat(day))


_CONSENSUS = "SELECT candidate, competency, level, note, moderator, day FROM consensus"


class PanelReads:
    """Mixed into Store."""

    def assessors(self: _Reading) -> list[Assessor]:
        """Everyone in the registry, by name."""
        rows = self.conn.execute("SELECT id, uid, name FROM assessors ORDER BY name_key, id")
        return [Assessor(int(i), str(u), str(n)) for i, u, n in rows]

    def assessor(self: _Reading, assessor_id: int) -> Assessor:
        row = self.conn.execute(
            "SELECT id, uid, name FROM assessors WHERE id = ?", (assessor_id,)
        ).fetchone()
        if row is None:
            raise NotFound(Message("panel.no_assessor", {"id": assessor_id}))
        return Assessor(int(row[0]), str(row[1]), str(row[2]))

    def find_assessor(self: _Reading, name: str) -> Assessor | None:
        """The person a name is (compared without case or extra spaces), if registered."""
        row = self.conn.execute(
            "SELECT id, uid, name FROM assessors WHERE name_key = ?", (person_key(name),)
        ).fetchone()
        return None if row is None else Assessor(int(row[0]), str(row[1]), str(row[2]))

    def consensus(self: _Reading, candidate_id: str) -> dict[str, Consensus]:
        """The consensus recorded for a candidate, by competency."""
        rows = self.conn.execute(f"{_CONSENSUS} WHERE candidate = ?", (candidate_id,))
        return {r[1]: _consensus(r) for r in rows}

    def all_consensus(self: _Reading) -> dict[str, dict[str, Consensus]]:
        """Every recorded consensus: candidate -> competency -> consensus (one query)."""
        out: dict[str, dict[str, Consensus]] = defaultdict(dict)
        for row in self.conn.execute(_CONSENSUS):
            out[row[0]][row[1]] = _consensus(row)
        return dict(out)

    def recommendations_of(self: _Reading, ids: Iterable[int]) -> dict[int, tuple[str | None, str]]:
        """The recommendation and its reason of the given assessments, in one query (what a
        re-import compares, beside their ratings)."""
        wanted = set(ids)
        if not wanted:
            return {}
        rows = self.conn.execute(
            "SELECT id, recommendation, recommendation_reason FROM assessments"
        )
        return {int(i): (r, str(why)) for i, r, why in rows if i in wanted}

    def draft_candidates(self: _Reading, assessor_id: int) -> set[str]:
        """Candidates on whom this person has a draft assessment open."""
        rows = self.conn.execute(
            "SELECT DISTINCT candidate FROM assessments WHERE assessor_id = ? AND status = 'draft'",
            (assessor_id,),
        )
        return {str(r[0]) for r in rows}
