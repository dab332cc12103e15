"""The percentile interval of bootstrap estimates, shared by both engines."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt


def interval95(estimates: npt.NDArray[np.float64]) -> tuple[float, float] | None:
    """The 2.5th and 97.5th percentiles of the defined estimates; NaN ones are left out.

    A resample whose statistic is undefined (every value alike) says nothing about the spread of
    the defined ones; None when no estimate is defined.
    """
    defined = estimates[~np.isnan(estimates)]
    if not len(defined):
        return None
    low, high = np.percentile(defined, [2.5, 97.5])
    return float(low), float(high)
