"""The demo set tells its four stories under scoring version 2; every figure worked out by hand
from the demo's ratings (kamassess/exchange/demo.py) and the shipped profiles' targets and
weights, with L = 1."""

from __future__ import annotations

import json

import pytest

from kamassess.exchange.bundle import parse_bundle
from kamassess.exchange.demo import bundle as demo_bundle
from kamassess.exchange.importer import import_bundle
from kamassess.framework.model import Framework
from kamassess.i18n.figures import fit_text, range_cell, reason_text
from kamassess.scoring.batch import evaluate_many
from kamassess.scoring.evaluation import Evaluation, evaluate
from kamassess.store.sqlite import Store


@pytest.fixture
def demo(store: Store, framework: Framework) -> Store:
    text = json.dumps(demo_bundle(), ensure_ascii=False)
    import_bundle(store, framework, parse_bundle(text, "demo", framework, store), "t")
    return store


@pytest.fixture
def evs(demo: Store, framework: Framework) -> dict[str, Evaluation]:
    return {e.candidate.id: e for e in evaluate_many(demo, framework)}


def codes(ev: Evaluation) -> set[str]:
    return {r.code for r in ev.result.risks}


# kam: Σ weights = 3+2+2+2+3+3+3+2+2+3+3+1+2+1+1+3+1+2 = 39 (18 competencies).


def test_internal_promotion_candidate(evs: dict[str, Evaluation], framework: Framework) -> None:
    """Соколова: grown inside from small clients; recommended, her accounts need a successor."""
    res = evs["c-001"].result
    # w·p per competency, p = (min(s, t) − 1)/(t − 1), ratings Петрова / Кузнецов:
    # engineering 4,4 → 3 · 1 = 3; market 3,4 → mean 3.5: 2 · 2.5/3 = 5/3; processes 4,4 → 2;
    # business 3,3 (t 3) → 2; account 3,3 → 3 · 2/3 = 2; projects 3,4 → 3 · 2.5/3 = 2.5;
    # negotiation 3,3 → 2; argumentation 4,3 → 5/3; results 4,4 → 2; relationships 5,5 → 3;
    # communication 4,4 → 3; conflict 4,3 (t 3) → 1; responsibility 5,5 → 2; drive 4,4 → 1;
    # attention 4,4 (t 3) → 1; systems 3,4 → 2.5; stress 4,4 (t 3) → 1; learning 4,4 → 2.
    # Σ = 32 + 10/3 = 106/3; fit = 100 × (106/3)/39 = 10600/117 = 90.598…
    assert res.fit == pytest.approx(10600 / 117)
    # lowest ratings lose 1/3 (market), 0.5 (projects), 1/3 (argumentation), 0.5 (systems):
    # 106/3 − 5/3 = 101/3 → 10100/117 = 86.32…; highest gain as much: 37 → 3700/39 = 94.87…
    assert res.fit_range == pytest.approx((10100 / 117, 3700 / 39))
    assert (fit_text(res.fit, "ru"), range_cell(res, "ru")) == ("90,6", "86,3–94,9")
    assert res.verdict == "recommend" and res.flags == ()
    assert codes(evs["c-001"]) == {"internal_tenure", "successor_needed"}


def test_external_same_industry_other_region(
    evs: dict[str, Evaluation], framework: Framework
) -> None:
    """Морозов: technically the strongest, but the assessors split on relationships, and every
    external risk of the article applies."""
    res = evs["c-002"].result
    # Петрова / Орлов / Кузнецов. Whole shares: engineering 5,5,5 → 3; market → 2;
    # business 4,4,3 (t 3) → 2; account → 3; projects 5,5,4 → 3; negotiation 4,5,4 → 3;
    # argumentation → 2; results → 2; communication 3,3,3 → 3 · 2/3 = 2; drive → 1;
    # attention 4,3,4 (t 3) → 1; systems → 3; stress 3,3,3 (t 3) → 1: Σ 28.
    # Fractions: processes 4,3,4 → mean 11/3: 2 · (8/3)/3 = 16/9; relationships 2,4,2 → 8/3:
    # 3 · (5/3)/3 = 5/3; conflict 3,3,2 (t 3) → 8/3: (5/3)/2 = 5/6; responsibility 3,3,3 →
    # 2 · 2/3 = 4/3; learning 3,2,3 → 8/3: 2 · (5/3)/3 = 10/9. Σ = 121/18.
    # fit = 100 × (28 + 121/18)/39 = 100 × (625/18)/39 = 62500/702 = 89.03…
    assert res.fit == pytest.approx(62500 / 702)
    # lowest: processes 4/3 (−4/9), relationships 1 (−2/3), conflict 1/2 (−1/3), learning 2/3
    # (−4/9): 625/18 − 34/18 = 591/18 → 59100/702 = 84.19…; highest: processes 2 (+2/9),
    # relationships 3 (+4/3), conflict 1 (+1/6), learning 4/3 (+2/9): 660/18 → 94.01…
    assert res.fit_range == pytest.approx((59100 / 702, 66000 / 702))
    # Relationship building 2, 4, 2: mean 8/3 < 3, but Орлов gave 4 — needs consensus.
    assert res.verdict == "needs_consensus" and res.competency("relationship_building").raters == 3
    assert "Relationship building" in reason_text(res, framework, "en")
    assert codes(evs["c-002"]) == {
        "external_payback",
        "pay_motivated",
        "job_hopping",
        "weak_start",
        "fixed_habits",
        "salary_above_band",
    }


def test_adjacent_market_candidate(evs: dict[str, Evaluation]) -> None:
    """Лебедева: from humidification and ventilation, already with three of our key general
    contractors; recommended, with the credit of established trust."""
    res = evs["c-003"].result
    # Петрова / Кузнецов: engineering 3,3 → 3 · 2/3 = 2; projects 3,3 → 2; every other
    # competency at or above its target → its whole weight: 39 − 3 − 3 = 33. Σ = 37.
    # fit = 100 × 37/39 = 94.87…; no rating below target differs, so the range is one value.
    assert res.fit == pytest.approx(3700 / 39)
    assert res.fit_range == pytest.approx((3700 / 39, 3700 / 39))
    assert range_cell(res, "en") == "94.9"
    assert res.verdict == "recommend"
    assert codes(evs["c-003"]) == {"external_payback", "adjacent_credit"}


def test_top_seller_for_team_lead(demo: Store, framework: Framework) -> None:
    """Волков: best sales of 2025, no management evidence; knocked out on leading people, a
    strong seller but unproven manager, with the director's draft still open."""
    res = evaluate(demo, framework, "c-004").result
    # kam_team_lead, Σ weights 43. Петрова / Кузнецов (the director's draft left out):
    # at or above target: engineering 2, market 2, processes 1, business 2, account 2,
    # projects 2, negotiation 2, argumentation 1, results 2, relationships 2, communication 3,
    # responsibility 2, drive 1, attention 1, systems 3, learning 1 → 29;
    # conflict 3,3 (t 4) → 2 · 2/3 = 4/3; stress 3,3 → 4/3; people 2,2 → 5 · 1/3 = 5/3;
    # process 2,2 → 5/3: Σ = 29 + 6 = 35. fit = 100 × 35/43 = 81.39…
    assert res.fit == pytest.approx(3500 / 43)
    # Leading people 2 and 2, minimum 3: every assessor below — not recommended.
    assert res.verdict == "not_recommended" and res.reason.competencies == ("people_management",)
    assert res.flags == ("drafts_pending",)
    ev = evaluate(demo, framework, "c-004")
    assert codes(ev) >= {"seller_not_manager", "quota_overload", "successor_needed"}
    # With the draft (Орлов rates leading people 3): 2, 2, 3 — one at the minimum: consensus.
    drafts = evaluate(demo, framework, "c-004", include_drafts=True).result
    assert drafts.verdict == "needs_consensus" and drafts.flags == ()
