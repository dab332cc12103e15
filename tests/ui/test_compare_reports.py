"""Comparing candidates, and PDFs written from the window off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot

from kamassess.model import Candidate
from ui.main_window import MainWindow

from .conftest import type_text


def test_compare_two_candidates(qtbot: QtBot, window: MainWindow) -> None:
    window.tabs.setCurrentIndex(1)  # Compare: built when first opened
    page = window.compare
    assert page.isVisible()
    assert not page.export_button.isEnabled()
    page.set_checked(["c-001", "c-003"])
    ranking = page.ranking
    assert ranking.rowCount() == 2
    names = [ranking.index(r, ranking.NAME).data() for r in range(2)]
    assert names == ["Лебедева Мария Сергеевна", "Соколова Анна Викторовна"]
    assert ranking.index(1, ranking.PLACE).data() == "=1"
    assert "No meaningful difference" in page.note.text()
    assert len(page.radar.series) == 3  # the ideal and two candidates
    assert page.export_button.isEnabled()


def test_the_pick_list_shows_and_ticks_its_candidates_in_the_view(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The list on screen, not only its model: rows visible, ticked by a click, searched."""
    window.tabs.setCurrentIndex(1)
    page = window.compare
    view = page.pick
    assert view.model().rowCount() == 4
    first = view.model().index(0, 0)
    rect = view.visualRect(first)
    assert rect.height() > 0 and view.viewport().rect().contains(rect.center())
    for row in (0, 1):
        r = view.visualRect(view.model().index(row, 0))
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(r.left() + 10, r.center().y())
        )
    assert len(page.checked_ids()) == 2 and page.ranking.rowCount() == 2
    assert page.export_button.isEnabled()
    type_text(qtbot, page.pick_search, "лебед")
    assert view.model().rowCount() == 1
    assert view.model().index(0, 0).data() == "Лебедева Мария Сергеевна"
    assert len(page.checked_ids()) == 2  # ticks are kept while the search hides them


def test_at_most_six(window: MainWindow) -> None:
    store = window.ws.store
    for i in range(3):
        store.save_candidate(Candidate(f"x-{i}", f"Extra {i}", "external", "kam"), "t")
    window.candidates.reload()
    page = window.compare
    ids = ["c-001", "c-002", "c-003", "c-004", "x-0", "x-1"]
    page.set_checked(ids)
    assert sorted(page.checked_ids()) == sorted(ids)
    model = page.pick_model
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r, 0).data(Qt.ItemDataRole.UserRole) == "x-2"
    )
    assert not model.setData(
        model.index(row, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert len(page.checked_ids()) == 6 and "At most 6" in page.hint.text()


def test_compare_selected_from_the_candidate_list(qtbot: QtBot, window: MainWindow) -> None:
    cands = window.candidates
    sel = cands.table.selectionModel()
    from PySide6.QtCore import QItemSelectionModel

    for cid in ("c-001", "c-003"):
        index = cands.model.index(cands.model.row_of(cid), 0)
        sel.select(
            index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        )
    assert sorted(cands.selected_ids()) == ["c-001", "c-003"]
    window.findChild(QAction, "actionCompareSelected").trigger()
    assert window.tabs.currentIndex() == 1
    assert sorted(window.compare.checked_ids()) == ["c-001", "c-003"]
    assert window.compare.ranking.rowCount() == 2
    assert window.compare.profile.currentData() == "kam"  # both aim at the KAM profile


def patch_pdf_dialogs(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    messages: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: messages.append(self.text()) or 0)
    return messages


def test_comparison_pdf_from_the_tab(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "cmp.pdf"
    messages = patch_pdf_dialogs(monkeypatch, target)
    window.compare.set_checked(["c-002", "c-004"])
    qtbot.mouseClick(window.compare.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages), timeout=20000)
    assert str(target) in messages[0]
    text = " ".join(p.extract_text() for p in PdfReader(target).pages)
    assert "Волков Сергей Николаевич" in text and "Морозов Игорь Олегович" in text


def test_profile_pdf_from_the_menu(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "profile"  # no extension typed: .pdf is added
    messages = patch_pdf_dialogs(monkeypatch, target)
    window.candidates.select("c-003")
    window.reports.profile(window.candidates.current_id())
    qtbot.waitUntil(lambda: bool(messages), timeout=20000)
    pdf = tmp_path / "profile.pdf"
    assert "Лебедева Мария Сергеевна" in PdfReader(pdf).pages[0].extract_text()


def test_batch_export_can_be_cancelled(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = window.ws.store
    for i in range(40):
        store.save_candidate(Candidate(f"b-{i:02d}", f"Пакетный {i}", "external", "kam"), "t")
    window.candidates.reload()
    folder = tmp_path / "batch"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    done: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: done.append(self.text()) or 0)
    window.reports.profiles(window.candidates.model.visible_ids())
    dialog = window.findChild(QProgressDialog, "jobProgress")
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.value() >= 2, timeout=20000)
    from PySide6.QtWidgets import QPushButton

    (cancel,) = dialog.findChildren(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(done), timeout=30000)
    written = list(folder.glob("*-profile.pdf"))
    assert "Stopped on request" in done[0]
    assert 2 <= len(written) < 44
    assert all("Пакетный" not in p.name for p in written)  # ids, never names, in file names


def test_batch_export_writes_every_profile(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "all"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    done: list[Any] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: done.append(self.text()) or 0)
    window.reports.profiles(window.candidates.model.visible_ids())
    qtbot.waitUntil(lambda: bool(done), timeout=30000)
    assert sorted(p.name for p in folder.iterdir()) == [
        "c-001-profile.pdf",
        "c-002-profile.pdf",
        "c-003-profile.pdf",
        "c-004-profile.pdf",
    ]
    assert "4 of 4 profiles written" in done[0]


def test_batch_export_writes_only_the_listed_candidates(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The list is filtered to internal candidates: exactly their two profiles are written, and
    the menu action and its progress count two, not four."""
    folder = tmp_path / "internal"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    done: list[Any] = []
    buttons: list[list[str]] = []

    def finished(box: QMessageBox) -> int:
        done.append(box.text())
        buttons.append([b.text() for b in box.buttons()])
        return 0

    monkeypatch.setattr(QMessageBox, "exec", finished)
    maxima: list[int] = []
    original = QProgressDialog.setMaximum
    monkeypatch.setattr(
        QProgressDialog, "setMaximum", lambda self, n: maxima.append(n) or original(self, n)
    )
    kinds = window.candidates.kind_filter
    kinds.setCurrentIndex(kinds.findData("internal"))
    action = window.findChild(QAction, "actionBatchProfiles")
    action.trigger()
    qtbot.waitUntil(lambda: bool(done), timeout=30000)
    assert sorted(p.name for p in folder.iterdir()) == ["c-001-profile.pdf", "c-004-profile.pdf"]
    assert "2 of 2 profiles written" in done[0]
    assert maxima and set(maxima) == {2}  # the progress bar counted the two listed
    assert "Open &folder" in buttons[0]  # and it ends offering the folder


def test_the_list_as_a_spreadsheet_is_what_the_list_shows(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Filtered to internal candidates and sorted by fit: the workbook has those two rows in
    that order; a name is not shortened, and the message counts in words."""
    import openpyxl

    from ui.models import CandidateTableModel

    out = tmp_path / "list"  # no suffix typed: the chosen filter's is added
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "Excel workbook (*.xlsx)")
    )
    done: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: done.append(self.text()) or 0)
    kinds = window.candidates.kind_filter
    kinds.setCurrentIndex(kinds.findData("internal"))
    window.candidates.table.sortByColumn(CandidateTableModel.FIT, Qt.SortOrder.DescendingOrder)
    shown = window.candidates.model.visible_ids()
    assert len(shown) == 2
    window.findChild(QAction, "actionListExport").trigger()
    qtbot.waitUntil(lambda: bool(done), timeout=30000)
    assert done[0] == "2 candidates written to list.xlsx."
    sheet = openpyxl.load_workbook(tmp_path / "list.xlsx").active
    assert sheet is not None
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == shown


def test_interview_sheet_for_the_selected_candidate_from_the_menu(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reports ▸ Interview sheet for this candidate: their name on every page, their own
    profile; with nobody selected it says what to do and writes nothing."""
    target = tmp_path / "sheet.pdf"
    messages = patch_pdf_dialogs(monkeypatch, target)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _w, _t, text: told.append(text))
    action = window.findChild(QAction, "actionInterviewFor")
    assert action is not None and action.isEnabled()
    window.candidates.table.clearSelection()
    window.candidates.table.setCurrentIndex(window.candidates.model.index(-1, 0))
    action.trigger()
    assert told and "Select a candidate" in told[0] and not target.exists()
    window.candidates.select("c-004")  # a team-lead candidate
    action.trigger()
    qtbot.waitUntil(lambda: bool(messages), timeout=20000)
    pages = [pg.extract_text() or "" for pg in PdfReader(target).pages]
    assert all("Волков Сергей Николаевич (c-004)" in " ".join(pg.split()) for pg in pages)
    assert "Interview sheet: KAM leading a team" in " ".join(pages[0].split())
