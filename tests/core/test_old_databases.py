"""A database written before scoring version 2 opens, gains its new column, and scores under
the new rules with the old framework its assessments were made with."""

from __future__ import annotations

from pathlib import Path

import pytest

from kamassess.framework.model import Framework, parse_framework
from kamassess.scoring.evaluation import evaluate
from kamassess.store import migrations
from kamassess.store.sqlite import Store

# A framework as files were written before version 2: flat risk thresholds, plain questions,
# no scoring:, no company:.
LEGACY = """\
framework: {id: old, version: "2025.1", title: {ru: Старая, en: Old}}
scale:
  - {level: 1, label: {ru: Не проявляется, en: Not shown}}
  - {level: 2, label: {ru: Начальный, en: Developing}}
  - {level: 3, label: {ru: Уверенный, en: Proficient}}
  - {level: 4, label: {ru: Сильный, en: Strong}}
groups:
  - {id: g, name: {ru: Группа, en: Group}}
competencies:
  - id: c1
    group: g
    name: {ru: Первая, en: First}
    definition: {ru: Определение, en: Definition}
    anchors: {1: {ru: а, en: a}, 2: {ru: б, en: b}, 3: {ru: в, en: c}, 4: {ru: г, en: d}}
    questions: [{ru: Как вы это делаете?, en: How do you do it?}]
  - id: c2
    group: g
    name: {ru: Вторая, en: Second}
    definition: {ru: Определение, en: Definition}
    anchors: {1: {ru: а, en: a}, 2: {ru: б, en: b}, 3: {ru: в, en: c}, 4: {ru: г, en: d}}
    questions: [{ru: Вопрос?, en: Question?}]
profiles:
  - id: p
    name: {ru: Профиль, en: Profile}
    targets:
      c1: {target: 4, weight: 1, minimum: 2}
      c2: {target: 4, weight: 1}
verdicts: {recommend: 80, conditional: 65}
risk_rules:
  internal_tenure_years: 3
  payback_months: [6, 12]
  job_hopping_tenure_years: 2
  seller_manager_gap: 1.5
"""


def old_database(
    path: Path, fw: Framework, until: str, rows: list[tuple[str, str, dict[str, int]]]
) -> None:
    """A database as an old program left it: the schema up to step `until`, and one candidate's
    final assessments (assessor, date, levels) written with that program's SQL."""
    import sqlite3

    conn = sqlite3.connect(path)
    migrations.apply_pending(conn, until=until)
    stamp = "2025-03-01T10:00:00+00:00"
    with conn:
        conn.execute(
            "INSERT INTO frameworks VALUES (?, ?, ?, ?, ?)",
            (fw.content_hash, fw.id, fw.version, fw.text, stamp),
        )
        conn.execute(
            "INSERT INTO candidates (id, name, kind, profile, tenure_years, created_at, "
            "updated_at) VALUES ('c-1', 'Старый Кандидат', 'internal', 'p', 4, ?, ?)",
            (stamp, stamp),
        )
        for assessor, day, levels in rows:
            cur = conn.execute(
                "INSERT INTO assessments (candidate, assessor, assessor_role, method, date, "
                "status, framework_hash, created_at, updated_at) "
                "VALUES ('c-1', ?, 'hr', 'interview', ?, 'draft', ?, ?, ?)",
                (assessor, day, fw.content_hash, stamp, stamp),
            )
            conn.executemany(
                "INSERT INTO ratings VALUES (?, ?, ?, '', ?)",
                [(cur.lastrowid, comp, level, stamp) for comp, level in levels.items()],
            )
            conn.execute("UPDATE assessments SET status = 'final' WHERE id = ?", (cur.lastrowid,))
    conn.close()


def version_1_database(path: Path, fw: Framework) -> None:
    """The first version's database (it set no application id)."""
    old_database(
        path,
        fw,
        "0001_initial",
        [
            ("Петрова", "2025-03-01", {"c1": 1, "c2": 4}),
            ("Орлов", "2025-03-01", {"c1": 1, "c2": 3}),
        ],
    )


def test_an_old_database_scores_under_the_new_rules(tmp_path: Path, framework: Framework) -> None:
    old_fw = parse_framework(LEGACY)
    db = tmp_path / "old.db"
    version_1_database(db, old_fw)
    with Store.open(db) as s:
        applied = set(migrations.applied(s.conn))
        assert set(migrations.STEPS) == applied  # the panel's 0004 and the decisions' 0005 too
        assert s.candidate("c-1").holds_key_accounts is None  # unknown, not "no"
        assert s.candidate("c-1").consent_until is None and s.decision("c-1") is None
        ev = evaluate(s, framework, "c-1")
    assert ev.outdated and (ev.framework.id, ev.framework.version) == ("old", "2025.1")
    res = ev.result
    # Version 2 on the old framework (L = 1): c1 1,1 → (1 − 1)/3 = 0; c2 4,3 → 3.5:
    # (3.5 − 1)/3 = 5/6. fit = 100 × (0 + 5/6)/2 = 41.66… (version 1 said 100 × (1/4 + 3.5/4)/2
    # = 56.25: the bottom of the scale earned a quarter of the target).
    assert res.fit == pytest.approx(100 * (5 / 6) / 2)
    # c1 below its minimum 2 by both assessors: not recommended, said in one sentence.
    assert res.verdict == "not_recommended" and res.reason.code == "knockout"
    assert res.competency("c1").raters == 2 and res.raters == 2
    # The old flat thresholds became rules: 4 years in the company is a plus; no successor is
    # claimed for someone whose key accounts are unknown.
    assert [r.code for r in res.risks] == ["internal_tenure"]


def test_the_steps_keep_their_order_and_a_panel_era_database_gains_the_decisions(
    tmp_path: Path, framework: Framework
) -> None:
    # main's 0001–0003, then the panel's 0004_*, then the decisions' 0005_*: a database that
    # has a step has every step before it.
    names = list(migrations.STEPS)
    numbers = [n[:4] for n in names]
    assert numbers == sorted(numbers) and names[:3] == [
        "0001_initial",
        "0002_row_versions",
        "0003_holds_key_accounts",
    ]
    assert {n[:4] for n in names[3:]} == {"0004", "0005"}
    db = tmp_path / "panel.db"
    last_panel_step = [n for n in names if n.startswith("0004")][-1]
    old_database(db, framework, last_panel_step, [("Петрова", "2025-03-01", {"c1": 3})])
    with Store.open(db) as s:
        assert set(migrations.applied(s.conn)) == set(names)
        assert s.candidate("c-1").consent_until is None and s.decision("c-1") is None
        (kept,) = s.assessments("c-1")  # what the panel-era program stored is all there
        assert (kept.assessor, kept.status, kept.levels()) == ("Петрова", "final", {"c1": 3})
