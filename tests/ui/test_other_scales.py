"""The window with frameworks other than ours: a 4-level scale rated by keyboard, levels with two
digits, and a candidate form without the KAM facts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kamassess.framework.model import Framework, load_framework, parse_framework
from kamassess.model import Candidate
from kamassess.store.sqlite import Store
from kamassess.workspace import Workspace
from ui.candidate_dialog import CandidateDialog
from ui.rating_window import RatingWindow

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def engineer() -> Framework:
    return load_framework(DATA / "sales_engineer_4level.yaml")


def open_rating(qtbot: QtBot, tmp_path: Path, fw: Framework, profile: str) -> RatingWindow:
    store = Store.open(tmp_path / "o.db")
    store.save_candidate(Candidate("s-1", "Иванов", "external", profile), "t")
    aid = store.create_assessment("s-1", "Смирнова", "hr", "interview", date(2026, 1, 1), fw, "t")
    ctx = Workspace(store, fw, DATA / "x.yaml", "en", user="t")
    window = RatingWindow(ctx, aid)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_four_level_scale_by_keyboard(qtbot: QtBot, tmp_path: Path, engineer: Framework) -> None:
    window = open_rating(qtbot, tmp_path, engineer, "sales_engineer")
    store = window.ws.store
    assert [c.comp.id for c in window.cards] == ["presenting", "technical_analysis", "planning"]
    card = window.cards[0]
    assert sorted(card.buttons) == [0, 1, 2, 3, 4]  # four levels and "no evidence"
    qtbot.keyClick(card, "4")
    assert store.assessment(window.assessment_id).levels() == {"presenting": 4}
    qtbot.wait(1100)  # a pause: the next digit starts a new number
    qtbot.keyClick(card, "5")  # no level 5 on this scale: nothing changes
    assert store.assessment(window.assessment_id).levels() == {"presenting": 4}
    qtbot.wait(1100)
    qtbot.keyClick(card, "0")
    assert store.assessment(window.assessment_id).levels() == {"presenting": None}
    assert "1–4" in window.keys_hint.text() and "Below expectations" in window.keys_hint.text()
    for c, key in zip(window.cards, "343", strict=True):
        qtbot.keyClick(c, key)
    result = window.result.evaluation
    assert result is not None and result.result.verdict is not None
    # presenting 3 → 2 × 1; technical 4 → 3 × 1; planning 3 → (3 − 1)/(4 − 1) = 2/3:
    # 100 × (5 + 2/3)/6 = 94.44…, one assessor.
    assert result.result.fit == pytest.approx(100 * (5 + 2 / 3) / 6)
    assert "one assessor" in window.result.headline.text()
    # This framework shows targets while rating: the card says the target, the result is the
    # assessor's own (blind to anyone else's).
    assert window.cards[0].meta.isVisibleTo(window.cards[0])
    assert "Blind rating" in window.result.headline.text()
    store.close()


def test_levels_with_two_digits(qtbot: QtBot, tmp_path: Path) -> None:
    scale = "".join(f"  - {{level: {n}, label: L{n}}}\n" for n in (10, 20, 30))
    fw = parse_framework(
        'framework: {id: t, version: "1", title: T}\n'
        f"scale:\n{scale}"
        "groups: [{id: g, name: G}]\n"
        "competencies:\n"
        "  - {id: c, group: g, name: C, definition: D, anchors: {10: a, 20: b, 30: c},"
        " questions: [Q]}\n"
        "profiles: [{id: p, name: P, targets: {c: {target: 20, weight: 1}}}]\n"
        "verdicts: {recommend: 80, conditional: 65}\n"
    )
    window = open_rating(qtbot, tmp_path, fw, "p")
    card, store = window.cards[0], window.ws.store
    qtbot.keyClick(card, "2")
    qtbot.keyClick(card, "0")  # typed together: 20, not "2" then "no evidence"
    assert store.assessment(window.assessment_id).levels() == {"c": 20}
    qtbot.wait(1100)
    qtbot.keyClick(card, "3")
    qtbot.keyClick(card, "0")
    assert store.assessment(window.assessment_id).levels() == {"c": 30}
    qtbot.wait(1100)
    qtbot.keyClick(card, "0")  # alone: no evidence
    assert store.assessment(window.assessment_id).levels() == {"c": None}
    qtbot.keyClick(card, Qt.Key.Key_Minus)
    assert store.assessment(window.assessment_id).levels() == {"c": None}
    store.close()


def test_the_candidate_form_shows_kam_facts_only_where_rules_read_them(
    qtbot: QtBot, framework: Framework, engineer: Framework
) -> None:
    kam = CandidateDialog(framework, "en", set())
    qtbot.addWidget(kam)
    other = CandidateDialog(engineer, "en", set())
    qtbot.addWidget(other)
    for fact in ("client_overlap", "industry", "quota_reduced", "holds_key_accounts"):
        assert kam.form.isRowVisible(kam.rows[fact]), fact
        assert not other.form.isRowVisible(other.rows[fact]), fact
    assert other.form.isRowVisible(other.rows["region"])  # a general fact stays
    # A value already given is never hidden.
    known = Candidate("s-1", "Иванов", "external", "sales_engineer", client_overlap=0.3)
    edit = CandidateDialog(engineer, "en", set(), candidate=known)
    qtbot.addWidget(edit)
    assert edit.form.isRowVisible(edit.rows["client_overlap"])
    assert not edit.form.isRowVisible(edit.rows["industry"])
