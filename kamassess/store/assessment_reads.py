"""The assessments' reads, part of the Store: with their ratings, with their levels only (for
scoring many candidates), by id and by key, in SQL both engines run."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from kamassess.i18n.messages import Message
from kamassess.model import Assessment, Rating
from kamassess.store.errors import NotFound
from kamassess.store.writer import find_assessment_id

if TYPE_CHECKING:
    from kamassess.store.base import Connection


class AssessmentReads:
    """Mixed into Store."""

    conn: Connection

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
                f"SELECT {_HEAD} FROM assessments a {clause} ORDER BY a.date, a.id", params
            )
        )
        if not heads:
            return []
        ratings: dict[int, list[Rating]] = {h[0]: [] for h in heads}
        found = self.conn.execute(
            "SELECT r.assessment, r.competency, r.level, r.evidence FROM ratings r "
            f"JOIN assessments a ON a.id = r.assessment {clause} "
            "ORDER BY r.assessment, r.competency",
            params,
        )
        for aid, comp, level, text in found:
            if aid in ratings:
                ratings[aid].append(Rating(comp, level, text))
        return [_assessment(h, tuple(ratings[h[0]])) for h in heads]

    def assessment_levels(
        self, *, include_drafts: bool = True, candidates: Sequence[str] | None = None
    ) -> list[tuple[Assessment, dict[str, int | None]]]:
        """Every assessment (without its ratings) and its levels by competency, for scoring
        many candidates: one pass over the ratings, no per-rating objects. candidates: only
        theirs (a share of a batch scored in another process), asked for 500 at a time (SQLite
        takes at most 999 parameters in a statement on older builds)."""
        if candidates is None:
            return self._levels(include_drafts, None)
        out = []
        for start in range(0, len(candidates), 500):
            out.extend(self._levels(include_drafts, candidates[start : start + 500]))
        return out

    def _levels(
        self, include_drafts: bool, candidates: Sequence[str] | None
    ) -> list[tuple[Assessment, dict[str, int | None]]]:
        conditions: list[str] = [] if include_drafts else ["a.status = 'final'"]
        params: list[str] = []
        if candidates is not None:
            conditions.append(f"a.candidate IN ({', '.join('?' * len(candidates))})")
            params.extend(candidates)
        clause = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        heads = self.conn.execute(
            f"SELECT {_HEAD} FROM assessments a {clause} ORDER BY a.date, a.id", params
        )
        levels: dict[int, dict[str, int | None]] = {}
        out = []
        for h in heads:
            held: dict[str, int | None] = {}
            levels[h[0]] = held
            out.append((_assessment(h, ()), held))
        found = (
            self.conn.execute("SELECT assessment, competency, level FROM ratings")
            if candidates is None
            else self.conn.execute(
                "SELECT r.assessment, r.competency, r.level FROM ratings r "
                f"JOIN assessments a ON a.id = r.assessment {clause}",
                params,
            )
        )
        for aid, comp, level in found:
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
        found = self.conn.execute(
            "SELECT candidate, assessor, date, method, id, status, assessor_role FROM assessments"
        )
        return {(c, a, d, m): (int(i), s, r) for c, a, d, m, i, s, r in found}

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
        return find_assessment_id(self.conn, candidate, assessor, day, method)


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
        assessor_id=None if head[8] is None else int(head[8]),
        recommendation=head[9],
        recommendation_reason=head[10],
    )
