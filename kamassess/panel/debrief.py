"""The consensus meeting: every final rating of a candidate with its evidence side by side, the
competencies the assessors disagree on most first, and the consensus recorded so far."""

from __future__ import annotations

from dataclasses import dataclass
from statistics import pstdev

from kamassess.model import Assessment, Consensus, Rating
from kamassess.scoring.evaluation import Evaluation

MIN_PEOPLE = 2  # a debrief needs two or more assessors who have finalised


@dataclass(frozen=True)
class DebriefRow:
    """One competency at the debrief."""

    competency: str
    ratings: tuple[tuple[Assessment, Rating | None], ...]  # each final assessment's rating
    spread: int | None  # highest − lowest level given (None: no one gave a level)
    split: bool  # a knock-out the assessors fall on both sides of: it needs a consensus
    disagreement: bool  # levels `disagreement_levels` or more apart
    consensus: Consensus | None


@dataclass(frozen=True)
class Debrief:
    """A candidate's final assessments, scored with the consensus recorded so far."""

    evaluation: Evaluation
    rows: tuple[DebriefRow, ...]  # split knock-outs first, then by spread, then framework order
    people: int  # distinct assessors with a final assessment

    @property
    def ready(self) -> bool:
        return self.people >= MIN_PEOPLE

    @property
    def assessments(self) -> tuple[Assessment, ...]:
        return self.evaluation.assessments

    def row(self, competency: str) -> DebriefRow:
        return next(r for r in self.rows if r.competency == competency)


def debrief(ev: Evaluation, recorded: dict[str, Consensus]) -> Debrief:
    """The debrief of an evaluation of final assessments (`recorded`: consensus by competency).

    A knock-out split by the assessors ("needs consensus") comes first whether or not it has
    been resolved, so the meeting sees it; then the widest spread of levels, the larger standard
    deviation on ties, then the framework's order."""
    finals = [a for a in ev.assessments if a.status == "final"]
    rows = []
    for i, cs in enumerate(ev.result.competencies):
        ratings = tuple(
            (a, next((r for r in a.ratings if r.competency == cs.competency), None)) for a in finals
        )
        levels = cs.levels
        split = (
            cs.minimum is not None
            and bool(levels)
            and levels[0] < cs.minimum <= levels[-1]
            and sum(levels) / len(levels) < cs.minimum
        )
        spread = levels[-1] - levels[0] if levels else None
        row = DebriefRow(
            cs.competency,
            ratings,
            spread,
            split,
            cs.disagreement,
            recorded.get(cs.competency),
        )
        key = (not split, -(spread if spread is not None else -1), -_sd(levels), i)
        rows.append((key, row))
    rows.sort(key=lambda kv: kv[0])
    return Debrief(ev, tuple(r for _, r in rows), len({a.person for a in finals}))


def _sd(levels: tuple[int, ...]) -> float:
    return pstdev(levels) if len(levels) >= 2 else 0.0
