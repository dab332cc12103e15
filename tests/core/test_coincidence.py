"""The vectorised alpha of the bootstrap equals the krippendorff package, resample by resample."""

from __future__ import annotations

import krippendorff
import numpy as np
import pytest

from kamassess.analysis import coincidence, percentile
from kamassess.analysis.coincidence import Metric

SCALE = (1, 2, 3, 4, 5)
METRICS: tuple[Metric, ...] = ("ordinal", "interval", "nominal")


@pytest.fixture(scope="module")
def units() -> list[list[int]]:
    """60 units rated by 2–4 raters each: a true level plus noise of one level either way."""
    rng = np.random.default_rng(7)
    result = []
    for _ in range(60):
        truth = int(rng.choice([1, 2, 4]))
        raters = int(rng.integers(2, 5))
        result.append(
            [int(np.clip(truth + rng.choice([-1, 0, 0, 1]), 1, 5)) for _ in range(raters)]
        )
    return result


def package(units: list[list[int]], metric: Metric) -> float:
    """The package on reliability data: a row per rater position, a column per unit."""
    data = np.full((max(map(len, units)), len(units)), np.nan)
    for column, levels in enumerate(units):
        data[: len(levels), column] = levels
    return float(krippendorff.alpha(data, value_domain=SCALE, level_of_measurement=metric))


@pytest.mark.parametrize("metric", METRICS)
def test_all_units_once_equal_the_package(units: list[list[int]], metric: Metric) -> None:
    shares = coincidence.unit_coincidences(coincidence.value_counts(units, SCALE))
    ours = coincidence.alphas(shares.sum(axis=0, keepdims=True), SCALE, metric)
    assert ours[0] == pytest.approx(package(units, metric), abs=1e-12)


def test_coincidence_marginals_count_the_pairable_values(units: list[list[int]]) -> None:
    shares = coincidence.unit_coincidences(coincidence.value_counts(units, SCALE))
    marginals = shares.sum(axis=0).reshape(5, 5).sum(axis=0)
    by_level = [sum(u.count(level) for u in units) for level in SCALE]
    assert marginals == pytest.approx(by_level)


@pytest.mark.parametrize("metric", METRICS)
def test_weighted_units_equal_the_package_on_the_repeated_units(
    units: list[list[int]], metric: Metric
) -> None:
    rng = np.random.default_rng(3)
    shares = coincidence.unit_coincidences(coincidence.value_counts(units, SCALE))
    weights = rng.integers(0, 3, size=(5, len(units)))
    ours = coincidence.alphas(weights @ shares, SCALE, metric)
    for row, w in zip(ours, weights, strict=True):
        repeated = [u for u, times in zip(units, w, strict=True) for _ in range(times)]
        assert row == pytest.approx(package(repeated, metric), abs=1e-12)


def test_bootstrap_resamples_units_with_replacement_as_a_plain_loop_would(
    units: list[list[int]],
) -> None:
    # 150 resamples cross a block boundary; each is the package's alpha on m units drawn
    # with replacement, in the order a plain loop over one generator draws them.
    counts = coincidence.value_counts(units, SCALE)
    ours = coincidence.bootstrap(counts, SCALE, "ordinal", 150, seed=11)
    rng = np.random.default_rng(11)
    for estimate in ours:
        drawn = rng.integers(0, len(units), size=len(units))
        assert estimate == pytest.approx(package([units[i] for i in drawn], "ordinal"), abs=1e-12)


def test_a_resample_without_disagreement_possible_is_nan_and_left_out() -> None:
    counts = coincidence.value_counts([[3, 3], [3, 3, 3], [2, 4]], SCALE)
    shares = coincidence.unit_coincidences(counts)
    # Units 1 and 2 only: every value is 3, so expected disagreement is 0.
    assert np.isnan(coincidence.alphas(shares[:2].sum(axis=0, keepdims=True), SCALE, "ordinal"))
    assert percentile.interval95(np.array([np.nan, np.nan])) is None
    # The 2.5th and 97.5th percentiles of 0, 1, …, 100 (NaN ignored) are 2.5 and 97.5.
    estimates = np.append(np.arange(101.0), np.nan)
    assert percentile.interval95(estimates) == (2.5, 97.5)
