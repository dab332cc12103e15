"""Mechanical, explainable scoring (DOMAIN.md, version 2): per-competency aggregates, fit and its
range, coverage, knock-outs, the verdict with its reason and flags, gaps."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from kamassess.framework.model import Framework, Profile, Scoring
from kamassess.scoring.raters import Rater, RaterLevels, as_raters

if TYPE_CHECKING:
    from kamassess.scoring.risks import Risk

Verdict = Literal[
    "recommend", "conditional", "not_recommended", "insufficient_evidence", "needs_consensus"
]
VERDICTS: tuple[Verdict, ...] = (
    "recommend",
    "conditional",
    "needs_consensus",
    "not_recommended",
    "insufficient_evidence",
)
BAND_VERDICTS: tuple[Verdict, ...] = ("recommend", "conditional", "not_recommended")
Flag = Literal["borderline", "single_assessor", "drafts_pending"]
FLAGS: tuple[Flag, ...] = ("borderline", "single_assessor", "drafts_pending")
Knockout = Literal["unrated", "split", "confirmed"]
FIT_DIGITS = 1  # the fit is printed, and compared with the bands, to one decimal

DEFAULT_SCORING = Scoring()  # frozen: one instance serves every result


@dataclass(frozen=True)
class CompetencyScore:
    """One competency of a profile: the raters' aggregate against the target."""

    competency: str
    group: str
    target: int
    weight: float
    minimum: int | None
    levels: tuple[int, ...]  # every rating's level, sorted (no-evidence ratings left out)
    raters: int = 0  # distinct people who rated it
    consensus: int | None = None  # a level agreed after discussion, when one is recorded
    # Derived once, by `of` (read many times by fit, range, gaps and the views):
    score: float | None = field(default=None, compare=False)  # consensus, else the mean
    low: int | None = field(default=None, compare=False)  # lowest rating (or the consensus)
    high: int | None = field(default=None, compare=False)
    disagreement: bool = field(default=False, compare=False)

    @classmethod
    def of(
        cls,
        competency: str,
        group: str,
        target: int,
        weight: float,
        minimum: int | None,
        levels: tuple[int, ...],
        *,
        raters: int | None = None,
        consensus: int | None = None,
        disagreement_levels: int = 2,
    ) -> CompetencyScore:
        """levels must be sorted; raters defaults to one person per level."""
        score: float | None = None
        low = high = None
        if consensus is not None:  # the range still shows the ratings, and holds the agreed level
            score = consensus
            low, high = min((*levels, consensus)), max((*levels, consensus))
        elif levels:
            score = sum(levels) / len(levels)
            low, high = levels[0], levels[-1]
        # A frozen dataclass's __init__ sets every field through object.__setattr__: for the
        # list's 200,000 competency scores that was a third of the time to score 10,000
        # candidates (bench_scale). Filling __dict__ makes the same immutable value.
        made = object.__new__(cls)
        made.__dict__.update(
            competency=competency,
            group=group,
            target=target,
            weight=weight,
            minimum=minimum,
            levels=levels,
            raters=len(levels) if raters is None else raters,
            consensus=consensus,
            score=score,
            low=low,
            high=high,
            disagreement=bool(levels) and levels[-1] - levels[0] >= disagreement_levels,
        )
        return made

    @property
    def gap(self) -> float | None:
        s = self.score
        return None if s is None else max(0.0, self.target - s)

    @property
    def weighted_gap(self) -> float | None:
        g = self.gap
        return None if g is None else g * self.weight

    @property
    def knockout(self) -> Knockout | None:
        """For a competency with a knock-out minimum: unrated; below it by the mean while some
        rater rated at or above it (split, until a consensus is recorded); below it by every
        rater or by consensus (confirmed)."""
        m, s = self.minimum, self.score
        if m is None:
            return None
        if s is None:
            return "unrated"
        if s >= m:
            return None
        if self.consensus is None and self.levels and self.levels[-1] >= m:
            return "split"
        return "confirmed"

    @property
    def knocked_out(self) -> bool:
        """Below its knock-out minimum (confirmed or not)."""
        return self.knockout in ("split", "confirmed")

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
class Reason:
    """Why the verdict is what it is: a code the texts turn into one sentence, and the
    competencies it names."""

    code: Literal[
        "not_assessed",
        "knockout_unrated",
        "coverage",
        "needs_consensus",
        "knockout",
        "recommend",
        "conditional",
        "not_recommended",
    ]
    competencies: tuple[str, ...] = ()


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
    raters: int = 0  # distinct people with at least one rating
    risks: tuple[Risk, ...] = ()
    flags: tuple[Flag, ...] = ()
    reason: Reason = Reason("not_assessed")
    scoring: Scoring = DEFAULT_SCORING

    @property
    def incomplete(self) -> bool:
        return self.coverage < self.scoring.min_coverage

    @property
    def knockouts(self) -> list[str]:
        """Competencies whose score is below their knock-out minimum."""
        return [c.competency for c in self.competencies if c.knocked_out]

    @property
    def knockouts_unrated(self) -> list[str]:
        return [c.competency for c in self.competencies if c.knockout == "unrated"]

    @property
    def disagreements(self) -> list[str]:
        return [c.competency for c in self.competencies if c.disagreement]

    @property
    def strengths(self) -> list[str]:
        return [c.competency for c in self.competencies if c.strength]

    @property
    def unrated(self) -> list[str]:
        return [c.competency for c in self.competencies if c.score is None]

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


def aggregate(
    framework: Framework,
    profile: Profile,
    raters: Sequence[RaterLevels | Rater],
    consensus: Mapping[str, int] | None = None,
) -> tuple[CompetencyScore, ...]:
    """Per competency of the profile: every rating's level (no-evidence left out), the number
    of people behind them, and the consensus level where one is recorded."""
    return tuple(c for c, _ in _scored(framework, profile, as_raters(raters), consensus))


Parts = tuple[float, float, float]  # a rated competency's terms of the fit, its low and its high


def _scored(
    framework: Framework,
    profile: Profile,
    named: Sequence[Rater],
    consensus: Mapping[str, int] | None,
) -> list[tuple[CompetencyScore, Parts | None]]:
    """aggregate's scores, each with its terms of the fit's sums (None when unrated)."""
    agreed = consensus or {}
    maps = [r.levels for r in named]
    # Usually every assessment is by another person: then raters = ratings, no set needed.
    distinct = len({r.person for r in named}) == len(named)
    # A competency's score is a value: candidates rated alike share one (a few hundred for
    # 10,000 candidates of 3 raters), made once with its terms of the fit.
    shared = _SHARED.get((framework.content_hash, profile.id))
    if shared is None or len(shared) > _SHARED_MOST:
        shared = _SHARED[(framework.content_hash, profile.id)] = {}
    out = []
    for comp, group, target, weight, minimum in _targets(framework, profile):
        if distinct:
            levels = [lv for m in maps if (lv := m.get(comp)) is not None]
            people = len(levels)
        else:
            rated = [(lv, r.person) for r in named if (lv := r.levels.get(comp)) is not None]
            levels = [lv for lv, _ in rated]
            people = len({person for _, person in rated})
        levels.sort()  # a list comprehension and sort() beat sorted(generator) 2:1 here
        key = (comp, tuple(levels), people, agreed.get(comp))
        made = shared.get(key)
        if made is None:
            c = CompetencyScore.of(
                comp,
                group,
                target,
                weight,
                minimum,
                key[1],
                raters=people,
                consensus=key[3],
                disagreement_levels=framework.scoring.disagreement_levels,
            )
            made = shared[key] = (c, _parts(c, min(framework.levels)))
        out.append(made)
    return out


def _parts(c: CompetencyScore, lowest: int) -> Parts | None:
    """The fit's formula for one competency, weighted, at its score, its lowest and its highest
    rating:
      p = (min(s, t) − L) / (t − L), and p = 1 when t = L,
    so w·p = w / (t − L) × (min(s, t) − L): the bottom of the scale earns nothing, the target
    everything, and above the target nothing more."""
    s, low, high, t = c.score, c.low, c.high, c.target
    if s is None or low is None or high is None:
        return None
    if t <= lowest:
        return c.weight, c.weight, c.weight
    per = c.weight / (t - lowest)
    return (
        per * ((s if s < t else t) - lowest),
        per * ((low if low < t else t) - lowest),
        per * ((high if high < t else t) - lowest),
    )


# (framework, profile) → (competency, levels, raters, consensus) → its score; emptied when large.
_SHARED: dict[
    tuple[str, str],
    dict[tuple[str, tuple[int, ...], int, int | None], tuple[CompetencyScore, Parts | None]],
] = {}
_SHARED_MOST = 50_000

_TARGETS: dict[tuple[str, str], list[tuple[str, str, int, float, int | None]]] = {}


def _targets(
    framework: Framework, profile: Profile
) -> list[tuple[str, str, int, float, int | None]]:
    """The profile's targets with each competency's group, looked up once per framework."""
    key = (framework.content_hash, profile.id)
    found = _TARGETS.get(key)
    if found is None:
        found = [
            (t.competency, framework.competency(t.competency).group, t.target, t.weight, t.minimum)
            for t in profile.targets
        ]
        _TARGETS[key] = found
    return found


def band_for(framework: Framework, fit: float) -> Verdict:
    """The band of a fit, compared as printed (a printed 80,0 is never "conditional")."""
    shown = round(fit, FIT_DIGITS)
    if shown >= framework.verdicts.recommend:
        return "recommend"
    if shown >= framework.verdicts.conditional:
        return "conditional"
    return "not_recommended"


def crosses_band(framework: Framework, fit_range: tuple[float, float]) -> bool:
    """Whether the range, as printed, holds fits of more than one band."""
    low, high = (round(x, FIT_DIGITS) for x in fit_range)
    bounds = (framework.verdicts.recommend, framework.verdicts.conditional)
    return any(low < b <= high for b in bounds)


def decide(
    framework: Framework,
    comps: Sequence[CompetencyScore],
    fit: float | None,
    coverage: float,
) -> tuple[Verdict | None, Reason]:
    """The verdict in DOMAIN's order: evidence first, then knock-outs, then the bands."""
    if fit is None:
        return None, Reason("not_assessed")
    states: dict[Knockout, list[str]] = {"unrated": [], "split": [], "confirmed": []}
    for c in comps:
        if c.minimum is not None and (state := c.knockout) is not None:
            states[state].append(c.competency)
    if states["unrated"]:
        return "insufficient_evidence", Reason("knockout_unrated", tuple(states["unrated"]))
    if coverage < framework.scoring.min_coverage:
        return "insufficient_evidence", Reason("coverage")
    if states["split"]:
        return "needs_consensus", Reason("needs_consensus", tuple(states["split"]))
    if states["confirmed"]:
        return "not_recommended", Reason("knockout", tuple(states["confirmed"]))
    verdict = band_for(framework, fit)
    return verdict, Reason(verdict)  # type: ignore[arg-type]  # a band verdict names its reason


def score(
    framework: Framework,
    profile_id: str,
    candidate: str,
    raters: Sequence[RaterLevels | Rater],
    *,
    consensus: Mapping[str, int] | None = None,
    drafts_pending: int = 0,
) -> ScoreResult:
    """Score one candidate's raters against one profile of the framework.

    consensus: competency -> the level agreed after the assessors discussed it; it replaces
    the mean. drafts_pending: draft assessments of the candidate that the score leaves out."""
    profile = framework.profile(profile_id)
    named = as_raters(raters)
    scored = _scored(framework, profile, named, consensus)
    comps = tuple(c for c, _ in scored)
    # The fit, its range and the group fits summed in one pass (this runs 10,000 times when the
    # list is scored), from each competency's terms (_parts).
    fit_num = low_num = high_num = rated_weight = total = 0.0
    group_num: dict[str, float] = {}
    group_den: dict[str, float] = {}
    for c, terms in scored:
        total += c.weight
        group_num.setdefault(c.group, 0.0)
        group_den.setdefault(c.group, 0.0)
        if terms is None:
            continue
        part, low_part, high_part = terms
        fit_num += part
        low_num += low_part
        high_num += high_part
        rated_weight += c.weight
        group_num[c.group] += part
        group_den[c.group] += c.weight
    fit = fit_range = None
    if rated_weight:
        fit = 100.0 * fit_num / rated_weight
        # The sums above hold low ≤ fit ≤ high term by term; min/max keep rounding error out.
        fit_range = (
            min(fit, 100.0 * low_num / rated_weight),
            max(fit, 100.0 * high_num / rated_weight),
        )
    coverage = rated_weight / total if total else 0.0
    groups: dict[str, float | None] = {
        g.id: (100.0 * group_num[g.id] / group_den[g.id] if group_den[g.id] else None)
        for g in framework.groups
        if g.id in group_num
    }
    people = {r.person for r in named if any(v is not None for v in r.levels.values())}
    verdict, reason = decide(framework, comps, fit, coverage)
    flags: list[Flag] = []
    banded = verdict in BAND_VERDICTS and reason.code == verdict
    if banded and fit_range is not None and crosses_band(framework, fit_range):
        flags.append("borderline")
    if len(people) == 1:
        flags.append("single_assessor")
    if drafts_pending:
        flags.append("drafts_pending")
    return ScoreResult(
        candidate=candidate,
        profile=profile_id,
        competencies=comps,
        fit=fit,
        fit_range=fit_range,
        coverage=coverage,
        verdict=verdict,
        groups=groups,
        raters=len(people),
        flags=tuple(flags),
        reason=reason,
        scoring=framework.scoring,
    )
