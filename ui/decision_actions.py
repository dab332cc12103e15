"""Window actions on decisions and personal data: the decision and outcomes dialogs, a person's
own data on request, an anonymised bundle, the validity PDF — each one Workspace call."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kamassess.paths import safe_file_stem
from kamassess.store.errors import StorageError
from kamassess.workspace import Workspace
from ui import jobs
from ui.decision_dialog import DecisionDialog
from ui.errors import show_error
from ui.events import Events
from ui.outcome_dialog import OutcomeDialog
from ui.settings import settings


class DecisionActions(QObject):
    def __init__(self, ws: Workspace, events: Events, window: QWidget) -> None:
        super().__init__(window)
        self.ws, self.events, self.window = ws, events, window

    def _guard(self, action: Callable[[], Any]) -> bool:
        try:
            action()
        except (StorageError, OSError) as exc:
            show_error(self.window, exc, self.ws.lang, self.events)
            return False
        return True

    def decide(self, candidate_id: str | None) -> None:
        if candidate_id is None or self.ws.read_only:
            return
        cand = self.ws.store.candidate(candidate_id)
        prefs = settings()
        dialog = DecisionDialog(
            self.ws.framework,
            self.ws.lang,
            cand,
            self.ws.store.decision(candidate_id),
            str(prefs.value("last/decidedBy", "")),
            self.window,
        )
        if not dialog.exec() or dialog.result_decision is None:
            return
        decision = dialog.result_decision
        prefs.setValue("last/decidedBy", decision.decided_by)
        if self._guard(lambda: self.ws.decide(decision)):
            self.events.candidate(candidate_id)

    def outcomes(self, candidate_id: str | None) -> None:
        if candidate_id is None or self.ws.read_only:
            return
        cand = self.ws.store.candidate(candidate_id)
        decision = self.ws.store.decision(candidate_id)
        if decision is None or not decision.hired:
            QMessageBox.information(
                self.window,
                self.tr("Outcomes"),
                self.tr(
                    "Outcomes are recorded for candidates hired or promoted. "
                    "Record the decision first."
                ),
            )
            return
        dialog = OutcomeDialog(
            self.ws.framework,
            self.ws.lang,
            cand,
            decision,
            self.ws.store.outcome(candidate_id),
            self.window,
        )
        if not dialog.exec() or dialog.result_outcome is None:
            return
        outcome = dialog.result_outcome
        if self._guard(lambda: self.ws.record_outcome(outcome)):
            self.events.candidate(candidate_id)

    # -- files ---------------------------------------------------------------------------------
    def _offer_open(self, title: str, text: str, target: Path) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self.window)
        box.setObjectName("decisionFileDone")
        open_button = box.addButton(self.tr("&Open"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def subject_access(self, candidate_id: str | None) -> jobs.Job | None:
        """Everything about one person, on their request: a PDF and, beside it, the bundle."""
        if candidate_id is None:
            return None
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save the candidate's own data"),
            f"{safe_file_stem(candidate_id)}-personal-data.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if not name:
            return None
        return self.write_subject_access(candidate_id, Path(name))

    def write_subject_access(self, candidate_id: str, path: Path) -> jobs.Job:
        def done(paths: tuple[Path, Path]) -> None:
            pdf, bundle = paths
            self._offer_open(
                self.tr("Personal data written"),
                self.tr(
                    "Written: {pdf} (to read) and {bundle} (the same data as a bundle). Both "
                    "hold personal data: hand them to the person only."
                ).format(pdf=pdf, bundle=bundle),
                pdf,
            )

        return jobs.start(
            self.ws,
            lambda ws, progress, cancel: ws.export_subject_access(candidate_id, path),
            done,
            lambda exc: show_error(self.window, exc, self.ws.lang, self.events),
            parent=self.window,
            label=self.tr("Writing {name}…").format(name=path.name),
            cancellable=False,
        )

    def export_anonymised(self) -> jobs.Job | None:
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export an anonymised bundle"),
            "anonymised.json",
            self.tr("Bundles (*.json *.yaml *.yml)"),
        )
        if not name:
            return None
        return self.write_anonymised(Path(name))

    def write_anonymised(self, path: Path) -> jobs.Job:
        def done(counts: dict[str, int]) -> None:
            QMessageBox.information(
                self.window,
                self.tr("Anonymised bundle written"),
                self.tr(
                    "{path}: {candidates} candidates as “Candidate A”, “Candidate B”…, "
                    "{assessments} assessments. No names, employers, roles, regions, salaries "
                    "or free text; assessors numbered."
                ).format(path=path, **counts),
            )

        return jobs.start(
            self.ws,
            lambda ws, progress, cancel: ws.export(path, anonymise=True),
            done,
            lambda exc: show_error(self.window, exc, self.ws.lang, self.events),
            parent=self.window,
            label=self.tr("Writing {name}…").format(name=path.name),
            cancellable=False,
        )

    def validity_pdf(self) -> jobs.Job | None:
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save PDF"), "validity.pdf", self.tr("PDF files (*.pdf)")
        )
        if not name:
            return None
        path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
        return jobs.start(
            self.ws,
            lambda ws, progress, cancel: ws.write_validity(path),
            lambda _: self._offer_open(
                self.tr("PDF written"), self.tr("Written: {path}").format(path=path), path
            ),
            lambda exc: show_error(self.window, exc, self.ws.lang, self.events),
            parent=self.window,
            label=self.tr("Writing {name}…").format(name=path.name),
            cancellable=False,
        )
