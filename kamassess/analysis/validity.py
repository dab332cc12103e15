"""Predictive validity: how well fit and group scores ranked later performance; outcome rates."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

# The floor: 10 candidates with a 12-month performance rating. With 10, only a rho of about 0.64
# or more differs from chance at 5 % (two-sided, exact over all 10! rankings), and simulated
# pools with a true rho near 0.55 give a bootstrap interval about 1.1 wide (median -0.19 to 0.95;
# 0.72 wide at 20, 0.48 at 40): any fewer and the answer is "no evidence" whatever the truth,
# while resamples mostly repeat the same handful of people.
MIN_OUTCOMES = 10
RESAMPLES = 1000
SEED = 0

CorrelationReading = Literal["predicts", "no_evidence", "inverse", "insufficient", "undefined"]
# not_enough_outcomes: fewer pairs than the floor; constant_*: Spearman's rho is 0/0 when either
# side has one value throughout; constant_resamples: every resample had one value on a side.
Reason = Literal[
    "not_enough_outcomes", "constant_predictor", "constant_performance", "constant_resamples"
]


@dataclass(frozen=True)
class Outcome:
    """One candidate's scores at the decision and what happened after (None: not known yet)."""

    candidate: str
    fit: float | None
    band: str  # the verdict's key at the decision: "recommend", "conditional", …
    groups: Mapping[str, float | None] = field(default_factory=dict)
    probation_passed: bool | None = None
    performance_12m: float | None = None  # on the framework's scale
    left_12m: bool | None = None


@dataclass(frozen=True)
class Correlation:
    """Spearman's rho of a predictor with 12-month performance; rho never travels without n and
    its interval: both are None together, with a reason."""

    n: int  # candidates with both the predictor and a 12-month performance rating
    rho: float | None = None
    interval95: tuple[float, float] | None = None
    reading: CorrelationReading = "insufficient"
    reason: Reason | None = None


@dataclass(frozen=True)
class Rate:
    count: int
    n: int

    @property
    def rate(self) -> float:
        return self.count / self.n


@dataclass(frozen=True)
class Validity:
    n: int  # candidates with a 12-month performance rating
    needed: int  # how many such candidates any correlation needs (the floor)
    fit: Correlation
    groups: Mapping[str, Correlation]
    probation: Mapping[str, Rate]  # passed, of those whose probation result is known, by band
    left: Mapping[str, Rate]  # left within 12 months, of those for whom it is known, by band

    @property
    def enough(self) -> bool:
        return self.n >= self.needed


def validity(
    outcomes: Iterable[Outcome],
    *,
    min_outcomes: int = MIN_OUTCOMES,
    resamples: int = RESAMPLES,
    seed: int = SEED,
) -> Validity:
    """How fit and each group score predicted 12-month performance, and outcome rates by band.

    The interval resamples candidates with replacement (`resamples` times, from `seed`) and takes
    the 2.5th and 97.5th percentiles of rho; resamples where rho is undefined are left out.
    Raises ValueError for a candidate given twice or a score that is not a finite number.
    """
    records = list(outcomes)
    seen: set[str] = set()
    for o in records:
        if o.candidate in seen:
            raise ValueError(f"candidate {o.candidate} is given twice")
        seen.add(o.candidate)
        for value in (o.fit, o.performance_12m, *o.groups.values()):
            if value is not None and not math.isfinite(value):
                raise ValueError(f"candidate {o.candidate} has a score that is not a number")
    rated = [o for o in records if o.performance_12m is not None]

    def correlate(predictor: Mapping[str, float | None]) -> Correlation:
        pairs = [
            (x, y)
            for o in rated
            if (x := predictor[o.candidate]) is not None and (y := o.performance_12m) is not None
        ]
        return _correlation(pairs, min_outcomes, resamples, seed)

    group_ids = sorted({g for o in records for g in o.groups})
    return Validity(
        n=len(rated),
        needed=min_outcomes,
        fit=correlate({o.candidate: o.fit for o in records}),
        groups={g: correlate({o.candidate: o.groups.get(g) for o in records}) for g in group_ids},
        probation=_rates((o.band, o.probation_passed) for o in records),
        left=_rates((o.band, o.left_12m) for o in records),
    )


def _correlation(
    pairs: list[tuple[float, float]], floor: int, resamples: int, seed: int
) -> Correlation:
    n = len(pairs)
    if n < floor or n < 2:
        return Correlation(n, reason="not_enough_outcomes")
    x, y = [p[0] for p in pairs], [p[1] for p in pairs]
    if len(set(x)) < 2:
        return Correlation(n, reading="undefined", reason="constant_predictor")
    if len(set(y)) < 2:
        return Correlation(n, reading="undefined", reason="constant_performance")
    from kamassess.analysis import percentile, ranks

    interval = percentile.interval95(ranks.bootstrap(x, y, resamples, seed))
    # Some resample keeps two distinct values on each side unless n is tiny and luck extreme;
    # should none do, there is no interval, and so no rho either.
    if interval is None:
        return Correlation(n, reading="undefined", reason="constant_resamples")
    low, high = interval
    key: CorrelationReading = "predicts" if low > 0 else "inverse" if high < 0 else "no_evidence"
    return Correlation(n, ranks.spearman(x, y), interval, key)


def _rates(answers: Iterable[tuple[str, bool | None]]) -> dict[str, Rate]:
    """Yes-answers of the known answers by band; bands without a known answer are left out."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for band, answer in answers:
        if answer is not None:
            counts[band][0] += answer
            counts[band][1] += 1
    return {band: Rate(k, n) for band, (k, n) in sorted(counts.items())}


def _correlation_json(c: Correlation) -> dict[str, Any]:
    return {
        "rho": c.rho,
        "n": c.n,
        "interval95": None if c.interval95 is None else list(c.interval95),
        "reading": c.reading,
        "reason": c.reason,
    }


def to_json(v: Validity) -> dict[str, Any]:
    """The printable shape; no NaN anywhere (undefined values are null, with a reason).

    {"n": 42, "needed": 10, "enough": true,
     "fit": {"rho": 0.41, "n": 40, "interval95": [0.12, 0.63], "reading": "predicts",
             "reason": null},
     "groups": {"sales": {…the same…}},
     "probation": {"recommend": {"passed": 9, "n": 11, "rate": 0.818}, …},
     "left": {"recommend": {"left": 1, "n": 10, "rate": 0.1}, …}}
    """
    return {
        "n": v.n,
        "needed": v.needed,
        "enough": v.enough,
        "fit": _correlation_json(v.fit),
        "groups": {g: _correlation_json(c) for g, c in v.groups.items()},
        "probation": {
            b: {"passed": r.count, "n": r.n, "rate": r.rate} for b, r in v.probation.items()
        },
        "left": {b: {"left": r.count, "n": r.n, "rate": r.rate} for b, r in v.left.items()},
    }
