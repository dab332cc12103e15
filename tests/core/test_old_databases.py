"""A database written before scoring version 2 opens, gains its new column, and scores under
the new rules with the old framework its assessments were made with."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kamassess.framework.model import Framework, parse_framework
from kamassess.model import Candidate
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


def version_1_database(path: Path, fw: Framework) -> None:
    """Write assessments, then strip what version 2 added, as an old program left its file."""
    with Store.open(path) as s:
        s.save_candidate(Candidate("c-1", "Старый Кандидат", "internal", "p", tenure_years=4), "t")
        for assessor, (one, two) in (("Петрова", (1, 4)), ("Орлов", (1, 3))):
            aid = s.create_assessment("c-1", assessor, "hr", "interview", date(2025, 3, 1), fw, "t")
            s.set_rating(aid, "c1", one, "", "t")
            s.set_rating(aid, "c2", two, "", "t")
            s.finalise(aid, "t")
        s.conn.execute("DROP TABLE decisions")
        s.conn.execute("DROP TABLE outcomes")
        s.conn.execute("ALTER TABLE candidates DROP COLUMN consent_until")
        s.conn.execute("ALTER TABLE candidates DROP COLUMN holds_key_accounts")
        s.conn.execute("ALTER TABLE candidates DROP COLUMN row_version")
        s.conn.execute("DELETE FROM _sqlite_migrations WHERE name != '0001_initial'")
        s.conn.execute("PRAGMA application_id = 0")  # the first version set none
        s.conn.commit()


def test_an_old_database_scores_under_the_new_rules(tmp_path: Path, framework: Framework) -> None:
    old_fw = parse_framework(LEGACY)
    db = tmp_path / "old.db"
    version_1_database(db, old_fw)
    with Store.open(db) as s:
        applied = set(migrations.applied(s.conn))
        assert {"0002_row_versions", "0003_holds_key_accounts", "0005_decisions_tables"} <= applied
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
