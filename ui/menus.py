"""The main window's menu bar: every action with its shortcut and its object name (the tests and
the role rules find actions by it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from ui.identity import ask_user

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class Menus(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def action(
        self,
        menu: Any,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        name: str = "",
    ) -> QAction:
        action = QAction(text, self.window)
        if name:
            action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def build(self) -> None:
        w = self.window
        bar, files, reports, cands = w.menuBar(), w.files, w.reports, w.candidates
        file_menu = bar.addMenu(self.tr("&File"))
        self.action(
            file_menu, self.tr("&Import bundle…"), files.import_bundle, "Ctrl+I", "actionImport"
        )
        self.action(
            file_menu, self.tr("&Export bundle…"), files.export_bundle, "Ctrl+E", "actionExport"
        )
        self.action(
            file_menu, self.tr("&Back up database…"), files.backup, "Ctrl+B", "actionBackup"
        )
        file_menu.addSeparator()
        self.action(
            file_menu,
            self.tr("&Connect to server…"),
            w.connect_requested.emit,
            name="actionConnect",
        )
        self.action(
            file_menu,
            self.tr("Use this computer's &database"),
            w.desktop_requested.emit,
            name="actionDesktop",
        ).setVisible(w.ws.on_server)
        file_menu.addSeparator()
        self.action(
            file_menu,
            self.tr("Open &framework…"),
            files.open_framework,
            "Ctrl+Shift+O",
            "actionFramework",
        )
        file_menu.addSeparator()
        decisions = w.decisions
        self.action(
            file_menu,
            self.tr("Export an &anonymised bundle…"),
            decisions.export_anonymised,
            name="actionExportAnonymised",
        )
        self.action(
            file_menu,
            self.tr("Personal data due for &deletion…"),
            w.review_retention,
            name="actionRetention",
        )
        file_menu.addSeparator()
        self.action(file_menu, self.tr("&Quit"), w.close, QKeySequence.StandardKey.Quit)

        cand = bar.addMenu(self.tr("C&andidate"))
        self.action(
            cand, self.tr("&New candidate…"), cands.new_candidate, "Ctrl+N", "actionNewCandidate"
        )
        self.action(
            cand, self.tr("&Edit candidate…"), cands.edit_candidate, "F2", "actionEditCandidate"
        )
        self.action(
            cand,
            self.tr("&Delete candidate…"),
            cands.delete_candidate,
            "Ctrl+Del",
            "actionDeleteCandidate",
        )
        self.action(
            cand,
            self.tr("Assessors who see this &candidate…"),
            cands.panel_actions.assign,
            name="actionAssign",
        ).setVisible(w.ws.may("assign"))
        cand.addSeparator()
        self.action(
            cand,
            self.tr("New &assessment…"),
            cands.assessments.new,
            "Ctrl+R",
            "actionNewAssessment",
        )
        self.action(
            cand, self.tr("De&brief…"), cands.panel_actions.debrief, "Ctrl+D", "actionDebrief"
        )
        self.action(
            cand,
            self.tr("Delete or withdraw an assess&ment…"),
            cands.assessments.delete,
            name="actionDeleteAssessment",
        )
        self.action(
            cand, self.tr("&History…"), cands.assessments.history, "Ctrl+H", "actionHistory"
        )
        cand.addSeparator()
        self.action(
            cand,
            self.tr("Dec&ision…"),
            lambda: decisions.decide(cands.current_id()),
            "Ctrl+Shift+D",
            "actionDecision",
        )
        self.action(
            cand,
            self.tr("O&utcomes…"),
            lambda: decisions.outcomes(cands.current_id()),
            name="actionOutcomes",
        )
        self.action(
            cand,
            self.tr("The candidate's own data (on re&quest)…"),
            lambda: decisions.subject_access(cands.current_id()),
            name="actionSubjectAccess",
        )
        cand.addSeparator()
        self.action(cand, self.tr("&Find"), cands.search.setFocus, QKeySequence.StandardKey.Find)
        self.action(
            cand,
            self.tr("&Compare selected"),
            w.compare_selected,
            "Ctrl+Shift+C",
            "actionCompareSelected",
        )

        rep = bar.addMenu(self.tr("&Reports"))
        self.action(
            rep,
            self.tr("Candidate &profile (PDF)…"),
            lambda: reports.profile(cands.current_id()),
            "Ctrl+P",
        )
        self.action(
            rep,
            self.tr("&Comparison (PDF)…"),
            lambda: w.tabs.setCurrentWidget(w._compare_tab),
        )
        self.action(rep, self.tr("&Interview sheet (PDF)…"), reports.interview)
        self.action(
            rep,
            self.tr("Interview sheet &for this candidate (PDF)…"),
            lambda: reports.interview_for(cands.current_id()),
            name="actionInterviewFor",
        )
        self.action(
            rep,
            self.tr("C&alibration (PDF)…"),
            lambda: reports.calibration(None),
            name="actionCalPdf",
        )
        self.action(
            rep,
            self.tr("Profiles of the &listed candidates…"),
            lambda: reports.profiles(cands.model.visible_ids()),
            name="actionBatchProfiles",
        )
        self.action(
            rep,
            self.tr("The list as a &spreadsheet (Excel, CSV)…"),
            lambda: reports.candidate_list(cands.model.visible_ids()),
            name="actionListExport",
        )
        self.action(
            rep, self.tr("&Validity (PDF)…"), decisions.validity_pdf, name="actionValidityPdf"
        )

        settings_menu = bar.addMenu(self.tr("&Settings"))
        self.action(
            settings_menu,
            self.tr("&Your name…"),
            lambda: ask_user(w, w.ws),
            name="actionUser",
        )
        language = settings_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(w)
        for code, label in (("ru", "Русский"), ("en", "English")):
            action = QAction(label, w, checkable=True)
            action.setObjectName(f"language_{code}")
            action.setChecked(code == w.ws.lang)
            action.triggered.connect(lambda _c=False, code=code: w.language_change.emit(code))
            group.addAction(action)
            language.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.action(
            help_menu,
            self.tr("&Keyboard shortcuts"),
            w.shortcuts,
            QKeySequence.StandardKey.HelpContents,
            "actionShortcuts",
        )
        self.action(help_menu, self.tr("&About KAM Assess"), w.about)
