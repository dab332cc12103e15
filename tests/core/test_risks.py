"""Each risk rule of the article fires when it should, and reads as a sentence in ru and en."""

from __future__ import annotations

from typing import Any

import pytest

from kamassess.framework.model import Framework
from kamassess.i18n.texts import risk_sentence
from kamassess.model import Candidate
from kamassess.scoring.fit import score
from kamassess.scoring.risks import indicators


def codes(
    fw: Framework, profile: str = "kam", levels: dict[str, int] | None = None, **facts: Any
) -> dict[str, dict[str, Any]]:
    base: dict[str, Any] = {"id": "x", "name": "X", "kind": "external", "profile": profile}
    cand = Candidate(**{**base, **facts})
    res = score(fw, profile, "x", [levels or {c.id: 4 for c in fw.competencies}])
    return {r["code"]: r for r in indicators(fw, cand, res)}


def test_external_rules(framework: Framework) -> None:
    found = codes(
        framework,
        motivation="pay",
        tenure_years=1.5,
        industry="own",
        client_overlap=0.0,
        region="Казань",
    )
    assert found["external_payback"]["months_min"] == 6
    assert found["external_payback"]["months_max"] == 12
    assert {"pay_motivated", "job_hopping", "weak_start"} <= set(found)
    assert found["weak_start"]["region"] == "Казань"
    calm = codes(framework, motivation="career", tenure_years=4, industry="own", client_overlap=0.5)
    assert set(calm) == {"external_payback"}


def test_adjacent_market_with_overlap_is_a_credit(framework: Framework) -> None:
    found = codes(framework, industry="adjacent", client_overlap=0.35)
    assert found["adjacent_credit"]["kind"] == "plus"
    assert "adjacent_credit" not in codes(framework, industry="adjacent", client_overlap=0.1)


def test_internal_rules(framework: Framework) -> None:
    long = codes(framework, kind="internal", tenure_years=3)
    assert long["internal_tenure"]["kind"] == "plus" and "successor_needed" in long
    assert "external_payback" not in long
    short = codes(framework, kind="internal", tenure_years=1)
    assert "internal_short_tenure" in short and "internal_tenure" not in short


def test_strong_seller_unproven_manager(framework: Framework) -> None:
    levels = {c.id: 5 for c in framework.competencies}
    levels.update(people_management=2, process_management=3)
    found = codes(
        framework, "kam_team_lead", levels, kind="internal", tenure_years=6, quota_reduced=False
    )
    risk = found["seller_not_manager"]
    assert risk["sales"] == 5.0 and risk["management"] == 2.5
    assert found["quota_overload"]["agreed"] is True
    balanced = dict(levels, people_management=4, process_management=4)
    found = codes(framework, "kam_team_lead", balanced, kind="internal", quota_reduced=True)
    assert "seller_not_manager" not in found and "quota_overload" not in found
    assert "seller_not_manager" not in codes(framework, "kam", levels, kind="internal")


def test_salary_above_band(framework: Framework) -> None:
    found = codes(framework, salary_expectation=130000)
    assert found["salary_above_band"]["base_max"] == 80000
    assert found["salary_above_band"]["above_total"] is True
    assert "salary_above_band" not in codes(framework, salary_expectation=80000)
    assert "salary_above_band" not in codes(
        framework, "regional_sales_head", salary_expectation=115000
    )


ALL = [
    {"code": "external_payback", "kind": "risk", "months_min": 6, "months_max": 12},
    {"code": "pay_motivated", "kind": "risk"},
    {"code": "job_hopping", "kind": "risk", "tenure_years": 1.5, "threshold": 2.0},
    {"code": "weak_start", "kind": "risk", "region": "Казань", "overlap": 0.0},
    {"code": "weak_start", "kind": "risk", "region": "", "overlap": None},
    {"code": "adjacent_credit", "kind": "plus", "overlap": 0.35},
    {"code": "internal_tenure", "kind": "plus", "tenure_years": 4.5, "threshold": 3.0},
    {"code": "internal_short_tenure", "kind": "risk", "tenure_years": 1.0, "threshold": 3.0},
    {"code": "successor_needed", "kind": "risk"},
    {
        "code": "seller_not_manager",
        "kind": "risk",
        "sales": 4.6,
        "management": 2.0,
        "threshold": 1.5,
    },
    {"code": "quota_overload", "kind": "risk", "agreed": False},
    {
        "code": "salary_above_band",
        "kind": "risk",
        "expectation": 110000.0,
        "base_max": 80000.0,
        "currency": "RUB",
        "above_total": False,
    },
]


@pytest.mark.parametrize("risk", ALL, ids=[f"{r['code']}-{i}" for i, r in enumerate(ALL)])
def test_every_indicator_reads_in_both_languages(risk: dict[str, Any]) -> None:
    en, ru = risk_sentence(risk, "en"), risk_sentence(risk, "ru")
    assert en != ru and "{" not in en + ru
    assert any("а" <= ch <= "я" for ch in ru.lower())


def test_numbers_follow_the_language() -> None:
    risk = ALL[2]
    assert "1.5 years" in risk_sentence(risk, "en")
    assert "1,5 г." in risk_sentence(risk, "ru")
    assert "110\u00a0000 RUB" in risk_sentence(ALL[-1], "en")
    assert "35 %" in risk_sentence(ALL[5], "en")
