"""Issue 14: the candidate list's columns — chosen from the header's menu and kept for the next
start, numbers right-aligned in the reader's format, dates as the reader writes them, the
platform's own row height."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from kamassess.framework.model import Framework
from kamassess.store.sqlite import Store
from tests.ui.conftest import make_context, wait_for_scores
from tests.ui.test_wording import russian  # noqa: F401 - the Russian window fixture
from ui.main_window import MainWindow
from ui.models import CandidateTableModel as M


def test_columns_chosen_in_the_header_menu_stay_chosen_at_the_next_start(
    qtbot: QtBot, window: MainWindow, ui_store: Store, framework: Framework, root: Path
) -> None:
    table = window.candidates.table
    menu = window.candidates.columns.menu()
    titles = [a.text() for a in menu.actions()]
    assert titles[:2] == ["Type", "Target profile"]
    assert "Name" not in titles  # the column naming the row always stays
    coverage = next(a for a in menu.actions() if a.text() == "Coverage")
    assert coverage.isChecked() and not table.isColumnHidden(M.COVERAGE)
    coverage.setChecked(False)
    assert table.isColumnHidden(M.COVERAGE)
    window.close()
    again = MainWindow(make_context(ui_store, framework, root))
    qtbot.addWidget(again)
    again.show()
    wait_for_scores(qtbot, again)
    assert again.candidates.table.isColumnHidden(M.COVERAGE)
    assert not again.candidates.table.isColumnHidden(M.FIT)
    back = next(a for a in again.candidates.columns.menu().actions() if a.text() == "Coverage")
    assert not back.isChecked()
    back.setChecked(True)
    assert not again.candidates.table.isColumnHidden(M.COVERAGE)
    assert again.candidates.table.columnWidth(M.COVERAGE) > 20


def test_numbers_right_aligned_in_the_readers_format_and_default_rows(
    window: MainWindow,
    russian: MainWindow,  # noqa: F811
) -> None:
    for win, comma in ((window, "."), (russian, ",")):
        model = win.candidates.model
        row = model.row_of("c-001")
        fit = model.index(row, M.FIT)
        assert comma in str(fit.data())
        align = Qt.AlignmentFlag(int(fit.data(Qt.ItemDataRole.TextAlignmentRole)))
        assert align & Qt.AlignmentFlag.AlignRight
    # dates as each language writes them
    en = window.candidates.model
    ru = russian.candidates.model
    last_en = str(en.index(en.row_of("c-001"), M.LAST).data())
    last_ru = str(ru.index(ru.row_of("c-001"), M.LAST).data())
    assert last_en.count(" ") == 2 and last_ru.count(".") == 2 and "-" not in last_en + last_ru
    # rows as tall as the platform makes them (no fixed 30 px): a plain table's default
    table = window.candidates.table
    plain = QTableView()
    assert (
        table.verticalHeader().defaultSectionSize() == plain.verticalHeader().defaultSectionSize()
    )
    assert table.rowHeight(0) == plain.verticalHeader().defaultSectionSize()


def test_fit_and_verdict_come_next_to_the_name_and_show_whole_at_1366(
    qtbot: QtBot,
    russian: MainWindow,  # noqa: F811
) -> None:
    """At a 1366-pixel window the list gets its default share: the fit and the whole verdict
    (in Russian, the longest) are on screen, not behind the type and profile columns."""
    russian.resize(1366, 740)
    russian._default_sizes()  # the first start's share, at this width
    wait_for_scores(qtbot, russian)
    table = russian.candidates.table
    header = table.horizontalHeader()
    assert [header.logicalIndex(v) for v in range(3)] == [M.NAME, M.FIT, M.VERDICT]
    right = table.columnViewportPosition(M.VERDICT) + table.columnWidth(M.VERDICT)
    assert right <= table.viewport().width()
    row = russian.candidates.model.row_of("c-002")
    verdict = str(russian.candidates.model.index(row, M.VERDICT).data())
    assert table.fontMetrics().horizontalAdvance(verdict) < table.columnWidth(M.VERDICT)
