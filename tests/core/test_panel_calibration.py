"""Calibration end to end: assessments stored in a real database, read back by `calibration`:
the published alphas of Krippendorff (2011), leniency by hand, one rating per person and unit."""

from __future__ import annotations

import json
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from kamassess.framework.model import Framework
from kamassess.model import Candidate
from kamassess.store.sqlite import Store

from .conftest import run_cli

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section E: four observers,
# twelve units, values 1–5, "." where an observer gave none.
PAPER = """
    1 2 3 4 5 6 7 8 9 10 11 12
A   1 2 3 3 2 1 4 1 2 .  .  .
B   1 2 3 3 2 2 4 1 2 5  .  3
C   . 3 3 3 2 3 4 2 2 5  1  .
D   1 2 3 3 2 4 4 1 2 5  1  .
"""
OBSERVERS = {"A": "Анна Петрова", "B": "Борис Орлов", "C": "Вера Кузнецова", "D": "Глеб Смирнов"}
COMPETENCIES = ("senior_negotiation", "communication")  # two per candidate


def store_the_paper(store: Store, fw: Framework) -> None:
    """Units 1–12 become candidates 1–6 × two competencies (unit 2k−1 the first, 2k the second);
    each observer is an assessor with one final assessment per candidate they gave any value
    for. A missing value is "no evidence" beside a rated competency and no rating at all in an
    assessment otherwise — both leave the unit without that observer's value."""
    header, *rows = PAPER.strip().splitlines()
    units = header.split()
    values = {row.split()[0]: dict(zip(units, row.split()[1:], strict=True)) for row in rows}
    for k in range(1, 7):
        store.save_candidate(Candidate(f"c-{k}", f"Кандидат {k}", "external", "kam"), "t")
        for observer, name in OBSERVERS.items():
            given = {
                comp: values[observer][str(2 * k - 1 + i)] for i, comp in enumerate(COMPETENCIES)
            }
            if all(v == "." for v in given.values()):
                continue  # A gave nothing for units 11 and 12: no assessment of candidate 6
            aid = store.create_assessment(
                f"c-{k}", name, "hr", "interview", date(2026, 11, k), fw, "t"
            )
            for comp, value in given.items():
                if value == "." and k % 2:  # odd candidates: "no evidence" recorded
                    store.set_rating(aid, comp, None, "", "t")
                elif value != ".":
                    store.set_rating(aid, comp, int(value), f"наблюдение {comp}", "t")
            store.finalise(aid, "t")


def test_the_papers_data_as_assessments_reproduces_the_published_alphas(
    db_path: Path, framework: Framework
) -> None:
    with Store.open(db_path) as s:
        store_the_paper(s, framework)
        # A draft and a consensus never count: calibration reads final, pre-meeting ratings.
        draft = s.create_assessment(
            "c-1", "Дмитрий Новиков", "hr", "interview", date(2026, 12, 1), framework, "t"
        )
        s.set_rating(draft, "senior_negotiation", 5, "", "t")
        with s.write("Модератор") as w:
            w.set_consensus("c-3", "senior_negotiation", 1, "", date(2026, 12, 2))
    code, out, _ = run_cli("--db", str(db_path), "calibration", "--json")
    assert code == 0
    doc = json.loads(out)
    # The paper's section E: nominal .743, ordinal .815, interval .849.
    assert round(doc["alpha"]["nominal"], 3) == 0.743
    assert round(doc["alpha"]["ordinal"], 3) == 0.815
    assert round(doc["alpha"]["interval"], 3) == 0.849
    # Its n: 40 pairable values; 12 units (unit 12, rated by B alone, counts but pairs nothing).
    assert (doc["units"], doc["pairable"], doc["enough_data"]) == (12, 40, True)
    low, high = doc["alpha_interval95"]["ordinal"]
    assert low < doc["alpha"]["ordinal"] < high
    # Six units per competency: below the floor of 10, so no alpha of its own.
    assert doc["per_competency"] == {"communication": None, "senior_negotiation": None}
    assert set(doc["assessors"]) == set(OBSERVERS.values())
    # The paper's observer C, by hand: 27 pairs, differences +3 (unit 2), +2 (unit 6), +3
    # (unit 8) and 0 elsewhere: leniency 8/27.
    assert doc["assessors"]["Вера Кузнецова"]["pairs"] == 27
    assert doc["assessors"]["Вера Кузнецова"]["leniency"] == pytest.approx(8 / 27)
    code, text, _ = run_cli("--db", str(db_path), "calibration", lang="ru")
    assert code == 0 and "0,815" in text and "порядковая" in text and "недостаточно данных" in text


# A hand-made pool: 4 candidates × 3 competencies = 12 units, rated by Петрова, Орлов and
# Кузнецов. Орлов and Кузнецов agree; Петрова gives one level more everywhere.
LEVELS = [2, 3, 4, 3, 2, 4, 1, 3, 4, 2, 3, 3]  # Орлов's and Кузнецов's, unit by unit
TRIO = ("Петрова А. В.", "Орлов В. П.", "Кузнецов Д. С.")
KAM_THREE = ("engineering_knowledge", "senior_negotiation", "communication")


def rate(
    store: Store,
    fw: Framework,
    cid: str,
    who: str,
    levels: dict[str, int],
    day: date,
    method: str = "interview",
) -> None:
    aid = store.create_assessment(cid, who, "hr", method, day, fw, "t")
    for comp, level in levels.items():
        store.set_rating(aid, comp, level, "", "t")
    store.finalise(aid, "t")


def test_leniency_and_spread_on_a_hand_made_pool(db_path: Path, framework: Framework) -> None:
    with Store.open(db_path) as s:
        for k in range(4):
            cid = f"c-{k}"
            s.save_candidate(Candidate(cid, f"Кандидат {k}", "internal", "kam"), "t")
            base = dict(zip(KAM_THREE, LEVELS[3 * k : 3 * k + 3], strict=True))
            rate(s, framework, cid, TRIO[0], {c: v + 1 for c, v in base.items()}, date(2026, 1, 1))
            rate(s, framework, cid, TRIO[1], base, date(2026, 1, 2))
            rate(s, framework, cid, TRIO[2], base, date(2026, 1, 3))
        # Петрова rates c-0 again by a work sample, a level lower than her interview: her latest
        # counts (one rating per person and unit), so her pairs and leniency change on c-0's
        # three units: −0 there instead of +1.
        rate(
            s,
            framework,
            "c-0",
            " петрова  а. в.",
            dict(zip(KAM_THREE, LEVELS[:3], strict=True)),
            date(2026, 2, 1),
            method="work_sample",
        )
    code, out, _ = run_cli("--db", str(db_path), "calibration", "--json")
    doc = json.loads(out)
    pet, orl = doc["assessors"]["Петрова А. В."], doc["assessors"]["Орлов В. П."]
    assert len(doc["assessors"]) == 3  # one person, whatever the spelling and the method
    # Петрова: 12 units × 2 co-raters = 24 pairs; +1 on the 9 units of c-1..c-3 (18 pairs),
    # 0 on c-0's 3 units (6 pairs): 18/24 = 0.75.
    assert (pet["pairs"], pet["leniency"]) == (24, pytest.approx(18 / 24))
    # Орлов: 24 pairs; −1 against Петрова on 9 units, 0 elsewhere: −9/24.
    assert (orl["pairs"], orl["leniency"]) == (24, pytest.approx(-9 / 24))
    # Орлов's levels 2 3 4 3 2 4 1 3 4 2 3 3: mean 34/12; squared deviations sum to
    # Σx² − (Σx)²/n = 106 − 1156/12 = 9.666…; sample variance 9.666…/11.
    assert orl["sd"] == pytest.approx(((106 - 34**2 / 12) / 11) ** 0.5)
    # 12 units × 3 raters = 36 pairable values in 12 units: above the floor.
    assert (doc["units"], doc["pairable"], doc["enough_data"]) == (12, 36, True)
    # Only the candidates for kam_team_lead, of whom there are none: nothing to say.
    code, out, _ = run_cli(
        "--db", str(db_path), "calibration", "--profile", "kam_team_lead", "--json"
    )
    assert code == 0 and json.loads(out)["units"] == 0
    code, text, _ = run_cli("--db", str(db_path), "calibration")
    assert "+0.75" in text and "−0.38" in text and "work sample" not in text
    assert "3 earlier ratings" in text
    code, _, err = run_cli("--db", str(db_path), "calibration", "--profile", "nope")
    assert code == 1 and "nope" in err


def test_a_thousand_candidates_twenty_competencies_three_raters(
    tmp_path: Path, framework: Framework
) -> None:
    """The measured size of the issue: the whole command on 60,000 ratings."""
    import random

    from kamassess.store.writer import now

    db = tmp_path / "big.db"
    rng = random.Random(7)
    comps = [c.id for c in framework.competencies]
    with Store.open(db) as s, s.write("t") as w:
        fhash = w.remember_framework(framework)
        people = [w.ensure_assessor(f"Оценщик {i}") for i in range(12)]
        stamp = now()
        for k in range(1000):
            cid = f"c-{k:04d}"
            w.save_candidate(Candidate(cid, f"Кандидат {k}", "external", "kam"))
            truth = [rng.randint(2, 5) for _ in comps]
            for j, person in enumerate(rng.sample(people, 3)):
                cur = s.conn.execute(
                    "INSERT INTO assessments (candidate, assessor, assessor_role, method, "
                    "date, status, framework_hash, created_at, updated_at, assessor_id) "
                    "VALUES (?, ?, 'hr', 'interview', ?, 'draft', ?, ?, ?, ?)",
                    (
                        cid,
                        f"Оценщик {person}",
                        (date(2026, 1, 1) + timedelta(j)).isoformat(),
                        fhash,
                        stamp,
                        stamp,
                        person,
                    ),
                )
                s.conn.executemany(
                    "INSERT INTO ratings VALUES (?, ?, ?, '', ?)",
                    [
                        (
                            cur.lastrowid,
                            c,
                            min(5, max(1, t + rng.choice((-1, 0, 0, 0, 1)))),
                            stamp,
                        )
                        for c, t in zip(comps, truth, strict=True)
                    ],
                )
        s.conn.execute("UPDATE assessments SET status = 'final'")
    started = time.perf_counter()
    code, out, _ = run_cli("--db", str(db), "calibration", "--json")
    took = time.perf_counter() - started
    doc = json.loads(out)
    assert code == 0 and doc["units"] == 20_000 and doc["pairable"] == 60_000
    assert all(v is not None for v in doc["per_competency"].values())
    assert 0.5 < doc["alpha"]["ordinal"] < 0.95
    assert took < 60, took  # measured ~4 s here; bench/bench_calibration.py reports it
