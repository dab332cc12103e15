"""What the rating form shows an assessor beside a level while they rate: a level far from the
target, or an extreme one with no evidence written for it. Allowed, never part of the score."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class RatingFlags:
    """Allowed, but shown to the assessor: a level far from the target, an extreme level
    (the scale's lowest or highest) with no evidence written for it."""

    distance: int  # levels from the target, when at least `far`; else 0
    extreme_without_evidence: bool


def rating_flags(
    level: int | None, target: int, evidence: str, levels: Sequence[int], far: int = 2
) -> RatingFlags:
    if level is None:
        return RatingFlags(0, False)
    distance = abs(level - target)
    extreme = level in (min(levels), max(levels))
    return RatingFlags(distance if distance >= far else 0, extreme and not evidence.strip())
