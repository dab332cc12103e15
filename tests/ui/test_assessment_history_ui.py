"""Issue 14: an assessment is deleted (a draft) or withdrawn (a final one, with a reason) from the
candidate's page after being told what goes; the history of the candidate can be read."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from ui.candidate_page import CandidatePage
from ui.history_view import HistoryDialog
from ui.main_window import MainWindow


def assessor_columns(page: CandidatePage) -> dict[int, str]:
    """What the table shows: assessment id -> the first line of its column's header."""
    model = page.model
    return {
        aid: str(model.headerData(c, Qt.Orientation.Horizontal)).split("\n")[0]
        for c in range(model.columnCount())
        if (aid := model.assessment_for_column(c)) is not None and not page.table.isColumnHidden(c)
    }


def click_column(qtbot: QtBot, page: CandidatePage, assessment_id: int) -> None:
    column = next(
        c
        for c in range(page.model.columnCount())
        if page.model.assessment_for_column(c) == assessment_id
    )
    index = page.model.index(0, column)
    page.table.scrollTo(index)
    where = page.table.visualRect(index).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=where)


def test_a_draft_is_deleted_from_the_page_after_saying_what_goes(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = window.ws.store
    cands = window.candidates
    cands.select("c-004")
    page = cands.page
    draft = next(a for a in store.assessments("c-004") if a.status == "draft")
    assert draft.id in assessor_columns(page)
    assert not page.delete_assessment_button.isEnabled()  # no column chosen yet
    click_column(qtbot, page, draft.id)
    assert page.delete_assessment_button.isEnabled()
    asked: list[str] = []

    def answer(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.mouseClick(page.delete_assessment_button, Qt.MouseButton.LeftButton)
    rated = sum(r.level is not None or r.evidence != "" for r in draft.ratings)
    notes = sum(bool(r.evidence.strip()) for r in draft.ratings)
    assert f"no. {draft.id}" in asked[0] and draft.assessor in asked[0]
    assert f"its {rated} ratings" in asked[0] and f"{notes} evidence note" in asked[0]
    assert draft.id in assessor_columns(page)  # "No": nothing went
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.delete_assessment_button, Qt.MouseButton.LeftButton)
    assert draft.id not in assessor_columns(page)  # the view dropped its column
    assert len(assessor_columns(page)) == 2
    assert [a.id for a in store.assessments("c-004")] == [a for a in assessor_columns(page)]


def test_a_final_assessment_is_withdrawn_only_with_a_reason_and_the_history_shows_it(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = window.ws.store
    cands = window.candidates
    cands.select("c-001")
    page = cands.page
    final = store.assessments("c-001")[0]
    assert final.status == "final"
    click_column(qtbot, page, final.id)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]) or 0)
    prompts: list[str] = []
    dialogs: list[QInputDialog] = []

    def answering(text: str) -> Any:
        def exec_(self: QInputDialog) -> int:
            prompts.append(self.labelText())
            dialogs.append(self)
            self.setTextValue(text)
            return 1

        return exec_

    monkeypatch.setattr(QInputDialog, "exec", answering("  "))
    assert not cands.assessments.delete()
    assert "only with a reason" in told[0]  # it says why nothing happened
    assert final.id in assessor_columns(page)
    monkeypatch.setattr(QInputDialog, "exec", answering("оценщик не видел кандидата"))
    assert cands.assessments.delete()
    assert "Withdraw the final assessment" in prompts[-1] and "Reason:" in prompts[-1]
    # The question wraps at a readable width: Qt's own input dialog was 1,700 pixels wide.
    labels = [lb for lb in dialogs[-1].findChildren(QLabel) if lb.text() == prompts[-1]]
    assert labels and labels[0].wordWrap() and dialogs[-1].maximumWidth() <= 620
    assert final.id not in assessor_columns(page)
    # The history, opened from the page, reads newest first: the withdrawal with its reason.
    shown: list[HistoryDialog] = []
    monkeypatch.setattr(HistoryDialog, "exec", lambda self: shown.append(self) or 0)
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    table = shown[0].table
    model = table.model()
    rows = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert rows[0][1] == "tester"
    assert rows[0][2].startswith(f"assessment no. {final.id} ({final.assessor}, ")
    assert rows[0][2].endswith("withdrawn: оценщик не видел кандидата")
    # one withdrawal, not a "reopened" nobody did before it (the Writer's first step)
    assert not any(f"assessment no. {final.id} reopened" in r[2] for r in rows)
    assert any("finalised" in r[2] for r in rows)
    assert "entries, newest first" in shown[0].count.text()
    shown[0].show()
    qtbot.addWidget(shown[0])
    qtbot.waitExposed(shown[0])
    assert table.columnWidth(2) > table.columnWidth(0)  # what changed gets the room
    screen = shown[0].screen().availableGeometry()
    assert shown[0].width() <= screen.width() and shown[0].height() <= screen.height()


def test_history_with_nobody_selected_says_so(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.candidates.table.clearSelection()
    window.candidates.table.setCurrentIndex(window.candidates.model.index(-1, -1))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]) or 0)
    window.candidates.assessments.history()
    assert told and "Select a candidate" in told[0]
    assert not window.candidates.page.history_button.isEnabled()
