"""Calibration of assessors over the pool: Krippendorff's alpha, its interval, leniency, spread."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from statistics import stdev
from typing import Any, Literal, NamedTuple

Metric = Literal["ordinal", "interval", "nominal"]
METRICS: tuple[Metric, ...] = ("ordinal", "interval", "nominal")
Reading = Literal["reliable", "tentative", "unreliable", "insufficient"]
Unit = tuple[str, str]  # (candidate id, competency id)

# The data floor. Alpha is computed from pairs of values within a unit, so the floor counts those:
# at least 30 pairable values (ratings in units that two or more people rated) in at least 10
# such units. Simulated pools of 10 units × 3 raters with alpha near 0.8 give a bootstrap 95 %
# interval about 0.43 wide (±0.2: wider than the "tentative" band on both sides) and 20 units
# 0.27: fewer units say nothing a director could use, and a resample of a handful of units mostly
# repeats the same few.
MIN_PAIRABLE = 30
MIN_UNITS = 10
# An assessor's leniency and spread are shown from 10 pairs with co-raters on: fewer pairs
# would let one odd rating (a difference of 2 among 5 pairs moves the mean by 0.4) decide it.
MIN_PAIRS = 10
RESAMPLES = 1000
SEED = 0
# Krippendorff's bands, compared at the precision alpha is printed with, so a printed 0.800
# never reads "tentative".
RELIABLE = 0.800
TENTATIVE = 0.667
ALPHA_DECIMALS = 3


class Rating(NamedTuple):
    """One person's level for one competency of one candidate ("no evidence" is not a Rating)."""

    unit: Unit
    rater: str
    level: int


@dataclass(frozen=True)
class CompetencyAlpha:
    alpha_ordinal: float | None  # None when every rating of the competency is the same level
    units: int  # candidate×competency units with at least one rating
    interval95: tuple[float, float] | None = None  # bootstrap, as the pooled one


@dataclass(frozen=True)
class AssessorStats:
    """How one person rates compared with the people who rated the same units."""

    leniency: float | None  # mean of (own level − co-rater's level) over the pairs
    pairs: int
    sd: float | None  # sample standard deviation of all their own levels
    # Both are None below the minimum number of pairs.


@dataclass(frozen=True)
class Calibration:
    """Agreement over the pool. Alphas are None below the data floor or without any variation."""

    alpha: Mapping[Metric, float | None]
    alpha_interval95: Mapping[Metric, tuple[float, float] | None]  # bootstrap, every metric
    units: int  # units with at least one rating
    pairable: int  # ratings in units with two or more raters
    per_competency: Mapping[str, CompetencyAlpha | None]  # None below the data floor
    assessors: Mapping[str, AssessorStats]
    enough_data: bool  # False: "not enough data", no alpha is given


def reading(alpha: float | None) -> Reading:
    """Krippendorff's plain reading of an alpha, as a key for the caller to translate."""
    if alpha is None:
        return "insufficient"
    shown = round(alpha, ALPHA_DECIMALS)
    if shown >= RELIABLE:
        return "reliable"
    return "tentative" if shown >= TENTATIVE else "unreliable"


def calibrate(
    ratings: Iterable[Rating],
    levels: Sequence[int],
    *,
    min_pairable: int = MIN_PAIRABLE,
    min_units: int = MIN_UNITS,
    min_pairs: int = MIN_PAIRS,
    resamples: int = RESAMPLES,
    seed: int = SEED,
) -> Calibration:
    """Calibration of the pool of final ratings on a scale of `levels`.

    The interval resamples the pairable units with replacement (`resamples` times, from `seed`)
    and takes the 2.5th and 97.5th percentiles of each metric's alpha (per competency: ordinal).
    Raises ValueError for a level off the scale or two ratings by one person of one unit.
    """
    scale = sorted(set(levels))
    if len(scale) < 2:
        raise ValueError("the scale needs at least two levels")
    by_unit: dict[Unit, dict[str, int]] = defaultdict(dict)
    for unit, rater, level in ratings:
        if level not in scale:
            raise ValueError(f"{rater} rated {unit} {level}, which is not on the scale {scale}")
        if rater in by_unit[unit]:
            raise ValueError(f"{rater} rated {unit} twice; keep one rating per person and unit")
        by_unit[unit][rater] = level
    # Sorted, so that the same ratings in any order draw the same resamples.
    pairable = sorted(u for u, raters in by_unit.items() if len(raters) >= 2)
    n_pairable = sum(len(by_unit[u]) for u in pairable)
    enough = n_pairable >= min_pairable and len(pairable) >= min_units
    alpha: dict[Metric, float | None] = dict.fromkeys(METRICS)
    interval: dict[Metric, tuple[float, float] | None] = dict.fromkeys(METRICS)
    per_competency: dict[str, CompetencyAlpha | None] = {}
    if enough:
        alpha = {m: _package_alpha(by_unit, scale, m) for m in METRICS}
        defined = tuple(m for m in METRICS if alpha[m] is not None)
        interval.update(_intervals(by_unit, pairable, scale, resamples, seed, defined))
    by_competency: dict[str, dict[Unit, dict[str, int]]] = defaultdict(dict)
    for unit, raters in by_unit.items():
        by_competency[unit[1]][unit] = raters
    for competency, own in sorted(by_competency.items()):
        own_pairable = [u for u, r in own.items() if len(r) >= 2]
        values = sum(len(own[u]) for u in own_pairable)
        if values < min_pairable or len(own_pairable) < min_units:
            per_competency[competency] = None
            continue
        own_alpha = _package_alpha(own, scale, "ordinal")
        per_competency[competency] = CompetencyAlpha(
            own_alpha,
            len(own),
            None
            if own_alpha is None
            else _interval(own, sorted(own_pairable), scale, resamples, seed, "ordinal"),
        )
    return Calibration(
        alpha=alpha,
        alpha_interval95=interval,
        units=len(by_unit),
        pairable=n_pairable,
        per_competency=per_competency,
        assessors=_assessors(by_unit, min_pairs),
        enough_data=enough,
    )


def _assessors(
    by_unit: Mapping[Unit, Mapping[str, int]], min_pairs: int
) -> dict[str, AssessorStats]:
    """Each rater's leniency over their pairs and the spread of their levels.

    A pair is (this rater, one co-rater, one unit both rated): in a unit rated by k people each of
    them has k − 1 pairs, so a rater's pairs are the sum over their units of their co-raters.
    """
    differences: dict[str, list[int]] = defaultdict(list)
    own: dict[str, list[int]] = defaultdict(list)
    for raters in by_unit.values():
        for rater, level in raters.items():
            own[rater].append(level)
            differences[rater].extend(level - other for r, other in raters.items() if r != rater)
    result = {}
    for rater in sorted(own):
        diffs, levels = differences[rater], own[rater]
        shown = len(diffs) >= min_pairs and len(diffs) > 0
        result[rater] = AssessorStats(
            leniency=sum(diffs) / len(diffs) if shown else None,
            pairs=len(diffs),
            sd=stdev(levels) if shown and len(levels) >= 2 else None,
        )
    return result


def _package_alpha(
    by_unit: Mapping[Unit, Mapping[str, int]], scale: Sequence[int], metric: Metric
) -> float | None:
    """Alpha by the krippendorff package (reliability data: a row per rater, a column per unit)."""
    import krippendorff
    import numpy as np

    raters = sorted({r for unit in by_unit.values() for r in unit})
    row = {r: i for i, r in enumerate(raters)}
    data = np.full((len(raters), len(by_unit)), np.nan)
    for column, unit in enumerate(by_unit.values()):
        for rater, level in unit.items():
            data[row[rater], column] = level
    if (np.count_nonzero(~np.isnan(data), axis=0) >= 2).sum() == 0:
        return None  # the package refuses data without a single pairable unit
    # value_domain = the whole scale: levels nobody used are then not an error, values off the
    # scale are; with one level used throughout, alpha is 0/0 (NaN), reported as None.
    with np.errstate(divide="ignore", invalid="ignore"):
        value = float(
            krippendorff.alpha(
                reliability_data=data, value_domain=scale, level_of_measurement=metric
            )
        )
    return None if np.isnan(value) else value


def _intervals(
    by_unit: Mapping[Unit, Mapping[str, int]],
    pairable: Sequence[Unit],
    scale: Sequence[int],
    resamples: int,
    seed: int,
    metrics: Sequence[Metric],
) -> dict[Metric, tuple[float, float] | None]:
    """The bootstrap 95 % interval of each metric's alpha, all from the same resamples."""
    if not metrics:
        return {}
    from kamassess.analysis import coincidence, percentile

    counts = coincidence.value_counts([list(by_unit[u].values()) for u in pairable], scale)
    estimates = coincidence.bootstrap_metrics(counts, scale, metrics, resamples, seed)
    return {m: percentile.interval95(estimates[m]) for m in metrics}


def _interval(
    by_unit: Mapping[Unit, Mapping[str, int]],
    pairable: Sequence[Unit],
    scale: Sequence[int],
    resamples: int,
    seed: int,
    metric: Metric,
) -> tuple[float, float] | None:
    return _intervals(by_unit, pairable, scale, resamples, seed, (metric,))[metric]


def to_json(c: Calibration) -> dict[str, Any]:
    """The shape `calibration --json` prints; None becomes null, intervals become [lo, hi]."""
    return {
        "alpha": dict(c.alpha),
        "alpha_interval95": {
            m: None if iv is None else [iv[0], iv[1]] for m, iv in c.alpha_interval95.items()
        },
        "units": c.units,
        "pairable": c.pairable,
        "per_competency": {
            cid: None
            if pc is None
            else {
                "alpha_ordinal": pc.alpha_ordinal,
                "units": pc.units,
                "interval95": None if pc.interval95 is None else list(pc.interval95),
            }
            for cid, pc in c.per_competency.items()
        },
        "assessors": {
            name: {"leniency": a.leniency, "pairs": a.pairs, "sd": a.sd}
            for name, a in c.assessors.items()
        },
        "enough_data": c.enough_data,
    }
