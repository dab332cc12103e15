"""The raters behind a score: each assessment's levels and the person who made it, so that two
assessments by one person count as one rater, and plain level mappings as people of their own."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from kamassess.model import person_key

# One rater's levels: competency id -> level, or None for "no evidence".
RaterLevels = Mapping[str, int | None]


@dataclass(frozen=True)
class Rater:
    """One assessment's levels and the person who made it (two assessments by one person
    count as one rater). `person` is any stable key: stored assessments give the assessors'
    registry id (`Assessment.person`); `named` makes one from a name alone."""

    person: str
    levels: RaterLevels

    @classmethod
    def named(cls, assessor: str, levels: RaterLevels) -> Rater:
        return cls(person_key(assessor), levels)


def as_raters(raters: Sequence[RaterLevels | Rater]) -> list[Rater]:
    """Plain level mappings are anonymous: each one is a person of its own."""
    return [
        r if isinstance(r, Rater) else Rater(f"\x00anonymous {i}", r) for i, r in enumerate(raters)
    ]
