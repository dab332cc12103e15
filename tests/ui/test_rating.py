"""Rating by keyboard, saved at once; finalising and reopening; the live result."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from kamassess.model import Candidate
from ui.dialogs import NewAssessmentDialog
from ui.main_window import MainWindow
from ui.rating_window import CompetencyCard, RatingWindow

from .conftest import type_text


@pytest.fixture
def fresh(window: MainWindow) -> str:
    store = window.ws.store
    store.save_candidate(
        Candidate("c-100", "Тестов Тест", "internal", "kam", tenure_years=5), "tester"
    )
    window.candidates.reload(select="c-100")
    return "c-100"


def open_new(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> RatingWindow:
    def fill(dialog: NewAssessmentDialog) -> int:
        dialog.assessor.clear()
        type_text(qtbot, dialog.assessor, "Петрова А. В.")
        return 1

    monkeypatch.setattr(NewAssessmentDialog, "exec", fill)
    window.candidates.assessments.new()
    (rating,) = window.candidates.rating_windows.values()
    qtbot.addWidget(rating)
    return rating


def test_rate_every_competency_by_keyboard_then_finalise(
    qtbot: QtBot, window: MainWindow, fresh: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    rating = open_new(qtbot, window, monkeypatch)
    store = window.ws.store
    (assessment,) = store.assessments(fresh)
    assert (assessment.assessor, assessment.status) == ("Петрова А. В.", "draft")
    rating.show()
    assert rating.result.evaluation is not None and rating.result.evaluation.result.fit is None
    # A fresh, empty assessment shows nothing to anchor on: no fit, no verdict, no targets.
    assert "/ 100" not in rating.result.headline.text()
    assert "0 of 18 rated" in rating.result.headline.text()
    assert not rating.cards[0].meta.isVisibleTo(rating.cards[0])

    rating.cards[0].setFocus()
    for i, card in enumerate(rating.cards):
        qtbot.keyClick(card, "3" if i % 2 else "4")
        qtbot.keyClick(card, Qt.Key.Key_Down)  # on to the next competency
    stored = store.assessment(assessment.id)
    assert len(stored.ratings) == len(rating.cards) == 18  # the kam profile's competencies
    assert {r.level for r in stored.ratings} == {3, 4}
    assert "18 of 18 rated" in rating.result.headline.text()
    # Blind, with targets hidden: the fit is kept from the view (it would give targets away).
    assert "/ 100" not in rating.result.headline.text()
    assert rating.result.evaluation.result.fit is not None  # the assessment's own, computed

    qtbot.keyClick(rating.cards[0], "1")
    assert store.assessment(assessment.id).levels()["engineering_knowledge"] == 1
    assert "Knock-outs" not in rating.result.headline.text()  # 1 is below the minimum 3: hidden
    assert "below" not in rating.cards[0].marks.text()

    # Finalising needs the assessor's own recommendation and its reason.
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]) or 0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(rating.finalise_button, Qt.MouseButton.LeftButton)
    assert told and "recommendation" in told[0]
    assert store.assessment(assessment.id).status == "draft"
    rating.recommendation.buttons["yes"].setChecked(True)
    type_text(qtbot, rating.recommendation.reason, "Сильные переговоры, знание ИТП")
    qtbot.mouseClick(rating.finalise_button, Qt.MouseButton.LeftButton)
    final = store.assessment(assessment.id)
    assert final.status == "final"
    assert (final.recommendation, final.recommendation_reason) == (
        "yes",
        "Сильные переговоры, знание ИТП",
    )
    assert not rating.cards[0].buttons[4].isEnabled()
    assert not rating.recommendation.buttons["no"].isEnabled()
    qtbot.keyClick(rating.cards[0], "5")  # ignored: final
    assert store.assessment(assessment.id).levels()["engineering_knowledge"] == 1
    # Final: the result and the targets show.
    assert (
        "/ 100" in rating.result.headline.text() and "Knock-outs" in rating.result.headline.text()
    )
    assert rating.cards[0].meta.isVisibleTo(rating.cards[0])

    # The list and the page follow: the candidate now has a fit.
    window.candidates.page.refresh()
    assert window.candidates.page.result.evaluation is not None
    assert window.candidates.page.result.evaluation.result.fit is not None


def test_no_evidence_by_key_and_evidence_saved_while_typing(
    qtbot: QtBot, window: MainWindow, fresh: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    rating = open_new(qtbot, window, monkeypatch)
    store = window.ws.store
    aid = rating.assessment_id
    card = rating.cards[1]
    qtbot.keyClick(card, "-")
    assert store.assessment(aid).levels() == {card.comp.id: None}
    qtbot.keyClick(card, "5")
    assert "extreme level needs evidence" in card.marks.text()
    type_text(qtbot, card.evidence, "Назвал трёх конкурентов и их цены")
    qtbot.waitUntil(lambda: any(r.evidence for r in store.assessment(aid).ratings), timeout=3000)
    (r,) = store.assessment(aid).ratings
    assert (r.level, r.evidence) == (5, "Назвал трёх конкурентов и их цены")
    assert card.marks.text() == ""  # evidence given, one level from the target: no mark
    # Typing then closing at once: nothing lost.
    type_text(qtbot, card.evidence, " — подтверждено")
    rating.close()
    (r,) = store.assessment(aid).ratings
    assert r.evidence.endswith("— подтверждено")


def test_far_from_target_is_marked_only_where_targets_show(
    qtbot: QtBot, window: MainWindow, fresh: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace

    from kamassess.framework.model import Process

    rating = open_new(qtbot, window, monkeypatch)
    card = next(c for c in rating.cards if c.comp.id == "market_knowledge")  # target 4
    qtbot.keyClick(card, "1")
    assert "levels from the target" not in card.marks.text()  # blind: it would tell the target
    shown = Process(blind=True, show_targets_to_assessors=True)
    window.ws.framework = replace(window.ws.framework, process=shown)
    rating.load(window.ws.store.assessment(rating.assessment_id))
    assert "3 levels from the target" in card.marks.text()
    assert card.marks.isVisibleTo(card)


def test_reopen_is_explicit_and_recorded(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = window.ws.store
    aid = store.assessments("c-001")[0].id
    rating = window.candidates.open_assessment(aid)
    qtbot.addWidget(rating)
    assert rating.reopen_button.isVisibleTo(rating)
    assert not rating.finalise_button.isVisibleTo(rating)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", True))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]) or 0)
    rating.reopen()
    assert store.assessment(aid).status == "final"  # no reason, no reopening
    assert told and "only with a reason" in told[0]  # and it says why
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *a, **k: ("новые данные от рекомендателя", True)
    )
    rating.reopen()
    assert store.assessment(aid).status == "draft"
    entry = [h for h in store.history("c-001") if h["field"] == "status"][-1]
    assert entry["new"]["reason"] == "новые данные от рекомендателя"
    assert entry["actor"] == "tester"
    qtbot.keyClick(rating.cards[0], "2")
    assert store.assessment(aid).levels()["engineering_knowledge"] == 2


def test_header_changes_are_saved(
    qtbot: QtBot, window: MainWindow, fresh: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    rating = open_new(qtbot, window, monkeypatch)
    rating.method.setCurrentIndex(rating.method.findData("work_sample"))
    rating.date.setDate(rating.date.date().addDays(-1))
    a = window.ws.store.assessment(rating.assessment_id)
    assert a.method == "work_sample" and a.date < date.today()


def test_several_assessors_side_by_side(window: MainWindow) -> None:
    window.candidates.select("c-002")
    model = window.candidates.page.model
    assert model.columnCount() == 2 + 3 + 2  # competency, target, 3 assessors, mean, range
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    # Compact columns: the surname, the full name with method and date in the tooltip.
    orlov = next(c for c, h in enumerate(headers) if str(h).startswith("Орлов\n"))
    tip = model.headerData(orlov, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Орлов В. П.: ") and "recommends: yes" in tip
    # Each assessor's own recommendation, under their name, never in the fit.
    assert "→ yes" in str(headers[orlov])
    row = next(
        r
        for r in range(model.rowCount())
        if "Relationship building" in model.headerData(r, Qt.Orientation.Vertical)
    )
    assert model.index(row, 2).data(Qt.ItemDataRole.BackgroundRole) is not None  # disagreement
    assert model.index(row, 5).data() == "2.7" and model.index(row, 6).data() == "2–4"


def test_cards_follow_the_tab_order(
    qtbot: QtBot, window: MainWindow, fresh: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    rating = open_new(qtbot, window, monkeypatch)
    rating.show()
    rating.activateWindow()
    first: CompetencyCard = rating.cards[0]
    first.setFocus()
    qtbot.waitUntil(first.hasFocus, timeout=2000)
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert rating.focusWidget() is first.evidence
    qtbot.keyClick(first.evidence, Qt.Key.Key_Tab)
    assert rating.focusWidget() is rating.cards[1]


def test_profile_missing_from_the_old_framework(
    qtbot: QtBot, window: MainWindow, framework_text: str
) -> None:
    """An assessment made under a framework version without the candidate's current profile
    still opens (against the framework in use) instead of failing."""
    from dataclasses import replace

    from kamassess.framework.model import parse_framework

    store = window.ws.store
    old = parse_framework(framework_text.replace("  - id: regional_sales_head", "  - id: rsh_old"))
    store.save_candidate(Candidate("c-200", "Старый Профиль", "internal", "kam"), "t")
    aid = store.create_assessment("c-200", "A", "hr", "interview", date(2025, 1, 1), old, "t")
    cand = store.candidate("c-200")
    store.save_candidate(replace(cand, profile="regional_sales_head"), "t")
    rating = window.candidates.open_assessment(aid)
    qtbot.addWidget(rating)
    assert rating.framework.has_profile("regional_sales_head")
    assert len(rating.cards) == len(window.ws.framework.profile("regional_sales_head").targets)


def test_arrows_after_a_click_move_on_and_never_change_the_level(
    qtbot: QtBot, window: MainWindow, fresh: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Clicking level 3 with the mouse, then ↓: the next competency gets the focus; the first
    keeps 3 (a radio button used to step to 4 and save it)."""
    rating = open_new(qtbot, window, monkeypatch)
    rating.show()
    first = rating.cards[0]
    first.setFocus()
    qtbot.mouseClick(first.buttons[3], Qt.MouseButton.LeftButton)
    for _ in range(2):  # ↓ goes wherever the window's keyboard focus is after the click
        qtbot.keyClick(rating.focusWidget(), Qt.Key.Key_Down)
    store = window.ws.store
    assert store.assessment(rating.assessment_id).levels() == {first.comp.id: 3}
    assert first.level() == 3
    assert rating.focusWidget() is rating.cards[2]  # two cards on, not two levels up
