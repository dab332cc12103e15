"""Mechanical, explainable scoring: per-competency aggregates, fit, coverage, knock-outs, gaps."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from kamassess.framework.model import Framework, Profile

Verdict = Literal["recommend", "conditional", "not_recommended"]
VERDICTS: tuple[Verdict, ...] = ("recommend", "conditional", "not_recommended")
COVERAGE_COMPLETE = 0.8
COMPARE_MAX = 6  # candidates in one comparison
DISAGREEMENT_LEVELS = 2

# One rater's levels: competency id -> level, or None for "no evidence".
RaterLevels = Mapping[str, int | None]


@dataclass(frozen=True)
class CompetencyScore:
    """One competency of a profile: the raters' aggregate against the target."""

    competency: str
    group: str
    target: int
    weight: float
    minimum: int | None
    levels: tuple[int, ...]  # every rater's level, sorted (no-evidence ratings left out)
    # Derived from levels once, by `of` (read many times by fit, range, gaps and the views):
    score: float | None = field(default=None, compare=False)
    low: int | None = field(default=None, compare=False)
    high: int | None = field(default=None, compare=False)

    @classmethod
    def of(
        cls,
        competency: str,
        group: str,
        target: int,
        weight: float,
        minimum: int | None,
        levels: tuple[int, ...],
    ) -> CompetencyScore:
        """levels must be sorted."""
        if not levels:
            return cls(competency, group, target, weight, minimum, levels)
        return cls(
            competency,
            group,
            target,
            weight,
            minimum,
            levels,
            sum(levels) / len(levels),
            levels[0],
            levels[-1],
        )

    @property
    def raters(self) -> int:
        return len(self.levels)

    @property
    def gap(self) -> float | None:
        s = self.score
        return None if s is None else max(0.0, self.target - s)

    @property
    def weighted_gap(self) -> float | None:
        g = self.gap
        return None if g is None else g * self.weight

    @property
    def knocked_out(self) -> bool:
        s = self.score
        return self.minimum is not None and s is not None and s < self.minimum

    @property
    def disagreement(self) -> bool:
        return bool(self.levels) and max(self.levels) - min(self.levels) >= DISAGREEMENT_LEVELS

    @property
    def strength(self) -> bool:
        s = self.score
        return s is not None and s > self.target


@dataclass(frozen=True)
class Gap:
    competency: str
    gap: float
    weighted_gap: float


@dataclass(frozen=True)
class ScoreResult:
    """Everything the GUI and the reports show about one candidate against one profile."""

    candidate: str
    profile: str
    competencies: tuple[CompetencyScore, ...]
    fit: float | None
    fit_range: tuple[float, float] | None
    coverage: float
    verdict: Verdict | None
    groups: Mapping[str, float | None] = field(hash=False)
    raters: int = 0
    risks: tuple[Mapping[str, object], ...] = ()

    @property
    def incomplete(self) -> bool:
        return self.coverage < COVERAGE_COMPLETE

    @property
    def knockouts(self) -> list[str]:
        return [c.competency for c in self.competencies if c.knocked_out]

    @property
    def disagreements(self) -> list[str]:
        return [c.competency for c in self.competencies if c.disagreement]

    @property
    def strengths(self) -> list[str]:
        return [c.competency for c in self.competencies if c.strength]

    @property
    def unrated(self) -> list[str]:
        return [c.competency for c in self.competencies if not c.levels]

    @property
    def gaps(self) -> list[Gap]:
        """Positive gaps, largest weight × gap first (ties: larger gap, then framework order)."""
        found = [
            (c.weighted_gap, c.gap, -i, c.competency)
            for i, c in enumerate(self.competencies)
            if c.gap is not None and c.gap > 0 and c.weighted_gap is not None
        ]
        found.sort(reverse=True)
        return [Gap(comp, gap, wgap) for wgap, gap, _, comp in found]

    def competency(self, competency_id: str) -> CompetencyScore:
        return next(c for c in self.competencies if c.competency == competency_id)


FAR_FROM_TARGET = 2  # levels between a rating and its target that earn a mark


@dataclass(frozen=True)
class RatingFlags:
    """Allowed, but shown to the assessor: a level far from the target, an extreme level
    (the scale's lowest or highest) with no evidence written for it."""

    distance: int  # levels from the target, when at least FAR_FROM_TARGET; else 0
    extreme_without_evidence: bool


def rating_flags(
    level: int | None, target: int, evidence: str, levels: Sequence[int]
) -> RatingFlags:
    if level is None:
        return RatingFlags(0, False)
    distance = abs(level - target)
    extreme = level in (min(levels), max(levels))
    return RatingFlags(
        distance if distance >= FAR_FROM_TARGET else 0, extreme and not evidence.strip()
    )


def fit_index(items: Iterable[tuple[float, int, float]]) -> float | None:
    """100 × Σ w·min(s, t)/t ÷ Σ w over (score, target, weight); None when nothing is rated."""
    num = den = 0.0
    for score, target, weight in items:
        num += weight * min(score, target) / target
        den += weight
    return None if den == 0 else 100.0 * num / den


def aggregate(
    framework: Framework, profile: Profile, raters: Sequence[RaterLevels]
) -> tuple[CompetencyScore, ...]:
    """Per competency of the profile: every rater's level (no-evidence left out)."""
    out = []
    for t in profile.targets:
        comp = t.competency
        levels = [lv for rater in raters if (lv := rater.get(comp)) is not None]
        levels.sort()  # a list comprehension and sort() beat sorted(generator) 2:1 here
        group = framework.competency(t.competency).group
        out.append(
            CompetencyScore.of(t.competency, group, t.target, t.weight, t.minimum, tuple(levels))
        )
    return tuple(out)


def verdict_for(framework: Framework, fit: float | None, knocked_out: bool) -> Verdict | None:
    if fit is None:
        return None
    if knocked_out:
        return "not_recommended"
    if fit >= framework.verdicts.recommend:
        return "recommend"
    if fit >= framework.verdicts.conditional:
        return "conditional"
    return "not_recommended"


def score(
    framework: Framework, profile_id: str, candidate: str, raters: Sequence[RaterLevels]
) -> ScoreResult:
    """Score one candidate's raters against one profile of the framework."""
    profile = framework.profile(profile_id)
    comps = aggregate(framework, profile, raters)
    # One pass for the fit, its range, coverage and the group fits (the same formula as
    # fit_index, summed side by side: this runs 10,000 times when the list is scored).
    fit_num = low_num = high_num = rated_weight = total = 0.0
    group_num: dict[str, float] = {}
    group_den: dict[str, float] = {}
    for c in comps:
        total += c.weight
        group_num.setdefault(c.group, 0.0)
        group_den.setdefault(c.group, 0.0)
        if c.score is None or c.low is None or c.high is None:
            continue
        share = c.weight * min(c.score, c.target) / c.target
        fit_num += share
        low_num += c.weight * min(c.low, c.target) / c.target
        high_num += c.weight * min(c.high, c.target) / c.target
        rated_weight += c.weight
        group_num[c.group] += share
        group_den[c.group] += c.weight
    fit = fit_range = None
    if rated_weight:
        fit = 100.0 * fit_num / rated_weight
        fit_range = (100.0 * low_num / rated_weight, 100.0 * high_num / rated_weight)
    coverage = rated_weight / total if total else 0.0
    groups: dict[str, float | None] = {
        g.id: (100.0 * group_num[g.id] / group_den[g.id] if group_den[g.id] else None)
        for g in framework.groups
        if g.id in group_num
    }
    knocked = any(c.knocked_out for c in comps)
    return ScoreResult(
        candidate=candidate,
        profile=profile_id,
        competencies=comps,
        fit=fit,
        fit_range=fit_range,
        coverage=coverage,
        verdict=verdict_for(framework, fit, knocked),
        groups=groups,
        raters=sum(1 for r in raters if any(v is not None for v in r.values())),
    )


def ranges_overlap(a: ScoreResult, b: ScoreResult) -> bool:
    """Whether two candidates' fit ranges overlap: then there is no meaningful difference."""
    if a.fit_range is None or b.fit_range is None:
        return False
    return a.fit_range[0] <= b.fit_range[1] and b.fit_range[0] <= a.fit_range[1]


@dataclass(frozen=True)
class Ranked:
    """A place in a comparison; `tied_with_previous` when the fit ranges overlap."""

    result: ScoreResult
    place: int
    tied_with_previous: bool


def rank(results: Sequence[ScoreResult]) -> list[Ranked]:
    """Order by fit (knock-outs last); candidates whose ranges overlap share a place."""

    def key(r: ScoreResult) -> tuple[int, float]:
        return (0 if not r.knockouts else 1, -(r.fit if r.fit is not None else -1.0))

    ordered = sorted(results, key=key)
    out: list[Ranked] = []
    for i, res in enumerate(ordered):
        tied = (
            i > 0
            and ranges_overlap(ordered[i - 1], res)
            and (bool(ordered[i - 1].knockouts) == bool(res.knockouts))
        )
        place = out[-1].place if tied else i + 1
        out.append(Ranked(res, place, tied))
    return out
