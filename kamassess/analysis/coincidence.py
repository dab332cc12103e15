"""Krippendorff's alpha from coincidence matrices, vectorised over bootstrap resamples of units."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import numpy as np
import numpy.typing as npt

Metric = Literal["ordinal", "interval", "nominal"]
Floats = npt.NDArray[np.float64]

# Resamples drawn and summed at once: the weight block is BLOCK × units floats (about 15 MB for
# 19,000 units), small enough for an office PC, large enough for one fast matrix product.
BLOCK = 100


def value_counts(units: Sequence[Sequence[int]], levels: Sequence[int]) -> Floats:
    """How many raters gave each level in each unit: one row per unit, one column per level."""
    column = {level: i for i, level in enumerate(levels)}
    counts = np.zeros((len(units), len(levels)))
    for row, unit in enumerate(units):
        for level in unit:
            counts[row, column[level]] += 1
    return counts


def unit_coincidences(counts: Floats) -> Floats:
    """Each unit's share of the coincidence matrix, flattened: rows units, columns V×V cells.

    A unit with n values contributes n_c·n_k pairs to cell (c, k), less the value paired with
    itself on the diagonal, divided by n − 1 so that every unit weighs its number of values.
    Units with fewer than two values contribute nothing.
    """
    n_u = counts.sum(axis=1)
    pairs = counts[:, :, None] * counts[:, None, :]
    pairs -= np.einsum("uc,ck->uck", counts, np.eye(counts.shape[1]))
    share: Floats = (pairs / np.maximum(n_u - 1, 1)[:, None, None]).reshape(len(counts), -1)
    return share


def distances(marginals: Floats, levels: Sequence[int], metric: Metric) -> Floats:
    """Squared distances δ²(c, k) between levels, one V×V matrix per row of marginals.

    Only the ordinal metric depends on the marginals: the distance between two levels is the
    number of values at and between them, less half of the two end levels' own counts.
    """
    b, v = marginals.shape
    values = np.asarray(levels, dtype=np.float64)
    if metric == "nominal":
        return np.broadcast_to(1.0 - np.eye(v), (b, v, v))
    if metric == "interval":
        return np.broadcast_to((values[:, None] - values[None, :]) ** 2, (b, v, v))
    cumulative = np.concatenate([np.zeros((b, 1)), np.cumsum(marginals, axis=1)], axis=1)
    index = np.arange(v)
    low = np.minimum(index[:, None], index[None, :])
    high = np.maximum(index[:, None], index[None, :])
    between = cumulative[:, high + 1] - cumulative[:, low]
    ends = (marginals[:, :, None] + marginals[:, None, :]) / 2
    result: Floats = (between - ends) ** 2
    return result


def alphas(coincidences: Floats, levels: Sequence[int], metric: Metric) -> Floats:
    """Alpha for each row of flattened coincidence matrices; NaN where nothing could disagree."""
    v = len(levels)
    o = coincidences.reshape(-1, v, v)
    n_c = o.sum(axis=1)
    total = n_c.sum(axis=1)
    expected = n_c[:, :, None] * n_c[:, None, :] - np.einsum("bc,ck->bck", n_c, np.eye(v))
    expected /= np.maximum(total - 1, 1)[:, None, None]
    d = distances(n_c, levels, metric)
    observed_d = (o * d).sum(axis=(1, 2))
    expected_d = (expected * d).sum(axis=(1, 2))
    with np.errstate(divide="ignore", invalid="ignore"):
        result: Floats = np.where(expected_d > 0, 1.0 - observed_d / expected_d, np.nan)
    return result


def bootstrap(
    counts: Floats, levels: Sequence[int], metric: Metric, resamples: int, seed: int
) -> Floats:
    """Alpha over `resamples` resamples of the units (rows of counts) drawn with replacement."""
    return bootstrap_metrics(counts, levels, (metric,), resamples, seed)[metric]


def bootstrap_metrics(
    counts: Floats,
    levels: Sequence[int],
    metrics: Sequence[Metric],
    resamples: int,
    seed: int,
) -> dict[Metric, Floats]:
    """Alpha of each metric over the same `resamples` resamples of the units (rows of counts),
    drawn with replacement.

    A resample's coincidence matrix is the sum of its units' shares, so all of them together are
    one product: (how often each unit was drawn) × (each unit's share). The product is the
    costly part and is the same for every metric: it is made once per block, for all of them.
    """
    shares = unit_coincidences(counts)
    m = len(counts)
    rng = np.random.default_rng(seed)
    out = {metric: np.empty(resamples) for metric in metrics}
    for start in range(0, resamples, BLOCK):
        rows = min(BLOCK, resamples - start)
        drawn = rng.integers(0, m, size=(rows, m))
        offsets = drawn + m * np.arange(rows)[:, None]
        weights = np.bincount(offsets.ravel(), minlength=rows * m).reshape(rows, m)
        resampled = weights.astype(np.float64) @ shares
        for metric in metrics:
            out[metric][start : start + rows] = alphas(resampled, levels, metric)
    return out
