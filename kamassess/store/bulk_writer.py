"""The Writer's bulk writes: an import's thousands of new rows in a handful of statements (each
creation still in the history, as one by one), and `migrate --to`'s verbatim copies."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date
from typing import TYPE_CHECKING, Any

from kamassess.framework.model import Framework
from kamassess.model import Candidate
from kamassess.store.rows import DATE_FIELDS, encode, now, public

if TYPE_CHECKING:
    from kamassess.store.base import Connection


@dataclass(frozen=True)
class NewAssessment:
    """An assessment to add in bulk (an import): its head, ratings, and whether it is final."""

    candidate: str
    assessor: str
    role: str
    method: str
    day: date
    ratings: dict[str, tuple[int | None, str]]
    final: bool
    assessor_uid: str | None = None  # the person's id in the registry a bundle carries
    recommendation: str | None = None
    recommendation_reason: str = ""


class BulkWrites:
    """Mixed into Writer: the same transaction, the same actor."""

    conn: Connection
    actor: str
    new_ids: str

    def remember_framework(self, fw: Framework) -> str:
        raise NotImplementedError  # the Writer's

    def ensure_assessor(self, name: str, uid: str | None = None) -> int:
        raise NotImplementedError  # PanelWriter's

    def add_new_candidates(self, cands: Sequence[Candidate]) -> None:
        """Candidates known to be new (the caller checked), in one statement each for the rows
        and their history: an import of thousands does no per-row work in SQL."""
        if not cands:
            return
        stamp = now()
        cols = [f.name for f in fields(Candidate)]
        rows = [{name: getattr(c, name) for name in cols} for c in cands]  # asdict deep-copies
        for row in rows:
            for name in DATE_FIELDS:  # stored (and in the history) as YYYY-MM-DD text
                if row[name] is not None:
                    row[name] = row[name].isoformat()
        quoted = ", ".join(f'"{k}"' for k in cols)  # current_role is a keyword in PostgreSQL
        self.conn.executemany(
            f"INSERT INTO candidates ({quoted}, created_at, updated_at) "
            f"VALUES ({', '.join('?' for _ in cols)}, ?, ?)",
            [[*r.values(), stamp, stamp] for r in rows],
        )
        self._log_many(
            (c.id, "candidate", c.id, "*", None, public(r))
            for c, r in zip(cands, rows, strict=True)
        )

    def _log_many(self, entries: Iterable[tuple[str, str, str, str, Any, Any]]) -> None:
        stamp = now()
        self.conn.executemany(
            "INSERT INTO history (candidate, entity, entity_key, field, old, new, actor, at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (cand, entity, key, field, encode(old), encode(new), self.actor, stamp)
                for cand, entity, key, field, old, new in entries
            ],
        )

    def add_new_assessments(
        self, items: Sequence[NewAssessment], framework: Framework
    ) -> list[int]:
        """Assessments known to be new (no clash with stored ones; the caller checked), with
        their ratings, in a handful of statements: heads as drafts, ratings, then the final ones
        finalised — each creation and finalisation in the history, as one by one."""
        if not items:
            return []
        fhash = self.remember_framework(framework)
        stamp = now()
        ids = self._fresh_ids("assessments", len(items))
        people: dict[tuple[str, str | None], int] = {}  # a few people rate thousands
        for a in items:
            who = (a.assessor, a.assessor_uid)
            if who not in people:
                people[who] = self.ensure_assessor(*who)
        self.conn.executemany(
            "INSERT INTO assessments (id, candidate, assessor, assessor_role, method, date, "
            "status, framework_hash, created_at, updated_at, assessor_id, recommendation, "
            "recommendation_reason) VALUES (?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?)",
            [
                (
                    aid,
                    a.candidate,
                    a.assessor,
                    a.role,
                    a.method,
                    a.day.isoformat(),
                    fhash,
                    stamp,
                    stamp,
                    people[a.assessor, a.assessor_uid],
                    a.recommendation,
                    a.recommendation_reason,
                )
                for aid, a in zip(ids, items, strict=True)
            ],
        )
        self.conn.executemany(
            "INSERT INTO ratings (assessment, competency, level, evidence, updated_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (aid, comp, level, evidence, stamp)
                for aid, a in zip(ids, items, strict=True)
                for comp, (level, evidence) in a.ratings.items()
            ],
        )
        version = f"{framework.id} {framework.version}"
        self._log_many(
            (
                a.candidate,
                "assessment",
                str(aid),
                "*",
                None,
                {
                    "assessor": a.assessor,
                    "assessor_role": a.role,
                    "method": a.method,
                    "date": a.day.isoformat(),
                    "framework": version,
                },
            )
            for aid, a in zip(ids, items, strict=True)
        )
        # The recommendation as set_recommendation writes it into the history, one by one.
        self._log_many(
            (a.candidate, "assessment", str(aid), field, old, new)
            for aid, a in zip(ids, items, strict=True)
            for field, old, new in (
                ("recommendation", None, a.recommendation),
                ("recommendation_reason", "", a.recommendation_reason),
            )
            if old != new
        )
        final = [(aid, a) for aid, a in zip(ids, items, strict=True) if a.final]
        self.conn.executemany(
            "UPDATE assessments SET status = 'final' WHERE id = ?", [(aid,) for aid, _ in final]
        )
        self._log_many(
            (a.candidate, "assessment", str(aid), "status", "draft", "final") for aid, a in final
        )
        return ids

    def _fresh_ids(self, table: str, n: int) -> list[int]:
        """n ids for new rows of table, ascending: from the server's sequence, which other
        users' transactions draw on too, or after the highest id in the file."""
        if self.new_ids:
            cur = self.conn.execute(self.new_ids.format(table=table), (n,))
            return sorted(int(r[0]) for r in cur)
        (top,) = self.conn.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()
        return list(range(int(top) + 1, int(top) + 1 + n))

    def copy_rows(self, table: str, columns: Sequence[str], values: Iterable[Sequence[Any]]) -> int:
        """Rows copied verbatim from another database (`migrate --to`): ids, times and the
        history as they were; nothing is logged again, since the history comes along whole."""
        marks = ", ".join("?" for _ in columns)
        batch = [tuple(v) for v in values]
        if batch:
            self.conn.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", batch
            )
        return len(batch)
