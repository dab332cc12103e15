"""Scoring version 2 exactly as DOMAIN.md says, with the arithmetic written out, plus properties
that must hold for any ratings."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kamassess.framework.model import Framework, parse_framework
from kamassess.model import person_key
from kamassess.scoring.fit import Reason, ScoreResult, band_for, score
from kamassess.scoring.ranking import ranges_overlap, rank
from kamassess.scoring.raters import Rater


def small_framework(levels: Iterable[int] = (1, 2, 3, 4, 5), targets: str = "") -> str:
    """Three competencies (a, b in group sales; c in lead) on the given scale."""
    levels = list(levels)
    scale = "".join(f"  - {{level: {lv}, label: L{lv}}}\n" for lv in levels)
    anchors = ", ".join(f"{lv}: x{lv}" for lv in levels)
    comps = "".join(
        f"  - {{id: {cid}, group: {grp}, name: {cid}, definition: d, anchors: {{{anchors}}}, "
        "questions: [q]}\n"
        for cid, grp in (("a", "sales"), ("b", "sales"), ("c", "lead"))
    )
    targets = targets or (
        "      a: {target: 4, weight: 3, minimum: 2}\n"
        "      b: {target: 5, weight: 1}\n"
        "      c: {target: 2, weight: 1}\n"
    )
    return (
        'framework: {id: s, version: "1", title: Small}\n'
        f"scale:\n{scale}"
        "groups:\n  - {id: sales, name: Sales}\n  - {id: lead, name: Lead}\n"
        f"competencies:\n{comps}"
        f"profiles:\n  - id: p\n    name: P\n    targets:\n{targets}"
        "verdicts: {recommend: 80, conditional: 65}\n"
    )


@pytest.fixture(scope="module")
def fw() -> Framework:
    return parse_framework(small_framework())


def reference_fit(items: Iterable[tuple[float, int, float]], lowest: int) -> float | None:
    """DOMAIN's formula written out on its own: 100 × Σ w·p ÷ Σ w over (score, target, weight),
    p = (min(s, t) − L) / (t − L), p = 1 when t = L; None when nothing is rated."""
    num = den = 0.0
    for s, t, w in items:
        p = 1.0 if t == lowest else (min(s, t) - lowest) / (t - lowest)
        num += w * p
        den += w
    return None if den == 0 else 100.0 * num / den


def test_fit_by_hand(fw: Framework) -> None:
    # L = 1. a: (min(3, 4) − 1)/(4 − 1) = 2/3, weight 3 → 2; b: (5 − 1)/(5 − 1) = 1 → 1;
    # c: (min(4, 2) − 1)/(2 − 1) = 1 → 1. Fit = 100 × (2 + 1 + 1)/5 = 80.0: recommend.
    res = score(fw, "p", "x", [{"a": 3, "b": 5, "c": 4}])
    assert res.fit == pytest.approx(80.0)
    assert res.coverage == 1.0 and not res.incomplete
    assert res.verdict == "recommend" and res.reason == Reason("recommend")
    assert res.flags == ("single_assessor",)  # one person: no spread to speak of
    assert res.strengths == ["c"]
    assert [(g.competency, g.gap, g.weighted_gap) for g in res.gaps] == [("a", 1.0, 3.0)]


def test_the_bottom_of_the_scale_earns_nothing(fw: Framework) -> None:
    # Every p = (1 − 1)/(t − 1) = 0, except c, whose target 2 … (1 − 1)/(2 − 1) = 0 too.
    res = score(fw, "p", "x", [{"a": 1, "b": 1, "c": 1}])
    assert res.fit == pytest.approx(0.0)


def test_mean_range_and_disagreement(fw: Framework) -> None:
    res = score(fw, "p", "x", [{"a": 2, "b": 5, "c": 2}, {"a": 4, "b": 4, "c": None}])
    a = res.competency("a")
    assert (a.score, a.low, a.high, a.raters) == (3.0, 2, 4, 2)
    assert a.disagreement and res.disagreements == ["a"]  # 4 − 2 = 2 levels apart
    c = res.competency("c")
    assert c.raters == 1 and c.score == 2
    # fit: a mean 3 → (3 − 1)/3 × 3 = 2; b mean 4.5 → 3.5/4 = 0.875; c 2 → 1.
    # 100 × 3.875/5 = 77.5.
    assert res.fit == pytest.approx(77.5)
    # lowest ratings: a 2 → 1/3 × 3 = 1; b 4 → 3/4; c → 1: 100 × 2.75/5 = 55.0.
    # highest: a 4 → 3; b 5 → 1; c → 1: 100 × 5/5 = 100.0.
    assert res.fit_range == pytest.approx((55.0, 100.0))
    # 77.5 is conditional, but the range 55–100 holds fits of every band: borderline.
    assert res.verdict == "conditional" and res.flags == ("borderline",)


def test_coverage_and_insufficient_evidence(fw: Framework) -> None:
    # a (weight 3, knock-out minimum 2) unrated: no verdict, whatever the rest says.
    res = score(fw, "p", "x", [{"a": None, "b": 5, "c": 2}])
    assert res.coverage == pytest.approx(2 / 5) and res.incomplete
    assert res.fit == 100.0  # over what was rated: b and c at target
    assert res.unrated == ["a"] and res.knockouts_unrated == ["a"]
    assert res.verdict == "insufficient_evidence"
    assert res.reason == Reason("knockout_unrated", ("a",))
    # a rated, c not: 4 of 5 weight = 0.8, not below the 0.8 needed.
    full = score(fw, "p", "x", [{"a": 4, "b": 5}])
    assert full.coverage == pytest.approx(0.8) and full.verdict == "recommend"
    # Only a: 3 of 5 = 0.6 < 0.8 — one competency at target is not "100, recommend".
    one = score(fw, "p", "x", [{"a": 4}])
    assert one.fit == 100.0 and one.coverage == pytest.approx(0.6)
    assert one.verdict == "insufficient_evidence" and one.reason == Reason("coverage")


def test_nothing_rated(fw: Framework) -> None:
    res = score(fw, "p", "x", [])
    assert res.fit is None and res.fit_range is None and res.verdict is None
    assert res.reason == Reason("not_assessed")
    assert res.coverage == 0 and res.gaps == [] and res.raters == 0 and res.flags == ()


def test_knockout_every_rater_below_is_not_recommended(fw: Framework) -> None:
    res = score(fw, "p", "x", [{"a": 1, "b": 5, "c": 5}, {"a": 1, "b": 5, "c": 5}])
    assert res.knockouts == ["a"]  # mean 1 below the minimum 2, and so is every rating
    assert res.competency("a").knockout == "confirmed"
    assert res.verdict == "not_recommended" and res.reason == Reason("knockout", ("a",))


def test_knockout_split_needs_consensus_until_one_is_recorded(fw: Framework) -> None:
    raters = [{"a": 1, "b": 5, "c": 5}, {"a": 2, "b": 5, "c": 5}]
    res = score(fw, "p", "x", raters)
    # mean 1.5 < 2, but the second rater gave 2, at the minimum: they must agree first.
    assert res.competency("a").knockout == "split"
    assert res.verdict == "needs_consensus" and res.reason == Reason("needs_consensus", ("a",))
    # fit with the mean: a (1.5 − 1)/3 × 3 = 0.5; b 1; c 1 → 100 × 2.5/5 = 50.0.
    assert res.fit == pytest.approx(50.0)

    agreed_low = score(fw, "p", "x", raters, consensus={"a": 1})
    assert agreed_low.verdict == "not_recommended" and agreed_low.reason.code == "knockout"

    agreed = score(fw, "p", "x", raters, consensus={"a": 2})
    a = agreed.competency("a")
    assert a.score == 2 and a.levels == (1, 2) and a.consensus == 2  # ratings stay visible
    # consensus 2 replaces the mean: (2 − 1)/3 × 3 = 1; b 1; c 1 → 100 × 3/5 = 60.0, under 65.
    assert agreed.fit == pytest.approx(60.0)
    assert agreed.verdict == "not_recommended" and agreed.reason == Reason("not_recommended")
    # the range still spans the ratings 1..2: low 100 × (0 + 1 + 1)/5 = 40, high 60.
    assert agreed.fit_range == pytest.approx((40.0, 60.0))


@pytest.mark.parametrize(
    ("fit", "verdict"),
    [
        (100, "recommend"),
        (80, "recommend"),
        (79.96, "recommend"),  # printed "80.0": the band follows what is printed
        (79.94, "conditional"),
        (65, "conditional"),
        (64.96, "conditional"),
        (64.94, "not_recommended"),
        (0.1, "not_recommended"),
    ],
)
def test_verdict_bands(fw: Framework, fit: float, verdict: str) -> None:
    assert band_for(fw, fit) == verdict


def test_gap_ranking_by_weight_times_gap(fw: Framework) -> None:
    res = score(fw, "p", "x", [{"a": 3, "b": 2, "c": 1}])
    # a: gap 1 × 3 = 3; b: gap 3 × 1 = 3 (tie: larger gap first); c: gap 1 × 1 = 1
    assert [(g.competency, g.weighted_gap) for g in res.gaps] == [("b", 3), ("a", 3), ("c", 1)]


def test_group_scores(fw: Framework) -> None:
    res = score(fw, "p", "x", [{"a": 2, "b": 5, "c": 1}])
    # sales: a (2 − 1)/3 × 3 = 1, b 1 × 1 = 1 → 100 × 2/4 = 50.0; lead: c (1 − 1)/1 = 0.
    assert res.groups["sales"] == pytest.approx(50.0)
    assert res.groups["lead"] == pytest.approx(0.0)
    assert score(fw, "p", "x", [{"a": 2}]).groups["lead"] is None


def test_raters_are_people_not_assessments(fw: Framework) -> None:
    # One person's interview and work sample: two ratings, one rater.
    same = [
        Rater.named("Петрова А. В.", {"a": 3, "b": 5, "c": 2}),
        Rater.named("  петрова  а. в. ", {"a": 4, "b": 5, "c": 2}),
    ]
    res = score(fw, "p", "x", same)
    a = res.competency("a")
    assert a.levels == (3, 4) and a.raters == 1 and res.raters == 1
    assert "single_assessor" in res.flags
    two = score(fw, "p", "x", [*same, Rater.named("Орлов В. П.", {"a": 4})])
    assert two.raters == 2 and two.competency("a").raters == 2 and two.competency("b").raters == 1
    assert "single_assessor" not in two.flags
    assert person_key(" Петрова\tА. В.") == person_key("петрова а. в.")


def test_drafts_pending_is_a_flag(fw: Framework) -> None:
    raters = [{"a": 4, "b": 5, "c": 2}, {"a": 4, "b": 5, "c": 2}]
    assert score(fw, "p", "x", raters, drafts_pending=1).flags == ("drafts_pending",)
    assert score(fw, "p", "x", raters).flags == ()


def test_a_competency_score_is_an_immutable_value() -> None:
    from dataclasses import FrozenInstanceError

    from kamassess.scoring.fit import CompetencyScore

    made = CompetencyScore.of("a", "g", 4, 2.0, 3, (2, 5), raters=1, disagreement_levels=2)
    assert made == CompetencyScore("a", "g", 4, 2.0, 3, (2, 5), 1)
    assert (made.score, made.low, made.high, made.disagreement) == (3.5, 2, 5, True)
    with pytest.raises(FrozenInstanceError):
        made.score = 1.0  # type: ignore[misc]
    agreed = CompetencyScore.of("a", "g", 4, 2.0, 3, (2, 5), consensus=3)
    assert (agreed.score, agreed.low, agreed.high, agreed.knockout) == (3, 2, 5, None)
    assert CompetencyScore.of("a", "g", 4, 2.0, 3, ()).knockout == "unrated"


def test_the_readmes_worked_example() -> None:
    targets = (
        "      a: {target: 4, weight: 3, minimum: 3}\n"
        "      b: {target: 4, weight: 2}\n"
        "      c: {target: 3, weight: 1}\n"
    )
    fw = parse_framework(small_framework(targets=targets))
    first, second = {"a": 3, "b": 4, "c": 2}, {"a": 4, "b": 5, "c": 2}
    res = score(fw, "p", "x", [first, second])
    # a: mean 3.5 → (3.5 − 1)/3 × 3 = 2.5; b: 4.5 capped at 4 → 2; c: (2 − 1)/2 × 1 = 0.5.
    # 100 × 5/6 = 83.33…; lowest 100 × (2 + 2 + 0.5)/6 = 75; highest 100 × (3 + 2 + 0.5)/6.
    assert res.fit == pytest.approx(500 / 6)
    assert res.fit_range == pytest.approx((75.0, 550 / 6))
    assert (res.verdict, res.flags) == ("recommend", ("borderline",))
    split = score(fw, "p", "x", [first, {**second, "a": 2}])  # a: 3, 2 → mean 2.5 < 3 ≤ 3
    assert split.verdict == "needs_consensus"
    both = score(fw, "p", "x", [{**first, "a": 2}, {**second, "a": 2}])
    assert both.verdict == "not_recommended" and both.reason.code == "knockout"
    neither = score(fw, "p", "x", [{**first, "a": None}, {**second, "a": None}])
    assert neither.verdict == "insufficient_evidence"


# -- other scales -------------------------------------------------------------------------------


def test_seven_level_scale() -> None:
    targets = "      a: {target: 5, weight: 2}\n      b: {target: 7, weight: 1}\n"
    fw7 = parse_framework(small_framework(range(1, 8), targets))
    # a: (4 − 1)/(5 − 1) = 3/4 × 2 = 1.5; b: (7 − 1)/(7 − 1) = 1 → 100 × 2.5/3 = 83.33…
    res = score(fw7, "p", "x", [{"a": 4, "b": 7}], drafts_pending=0)
    assert res.fit == pytest.approx(250 / 3)
    # One level below target everywhere — version 1 made it 80, "recommend":
    # a (4 − 1)/4 × 2 = 1.5; b (6 − 1)/6 = 5/6 → 100 × (1.5 + 5/6)/3 = 77.78: conditional.
    below = score(fw7, "p", "x", [{"a": 4, "b": 6}, {"a": 4, "b": 6}])
    assert below.fit == pytest.approx(100 * (1.5 + 5 / 6) / 3)
    assert below.verdict == "conditional"


def test_three_level_scale_and_a_target_at_the_bottom() -> None:
    targets = (
        "      a: {target: 2, weight: 1}\n      b: {target: 3, weight: 1}\n"
        "      c: {target: 1, weight: 1}\n"
    )
    fw3 = parse_framework(small_framework((1, 2, 3), targets))
    # a: (2 − 1)/(2 − 1) = 1; b: (2 − 1)/(3 − 1) = 0.5; c: target = L → p = 1.
    # 100 × 2.5/3 = 83.33…
    res = score(fw3, "p", "x", [{"a": 2, "b": 2, "c": 1}, {"a": 2, "b": 2, "c": 1}])
    assert res.fit == pytest.approx(250 / 3)


def test_a_scale_that_does_not_start_at_one() -> None:
    targets = "      a: {target: 4, weight: 1}\n      b: {target: 6, weight: 1}\n"
    fw = parse_framework(small_framework((2, 4, 6), targets))
    # L = 2. a: (min(6, 4) − 2)/(4 − 2) = 1; b: (4 − 2)/(6 − 2) = 0.5 → 100 × 1.5/2 = 75.0.
    res = score(fw, "p", "x", [{"a": 6, "b": 4}, {"a": 6, "b": 4}])
    assert res.fit == pytest.approx(75.0)
    # The bottom level earns nothing: a 2 → 0, b 2 → 0.
    assert score(fw, "p", "x", [{"a": 2, "b": 2}]).fit == pytest.approx(0.0)


def test_thresholds_come_from_the_framework() -> None:
    text = small_framework() + (
        "scoring: {min_coverage: 0.5, disagreement_levels: 3, meaningful_difference: 2}\n"
    )
    fw = parse_framework(text)
    # 3 of 5 weight = 0.6 ≥ 0.5: a verdict now, where the default 0.8 gave none.
    assert score(fw, "p", "x", [{"a": 4}]).verdict == "recommend"
    # 2 levels apart is no longer a disagreement; 3 is.
    res = score(fw, "p", "x", [{"a": 2, "b": 5}, {"a": 4, "b": 2}])
    assert res.disagreements == ["b"]


# -- ranking ------------------------------------------------------------------------------------


def made(
    cid: str, fit: float, verdict: str = "recommend", reason: str = "", spread: float = 0.0
) -> ScoreResult:
    """A result with just what ranking reads: fit, range, verdict and its reason."""
    return ScoreResult(
        candidate=cid,
        profile="p",
        competencies=(),
        fit=fit,
        fit_range=(fit - spread, fit + spread),
        coverage=1.0,
        verdict=verdict,  # type: ignore[arg-type]
        groups={},
        raters=2,
        reason=Reason(reason or verdict),  # type: ignore[arg-type]
    )


def test_groups_are_anchored_at_their_first_member() -> None:
    fits = {"a": 93.0, "b": 89.0, "c": 85.0, "d": 80.2, "e": 80.1}
    ranked = rank([made(c, f) for c, f in fits.items()], meaningful_difference=5)
    # 93 anchors; 89 is 4 from it (< 5): shares place 1. 85 is 8 from 93: a new group at
    # place 3, although it is only 4 from 89 — groups do not chain. 80.2 and 80.1 are 4.8 and
    # 4.9 from 85: they share place 3 (version 1 ranked them apart).
    assert [(r.result.candidate, r.place) for r in ranked] == [
        ("a", 1),
        ("b", 1),
        ("c", 3),
        ("d", 3),
        ("e", 3),
    ]
    assert [r.tied_with_previous for r in ranked] == [False, True, False, True, True]


def test_overlapping_spreads_share_a_place_even_when_fits_are_far_apart() -> None:
    # 90 ± 6 = 84..96 and 78 ± 7 = 71..85 overlap (84 ≤ 85), though 90 − 78 = 12 ≥ 5.
    wide = [made("a", 90, spread=6), made("b", 78, "conditional", spread=7)]
    assert ranges_overlap(*wide)
    assert [r.place for r in rank(wide)] == [1, 1]
    narrow = [made("a", 90, spread=1), made("b", 78, "conditional", spread=1)]
    assert [r.place for r in rank(narrow)] == [1, 2]


def test_insufficient_evidence_never_ranks_above_an_assessed_candidate() -> None:
    results = [
        made("thin", 100, "insufficient_evidence", "coverage"),
        made("split", 95, "needs_consensus"),
        made("ko", 97, "not_recommended", "knockout"),
        made("weak", 60, "not_recommended"),
        made("good", 85),
    ]
    ranked = rank(results)
    assert [r.result.candidate for r in ranked] == ["good", "weak", "split", "ko", "thin"]
    # Across tiers no place is shared, however close the fits.
    assert [r.place for r in ranked] == [1, 2, 3, 4, 5]


def test_only_one_profile_is_ranked_at_a_time() -> None:
    other = replace(made("b", 80), profile="q")
    with pytest.raises(ValueError, match="different profiles"):
        rank([made("a", 90), other])


# -- properties ---------------------------------------------------------------------------------

levels = st.one_of(st.none(), st.integers(min_value=1, max_value=5))
rater = st.fixed_dictionaries({"a": levels, "b": levels, "c": levels})
raters = st.lists(rater, min_size=1, max_size=5)


@settings(max_examples=300, deadline=None)
@given(raters)
def test_fit_stays_within_0_and_100_and_inside_its_range(
    fw: Framework, rs: list[dict[str, int | None]]
) -> None:
    from kamassess.i18n.figures import fit_text

    res = score(fw, "p", "x", rs)
    if res.fit is not None:
        assert 0 <= res.fit <= 100
        assert res.fit_range is not None
        low, high = res.fit_range
        assert 0 <= low <= res.fit <= high <= 100
        # Printed with the fit's rounding, the printed fit lies inside the printed range.
        as_number = [float(fit_text(x, "en")) for x in (low, res.fit, high)]
        assert as_number == sorted(as_number)


@settings(max_examples=300, deadline=None)
@given(raters, st.integers(0, 4), st.sampled_from(["a", "b", "c"]))
def test_raising_a_rating_never_lowers_fit(
    fw: Framework, rs: list[dict[str, int | None]], who: int, comp: str
) -> None:
    who %= len(rs)
    current = rs[who][comp]
    if current is None or current == 5:
        return
    before = score(fw, "p", "x", rs)
    raised = [dict(r) for r in rs]
    raised[who][comp] = current + 1
    after = score(fw, "p", "x", raised)
    assert after.fit is not None and before.fit is not None
    assert after.fit >= before.fit - 1e-9


@settings(max_examples=200, deadline=None)
@given(raters, st.sampled_from(["a", "b", "c"]))
def test_ratings_above_target_change_nothing(
    fw: Framework, rs: list[dict[str, int | None]], comp: str
) -> None:
    target = fw.profile("p").target(comp)
    assert target is not None
    at_target = [{**r, comp: target.target} for r in rs]
    above = [{**r, comp: max(target.target, 5)} for r in rs]
    assert score(fw, "p", "x", at_target).fit == pytest.approx(score(fw, "p", "x", above).fit)


@settings(max_examples=200, deadline=None)
@given(raters, st.randoms())
def test_permuting_assessors_changes_nothing(
    fw: Framework, rs: list[dict[str, int | None]], rnd: object
) -> None:
    shuffled = list(rs)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    a, b = score(fw, "p", "x", rs), score(fw, "p", "x", shuffled)
    assert (a.fit, a.fit_range, a.coverage, a.verdict, a.knockouts, a.gaps, dict(a.groups)) == (
        b.fit,
        b.fit_range,
        b.coverage,
        b.verdict,
        b.knockouts,
        b.gaps,
        dict(b.groups),
    )


@settings(max_examples=200, deadline=None)
@given(raters)
def test_one_pass_sums_equal_the_reference_formula(
    fw: Framework, rs: list[dict[str, int | None]]
) -> None:
    """score() sums fit, range and groups in one pass; reference_fit is DOMAIN's formula."""
    res = score(fw, "p", "x", rs)
    rated = [c for c in res.competencies if c.score is not None]
    assert res.fit == pytest.approx(
        reference_fit(((c.score, c.target, c.weight) for c in rated), 1)
    )
    if res.fit_range is not None:
        low = reference_fit(((c.low, c.target, c.weight) for c in rated if c.low is not None), 1)
        high = reference_fit(((c.high, c.target, c.weight) for c in rated if c.high is not None), 1)
        assert res.fit_range == pytest.approx((low, high))
    for group, value in res.groups.items():
        members = [(c.score, c.target, c.weight) for c in rated if c.group == group]
        expected = reference_fit(members, 1)
        assert (value is None and expected is None) or value == pytest.approx(expected)


def test_reference_formula_itself() -> None:
    assert reference_fit([], 1) is None
    # (5 − 1)/(5 − 1) = 1 × 2; (1 − 1)/(4 − 1) = 0 × 2 → 100 × 2/4 = 50.
    assert reference_fit([(5, 5, 2), (1, 4, 2)], 1) == pytest.approx(50.0)


@pytest.mark.parametrize(
    ("level", "target", "evidence", "far", "distance", "extreme"),
    [
        (4, 4, "", 2, 0, False),
        (2, 4, "x", 2, 2, False),
        (1, 5, "", 2, 4, True),
        (1, 5, "seen", 2, 4, False),
        (5, 4, "", 2, 0, True),
        (5, 4, "  ", 2, 0, True),
        (3, 5, "", 2, 2, False),
        (3, 5, "", 3, 0, False),  # the framework's far_from_target is 3: 2 away is not far
        (None, 5, "", 2, 0, False),
    ],
)
def test_rating_flags(
    level: int | None, target: int, evidence: str, far: int, distance: int, extreme: bool
) -> None:
    from kamassess.scoring.rating_flags import rating_flags

    flags = rating_flags(level, target, evidence, (1, 2, 3, 4, 5), far)
    assert (flags.distance, flags.extreme_without_evidence) == (distance, extreme)


def test_candidates_rated_alike_share_a_score_and_only_they(
    fw: Framework, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Scores are shared between candidates rated alike (scoring 10,000 makes a few hundred):
    never between two that differ in levels, people, consensus, profile or framework."""
    import kamassess.scoring.fit as fit

    one = score(fw, "p", "x", [{"a": 3, "b": 5, "c": 2}, {"a": 4, "b": 5, "c": 2}])
    two = score(fw, "p", "y", [{"a": 4, "b": 5, "c": 2}, {"a": 3, "b": 5, "c": 2}])
    assert one.competency("a") is two.competency("a")  # levels (3, 4) by two people, each time
    # The same two levels from one person: one rater, not two.
    same = [Rater.named("Петрова", {"a": 3}), Rater.named("петрова", {"a": 4})]
    alone = score(fw, "p", "z", same).competency("a")
    assert alone.levels == (3, 4) and alone.raters == 1 and one.competency("a").raters == 2
    agreed = score(fw, "p", "w", [{"a": 3}, {"a": 4}], consensus={"a": 2}).competency("a")
    assert agreed.score == 2 and one.competency("a").score == 3.5
    # Another framework with the same ids but a's target 5 (weight 3): a at 3.5 gives
    # (3.5 − 1)/(5 − 1) × 3 = 1.875, b 1, c 1 → 100 × 3.875/5 = 77.5; in fw, (3.5 − 1)/3 × 3
    # = 2.5 → 100 × 4.5/5 = 90.0.
    other = parse_framework(
        small_framework(
            targets="      a: {target: 5, weight: 3}\n"
            "      b: {target: 5, weight: 1}\n"
            "      c: {target: 2, weight: 1}\n"
        )
    )
    there = score(other, "p", "x", [{"a": 3, "b": 5, "c": 2}, {"a": 4, "b": 5, "c": 2}])
    assert there.competency("a").target == 5 and there.fit == pytest.approx(77.5)
    assert one.fit == pytest.approx(90.0)
    # A full cache is emptied, not grown, and what it gives stays right.
    monkeypatch.setattr(fit, "_SHARED_MOST", 3)
    for low in range(1, 6):
        for high in range(low, 6):
            got = score(fw, "p", "v", [{"a": low}, {"a": high}]).competency("a")
            assert (got.levels, got.score) == ((low, high), (low + high) / 2)
    assert len(fit._SHARED[(fw.content_hash, "p")]) <= 4
