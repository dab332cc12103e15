"""Comparing candidates against one profile: who can be ranked with whom (tiers), the places
given by fit, and places shared where ranges overlap or fits are too close to tell apart."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kamassess.scoring.fit import ScoreResult

COMPARE_MAX = 6  # candidates in one comparison


def ranges_overlap(a: ScoreResult, b: ScoreResult) -> bool:
    """Whether two candidates' fit ranges overlap."""
    if a.fit_range is None or b.fit_range is None:
        return False
    return a.fit_range[0] <= b.fit_range[1] and b.fit_range[0] <= a.fit_range[1]


@dataclass(frozen=True)
class Ranked:
    """A place in a comparison; `tied_with_previous` when it shares the place of the row above
    (its group's first member is within reach: ranges overlap or fits are close)."""

    result: ScoreResult
    place: int
    tied_with_previous: bool


def tier(result: ScoreResult) -> int:
    """Who can be ranked with whom: verdicts from the bands first, then candidates awaiting a
    consensus, then confirmed knock-outs, then insufficient evidence, then the unassessed."""
    if result.fit is None or result.verdict is None:
        return 4
    return {"needs_consensus": 1, "insufficient_evidence": 3}.get(
        result.verdict, 2 if result.reason.code == "knockout" else 0
    )


def rank(results: Sequence[ScoreResult], meaningful_difference: float = 5.0) -> list[Ranked]:
    """Order by tier, then fit. A candidate shares the place of its group's first member when
    their ranges overlap or their fits differ by less than `meaningful_difference`; groups
    are anchored at their first member, so they never chain. Only results against one profile
    can be ranked together."""
    profiles = {r.profile for r in results}
    if len(profiles) > 1:
        raise ValueError(f"candidates scored against different profiles: {sorted(profiles)}")
    ordered = sorted(results, key=lambda r: (tier(r), -(r.fit if r.fit is not None else -1.0)))
    out: list[Ranked] = []
    anchor: ScoreResult | None = None
    for i, res in enumerate(ordered):
        tied = (
            anchor is not None
            and tier(anchor) == tier(res)
            and anchor.fit is not None
            and res.fit is not None
            and (ranges_overlap(anchor, res) or abs(anchor.fit - res.fit) < meaningful_difference)
        )
        if not tied:
            anchor = res
        out.append(Ranked(res, out[-1].place if tied else i + 1, tied))
    return out
