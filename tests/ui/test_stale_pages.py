"""Issue 14: a candidate or assessment that is gone never stays on screen as if it were there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow


def double_click(qtbot: QtBot, widget: QWidget, where: QPoint) -> None:
    """A press first: Qt's item views open an item only on a double-click of the pressed one."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=where)


def test_a_deleted_candidate_leaves_the_page_and_its_columns_open_nothing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    cands = window.candidates
    cands.select("c-002")  # three assessors side by side
    page = cands.page
    assessor = str(page.model.headerData(2, Qt.Orientation.Horizontal)).split("\n")[0]
    where = page.table.visualRect(page.model.index(0, 2)).center()
    name = window.ws.store.candidate("c-002").name
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    cands.delete_candidate()
    assert "c-002" not in window.ws.store.candidate_ids()
    # What the user sees: not the deleted person, no live-looking buttons for them.
    assert page.candidate_id != "c-002"
    assert name not in page.title.text()
    assert all(
        assessor not in str(page.model.headerData(c, Qt.Orientation.Horizontal))
        for c in range(page.model.columnCount())
    )
    shown = [cands.model.index(r, 0).data() for r in range(cands.model.rowCount())]
    assert all(name not in str(s) for s in shown)
    # Double-clicking where the assessor column was opens nothing and raises nothing.
    viewport = page.table.viewport()
    double_click(qtbot, viewport, where)
    assert cands.rating_windows == {}
    assert not page.delete_button.isEnabled() or page.candidate_id is not None


def test_double_clicking_an_assessment_deleted_elsewhere_says_so_and_refreshes(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another window (or the command line) deleted a draft the page still shows: a
    double-click on its column is a message and the page drops the column, never a traceback."""
    from kamassess.store.sqlite import Store

    store = window.ws.store
    cands = window.candidates
    cands.select("c-004")
    page = cands.page
    drafts = [a for a in store.assessments("c-004") if a.status == "draft"]
    assert drafts, "the demo's c-004 has a draft"
    column = next(
        c
        for c in range(page.model.columnCount())
        if page.model.assessment_for_column(c) == drafts[0].id
    )
    with Store.open(store.path) as other:
        other.delete_assessment(drafts[0].id, "elsewhere")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]) or 0)
    viewport = page.table.viewport()
    page.table.scrollTo(page.model.index(0, column))
    where = page.table.visualRect(page.model.index(0, column)).center()
    double_click(qtbot, viewport, where)
    assert cands.rating_windows == {}
    assert told and "deleted" in told[0]
    ids = {page.model.assessment_for_column(c) for c in range(page.model.columnCount())}
    assert drafts[0].id not in ids
