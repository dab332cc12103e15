"""The main window: the candidates, compare and framework tabs, and the menus that reach every
action (the actions themselves live in candidates_tab, file_actions and report_actions)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from kamassess.workspace import Workspace
from ui import jobs
from ui.candidates_tab import CandidatesTab
from ui.compare_page import ComparePage
from ui.decision_actions import DecisionActions
from ui.events import Events
from ui.file_actions import FileActions
from ui.framework_view import FrameworkView
from ui.report_actions import ReportActions
from ui.retention import RetentionBanner, RetentionDialog
from ui.settings import settings
from ui.validity_tab import ValidityTab


class MainWindow(QMainWindow):
    language_change = Signal(str)
    reopen_requested = Signal()  # the database file was replaced: open it again

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setObjectName("mainWindow")
        self.events = Events(self)
        self.candidates = CandidatesTab(ws, self.events, self)
        self.files = FileActions(ws, self.events, self)
        self.files.framework_changed.connect(self._framework_changed)
        self.reports = ReportActions(ws, self)
        self.candidates.page.profile_pdf.connect(
            lambda: self.reports.profile(self.candidates.current_id())
        )
        self.compare = ComparePage(ws, self)
        self.compare.export_requested.connect(self.reports.comparison)
        self.events.changed.connect(lambda _cid: self.compare.mark_stale())
        self.framework_view = FrameworkView(ws.framework, ws.lang, self)
        self.decisions = DecisionActions(ws, self.events, self)
        self.candidates.page.decide.connect(
            lambda: self.decisions.decide(self.candidates.current_id())
        )
        self.candidates.page.record_outcomes.connect(
            lambda: self.decisions.outcomes(self.candidates.current_id())
        )
        self.validity = ValidityTab(ws, self)
        self.validity.export_requested.connect(self.decisions.validity_pdf)
        self.events.changed.connect(lambda _cid: self.validity.mark_stale())
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self.candidates, self.tr("&Candidates"))
        self.tabs.addTab(self.compare, self.tr("Co&mpare"))
        self.tabs.addTab(self.validity, self.tr("&Validity"))
        self.tabs.addTab(self.framework_view, self.tr("&Framework"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.retention = RetentionBanner(ws, self)
        self.retention.review.connect(self.review_retention)
        self.events.changed.connect(lambda _cid: self.retention.schedule())
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.retention)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.events.replaced.connect(self._database_replaced)
        self._asking_reopen = False
        if ws.read_only:
            self._read_only()
        self._update_title()
        self.resize(1400, 860)
        self._restore()
        self.candidates.reload()

    # -- menus ---------------------------------------------------------------------------------
    def _action(
        self,
        menu: Any,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if name:
            action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar, files, reports, cands = self.menuBar(), self.files, self.reports, self.candidates
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(
            file_menu, self.tr("&Import bundle…"), files.import_bundle, "Ctrl+I", "actionImport"
        )
        self._action(
            file_menu, self.tr("&Export bundle…"), files.export_bundle, "Ctrl+E", "actionExport"
        )
        self._action(
            file_menu, self.tr("&Back up database…"), files.backup, "Ctrl+B", "actionBackup"
        )
        file_menu.addSeparator()
        self._action(
            file_menu,
            self.tr("Open &framework…"),
            files.open_framework,
            "Ctrl+Shift+O",
            "actionFramework",
        )
        file_menu.addSeparator()
        decisions = self.decisions
        self._action(
            file_menu,
            self.tr("Export an &anonymised bundle…"),
            decisions.export_anonymised,
            name="actionExportAnonymised",
        )
        self._action(
            file_menu,
            self.tr("Personal data due for &deletion…"),
            self.review_retention,
            name="actionRetention",
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        cand = bar.addMenu(self.tr("C&andidate"))
        self._action(
            cand, self.tr("&New candidate…"), cands.new_candidate, "Ctrl+N", "actionNewCandidate"
        )
        self._action(
            cand, self.tr("&Edit candidate…"), cands.edit_candidate, "F2", "actionEditCandidate"
        )
        self._action(
            cand,
            self.tr("&Delete candidate…"),
            cands.delete_candidate,
            "Ctrl+Del",
            "actionDeleteCandidate",
        )
        cand.addSeparator()
        self._action(
            cand,
            self.tr("New &assessment…"),
            cands.new_assessment,
            "Ctrl+R",
            "actionNewAssessment",
        )
        cand.addSeparator()
        self._action(
            cand,
            self.tr("De&cision…"),
            lambda: decisions.decide(cands.current_id()),
            "Ctrl+D",
            "actionDecision",
        )
        self._action(
            cand,
            self.tr("O&utcomes…"),
            lambda: decisions.outcomes(cands.current_id()),
            name="actionOutcomes",
        )
        self._action(
            cand,
            self.tr("The candidate's own data (on re&quest)…"),
            lambda: decisions.subject_access(cands.current_id()),
            name="actionSubjectAccess",
        )
        cand.addSeparator()
        self._action(cand, self.tr("&Find"), cands.search.setFocus, QKeySequence.StandardKey.Find)

        rep = bar.addMenu(self.tr("&Reports"))
        self._action(
            rep,
            self.tr("Candidate &profile (PDF)…"),
            lambda: reports.profile(cands.current_id()),
            "Ctrl+P",
        )
        self._action(
            rep, self.tr("&Comparison (PDF)…"), lambda: self.tabs.setCurrentWidget(self.compare)
        )
        self._action(rep, self.tr("&Interview sheet (PDF)…"), reports.interview)
        self._action(
            rep,
            self.tr("Profiles of the &listed candidates…"),
            lambda: reports.profiles(cands.model.visible_ids()),
            name="actionBatchProfiles",
        )
        self._action(
            rep, self.tr("&Validity (PDF)…"), decisions.validity_pdf, name="actionValidityPdf"
        )

        settings_menu = bar.addMenu(self.tr("&Settings"))
        language = settings_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, label in (("ru", "Русский"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setObjectName(f"language_{code}")
            action.setChecked(code == self.ws.lang)
            action.triggered.connect(lambda _c=False, code=code: self.language_change.emit(code))
            group.addAction(action)
            language.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About KAM Assess"), self.about)

    def _update_title(self) -> None:
        fw = self.ws.framework
        title = f"KAM Assess — {self.ws.db_path.name} — {fw.id} {fw.version}"
        if self.ws.read_only:
            title += " — " + self.tr("read-only")
        self.setWindowTitle(title)

    def _read_only(self) -> None:
        """Opened to look: every action that would change the database is off."""
        for name in (
            "actionImport",
            "actionNewCandidate",
            "actionEditCandidate",
            "actionDeleteCandidate",
            "actionNewAssessment",
            "actionDecision",
            "actionOutcomes",
        ):
            action = self.findChild(QAction, name)
            if action is not None:
                action.setEnabled(False)
        self.candidates.set_read_only(True)

    def _database_replaced(self) -> None:
        """Another program put a new file in place of the open database (a restore): nothing
        was saved into the old one; offer to open the new one (the window is rebuilt)."""
        if self._asking_reopen:
            return
        self._asking_reopen = True
        answer = QMessageBox.question(
            self,
            self.tr("Database replaced"),
            self.tr(
                "{name} was replaced by another program (restored from a backup?) while it was "
                "open here. Nothing was saved into the old file. Open the database again now? "
                "Unsaved typing in open rating windows is lost."
            ).format(name=self.ws.db_path.name),
        )
        self._asking_reopen = False
        if answer == QMessageBox.StandardButton.Yes:
            self.reopen_requested.emit()

    def _framework_changed(self) -> None:
        fw = self.ws.framework
        self.candidates.model.framework = fw
        self.framework_view.set_framework(fw, self.ws.lang)
        settings().setValue("last/framework", str(self.ws.framework_path))
        self._update_title()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.compare:
            self.compare.reload_if_stale()
        if self.tabs.widget(index) is self.validity:
            self.validity.reload_if_stale()

    def review_retention(self) -> None:
        """The list of who is due for deletion, with Delete (as `purge`)."""
        RetentionDialog(self.ws, self.events, self).exec()
        self.retention.refresh()
        kept = self.ws.store.candidate_ids()
        for window in list(self.candidates.rating_windows.values()):
            if window.candidate.id not in kept:  # deleted: nothing of theirs may be saved again
                window.close()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About KAM Assess"),
            self.tr(
                "KAM Assess rates candidates for a Key Account Manager role against a competency "
                "framework and prints the reports directors decide from.\n\nDatabase: {db}\n"
                "Framework: {fw}"
            ).format(db=self.ws.db_path, fw=self.ws.framework_path),
        )

    # -- settings ------------------------------------------------------------------------------
    def _default_sizes(self) -> None:
        """First run: a compact list, and room for the assessors' columns on the page."""
        width = max(self.width(), 1000)
        self.candidates.setSizes([int(width * 0.40), int(width * 0.60)])
        page = int(width * 0.60)
        self.candidates.page.splitter.setSizes([page - 400, 400])

    def _restore(self) -> None:
        prefs = settings()
        if prefs.value("main/listSplitter") is None:
            QTimer.singleShot(0, self._default_sizes)
        for key, restore in (
            ("main/geometry", self.restoreGeometry),
            ("main/listSplitter", self.candidates.restoreState),
            ("main/pageSplitter", self.candidates.page.splitter.restoreState),
            ("main/compareSplitter", self.compare.splitter.restoreState),
        ):
            value = prefs.value(key)
            if isinstance(value, QByteArray):
                restore(value)

    def save_settings(self) -> None:
        prefs = settings()
        prefs.setValue("main/geometry", self.saveGeometry())
        prefs.setValue("main/listSplitter", self.candidates.saveState())
        prefs.setValue("main/pageSplitter", self.candidates.page.splitter.saveState())
        prefs.setValue("main/compareSplitter", self.compare.splitter.saveState())
        prefs.setValue("last/database", str(self.ws.db_path))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.candidates.close_rating_windows()
        self.save_settings()
        jobs.wait_all()
        super().closeEvent(event)
