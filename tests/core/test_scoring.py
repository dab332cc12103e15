"""Scoring exactly as DOMAIN.md says, plus properties that must hold for any ratings."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kamassess.framework.model import Framework, parse_framework
from kamassess.scoring.fit import fit_index, ranges_overlap, rank, score

SMALL = (
    """\
framework: {id: s, version: "1", title: Small}
scale:
  - {level: 1, label: one}
  - {level: 2, label: two}
  - {level: 3, label: three}
  - {level: 4, label: four}
  - {level: 5, label: five}
groups:
  - {id: sales, name: Sales}
  - {id: lead, name: Lead}
competencies:
"""
    + "".join(
        f"""  - id: {cid}
    group: {grp}
    name: {cid}
    definition: d
    anchors: {{1: a, 2: b, 3: c, 4: d, 5: e}}
    questions: [q]
"""
        for cid, grp in (("a", "sales"), ("b", "sales"), ("c", "lead"))
    )
    + """profiles:
  - id: p
    name: P
    targets:
      a: {target: 4, weight: 3, minimum: 2}
      b: {target: 5, weight: 1}
      c: {target: 2, weight: 1}
verdicts: {recommend: 80, conditional: 65}
risk_rules: {internal_tenure_years: 3, payback_months: [6, 12], job_hopping_tenure_years: 2,
             seller_manager_gap: 1.5, sales_groups: [sales], management_groups: [lead]}
"""
)


@pytest.fixture(scope="module")
def fw() -> Framework:
    return parse_framework(SMALL)


def test_fit_by_hand(fw: Framework) -> None:
    # a: 3/4 × 3, b: 5/5 × 1, c: min(4, 2)/2 × 1 → (2.25 + 1 + 1) / 5 = 85 %
    res = score(fw, "p", "x", [{"a": 3, "b": 5, "c": 4}])
    assert res.fit == pytest.approx(85.0)
    assert res.coverage == 1.0 and not res.incomplete
    assert res.verdict == "recommend"
    assert res.strengths == ["c"]
    assert [(g.competency, g.gap, g.weighted_gap) for g in res.gaps] == [("a", 1.0, 3.0)]


def test_mean_range_and_disagreement(fw: Framework) -> None:
    res = score(fw, "p", "x", [{"a": 2, "b": 5, "c": 2}, {"a": 4, "b": 4, "c": None}])
    a = res.competency("a")
    assert (a.score, a.low, a.high, a.raters) == (3.0, 2, 4, 2)
    assert a.disagreement and res.disagreements == ["a"]
    c = res.competency("c")
    assert c.raters == 1 and c.score == 2
    assert res.fit == pytest.approx(100 * (3 * 0.75 + 0.9 + 1) / 5)
    low, high = res.fit_range or (0, 0)
    assert low == pytest.approx(100 * (3 * 0.5 + 0.8 + 1) / 5)
    assert high == pytest.approx(100 * (3 * 1.0 + 1.0 + 1) / 5)
    assert low <= (res.fit or 0) <= high


def test_coverage_and_incomplete(fw: Framework) -> None:
    res = score(fw, "p", "x", [{"a": None, "b": 5, "c": 2}])
    assert res.coverage == pytest.approx(2 / 5) and res.incomplete
    assert res.fit == 100.0  # over what was rated
    assert res.unrated == ["a"]
    assert score(fw, "p", "x", [{"a": 4, "b": 5}]).coverage == pytest.approx(0.8)
    assert not score(fw, "p", "x", [{"a": 4, "b": 5}]).incomplete


def test_nothing_rated(fw: Framework) -> None:
    res = score(fw, "p", "x", [])
    assert res.fit is None and res.fit_range is None and res.verdict is None
    assert res.coverage == 0 and res.gaps == [] and res.raters == 0


def test_knockout_forces_not_recommended(fw: Framework) -> None:
    res = score(fw, "p", "x", [{"a": 1, "b": 5, "c": 5}, {"a": 2, "b": 5, "c": 5}])
    assert res.knockouts == ["a"]  # mean 1.5 below the minimum 2
    assert res.verdict == "not_recommended"
    assert score(fw, "p", "x", [{"a": 2, "b": 5, "c": 5}]).knockouts == []


@pytest.mark.parametrize(
    ("fit", "verdict"),
    [
        (100, "recommend"),
        (80, "recommend"),
        (79.99, "conditional"),
        (65, "conditional"),
        (64.99, "not_recommended"),
        (0.1, "not_recommended"),
    ],
)
def test_verdict_bands(fw: Framework, fit: float, verdict: str) -> None:
    from kamassess.scoring.fit import verdict_for

    assert verdict_for(fw, fit, knocked_out=False) == verdict
    assert verdict_for(fw, fit, knocked_out=True) == "not_recommended"


def test_gap_ranking_by_weight_times_gap(fw: Framework) -> None:
    res = score(fw, "p", "x", [{"a": 3, "b": 2, "c": 1}])
    # a: gap 1 × 3 = 3; b: gap 3 × 1 = 3 (tie: larger gap first); c: gap 1 × 1 = 1
    assert [(g.competency, g.weighted_gap) for g in res.gaps] == [("b", 3), ("a", 3), ("c", 1)]


def test_group_scores(fw: Framework) -> None:
    res = score(fw, "p", "x", [{"a": 2, "b": 5, "c": 1}])
    assert res.groups["sales"] == pytest.approx(100 * (3 * 0.5 + 1) / 4)
    assert res.groups["lead"] == pytest.approx(50.0)
    assert score(fw, "p", "x", [{"a": 2}]).groups["lead"] is None


def test_ranking_with_overlapping_ranges(fw: Framework) -> None:
    strong = score(fw, "p", "s", [{"a": 4, "b": 5, "c": 2}])
    close = score(fw, "p", "c", [{"a": 4, "b": 4, "c": 2}, {"a": 3, "b": 5, "c": 2}])
    weak = score(fw, "p", "w", [{"a": 2, "b": 2, "c": 1}])
    knocked = score(fw, "p", "k", [{"a": 1, "b": 5, "c": 2}])
    assert ranges_overlap(strong, close) and not ranges_overlap(strong, weak)
    ranked = rank([weak, knocked, close, strong])
    assert [r.result.candidate for r in ranked] == ["s", "c", "w", "k"]
    assert [r.place for r in ranked] == [1, 1, 3, 4]
    assert [r.tied_with_previous for r in ranked] == [False, True, False, False]


def test_fit_index_formula() -> None:
    assert fit_index([]) is None
    assert fit_index([(5, 5, 2), (1, 4, 2)]) == pytest.approx(62.5)


levels = st.one_of(st.none(), st.integers(min_value=1, max_value=5))
rater = st.fixed_dictionaries({"a": levels, "b": levels, "c": levels})
raters = st.lists(rater, min_size=1, max_size=5)


@settings(max_examples=300, deadline=None)
@given(raters)
def test_fit_stays_within_0_and_100(fw: Framework, rs: list[dict[str, int | None]]) -> None:
    res = score(fw, "p", "x", rs)
    if res.fit is not None:
        assert 0 <= res.fit <= 100
        assert res.fit_range is not None
        assert 0 <= res.fit_range[0] <= res.fit + 1e-9 <= res.fit_range[1] + 2e-9 <= 100 + 2e-9


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
    """score() sums fit, range and groups in one pass; fit_index is the formula written out."""
    res = score(fw, "p", "x", rs)
    rated = [c for c in res.competencies if c.score is not None]
    assert res.fit == pytest.approx(fit_index((c.score, c.target, c.weight) for c in rated))
    if res.fit_range is not None:
        low = fit_index((c.low, c.target, c.weight) for c in rated if c.low is not None)
        assert res.fit_range[0] == pytest.approx(low)
    for group, value in res.groups.items():
        members = [(c.score, c.target, c.weight) for c in rated if c.group == group]
        expected = fit_index(members)
        assert (value is None and expected is None) or value == pytest.approx(expected)


@pytest.mark.parametrize(
    ("level", "target", "evidence", "distance", "extreme"),
    [
        (4, 4, "", 0, False),
        (2, 4, "x", 2, False),
        (1, 5, "", 4, True),
        (1, 5, "seen", 4, False),
        (5, 4, "", 0, True),
        (5, 4, "  ", 0, True),
        (3, 5, "", 2, False),
        (None, 5, "", 0, False),
    ],
)
def test_rating_flags(
    level: int | None, target: int, evidence: str, distance: int, extreme: bool
) -> None:
    from kamassess.scoring.fit import rating_flags

    flags = rating_flags(level, target, evidence, (1, 2, 3, 4, 5))
    assert (flags.distance, flags.extreme_without_evidence) == (distance, extreme)
