"""The pool calibration reads: final assessments' own ratings (never the consensus), one per
person and candidate×competency unit, on the scale of the framework in use."""

from __future__ import annotations

from dataclasses import dataclass

from kamassess.analysis.calibration import Calibration, Rating, calibrate
from kamassess.framework.model import Framework
from kamassess.scoring.evaluation import FrameworkCache
from kamassess.store.base import Store


@dataclass(frozen=True)
class Pool:
    """The ratings calibration counts, and what it left out and why."""

    ratings: tuple[Rating, ...]
    levels: tuple[int, ...]
    profile: str | None  # candidates of this target profile, its competencies; None: everyone
    assessments: int  # final assessments counted
    other_scale: int  # final assessments made under a framework version with another scale
    repeated: int  # a person's earlier rating of a unit they rated again by another method


@dataclass(frozen=True)
class CalibrationRun:
    pool: Pool
    calibration: Calibration


def pool(store: Store, current: Framework, profile: str | None = None) -> Pool:
    """Final ratings by person and unit. When one person rated a unit more than once (an
    interview and a work sample, say), their latest rating counts — by date, then the order
    entered — and the earlier one is counted in `repeated`: alpha needs one value per person and
    unit, and a mean of two levels would be no level of the scale (nominal alpha has no use
    for 3.5)."""
    cache = FrameworkCache(store, current)
    levels = current.levels
    wanted: set[str] | None = None
    if profile is not None:
        wanted = {t.competency for t in current.profile(profile).targets}
        candidates = {c.id for c in store.candidates() if c.profile == profile}
    names = {a.id: a.name for a in store.assessors()}
    latest: dict[tuple[tuple[str, str], str], int] = {}
    counted = other_scale = repeated = 0
    scale_of: dict[str, bool] = {}
    # Oldest first (by date, then id): a later rating of the same unit by the same person wins.
    for a, given in store.assessment_levels(include_drafts=False):
        if profile is not None and a.candidate not in candidates:
            continue
        same = scale_of.get(a.framework_hash)
        if same is None:
            same = scale_of[a.framework_hash] = cache.get(a.framework_hash).levels == levels
        if not same:
            other_scale += 1
            continue
        counted += 1
        rater = names.get(a.assessor_id, a.assessor) if a.assessor_id is not None else a.assessor
        for comp, level in given.items():
            if level is None or (wanted is not None and comp not in wanted):
                continue
            key = ((a.candidate, comp), rater)
            if key in latest:
                repeated += 1
            latest[key] = level
    ratings = tuple(Rating(unit, rater, level) for (unit, rater), level in latest.items())
    return Pool(ratings, levels, profile, counted, other_scale, repeated)


def run(
    store: Store, current: Framework, profile: str | None = None, **floors: int
) -> CalibrationRun:
    """Calibrate the pool (numpy and krippendorff load here, not at start-up)."""
    found = pool(store, current, profile)
    return CalibrationRun(found, calibrate(found.ratings, found.levels, **floors))
