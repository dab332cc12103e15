"""Every figure is written one way: fit, spread of ratings, coverage, places, verdicts, reasons."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kamassess.framework.model import Framework
from kamassess.i18n.figures import (
    LIST_VERDICTS,
    VERDICT_COLOURS,
    coverage_text,
    fit_text,
    place_text,
    range_cell,
    range_text,
    reason_text,
    verdict_line,
    verdict_rank,
)
from kamassess.scoring.fit import Reason, ScoreResult, score
from kamassess.scoring.ranking import Ranked


def result(fit: float, low: float, high: float, raters: int = 2) -> ScoreResult:
    return ScoreResult(
        candidate="x",
        profile="kam",
        competencies=(),
        fit=fit,
        fit_range=(low, high),
        coverage=1.0,
        verdict="conditional",
        groups={},
        raters=raters,
        reason=Reason("conditional"),
    )


def test_fit_is_always_one_decimal_in_the_languages_way() -> None:
    assert fit_text(86.84, "ru") == "86,8" and fit_text(86.84, "en") == "86.8"
    assert fit_text(92.0, "en") == "92.0" and fit_text(None, "en") == "—"


def test_range_is_printed_with_the_fits_rounding(framework: Framework) -> None:
    # Version 1 printed "86,8 — range 87–87": the range rounded to whole numbers.
    res = result(86.84, 86.76, 86.9)
    assert fit_text(res.fit, "ru") == "86,8"
    assert range_cell(res, "ru") == "86,8–86,9"
    assert range_text(res, framework, "en") == "spread of ratings 86.8–86.9"


def test_equal_ends_print_one_value_and_one_assessor_says_so(framework: Framework) -> None:
    same = result(83.72, 83.7, 83.74)  # both ends print as 83.7
    assert range_cell(same, "en") == "83.7"
    assert range_text(same, framework, "en") == "the spread of ratings does not move the fit: 83.7"
    alone = result(70.0, 60.0, 80.0, raters=1)  # one person, two assessments
    assert range_cell(alone, "en") == "one assessor"
    assert range_text(alone, framework, "ru") == "один оценщик: разброса оценок нет"


def test_a_range_across_all_three_bands_says_so(framework: Framework) -> None:
    # bands: 80 and 65. 60–85 holds a fit of each; 66–85 does not (no "not recommended" fit).
    assert range_text(result(75, 60, 85), framework, "en").endswith(
        "— it spans all three verdict bands"
    )
    assert "spans" not in range_text(result(75, 66, 85), framework, "en")


def test_coverage_is_rounded_down() -> None:
    # 0.796 is under the 0.8 a verdict needs: it must not read "80 %".
    assert coverage_text(0.796, "en") == "79\u00a0%"
    assert coverage_text(0.8, "ru") == "80\u00a0%" and coverage_text(1.0, "en") == "100\u00a0%"


def test_places() -> None:
    res = result(80, 80, 80)
    assert place_text(Ranked(res, 1, False)) == "1"
    assert place_text(Ranked(res, 1, True)) == "=1"


def test_verdicts_flags_colours_and_order() -> None:
    res = replace(result(75, 60, 85), flags=("borderline", "drafts_pending"))
    assert (
        verdict_line(res, "en")
        == "conditional, with a development plan · borderline · drafts pending"
    )
    assert verdict_line(res, "ru") == "условно, с планом развития · на границе · есть черновики"
    assert set(VERDICT_COLOURS) == set(LIST_VERDICTS)
    ranks = [verdict_rank(v) for v in LIST_VERDICTS]
    assert ranks == sorted(ranks, reverse=True) and verdict_rank(None) == verdict_rank("none")


@pytest.mark.parametrize(
    ("levels", "reason_en"),
    [
        ({}, "No ratings yet."),
        (
            {"engineering_knowledge": None, "market_knowledge": 4},
            "Knock-out competency not rated: HVAC engineering expertise, Senior-level "
            "negotiation, Relationship building, Communication skills, Responsibility; there is "
            "no verdict without evidence on it.",
        ),
    ],
)
def test_reasons(framework: Framework, levels: dict[str, int | None], reason_en: str) -> None:
    res = score(framework, "kam", "x", [levels] if levels else [])
    assert reason_text(res, framework, "en") == reason_en


def test_coverage_reason(framework: Framework) -> None:
    # Every knock-out competency of kam rated at 4, nothing else: 3+3+3+3+2 = 14 of 39 weight.
    levels = dict.fromkeys(
        (
            "engineering_knowledge",
            "senior_negotiation",
            "relationship_building",
            "communication",
            "responsibility",
        ),
        4,
    )
    res = score(framework, "kam", "x", [levels, levels])
    assert res.verdict == "insufficient_evidence"
    # 14/39 = 0.3589… → "35 %", rounded down
    assert reason_text(res, framework, "en") == (
        "Only 35\u00a0% of the profile's weight is rated; a verdict needs at least 80\u00a0%."
    )
