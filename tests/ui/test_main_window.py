"""The main window driven like a user: list, search, filters, candidates, import, language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from kamassess.framework.model import Framework
from kamassess.store.sqlite import Store
from ui.candidate_dialog import CandidateDialog
from ui.dialogs import ProblemsDialog
from ui.main_window import MainWindow
from ui.models import CandidateTableModel

from .conftest import make_context, type_text, wait_for_scores


def visible_names(window: MainWindow) -> list[str]:
    model = window.candidates.model
    return [
        model.index(r, CandidateTableModel.NAME).data().rstrip(" ✎")
        for r in range(model.rowCount())
    ]


def test_title_list_and_scores(window: MainWindow) -> None:
    assert window.windowTitle().startswith("KAM Assess — ui.db — kam-hvac 2026.2")
    assert len(visible_names(window)) == 4
    row = window.candidates.model.row_of("c-002")
    assert row is not None
    fit = window.candidates.model.index(row, CandidateTableModel.FIT).data()
    assert fit == "89.0"  # 100 × (625/18)/39, worked out in tests/core/test_demo_stories.py
    assert (
        window.candidates.model.index(row, CandidateTableModel.VERDICT).data() == "needs consensus"
    )
    window.candidates.select("c-002")
    headline = window.candidates.page.result.headline.text()
    # 59100/702 = 84.19… and 66000/702 = 94.01…, worked out in tests/core/test_demo_stories.py
    assert "needs consensus" in headline and "spread of ratings 84.2–94.0" in headline
    assert "Assessors disagree at a knock-out minimum" in headline
    volkov = window.candidates.model.row_of("c-004")
    assert (
        window.candidates.model.index(volkov, CandidateTableModel.VERDICT).data()
        == "not recommended"
    )


def test_search_as_you_type_and_filters(qtbot: QtBot, window: MainWindow) -> None:
    type_text(qtbot, window.candidates.search, "лебед")
    assert visible_names(window) == ["Лебедева Мария Сергеевна"]
    window.candidates.search.clear()
    type_text(qtbot, window.candidates.search, "Екатеринбург")  # region matches too
    assert visible_names(window) == ["Морозов Игорь Олегович"]
    window.candidates.search.clear()
    window.candidates.kind_filter.setCurrentIndex(
        window.candidates.kind_filter.findData("internal")
    )
    assert sorted(visible_names(window)) == ["Волков Сергей Николаевич", "Соколова Анна Викторовна"]
    window.candidates.kind_filter.setCurrentIndex(0)
    window.candidates.verdict_filter.setCurrentIndex(
        window.candidates.verdict_filter.findData("not_recommended")
    )
    assert sorted(visible_names(window)) == ["Волков Сергей Николаевич"]
    window.candidates.verdict_filter.setCurrentIndex(
        window.candidates.verdict_filter.findData("needs_consensus")
    )
    assert visible_names(window) == ["Морозов Игорь Олегович"]
    assert window.candidates.verdict_filter.findData("insufficient_evidence") > 0
    window.candidates.verdict_filter.setCurrentIndex(0)
    window.candidates.drafts_filter.setChecked(True)
    assert visible_names(window) == ["Волков Сергей Николаевич"]
    window.candidates.drafts_filter.setChecked(False)
    window.candidates.profile_filter.setCurrentIndex(
        window.candidates.profile_filter.findData("kam_team_lead")
    )
    assert visible_names(window) == ["Волков Сергей Николаевич"]


def test_sort_by_fit(window: MainWindow) -> None:
    window.candidates.select("c-002")
    window.candidates.table.sortByColumn(CandidateTableModel.FIT, Qt.SortOrder.DescendingOrder)
    assert window.candidates.current_id() == "c-002"  # the selection follows its row
    window.candidates.model.set_filters(text="морозов")
    assert window.candidates.current_id() == "c-002" and window.candidates.model.rowCount() == 1
    window.candidates.model.set_filters(text="")
    assert visible_names(window)[0] == "Лебедева Мария Сергеевна"
    window.candidates.table.sortByColumn(CandidateTableModel.FIT, Qt.SortOrder.AscendingOrder)
    assert visible_names(window)[0] == "Волков Сергей Николаевич"


def test_add_candidate_through_the_form(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, Any] = {}

    def fill(dialog: CandidateDialog) -> int:
        type_text(qtbot, dialog.name_edit, "Новиков Пётр")
        qtbot.keyClicks(dialog.tenure, "abc")
        seen["error"] = dialog.problems.text()
        seen["ok_while_invalid"] = dialog.buttons.button(
            dialog.buttons.StandardButton.Ok
        ).isEnabled()
        dialog.tenure.clear()
        qtbot.keyClicks(dialog.tenure, "2,5")
        qtbot.keyClicks(dialog.overlap, "40")
        dialog.kind.setCurrentIndex(dialog.kind.findData("external"))
        type_text(qtbot, dialog.region, "Казань")
        assert dialog.validate()
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CandidateDialog, "exec", fill)
    window.candidates.new_candidate()
    assert seen == {"error": "Tenure: expected a number", "ok_while_invalid": False}
    store = window.ws.store
    (new,) = [c for c in store.candidates() if c.name == "Новиков Пётр"]
    assert (new.kind, new.tenure_years, new.client_overlap, new.region) == (
        "external",
        2.5,
        0.4,
        "Казань",
    )
    assert window.candidates.current_id() == new.id
    assert "Новиков Пётр" in window.candidates.page.title.text()


def test_a_filter_that_hides_the_shown_candidate_empties_the_page(window: MainWindow) -> None:
    cands = window.candidates
    cands.select("c-003")  # external
    assert cands.page.candidate_id == "c-003"
    cands.kind_filter.setCurrentIndex(cands.kind_filter.findData("internal"))
    assert cands.page.candidate_id is None
    assert "No candidate selected" in cands.page.title.text()
    assert not cands.page.edit_button.isEnabled()


def test_delete_asks_saying_what_goes(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    window.candidates.select("c-001")
    asked: list[str] = []

    def answer(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.candidates.delete_candidate()
    assert "2 assessments, 40 ratings" in asked[0]  # 2 assessors × 20 competencies
    assert "c-001" in window.ws.store.candidate_ids()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    window.candidates.delete_candidate()
    assert "c-001" not in window.ws.store.candidate_ids()
    assert window.ws.store.history("c-001") == []


def test_bad_bundle_shows_errors_and_imports_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "format: kamassess-bundle\nversion: 1\nframework: {id: kam-hvac, version: x}\n"
        "candidates:\n  - {id: n-1, name: Новый, kind: internal, profile: kam}\n"
        "  - {id: n-2, name: Ещё, kind: staff, profile: cto}\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    shown: list[ProblemsDialog] = []
    monkeypatch.setattr(ProblemsDialog, "exec", lambda self: shown.append(self) or 0)
    before = window.ws.store.counts()
    window.files.import_bundle()  # checked and imported off the GUI thread
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10000)
    lines = shown[0].text.toPlainText().splitlines()
    # the dialog names the file once; each line says where in the words of the file's author
    assert lines == [
        "Line 6: candidate «Ещё» › type: 'staff' is not one of: 'internal', 'external'",
        "Line 6: candidate «Ещё» › target profile: unknown profile 'cto' (the framework has: "
        "kam, kam_team_lead, regional_sales_head)",
    ]
    assert window.ws.store.counts() == before


def test_good_bundle_imports(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(
        "format: kamassess-bundle\nversion: 1\nframework: {id: kam-hvac, version: x}\n"
        "candidates:\n  - {id: n-1, name: Новый Кандидат, kind: internal, "
        "profile: kam}\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]) or 0)
    window.files.import_bundle()
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    assert "Candidates: 1 added" in said[0]
    assert "A backup was taken first" in said[0]  # the window's import backs up, as the CLI's
    assert "made with framework version x" in said[0]  # the warning the CLI prints too
    assert "n-1" in window.ws.store.candidate_ids()
    assert "Новый Кандидат" in visible_names(window)


def test_broken_framework_refused_current_kept(
    window: MainWindow, tmp_path: Path, framework_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        framework_text.replace("weight: 3, minimum: 3}", "weight: 0, minimum: 3}", 1),
        encoding="utf-8",
    )
    shown: list[ProblemsDialog] = []
    monkeypatch.setattr(ProblemsDialog, "exec", lambda self: shown.append(self) or 0)
    assert window.files.load_framework_file(broken) is False
    line = next(
        n
        for n, t in enumerate(broken.read_text(encoding="utf-8").splitlines(), 1)
        if "weight: 0, minimum: 3}" in t
    )
    assert shown[0].text.toPlainText().startswith(f"Line {line}: profile «")
    assert window.ws.framework.content_hash != "" and "kam-hvac" in window.windowTitle()


def test_language_switch_rebuilds_in_russian_and_back(
    qtbot: QtBot, ui_store: Store, framework: Framework, root: Path
) -> None:
    from ui.app import Application

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    ctx = make_context(ui_store, framework, root, "en")
    application = Application(app, ctx)
    first = application.show(offer_demo=False)  # replaced windows are deleted by the app
    assert first.menuBar().actions()[0].text() == "&File"
    first.findChild(type(first.menuBar().actions()[0]), "language_ru").trigger()
    russian = application.window
    assert russian is not None and russian is not first
    wait_for_scores(qtbot, russian)
    assert russian.menuBar().actions()[0].text() == "&Файл"
    assert russian.tabs.tabText(0) == "&Кандидаты"
    assert russian.candidates.model.headerData(0, Qt.Orientation.Horizontal) == "Ф. И. О."
    row = russian.candidates.model.row_of("c-002")
    verdict = russian.candidates.model.index(row, CandidateTableModel.VERDICT).data()
    assert verdict == "нужен консенсус оценщиков"
    russian.candidates.select("c-003")
    assert "внешний" in russian.candidates.page.facts.text()
    type_text(qtbot, russian.candidates.search, "мария")
    russian.language_change.emit("en")
    english = application.window
    assert english is not None
    qtbot.addWidget(english)
    assert english.menuBar().actions()[0].text() == "&File"
    # The search and the selection survive the switch.
    assert english.candidates.search.text() == "мария"
    assert visible_names(english) == ["Лебедева Мария Сергеевна"]
    assert english.candidates.current_id() == "c-003"
    assert "external" in english.candidates.page.facts.text()
    from ui.settings import settings

    assert settings().value("language") == "en"


def test_qt_standard_buttons_in_russian(qtbot: QtBot) -> None:
    from ui.app import install_translators

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translators(app, "ru")
    try:
        box = QMessageBox(QMessageBox.Icon.Question, "t", "t", QMessageBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert box.button(QMessageBox.StandardButton.Cancel).text() == "Отмена"
    finally:
        install_translators(app, "en")


def test_empty_database_offers_the_demo(
    qtbot: QtBot, tmp_path: Path, framework: Framework, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with Store.open(tmp_path / "empty.db") as store:
        win = MainWindow(make_context(store, framework, root))
        qtbot.addWidget(win)
        win.files.offer_demo()  # loaded off the GUI thread; the list reloads when it is in
        qtbot.waitUntil(lambda: win.candidates.model.rowCount() == 4, timeout=10000)
        wait_for_scores(qtbot, win)


def test_settings_remember_geometry_and_splitters(
    qtbot: QtBot, ui_store: Store, framework: Framework, root: Path
) -> None:
    win = MainWindow(make_context(ui_store, framework, root))
    qtbot.addWidget(win)
    win.show()
    win.resize(win.width(), 555)  # the offscreen screen is small: vary the height
    win.candidates.setSizes([300, 700])
    saved = win.candidates.sizes()
    win.close()
    again = MainWindow(make_context(ui_store, framework, root))
    qtbot.addWidget(again)
    again.show()
    assert again.size().height() == 555
    assert again.candidates.sizes()[0] == saved[0]  # the list keeps its width
    from ui.settings import settings

    assert settings().value("last/database") == str(ui_store.path)


def test_keyboard_search_into_list_new_assessment_needs_a_selection_and_f1_sheet(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    cands = window.candidates
    cands.table.clearSelection()
    cands.table.setCurrentIndex(cands.model.index(-1, -1))
    type_text(qtbot, cands.search, "мор")
    qtbot.keyClick(cands.search, Qt.Key.Key_Return)
    assert window.focusWidget() is cands.table and cands.current_id() == "c-002"
    cands.search.clear()
    cands.table.setCurrentIndex(cands.model.index(-1, -1))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]) or 0)
    window.findChild(type(window.menuBar().actions()[0]), "actionNewAssessment").trigger()
    assert told and "Select a candidate" in told[0]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    window.findChild(type(window.menuBar().actions()[0]), "actionShortcuts").trigger()
    assert shown and "Ctrl+Shift+C" in shown[0] and "Esc / Ctrl+W" in shown[0]


def test_escape_closes_the_rating_window(qtbot: QtBot, window: MainWindow) -> None:
    aid = window.ws.store.assessments("c-001")[0].id
    rating = window.candidates.open_assessment(aid)
    qtbot.addWidget(rating)
    rating.show()
    assert rating.isVisible()
    qtbot.keyClick(rating, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: aid not in window.candidates.rating_windows)
