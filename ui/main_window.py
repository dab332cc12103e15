"""The main window: the candidates, compare and framework tabs, and the menus that reach every
action (the actions themselves live in candidates_tab, file_actions and report_actions)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget, QWidget

from kamassess.workspace import Workspace
from ui import jobs
from ui.candidates_tab import CandidatesTab
from ui.compare_page import ComparePage
from ui.events import Events
from ui.file_actions import FileActions
from ui.framework_view import FrameworkView
from ui.report_actions import ReportActions
from ui.server_events import ServerEvents
from ui.settings import settings


class MainWindow(QMainWindow):
    language_change = Signal(str)
    reopen_requested = Signal()  # the database file was replaced: open it again
    connect_requested = Signal()  # File ▸ Connect to server…
    desktop_requested = Signal()  # File ▸ Use this computer's database

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
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self.candidates, self.tr("&Candidates"))
        self.tabs.addTab(self.compare, self.tr("Co&mpare"))
        self.tabs.addTab(self.framework_view, self.tr("&Framework"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)
        self._build_menus()
        self.events.replaced.connect(self._database_replaced)
        self._asking_reopen = False
        self._apply_permissions()
        self.server_events: ServerEvents | None = None
        if ws.on_server:
            self.server_events = ServerEvents(ws, self.events, self)
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
            self.tr("&Connect to server…"),
            self.connect_requested.emit,
            name="actionConnect",
        )
        self._action(
            file_menu,
            self.tr("Use this computer's &database"),
            self.desktop_requested.emit,
            name="actionDesktop",
        ).setVisible(self.ws.on_server)
        file_menu.addSeparator()
        self._action(
            file_menu,
            self.tr("Open &framework…"),
            files.open_framework,
            "Ctrl+Shift+O",
            "actionFramework",
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
        self._action(
            cand,
            self.tr("Assessors who see this &candidate…"),
            cands.assign_assessors,
            name="actionAssign",
        ).setVisible(self.ws.may("assign"))
        cand.addSeparator()
        self._action(
            cand,
            self.tr("New &assessment…"),
            cands.new_assessment,
            "Ctrl+R",
            "actionNewAssessment",
        )
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
        where = self.ws.target if self.ws.on_server else self.ws.db_path.name
        title = f"KAM Assess — {where} — {fw.id} {fw.version}"
        if self.ws.role is not None:
            title += " — " + self.role_name(self.ws.role)
        if self.ws.read_only:
            title += " — " + self.tr("read-only")
        self.setWindowTitle(title)

    def role_name(self, role: str) -> str:
        return {
            "hr": self.tr("HR"),
            "assessor": self.tr("assessor"),
            "director": self.tr("director"),
        }[role]

    def _apply_permissions(self) -> None:
        """What this user cannot do is off: a read-only window, or a role on a server (which
        refuses it anyway — this only spares the user a refusal)."""
        for name, action_kind in (
            ("actionImport", "edit_candidates"),
            ("actionNewCandidate", "edit_candidates"),
            ("actionEditCandidate", "edit_candidates"),
            ("actionDeleteCandidate", "edit_candidates"),
            ("actionNewAssessment", "rate"),
            ("actionBackup", "backup"),
        ):
            action = self.findChild(QAction, name)
            if action is not None:
                action.setEnabled(self.ws.may(action_kind))
        backup = self.findChild(QAction, "actionBackup")
        if backup is not None and self.ws.on_server:
            backup.setVisible(False)  # the server's backups are the DBA's
        if not self.ws.may("edit_candidates"):
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

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About KAM Assess"),
            self.tr(
                "KAM Assess rates candidates for a Key Account Manager role against a competency "
                "framework and prints the reports directors decide from.\n\nDatabase: {db}\n"
                "Framework: {fw}"
            ).format(db=self.ws.target, fw=self.ws.framework_path),
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
        prefs.setValue("last/database", self.ws.store.address)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.server_events is not None:
            self.server_events.stop()
        self.candidates.close_rating_windows()
        self.save_settings()
        jobs.wait_all()
        super().closeEvent(event)
