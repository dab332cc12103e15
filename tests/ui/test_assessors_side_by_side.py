"""Issue 14: assessors side by side on the candidate's page — the competencies stay while the
columns scroll, every assessor with mean and min–max fits a 1366-pixel screen, and each
rating's evidence is read by hovering or clicking its cell."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow


def test_names_frozen_assessors_compact_and_all_on_a_1366_screen(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1366 - 16, 768 - 40)  # the first start's size on that screen
    window._default_sizes()
    window.candidates.select("c-002")  # three assessors
    page = window.candidates.page
    table, model = page.table, page.model
    qtbot.wait(20)
    rows = table.verticalHeader()
    assert rows.isVisible() and rows.width() >= 120
    assert str(model.headerData(0, Qt.Orientation.Vertical)).startswith("1. ")
    assert table.isColumnHidden(0)  # the names are the frozen row header, not a column
    shown = [c for c in range(model.columnCount()) if not table.isColumnHidden(c)]
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in shown]
    assert headers[-2:] == ["Mean", "Min–max"]
    assert sum(model.assessment_for_column(c) is not None for c in shown) == 3
    # every column, the three assessors, mean and min–max, is in view without scrolling
    used = sum(table.columnWidth(c) for c in shown)
    assert used <= table.viewport().width(), (used, table.viewport().width())
    # scrolled sideways anyway, the competency names stay where they were
    before = rows.mapTo(window, rows.rect().topLeft())
    table.horizontalScrollBar().setValue(table.horizontalScrollBar().maximum())
    assert rows.mapTo(window, rows.rect().topLeft()) == before and rows.isVisible()


def test_evidence_on_hover_and_on_click(qtbot: QtBot, window: MainWindow) -> None:
    window.candidates.select("c-002")
    page = window.candidates.page
    model, table = page.model, page.table
    cell = next(
        model.index(r, c)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if (rating := model.rating(model.index(r, c))) is not None and rating.evidence.strip()
    )
    evidence = model.rating(cell).evidence  # type: ignore[union-attr]
    assert str(cell.data()).endswith("✎")  # marked in the cell
    assert evidence in cell.data(Qt.ItemDataRole.ToolTipRole)  # hover
    assert not page.evidence.isVisible()
    table.scrollTo(cell)
    where = table.visualRect(cell).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert page.evidence.isVisible() and page.evidence.text() == evidence.strip()  # click
