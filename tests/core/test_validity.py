"""Predictive validity: pools built to predict or not, the floor, rates by band, ties, constants."""

from __future__ import annotations

import json
import math
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from scipy import stats

from kamassess.analysis import ranks
from kamassess.analysis.validity import Outcome, Validity, to_json, validity


def on_scale(value: float) -> float:
    return min(5.0, max(1.0, value))


def built_pool(seed: int, performance: str, n: int = 60) -> list[Outcome]:
    """n candidates with fit 40–100; 12-month performance on 1–5 made from fit as asked."""
    rng = random.Random(seed)
    pool = []
    for i in range(n):
        fit = rng.uniform(40, 100)
        trend = 1 + 4 * ((fit - 40) / 60) ** 2  # rises with fit, 1 at 40 to 5 at 100
        perf = {
            "rises": trend + rng.gauss(0, 0.3),
            "falls": 6 - trend + rng.gauss(0, 0.3),
            "independent": rng.uniform(1, 5),
        }[performance]
        groups: dict[str, float | None] = {
            "sales": None if i % 10 == 0 else fit + rng.gauss(0, 5),
            "lead": rng.uniform(0, 100),
        }
        pool.append(Outcome(f"c{i}", fit, "recommend", groups, performance_12m=on_scale(perf)))
    return pool


def test_fit_that_predicts_by_construction_reads_predicts() -> None:
    v = validity(built_pool(11, "rises"))
    assert (v.n, v.needed, v.enough) == (60, 10, True)
    assert v.fit.n == 60
    assert v.fit.rho is not None and v.fit.rho > 0.7
    assert v.fit.interval95 is not None and v.fit.interval95[0] > 0
    assert v.fit.reading == "predicts" and v.fit.reason is None
    # The sales group follows fit; one candidate in ten has no sales score.
    assert (v.groups["sales"].n, v.groups["sales"].reading) == (54, "predicts")
    # The lead group is noise.
    assert v.groups["lead"].reading == "no_evidence"


def test_fit_unrelated_to_performance_reads_no_evidence() -> None:
    v = validity(built_pool(12, "independent"))
    assert v.fit.rho is not None and abs(v.fit.rho) < 0.3
    low, high = v.fit.interval95
    assert low < 0 < high
    assert v.fit.reading == "no_evidence"


def test_fit_that_ranks_backwards_reads_inverse() -> None:
    v = validity(built_pool(13, "falls"))
    assert v.fit.rho is not None and v.fit.rho < -0.7
    assert v.fit.interval95 is not None and v.fit.interval95[1] < 0
    assert v.fit.reading == "inverse"


def test_the_interval_is_reproducible_from_its_seed() -> None:
    pool = built_pool(11, "rises")
    assert validity(pool).fit == validity(list(pool)).fit
    assert validity(pool, seed=1).fit.interval95 != validity(pool).fit.interval95
    assert validity(pool, seed=1).fit.rho == validity(pool).fit.rho


def test_below_the_floor_there_is_no_correlation_only_n_and_needed() -> None:
    pool = built_pool(11, "rises", n=14)
    # 9 candidates with a 12-month rating, 5 not rated yet.
    few = [o if i < 9 else Outcome(o.candidate, o.fit, o.band) for i, o in enumerate(pool)]
    v = validity(few)
    assert (v.n, v.needed, v.enough) == (9, 10, False)
    assert (v.fit.n, v.fit.rho, v.fit.interval95) == (9, None, None)
    assert (v.fit.reading, v.fit.reason) == ("insufficient", "not_enough_outcomes")
    assert all(c.rho is None for c in v.groups.values())
    assert validity(pool[:10]).enough


def test_probation_and_leaving_rates_by_band_counted_by_hand() -> None:
    rows = [  # band, probation passed, left within 12 months
        ("recommend", True, False),
        ("recommend", True, None),
        ("recommend", False, True),
        ("recommend", None, False),
        ("conditional", True, False),
        ("conditional", False, True),
        ("conditional", False, True),
        ("not_recommended", None, None),
    ]
    pool = [
        Outcome(f"c{i}", 70.0, band, probation_passed=p, left_12m=left)
        for i, (band, p, left) in enumerate(rows)
    ]
    doc = to_json(validity(pool))
    # recommend: passed 2 of the 3 known; conditional: 1 of 3; not_recommended: none known.
    assert doc["probation"] == {
        "conditional": {"passed": 1, "n": 3, "rate": 1 / 3},
        "recommend": {"passed": 2, "n": 3, "rate": 2 / 3},
    }
    # recommend: left 1 of the 3 known; conditional: 2 of 3.
    assert doc["left"] == {
        "conditional": {"left": 2, "n": 3, "rate": 2 / 3},
        "recommend": {"left": 1, "n": 3, "rate": 1 / 3},
    }


def test_ties_take_average_ranks() -> None:
    # fit 1, 2, 2, 3 ranks 1, 2.5, 2.5, 4; performance 1, 3, 2, 4 ranks 1, 3, 2, 4. Centred:
    # (−1.5, 0, 0, 1.5) and (−1.5, 0.5, −0.5, 1.5): Σxy = 4.5, Σx² = 4.5, Σy² = 5,
    # rho = 4.5 / √(4.5 · 5) = 0.9487.
    pool = [
        Outcome(f"c{i}", fit, "recommend", performance_12m=perf)
        for i, (fit, perf) in enumerate([(1, 1), (2, 3), (2, 2), (3, 4)])
    ]
    v = validity(pool, min_outcomes=4)
    assert v.fit.rho == pytest.approx(4.5 / math.sqrt(22.5))


@pytest.mark.parametrize(
    ("fit", "perf", "reason"),
    [
        (lambda i: 70.0, lambda i: 1.0 + i % 5, "constant_predictor"),
        (lambda i: 50.0 + i, lambda i: 3.0, "constant_performance"),
    ],
)
def test_constant_inputs_give_no_rho_and_a_reason(
    fit: Callable[[int], float], perf: Callable[[int], float], reason: str
) -> None:
    pool = [Outcome(f"c{i}", fit(i), "recommend", performance_12m=perf(i)) for i in range(12)]
    v = validity(pool)
    assert (v.fit.n, v.fit.rho, v.fit.interval95) == (12, None, None)
    assert (v.fit.reading, v.fit.reason) == ("undefined", reason)
    json.dumps(to_json(v), allow_nan=False)


def test_a_candidate_twice_or_a_score_that_is_not_a_number_is_refused() -> None:
    with pytest.raises(ValueError, match="twice"):
        validity([Outcome("c1", 50.0, "recommend"), Outcome("c1", 60.0, "recommend")])
    with pytest.raises(ValueError, match="not a number"):
        validity([Outcome("c1", math.nan, "recommend")])


def test_json_shape() -> None:
    v: Validity = validity(built_pool(11, "rises"))
    doc = json.loads(json.dumps(to_json(v), allow_nan=False))
    assert list(doc) == ["n", "needed", "enough", "fit", "groups", "probation", "left"]
    assert list(doc["fit"]) == ["rho", "n", "interval95", "reading", "reason"]
    assert doc["fit"]["interval95"] == list(v.fit.interval95)
    assert set(doc["groups"]) == {"sales", "lead"}
    assert doc["probation"] == {} and doc["left"] == {}  # no outcome of either known


def test_row_spearman_equals_scipy_on_rows_full_of_ties() -> None:
    rng = np.random.default_rng(5)
    x = rng.integers(1, 4, size=(40, 15)).astype(float)
    y = rng.integers(1, 6, size=(40, 15)).astype(float)
    x[0] = 2.0  # a constant row: undefined
    ours = ranks.row_spearman(x, y)
    assert np.isnan(ours[0])
    for row in range(1, 40):
        assert ours[row] == pytest.approx(stats.spearmanr(x[row], y[row]).statistic, abs=1e-12)


def test_bootstrap_resamples_candidates_with_replacement_as_a_plain_loop_would() -> None:
    rng = np.random.default_rng(8)
    x, y = list(rng.integers(1, 6, size=12).astype(float)), list(rng.normal(size=12))
    ours = ranks.bootstrap(x, y, 150, seed=4)  # crosses a block boundary
    draw = np.random.default_rng(4)
    for estimate in ours:
        picked = draw.integers(0, 12, size=12)
        xs, ys = [x[i] for i in picked], [y[i] for i in picked]
        if len(set(xs)) < 2:
            assert np.isnan(estimate)
        else:
            assert estimate == pytest.approx(stats.spearmanr(xs, ys).statistic, abs=1e-12)


def test_importing_validity_leaves_numpy_and_scipy_unloaded(root: Path) -> None:
    code = (
        "import kamassess.analysis.validity, sys\n"
        "assert not {'numpy', 'scipy'} & set(sys.modules), sorted(sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=root, check=True)
