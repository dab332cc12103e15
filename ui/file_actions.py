"""File ▸ actions: import and export bundles, back up the database, open a framework, the demo.

Each runs the workspace's own operation (the one the command line uses) off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kamassess.framework.model import FrameworkError
from kamassess.i18n.messages import tr as core_tr
from kamassess.workspace import Cancelled, CancelToken, ImportOutcome, Progress, Workspace
from ui import jobs
from ui.dialogs import ProblemsDialog
from ui.errors import message_text, show_error
from ui.events import Events


class FileActions(QObject):
    framework_changed = Signal()

    def __init__(self, ws: Workspace, events: Events, window: QWidget) -> None:
        super().__init__(window)
        self.ws, self.events, self.window = ws, events, window

    # -- bundles -------------------------------------------------------------------------------
    def import_bundle(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import bundle"), "", self.tr("Bundles (*.yaml *.yml *.json)")
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> jobs.Job:
        """Check and import in the background: all of the file or, on any problem, nothing."""

        def work(ws: Workspace, progress: Progress, cancel: CancelToken) -> ImportOutcome:
            bundle = ws.read_bundle(path)
            cancel.check()
            return ws.import_bundle(bundle, progress=progress, cancel=cancel)

        def done(outcome: ImportOutcome) -> None:
            self.events.everything()
            self._imported(outcome)

        return jobs.start(
            self.ws,
            work,
            done,
            lambda exc: self._import_failed(path, exc),
            parent=self.window,
            label=self.tr("Importing {name}…").format(name=path.name),
        )

    def _imported(self, outcome: ImportOutcome) -> None:
        r = outcome.report
        lines = [
            self.tr(
                "Candidates: {ca} added, {cu} updated, {cn} unchanged. "
                "Assessments: {aa} added, {au} updated, {an} unchanged."
            ).format(
                ca=r.candidates["added"],
                cu=r.candidates["updated"],
                cn=r.candidates["unchanged"],
                aa=r.assessments["added"],
                au=r.assessments["updated"],
                an=r.assessments["unchanged"],
            )
        ]
        lines += [message_text(w, self.ws.lang) for w in r.warnings]
        if outcome.backup is not None:
            lines.append(
                self.tr("A backup was taken first: {name}").format(name=outcome.backup.name)
            )
        QMessageBox.information(self.window, self.tr("Imported"), "\n\n".join(lines))

    def _import_failed(self, path: Path, exc: BaseException) -> None:
        from kamassess.exchange.bundle import BundleError

        if isinstance(exc, Cancelled):
            QMessageBox.information(
                self.window,
                self.tr("Import stopped"),
                self.tr("The import was stopped; nothing of {name} was imported.").format(
                    name=path.name
                ),
            )
        elif isinstance(exc, BundleError):
            ProblemsDialog(
                self.tr("Nothing imported"),
                core_tr("ui.import_refused", self.ws.lang, path=path.name, n=len(exc.problems)),
                exc.render(self.ws.lang, file=False),
                self.window,
            ).exec()
        elif isinstance(exc, FileNotFoundError):
            self.error(core_tr("file.missing", self.ws.lang, path=path))
        else:
            self.error(exc)

    def export_bundle(self, candidate_ids: list[str] | None = None) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export bundle"),
            "candidates.json",
            self.tr("Bundles (*.json *.yaml)"),
        )
        if not name:
            return
        path = Path(name)
        jobs.start(
            self.ws,
            lambda ws, progress, cancel: ws.export(path, candidate_ids),
            lambda counts: QMessageBox.information(
                self.window,
                self.tr("Exported"),
                core_tr(
                    "ui.exported",
                    self.ws.lang,
                    c=counts["candidates"],
                    a=counts["assessments"],
                    path=path,
                ),
            ),
            self.error,
            parent=self.window,
            label=self.tr("Exporting…"),
            cancellable=False,
        )

    # -- the database --------------------------------------------------------------------------
    def backup(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Back up database"),
            f"{self.ws.db_path.stem}-backup.db",
            self.tr("Databases (*.db)"),
        )
        if not name:
            return
        path = Path(name)
        jobs.start(
            self.ws,
            lambda ws, progress, cancel: ws.backup_to(path),
            lambda _: QMessageBox.information(
                self.window, self.tr("Backed up"), self.tr("Written: {path}").format(path=path)
            ),
            self.error,
            parent=self.window,
            label=self.tr("Backing up…"),
            cancellable=False,
        )

    # -- the framework -------------------------------------------------------------------------
    def open_framework(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open framework"),
            str(self.ws.framework_path.parent),
            self.tr("Frameworks (*.yaml *.yml *.json)"),
        )
        if name:
            self.load_framework_file(Path(name))

    def load_framework_file(self, path: Path) -> bool:
        """Switch framework; one that fails validation is refused and the current one kept."""
        try:
            self.ws.use_framework(path)
        except FileNotFoundError:
            self.error(core_tr("file.missing", self.ws.lang, path=path))
            return False
        except FrameworkError as exc:
            ProblemsDialog(
                self.tr("Framework not loaded"),
                core_tr("cli.framework_unusable", self.ws.lang, path=path)
                + " "
                + self.tr("The current framework stays in use."),
                exc.render(self.ws.lang, file=False),
                self.window,
            ).exec()
            return False
        self.framework_changed.emit()
        self.events.everything()
        return True

    # -- the demo ------------------------------------------------------------------------------
    def offer_demo(self) -> None:
        if self.ws.store.candidate_ids():
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Empty database"),
            self.tr(
                "The database has no candidates yet. Load the demo set (four short-listed "
                "candidates rated by several assessors) to look around?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def failed(exc: BaseException) -> None:
            from kamassess.exchange.bundle import BundleError

            if isinstance(exc, BundleError):  # a framework without the demo's competencies
                ProblemsDialog(
                    self.tr("Demo not loaded"),
                    self.tr("The demo set does not fit this framework."),
                    exc.render(self.ws.lang, file=False),
                    self.window,
                ).exec()
            else:
                self.error(exc)

        jobs.start(
            self.ws,
            lambda ws, progress, cancel: ws.load_demo(),
            lambda _: self.events.everything(),
            failed,
            parent=self.window,
            label=self.tr("Loading the demo set…"),
            cancellable=False,
        )

    def error(self, problem: Any) -> None:
        show_error(self.window, problem, self.ws.lang, self.events)
