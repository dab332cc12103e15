"""Calibration of assessors: published alphas, leniency and spread by hand, floors, JSON."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from itertools import product
from pathlib import Path

import pytest

from kamassess.analysis.calibration import (
    Calibration,
    Rating,
    calibrate,
    reading,
    to_json,
)

SCALE = (1, 2, 3, 4, 5)

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section E: four observers
# rate twelve units on 1–5, "." where an observer gave no value.
PAPER = """
    1 2 3 4 5 6 7 8 9 10 11 12
A   1 2 3 3 2 1 4 1 2 .  .  .
B   1 2 3 3 2 2 4 1 2 5  .  3
C   . 3 3 3 2 3 4 2 2 5  1  .
D   1 2 3 3 2 4 4 1 2 5  1  .
"""


def paper_ratings() -> list[Rating]:
    header, *rows = PAPER.strip().splitlines()
    units = header.split()
    return [
        Rating((f"u{unit}", "negotiation"), observer, int(value))
        for observer, *values in (row.split() for row in rows)
        for unit, value in zip(units, values, strict=True)
        if value != "."
    ]


@pytest.fixture(scope="module")
def paper() -> Calibration:
    return calibrate(paper_ratings(), SCALE)


def test_the_papers_alphas_come_out(paper: Calibration) -> None:
    # Nominal by hand from the paper's coincidences: the marginals are n_1..n_5 = 9, 13, 10, 5, 3
    # (n = 40), and the off-diagonal coincidences sum to 8 — unit 2 (2,3,2,2) gives 6 ordered
    # mismatching pairs / (4 − 1) = 2, unit 6 (1,2,3,4) 12 / 3 = 4, unit 8 (1,1,2,1) 6 / 3 = 2.
    # α = 1 − (n − 1)·8 / (n² − Σ n_c²) = 1 − 39·8 / (1600 − 384) = 1 − 312/1216 = 0.7434.
    assert paper.alpha["nominal"] == pytest.approx(1 - 312 / 1216)
    assert round(paper.alpha["nominal"], 3) == 0.743
    assert round(paper.alpha["ordinal"], 3) == 0.815
    assert round(paper.alpha["interval"], 3) == 0.849
    assert paper.enough_data


def test_units_and_pairable_values_are_counted_as_in_the_paper(paper: Calibration) -> None:
    # Values per unit: 3, 4, 4, 4, 4, 4, 4, 4, 4, 3, 2, 1. Unit 12 has one value: it counts as a
    # unit but is not pairable, so n = 3 + 8·4 + 3 + 2 = 40, the paper's n.
    assert paper.units == 12
    assert paper.pairable == 40
    assert paper.per_competency["negotiation"] is not None
    assert paper.per_competency["negotiation"].units == 12
    assert paper.per_competency["negotiation"].alpha_ordinal == paper.alpha["ordinal"]


def test_the_bootstrap_interval_is_reproducible_and_holds_the_estimate(paper: Calibration) -> None:
    interval = paper.alpha_interval95["ordinal"]
    assert interval is not None
    low, high = interval
    assert low < paper.alpha["ordinal"] < high <= 1
    again = calibrate(paper_ratings(), SCALE)
    assert again.alpha_interval95 == paper.alpha_interval95
    shuffled = calibrate(list(reversed(paper_ratings())), SCALE)
    assert shuffled.alpha_interval95 == paper.alpha_interval95
    assert calibrate(paper_ratings(), SCALE, seed=1).alpha_interval95 != paper.alpha_interval95


# A pool made for leniency: on twelve units (6 candidates × 2 competencies) B and C give the same
# level and A one level more; D joins B's level on the first three units only.
B_LEVELS = [1, 2, 3, 4, 2, 3, 1, 2, 3, 4, 2, 3]


def lenient_pool() -> list[Rating]:
    units = [(f"c{c}", comp) for c, comp in product(range(6), ("listening", "pricing"))]
    ratings = []
    for i, (unit, level) in enumerate(zip(units, B_LEVELS, strict=True)):
        ratings += [
            Rating(unit, "A", level + 1),
            Rating(unit, "B", level),
            Rating(unit, "C", level),
        ]
        if i < 3:
            ratings.append(Rating(unit, "D", level))
    return ratings


def test_leniency_pairs_and_spread_by_hand() -> None:
    result = calibrate(lenient_pool(), SCALE)
    a, b, c, d = (result.assessors[name] for name in "ABCD")
    # A: 9 units with 2 co-raters + 3 units with 3 = 9·2 + 3·3 = 27 pairs, every one +1.
    assert (a.pairs, a.leniency) == (27, 1.0)
    # B: 27 pairs likewise; −1 against A on all 12 units, 0 against C and D: −12 / 27.
    assert (b.pairs, b.leniency) == (27, pytest.approx(-12 / 27))
    assert (c.pairs, c.leniency) == (27, pytest.approx(-12 / 27))  # C mirrors B
    # B's levels 1,2,3,4,2,3,1,2,3,4,2,3: mean 30/12 = 2.5, squared deviations 4·2.25 + 8·0.25 =
    # 11, sample variance 11/11 = 1. A's levels are B's plus one: the same spread.
    assert a.sd == pytest.approx(1.0) and b.sd == pytest.approx(1.0)
    # D: 3 units × 3 co-raters = 9 pairs, one short of the default 10: counted, not shown.
    assert (d.pairs, d.leniency, d.sd) == (9, None, None)


def test_an_assessor_is_shown_from_the_minimum_number_of_pairs() -> None:
    d = calibrate(lenient_pool(), SCALE, min_pairs=9).assessors["D"]
    # D's pairs: −1 against A, 0 against B and C on each of 3 units: −3 / 9. Levels 1, 2, 3: sd 1.
    assert (d.pairs, d.leniency, d.sd) == (9, pytest.approx(-1 / 3), pytest.approx(1.0))


def test_leniencies_weighted_by_pairs_cancel_out() -> None:
    # Every pair is counted from both ends with opposite signs.
    result = calibrate(lenient_pool(), SCALE, min_pairs=1)
    total = sum(s.leniency * s.pairs for s in result.assessors.values())
    assert total == pytest.approx(0.0)


def test_central_tendency_shows_as_no_spread() -> None:
    ratings = [r for r in lenient_pool() if r.rater != "C"]
    ratings += [Rating(r.unit, "E", 3) for r in ratings if r.rater == "B"]
    assert calibrate(ratings, SCALE).assessors["E"].sd == 0.0


def pool(units: int, raters: str = "ABC") -> list[Rating]:
    levels = [1, 2, 3, 4, 5, 3, 2, 4, 1, 5, 2, 3, 4]
    return [
        Rating((f"c{u}", "pricing"), rater, levels[u % len(levels)] if rater != "C" else 3)
        for u in range(units)
        for rater in raters
    ]


def test_below_the_data_floor_there_is_no_alpha() -> None:
    few = calibrate(pool(9), SCALE)  # 9 units × 3 raters = 27 pairable values < 30
    assert (few.units, few.pairable, few.enough_data) == (9, 27, False)
    assert few.alpha == {"ordinal": None, "interval": None, "nominal": None}
    assert few.alpha_interval95 == {"ordinal": None, "interval": None, "nominal": None}
    assert few.per_competency == {"pricing": None}
    assert reading(few.alpha["ordinal"]) == "insufficient"
    assert few.assessors["A"].pairs == 18  # assessors are still counted


def test_the_floor_needs_both_values_and_units() -> None:
    assert calibrate(pool(10), SCALE).enough_data  # 10 units, 30 values: just enough
    # 15 units with two raters make 30 values; 14 make 28.
    assert calibrate(pool(15, "AB"), SCALE).enough_data
    assert not calibrate(pool(14, "AB"), SCALE).enough_data
    # 8 units with 4 raters make 32 values, but too few units; units one person rated alone
    # are no help, having nothing to agree with.
    assert not calibrate(pool(8, "ABCD"), SCALE).enough_data
    alone = [Rating((f"x{u}", "pricing"), "A", 3) for u in range(5)]
    lonely = calibrate(pool(8, "ABCD") + alone, SCALE)
    assert (lonely.units, lonely.pairable, lonely.enough_data) == (13, 32, False)


def test_per_competency_has_its_own_floor() -> None:
    listening = [r._replace(unit=(r.unit[0], "listening")) for r in pool(8, "ABCD")]
    closing = [r._replace(unit=(r.unit[0], "closing")) for r in pool(12, "AB")]
    result = calibrate(pool(12) + listening + closing, SCALE)
    # listening: 32 pairable values, but in only 8 units; closing: 12 units, but 24 values.
    assert result.per_competency["listening"] is None
    assert result.per_competency["closing"] is None
    pricing = result.per_competency["pricing"]
    assert pricing is not None and pricing.units == 12
    assert result.units == 32 and result.pairable == 12 * 3 + 8 * 4 + 12 * 2


def test_one_level_throughout_gives_no_alpha_and_no_crash() -> None:
    same = [Rating((f"c{u}", "pricing"), r, 3) for u in range(12) for r in "ABC"]
    result = calibrate(same, SCALE)
    assert result.enough_data
    assert result.alpha == {"ordinal": None, "interval": None, "nominal": None}
    assert result.alpha_interval95 == {"ordinal": None, "interval": None, "nominal": None}
    assert json.dumps(to_json(result), allow_nan=False)


def test_unused_levels_of_the_scale_change_nothing_and_off_scale_levels_are_refused() -> None:
    # Krippendorff's ordinal distance counts the values at and between two levels, so a level no
    # one used adds 0; passing the whole scale as value_domain keeps that and refuses strangers.
    wider = calibrate(paper_ratings(), (0, 1, 2, 3, 4, 5, 6, 7))
    narrow = calibrate(paper_ratings(), SCALE)
    assert wider.alpha == pytest.approx(narrow.alpha)
    with pytest.raises(ValueError, match="not on the scale"):
        calibrate([*paper_ratings(), Rating(("u1", "negotiation"), "E", 6)], SCALE)


def test_one_rating_per_person_and_unit() -> None:
    with pytest.raises(ValueError, match="twice"):
        calibrate([*paper_ratings(), Rating(("u1", "negotiation"), "A", 2)], SCALE)


@pytest.mark.parametrize(
    ("alpha", "key"),
    [
        (None, "insufficient"),
        (1.0, "reliable"),
        (0.80, "reliable"),
        (0.7996, "reliable"),  # printed 0.800
        (0.7994, "tentative"),
        (0.667, "tentative"),
        (0.6664, "unreliable"),
        (-0.2, "unreliable"),
    ],
)
def test_reading_bands(alpha: float | None, key: str) -> None:
    assert reading(alpha) == key


def test_json_shape(paper: Calibration) -> None:
    doc = json.loads(json.dumps(to_json(paper), allow_nan=False))
    assert list(doc) == [
        "alpha",
        "alpha_interval95",
        "units",
        "pairable",
        "per_competency",
        "assessors",
        "enough_data",
    ]
    assert set(doc["alpha"]) == {"ordinal", "interval", "nominal"}
    assert doc["alpha_interval95"]["ordinal"] == list(paper.alpha_interval95["ordinal"])
    assert (doc["units"], doc["pairable"]) == (12, 40)
    assert set(doc["per_competency"]["negotiation"]) == {"alpha_ordinal", "units", "interval95"}
    assert doc["per_competency"]["negotiation"]["interval95"] == doc["alpha_interval95"]["ordinal"]
    assert doc["enough_data"] is True
    # Observer C rated units 2–11: 8 units with 3 co-raters, unit 10 with 2, unit 11 with 1: 27
    # pairs. Differences: unit 2 (3 vs 2,2,2) +3, unit 6 (3 vs 1,2,4) +2, unit 8 (2 vs 1,1,1) +3,
    # elsewhere 0: 8/27. C's levels 3,3,3,2,3,4,2,2,5,1: mean 2.8, squared deviations
    # 4·0.04 + 3·0.64 + 1.44 + 4.84 + 3.24 = 11.6, sample variance 11.6/9.
    assert doc["assessors"]["C"] == {
        "leniency": pytest.approx(8 / 27),
        "pairs": 27,
        "sd": pytest.approx(math.sqrt(11.6 / 9)),
    }


def test_importing_calibration_leaves_numpy_unloaded(root: Path) -> None:
    code = "import kamassess.analysis.calibration, sys; assert 'numpy' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], cwd=root, check=True)
