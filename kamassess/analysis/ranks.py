"""Spearman's rank correlation and its bootstrap over resampled candidates."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from scipy import stats

Floats = npt.NDArray[np.float64]

BLOCK = 100  # resamples ranked at once


def spearman(x: Sequence[float], y: Sequence[float]) -> float:
    """scipy's Spearman rho (ties take their average rank); both x and y must vary."""
    return float(stats.spearmanr(x, y).statistic)


def row_spearman(x: Floats, y: Floats) -> Floats:
    """Spearman rho of each row of x with the same row of y; NaN where either row is constant.

    Spearman's rho is Pearson's correlation of the average ranks, which ranks whole rows at once.
    """
    rx = stats.rankdata(x, axis=1)
    ry = stats.rankdata(y, axis=1)
    rx -= rx.mean(axis=1, keepdims=True)
    ry -= ry.mean(axis=1, keepdims=True)
    spread = np.sqrt((rx * rx).sum(axis=1) * (ry * ry).sum(axis=1))
    with np.errstate(divide="ignore", invalid="ignore"):
        result: Floats = np.where(spread > 0, (rx * ry).sum(axis=1) / spread, np.nan)
    return result


def bootstrap(x: Sequence[float], y: Sequence[float], resamples: int, seed: int) -> Floats:
    """Spearman rho over `resamples` resamples of the (x, y) pairs drawn with replacement."""
    xs, ys = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    rng = np.random.default_rng(seed)
    out = np.empty(resamples)
    for start in range(0, resamples, BLOCK):
        rows = min(BLOCK, resamples - start)
        drawn = rng.integers(0, len(xs), size=(rows, len(xs)))
        out[start : start + rows] = row_spearman(xs[drawn], ys[drawn])
    return out
