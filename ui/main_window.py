"""The main window: the candidates, compare and framework tabs, and the menus that reach every
action (the actions themselves live in candidates_tab, file_actions and report_actions)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from kamassess.workspace import Workspace
from ui import jobs
from ui.candidates_tab import CandidatesTab
from ui.decision_actions import DecisionActions
from ui.events import Events
from ui.file_actions import FileActions
from ui.lazy_tab import LazyTab
from ui.menus import Menus
from ui.report_actions import ReportActions
from ui.retention import RetentionBanner, RetentionDialog
from ui.screen_fit import fit_to_screen
from ui.server_events import ServerEvents
from ui.settings import settings

if TYPE_CHECKING:
    from ui.calibration_tab import CalibrationTab
    from ui.compare_page import ComparePage
    from ui.framework_view import FrameworkView
    from ui.validity_tab import ValidityTab


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
        self.decisions = DecisionActions(ws, self.events, self)
        self.candidates.page.decide.connect(
            lambda: self.decisions.decide(self.candidates.current_id())
        )
        self.candidates.page.record_outcomes.connect(
            lambda: self.decisions.outcomes(self.candidates.current_id())
        )
        # The comparison, the calibration, the validity and the framework browser are built
        # when first opened (the analyses load numpy and scipy with them).
        self._compare_tab = LazyTab(self._build_compare, self)
        self._calibration_tab = LazyTab(self._build_calibration, self)
        self._validity_tab = LazyTab(self._build_validity, self)
        self._framework_tab = LazyTab(self._build_framework_view, self)
        self.events.changed.connect(self._mark_pages_stale)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self.candidates, self.tr("&Candidates"))
        self.tabs.addTab(self._compare_tab, self.tr("Co&mpare"))
        self.tabs.addTab(self._calibration_tab, self.tr("Ca&libration"))
        self.tabs.addTab(self._validity_tab, self.tr("&Validity"))
        self.tabs.addTab(self._framework_tab, self.tr("&Framework"))
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
        self.menus = Menus(self)
        self.menus.build()
        self.events.replaced.connect(self._database_replaced)
        self._asking_reopen = False
        self._apply_permissions()
        self.server_events: ServerEvents | None = None
        if ws.on_server:
            self.server_events = ServerEvents(ws, self.events, self)
        self._update_title()
        fit_to_screen(self, 1400, 860)  # until the geometry saved last time is restored
        self._restore()
        # The names first; the scores are computed once the window has painted them.
        self.candidates.reload(scores=False)
        QTimer.singleShot(0, self.candidates.refresh_scores)

    # -- pages built on first use ----------------------------------------------------------------
    def _build_compare(self, parent: QWidget) -> QWidget:
        from ui import compare_page  # loaded on first use

        page = compare_page.ComparePage(self.ws, parent)
        page.export_requested.connect(self.reports.comparison)
        state = settings().value("main/compareSplitter")
        if isinstance(state, QByteArray):
            page.splitter.restoreState(state)
        return page

    def _build_framework_view(self, parent: QWidget) -> QWidget:
        from ui import framework_view  # loaded on first use

        return framework_view.FrameworkView(self.ws.framework, self.ws.lang, parent)

    def _build_calibration(self, parent: QWidget) -> QWidget:
        from ui import calibration_tab  # loaded on first use (and numpy with it)

        page = calibration_tab.CalibrationTab(self.ws, parent)
        page.export_requested.connect(self.reports.calibration)
        return page

    def _build_validity(self, parent: QWidget) -> QWidget:
        from ui import validity_tab  # loaded on first use (and scipy with it)

        page = validity_tab.ValidityTab(self.ws, parent)
        page.export_requested.connect(self.decisions.validity_pdf)
        return page

    @property
    def compare(self) -> ComparePage:
        return cast("ComparePage", self._compare_tab.page)

    @property
    def framework_view(self) -> FrameworkView:
        return cast("FrameworkView", self._framework_tab.page)

    @property
    def calibration(self) -> CalibrationTab:
        return cast("CalibrationTab", self._calibration_tab.page)

    @property
    def validity(self) -> ValidityTab:
        return cast("ValidityTab", self._validity_tab.page)

    def _mark_pages_stale(self, _candidate_id: str) -> None:
        if self._compare_tab.built:
            self.compare.mark_stale()
        if self._calibration_tab.built:
            self.calibration.mark_stale()
        if self._validity_tab.built:
            self.validity.mark_stale()

    # -- menus ---------------------------------------------------------------------------------
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
            ("actionDeleteAssessment", "rate"),
            ("actionBackup", "backup"),
            ("actionDecision", "decide"),
            ("actionOutcomes", "decide"),
            ("actionRetention", "edit_candidates"),
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
        if self._framework_tab.built:
            self.framework_view.set_framework(fw, self.ws.lang)
        settings().setValue("last/framework", str(self.ws.framework_path))
        self._update_title()

    def compare_selected(self) -> None:
        """The candidates selected in the list (2–6), side by side on the Compare tab."""
        ids = self.candidates.selected_ids()
        if not 2 <= len(ids) <= 6:
            QMessageBox.information(
                self,
                self.tr("Compare selected"),
                self.tr(
                    "Select 2 to 6 candidates in the list (Ctrl+click or Shift+click), then "
                    "compare them. {n} selected now."
                ).format(n=len(ids)),
            )
            return
        self.tabs.setCurrentWidget(self._compare_tab)
        page = self.compare
        profiles = {self.ws.store.candidate(cid).profile for cid in ids}
        if len(profiles) == 1:  # all aim at one profile: compare against it
            page.profile.setCurrentIndex(max(0, page.profile.findData(profiles.pop())))
        page.set_checked(ids)

    def _tab_changed(self, index: int) -> None:
        shown = self.tabs.widget(index)
        if shown is self._compare_tab:
            self.compare.reload_if_stale()
        elif shown is self._framework_tab:
            _ = self.framework_view  # built now
        elif shown is self._calibration_tab:
            self.calibration.compute_if_stale()
        elif shown is self._validity_tab:
            self.validity.reload_if_stale()

    def shortcuts(self) -> None:
        """The keyboard sheet (F1): everything can be done without the mouse."""
        rows = [
            ("Ctrl+F", self.tr("search the list; Enter or ↓ goes into the list")),
            ("Ctrl+N", self.tr("new candidate")),
            ("F2", self.tr("edit the candidate")),
            ("Ctrl+R", self.tr("new assessment of the candidate")),
            ("Ctrl+D", self.tr("the debrief of the candidate's assessors")),
            ("Ctrl+H", self.tr("the candidate's history: who changed what, when")),
            ("Ctrl+Shift+D", self.tr("the decision on the candidate")),
            ("Ctrl+Shift+C", self.tr("compare the candidates selected in the list")),
            ("Ctrl+P", self.tr("the candidate's profile as PDF")),
            ("Ctrl+I / Ctrl+E", self.tr("import / export a bundle")),
            ("1–9", self.tr("rating window: the level of the competency in focus")),
            ("0 / −", self.tr("rating window: no evidence")),
            ("↓ / ↑", self.tr("rating window: next / previous competency")),
            ("Tab", self.tr("rating window: the evidence note, then on")),
            ("Esc / Ctrl+W", self.tr("close the rating window (everything is saved)")),
        ]
        body = "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in rows)
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Keyboard shortcuts"), "", parent=self
        )
        box.setObjectName("shortcutsSheet")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(f"<table>{body}</table>")
        box.exec()

    def review_retention(self) -> None:
        """The list of who is due for deletion, with Delete (as `purge`)."""
        RetentionDialog(self.ws, self.events, self).exec()
        self.retention.refresh()
        kept = self.ws.store.candidate_ids()
        for window in list(self.candidates.rating_windows.values()):
            if window.candidate.id not in kept:  # deleted: nothing of theirs may be saved again
                window.close()
        for debrief in list(self.candidates.debriefs.values()):
            if debrief.candidate_id not in kept:  # nor a consensus recorded on them
                debrief.close()

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
        self.candidates.setSizes([int(width * 0.36), int(width * 0.64)])
        page = int(width * 0.64)
        result = min(400, max(320, page // 3))  # the radar stays readable at 320 pixels
        self.candidates.page.splitter.setSizes([page - result, result])

    def _restore(self) -> None:
        prefs = settings()
        if prefs.value("main/listSplitter") is None:
            QTimer.singleShot(0, self._default_sizes)
        for key, restore in (
            ("main/geometry", self.restoreGeometry),
            ("main/listSplitter", self.candidates.restoreState),
            ("main/pageSplitter", self.candidates.page.splitter.restoreState),
        ):
            value = prefs.value(key)
            if isinstance(value, QByteArray):
                restore(value)

    def save_settings(self) -> None:
        prefs = settings()
        prefs.setValue("main/geometry", self.saveGeometry())
        prefs.setValue("main/listSplitter", self.candidates.saveState())
        prefs.setValue("main/pageSplitter", self.candidates.page.splitter.saveState())
        if self._compare_tab.built:
            prefs.setValue("main/compareSplitter", self.compare.splitter.saveState())
        prefs.setValue("last/database", self.ws.store.address)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.server_events is not None:
            self.server_events.stop()
        self.retention.stop()  # its pending count must not run on a closed database
        self.candidates.close_rating_windows()
        self.save_settings()
        jobs.wait_all()
        super().closeEvent(event)
