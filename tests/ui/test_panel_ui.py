"""The panel in the window: who is rating (asked once), blind rating — a second assessor's
draft never shows the first one's ratings —, the debrief that records a consensus, and the
Calibration tab with its PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from kamassess.model import Candidate
from ui.debrief_view import DebriefWindow
from ui.dialogs import NewAssessmentDialog
from ui.identity import KEY, WhoAreYouDialog, ask_user
from ui.main_window import MainWindow
from ui.models import ID_ROLE
from ui.rating_window import RatingWindow
from ui.settings import settings

from .conftest import type_text


def become(window: MainWindow, name: str) -> None:
    """The user says who they are (Settings ▸ Your name…), as typed in the dialog."""
    window.ws.set_user(name)
    settings().setValue(KEY, name)


def new_assessment(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> RatingWindow:
    before = set(window.candidates.rating_windows)
    monkeypatch.setattr(NewAssessmentDialog, "exec", lambda self: 1)  # OK on the defaults
    window.candidates.assessments.new()
    (aid,) = set(window.candidates.rating_windows) - before
    rating = window.candidates.rating_windows[aid]
    qtbot.addWidget(rating)
    rating.show()
    return rating


def rate_and_finalise(
    qtbot: QtBot, rating: RatingWindow, key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for card in rating.cards:
        qtbot.keyClick(card, key)
        type_text(qtbot, card.evidence, f"видел уровень {key}")
        card.flush()
    rating.recommendation.buttons["yes" if key >= "3" else "no"].setChecked(True)
    type_text(qtbot, rating.recommendation.reason, "по итогам интервью")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(rating.finalise_button, Qt.MouseButton.LeftButton)
    assert rating.assessment.status == "final"


@pytest.fixture
def fresh(window: MainWindow) -> str:
    window.ws.store.save_candidate(Candidate("c-100", "Тестов Тест", "external", "kam"), "t")
    window.candidates.reload(select="c-100")
    return "c-100"


def test_a_second_assessors_draft_never_shows_the_first_ones_ratings(
    qtbot: QtBot, window: MainWindow, fresh: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = window.ws.store
    become(window, "Петрова А. В.")
    first = new_assessment(qtbot, window, monkeypatch)
    assert first.assessment.assessor == "Петрова А. В."  # new assessments default to the user
    rate_and_finalise(qtbot, first, "5", monkeypatch)
    first.close()

    become(window, "Орлов В. П.")
    second = new_assessment(qtbot, window, monkeypatch)
    assert second.assessment.assessor == "Орлов В. П."
    # The form: nothing of Петрова's — no level chosen, no evidence, a result of its own.
    assert all(card.level() == -1 and not card.evidence.toPlainText() for card in second.cards)
    own = second.result.evaluation
    assert own is not None and [a.assessor for a in own.assessments] == ["Орлов В. П."]
    assert own.result.fit is None and "0 of 18 rated" in second.result.headline.text()
    assert "/ 100" not in second.result.headline.text()
    assert [s.name for s in second.result.radar.series] == ["Your ratings"]
    for card in second.cards[:3]:
        qtbot.keyClick(card, "2")
    own = second.result.evaluation
    assert own is not None and own.result.raters == 1
    assert {c.levels for c in own.result.competencies if c.levels} == {(2,)}  # never (2, 5)
    assert "видел уровень 5" not in second.result.details.toHtml()

    # The candidate page: Орлов's own column only, no pooled result, no debrief, no PDF.
    window.candidates.select(fresh)
    page = window.candidates.page
    page.refresh()
    headers = [
        str(page.model.headerData(c, Qt.Orientation.Horizontal))
        for c in range(page.model.columnCount())
        if not page.table.isColumnHidden(c)
    ]
    assert any("Орлов" in h for h in headers) and not any("Петрова" in h for h in headers)
    assert "Target" not in headers  # targets hidden by default
    assert "Blind until you finalise" in page.result.headline.text()
    assert not page.debrief_button.isEnabled() and not page.pdf_button.isEnabled()
    # The list and the comparison: no pooled figures for this candidate while the draft is open.
    # (the list keeps its previous scores until the new ones arrive: wait for those)
    with qtbot.waitSignal(window.candidates.scores_arrived, timeout=10000):
        window.candidates.reload(select=fresh)
    model = window.candidates.model
    row = model.row_of(fresh)
    assert model.index(row, model.VERDICT).data() == "hidden: your draft"
    window.compare.reload_candidates()
    picks = window.compare.pick_model
    item = next(
        picks.index(r)
        for r in range(picks.rowCount())
        if picks.index(r).data(Qt.ItemDataRole.UserRole) == fresh
    )
    assert item.data().endswith("— hidden: your draft")
    assert not item.flags() & (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
    window.compare.set_checked([fresh, model.index(0, 0).data(ID_ROLE)])
    assert fresh not in window.compare.checked_ids()  # not even from the list's selection
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]) or 0)
    assert window.candidates.panel_actions.debrief() is None and "Finalise your own" in told[-1]

    # Once Орлов finalises, both columns, the pooled result and the debrief are there.
    rate_and_finalise(qtbot, second, "2", monkeypatch)
    assert "/ 100" in second.result.headline.text()
    assert second.result.evaluation is not None and second.result.evaluation.result.raters == 2
    page.refresh()
    assert page.model.columnCount() == 2 + 2 + 2
    assert page.debrief_button.isEnabled()
    assert store.find_assessor("орлов в. п.") is not None
    actors = {h["actor"] for h in store.history(fresh) if h["entity"] == "rating"}
    assert actors == {"Петрова А. В.", "Орлов В. П."}  # the history records who rated


def test_who_is_rating_is_asked_once_and_remembered(
    qtbot: QtBot, window: MainWindow, fresh: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings().remove(KEY)
    asked: list[str] = []

    def answer(dialog: WhoAreYouDialog) -> int:
        asked.append(dialog.windowTitle())
        type_text(qtbot, dialog.name, "Кузнецова Е. А.")
        return 1

    monkeypatch.setattr(WhoAreYouDialog, "exec", answer)
    rating = new_assessment(qtbot, window, monkeypatch)
    assert asked == ["Who is rating?"]
    assert settings().value(KEY) == "Кузнецова Е. А." and window.ws.user == "Кузнецова Е. А."
    assert rating.assessment.assessor == "Кузнецова Е. А."
    qtbot.keyClick(rating.cards[0], "3")
    entry = [h for h in window.ws.store.history(fresh) if h["entity"] == "rating"][-1]
    assert entry["actor"] == "Кузнецова Е. А."
    rating.close()
    window.candidates.reload(select="c-001")
    new_assessment(qtbot, window, monkeypatch)
    assert asked == ["Who is rating?"]  # not again
    # Settings ▸ Your name… asks again, offering the registry's names.
    monkeypatch.setattr(WhoAreYouDialog, "exec", lambda self: 0)
    assert not ask_user(window, window.ws)


def test_the_debrief_records_a_consensus_that_resolves_needs_consensus(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.candidates.select("c-002")
    page = window.candidates.page
    assert page.result.evaluation is not None
    assert page.result.evaluation.result.verdict == "needs_consensus"
    assert page.debrief_button.isEnabled()
    qtbot.mouseClick(page.debrief_button, Qt.MouseButton.LeftButton)
    debrief = window.candidates.debriefs["c-002"]
    qtbot.addWidget(debrief)
    assert isinstance(debrief, DebriefWindow)
    model = debrief.model
    # Disagreements first: relationship building (2, 4, 2 against a minimum of 3) leads.
    assert model.index(0, 0).data() == "⚑ Relationship building"
    assert [model.index(0, c).data() for c in (1, 2, 3)] == ["2", "4", "2"]
    html = debrief.evidence.toPlainText()
    assert "«сделках»" in html and "Контакты с генподрядчиками Урала" in html  # side by side
    assert "needs consensus" in debrief.result.text()
    recommendations = debrief.recommendations.text()
    assert "Орлов В. П.</b>: yes" in recommendations and "Петрова А. В.</b>: no" in recommendations

    debrief.level.setCurrentIndex(debrief.level.findData(3))
    type_text(qtbot, debrief.note, "Урал сильный, Москва — план развития")
    qtbot.mouseClick(debrief.record_button, Qt.MouseButton.LeftButton)
    (agreed,) = window.ws.store.consensus("c-002").values()
    assert (agreed.level, agreed.note, agreed.moderator) == (
        3,
        "Урал сильный, Москва — план развития",
        "tester",
    )
    assert "recommend" in debrief.result.text() and "needs consensus" not in debrief.result.text()
    assert model.index(0, model.columnCount() - 1).data() == "3"
    assert "Recorded: level 3" in debrief.recorded.text()
    # The pre-meeting ratings stay as they were, and the page and the list follow.
    assert [a.levels()["relationship_building"] for a in window.ws.store.assessments("c-002")] == [
        2,
        4,
        2,
    ]
    page.refresh()
    assert page.result.evaluation is not None
    assert page.result.evaluation.result.verdict == "recommend"
    qtbot.waitUntil(
        lambda: (
            window.candidates.model.scores.get("c-002") is not None
            and window.candidates.model.scores["c-002"].verdict == "recommend"
        ),
        timeout=10000,
    )
    # Taking it back: the mean counts again.
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(debrief.clear_button, Qt.MouseButton.LeftButton)
    assert window.ws.store.consensus("c-002") == {}
    assert "needs consensus" in debrief.result.text()


def test_no_debrief_before_two_assessors_finalised(
    window: MainWindow, fresh: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]) or 0)
    assert not window.candidates.page.debrief_button.isEnabled()
    assert window.candidates.panel_actions.debrief() is None
    assert "two or more" in told[-1]


def test_the_calibration_tab_and_its_pdf(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not window._calibration_tab.built  # built, and numpy loaded, when first opened
    tab = window.calibration
    with qtbot.waitSignal(tab.computed, timeout=20000):
        window.tabs.setCurrentWidget(window._calibration_tab)
    text = tab.headline.text()
    # The demo's 9 final assessments: an alpha, never alone — its interval and n beside it.
    assert "α = 0.811" in text and "95 % interval 0.704–0.893" in text and "n = 174" in text
    assert "reliable" in text
    comps = tab.competencies
    assert comps.rowCount() == 20
    assert comps.index(0, 1).data().startswith("not enough data (9 of 30 ratings")
    assert tab.competency_table.columnSpan(0, 1) == 2  # the reason spans alpha and interval
    people = {tab.assessors.index(r, 0).data(): r for r in range(tab.assessors.rowCount())}
    assert set(people) == {"Кузнецов Д. С.", "Орлов В. П.", "Петрова А. В."}
    assert tab.assessors.index(people["Орлов В. П."], 1).data() == "+0.11"
    with qtbot.waitSignal(tab.computed, timeout=20000):
        tab.profile.setCurrentIndex(tab.profile.findData("regional_sales_head"))
    assert "not enough data: 0 of 30" in tab.headline.text()  # no one rated for this profile

    target = tmp_path / "calibration.pdf"
    messages: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: messages.append(self.text()) or 0)
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages), timeout=20000)
    text = PdfReader(target).pages[0].extract_text()
    assert "Calibration of the assessors" in text and "not enough data" in text
