"""Predictive validity on a real database: decisions and outcomes recorded as a user would, the
command line's answer for a pool where fit predicts performance by construction, one where it
does not, and one below the floor; scores are taken as known at the decision."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from kamassess.decisions.model import Decision, OutcomeRecord
from kamassess.decisions.validity_pool import outcome_pool
from kamassess.framework.model import Framework
from kamassess.store.sqlite import Store
from kamassess.workspace import Workspace
from tests.core.conftest import run_cli

RATED = date(2026, 3, 10)
DECIDED = date(2026, 4, 1)


def hire_pool(db: Path, fw: Framework, n: int, seed: int) -> dict[str, float]:
    """n external candidates, each rated by one assessor around a level of their own (so fits
    spread from low to high), hired on DECIDED. Returns each one's fit at the decision."""
    rng = random.Random(seed)
    comps = [t.competency for t in fw.profile("kam").targets]
    with Store.open(db) as s, s.write("tester") as w:
        for i in range(n):
            cid = f"p-{i:02d}"
            from kamassess.model import Candidate

            w.save_candidate(Candidate(cid, f"Кандидат {i}", "external", "kam"))
            base = rng.uniform(1.5, 4.8)
            aid = w.create_assessment(cid, "Петрова", "hr", "interview", RATED, fw)
            levels = {c: (min(5, max(1, round(base + rng.gauss(0, 0.6)))), "") for c in comps}
            w.add_ratings(aid, levels)
            w.set_status(aid, "final")
            w.set_decision(Decision(cid, "hire", DECIDED, "Орлов"))
    with Workspace.open(db, framework=fw, user="tester") as ws:
        return {f"p-{i:02d}": ws.evaluate(f"p-{i:02d}").result.fit or 0.0 for i in range(n)}


def record(db: Path, fw: Framework, performance: dict[str, int | None]) -> None:
    with Workspace.open(db, framework=fw, user="tester") as ws:
        for cid, level in performance.items():
            ws.record_outcome(
                OutcomeRecord(
                    cid, probation_passed=level is None or level >= 3, performance_12m=level
                )
            )


def validity_json(db: Path) -> dict[str, object]:
    code, out, _ = run_cli("--db", str(db), "validity", "--json")
    assert code == 0
    return json.loads(out)  # type: ignore[no-any-return]


def rising(fits: dict[str, float]) -> Callable[[str], int]:
    """Performance 1–5 in fifths of the fit's range: it follows fit by construction."""
    low, high = min(fits.values()), max(fits.values())
    return lambda cid: 1 + min(4, int(5 * (fits[cid] - low) / (high - low + 1e-9)))


def test_where_fit_predicts_by_construction_the_interval_is_above_zero(
    tmp_path: Path, framework: Framework
) -> None:
    db = tmp_path / "hr.db"
    fits = hire_pool(db, framework, 40, seed=3)
    assert max(fits.values()) - min(fits.values()) > 40  # the pool spreads
    level = rising(fits)
    record(db, framework, {cid: level(cid) for cid in fits})
    doc = validity_json(db)
    assert (doc["n"], doc["needed"], doc["enough"], doc["hired"]) == (40, 10, True, 40)
    fit = doc["fit"]
    assert fit["n"] == 40 and fit["rho"] > 0.8
    low, high = fit["interval95"]
    assert 0 < low < fit["rho"] < high <= 1
    assert fit["reading"] == "predicts"
    # The readable answer says so, with n and the interval beside rho.
    text = run_cli("--db", str(db), "validity")[1]
    assert "Higher fit went with better 12-month performance" in text
    assert "n = 40" in text and "95 % interval" in text


def test_where_fit_does_not_predict_the_interval_holds_zero(
    tmp_path: Path, framework: Framework
) -> None:
    db = tmp_path / "hr.db"
    fits = hire_pool(db, framework, 40, seed=4)
    rng = random.Random(99)
    record(db, framework, {cid: rng.randint(1, 5) for cid in fits})  # unrelated to fit
    fit = validity_json(db)["fit"]
    low, high = fit["interval95"]
    assert abs(fit["rho"]) < 0.35 and low < 0 < high
    assert fit["reading"] == "no_evidence"
    ru = run_cli("--db", str(db), "validity", lang="ru")[1]
    assert "Пока нет свидетельств ни в ту, ни в другую сторону" in ru


def test_below_the_floor_it_says_how_many_more_are_needed(
    tmp_path: Path, framework: Framework
) -> None:
    db = tmp_path / "hr.db"
    fits = hire_pool(db, framework, 12, seed=5)
    level = rising(fits)
    # 9 with a 12-month rating, 3 with a probation result only.
    ids = sorted(fits)
    record(db, framework, {cid: level(cid) if n < 9 else None for n, cid in enumerate(ids)})
    doc = validity_json(db)
    assert (doc["n"], doc["needed"], doc["enough"], doc["with_outcomes"]) == (9, 10, False, 12)
    assert (doc["fit"]["rho"], doc["fit"]["interval95"], doc["fit"]["reason"]) == (
        None,
        None,
        "not_enough_outcomes",
    )
    # probation_passed = level ≥ 3 or unknown level: the rates still count, by band.
    assert sum(r["n"] for r in doc["probation"].values()) == 12
    text = run_cli("--db", str(db), "validity")[1]
    assert "Not enough outcomes yet (9 of 10 needed): no correlation is shown." in text
    assert "rho" not in text.split("Spearman")[0]  # no figure printed above the method note


def test_scores_are_taken_as_known_at_the_decision(tmp_path: Path, framework: Framework) -> None:
    db = tmp_path / "hr.db"
    fits = hire_pool(db, framework, 1, seed=6)
    with Workspace.open(db, framework=framework, user="t") as ws:
        # A probation review after the decision, all at the bottom of the scale, is left out.
        aid = ws.create_assessment(
            "p-00", "Кузнецов", "team_lead", "internal_review", date(2026, 9, 1)
        )
        for t in framework.profile("kam").targets:
            ws.set_rating(aid, t.competency, 1, "")
        ws.finalise(aid)
        ws.record_outcome(OutcomeRecord("p-00", performance_12m=2))
        assert ws.evaluate("p-00").result.fit != pytest.approx(fits["p-00"])  # today's score
        pool, hired, _ = outcome_pool(ws.store, framework)
    assert hired == 1 and pool[0].fit == pytest.approx(fits["p-00"])


def test_the_validity_page_prints_n_and_the_interval_beside_rho(
    tmp_path: Path, framework: Framework
) -> None:
    db = tmp_path / "hr.db"
    fits = hire_pool(db, framework, 30, seed=3)
    level = rising(fits)
    record(db, framework, {cid: level(cid) for cid in fits})
    for lang, words in (("en", "95 % interval"), ("ru", "95 % интервал")):
        pdf = tmp_path / f"validity-{lang}.pdf"
        with Workspace.open(db, framework=framework, lang=lang, user="t") as ws:
            report = ws.validity()
            ws.write_validity(pdf)
        text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
        assert len(PdfReader(pdf).pages) == 1
        rho = f"{report.validity.fit.rho:.2f}"
        assert (rho if lang == "en" else rho.replace(".", ",")) in text
        assert words in text and "30" in text
