"""Reports ▸ actions: a candidate's profile, a comparison, an interview sheet, a folder of
profiles — the workspace's report operations, written in the background, with Open when done."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from kamassess.i18n.messages import tr as core_tr
from kamassess.paths import safe_file_stem
from kamassess.workspace import BatchOutcome, CancelToken, Progress, Workspace
from ui import jobs
from ui.errors import show_error


class ReportActions(QObject):
    def __init__(self, ws: Workspace, window: QWidget) -> None:
        super().__init__(window)
        self.ws, self.window = ws, window

    def _target(self, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not name:
            return None
        return Path(name if name.lower().endswith(".pdf") else name + ".pdf")

    def _write(self, path: Path, job: Callable[[Workspace], Any]) -> jobs.Job:
        return jobs.start(
            self.ws,
            lambda ws, progress, cancel: job(ws),
            lambda _: self._offer_open(
                self.tr("PDF written"), self.tr("Written: {path}").format(path=path), path
            ),
            self.error,
            parent=self.window,
            label=self.tr("Writing {name}…").format(name=path.name),
            cancellable=False,
        )

    def _offer_open(self, title: str, text: str, target: Path, *, folder: bool = False) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self.window)
        box.setObjectName("reportDone")
        label = self.tr("Open &folder") if folder else self.tr("&Open")
        open_button = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def profile(self, candidate_id: str | None) -> None:
        if candidate_id is None:
            return
        path = self._target(f"{safe_file_stem(candidate_id)}-profile.pdf")
        if path is not None:
            self._write(path, lambda ws: ws.write_profile(candidate_id, path))

    def comparison(self, candidate_ids: list[str], profile: str) -> None:
        path = self._target("comparison.pdf")
        if path is not None:
            self._write(path, lambda ws: ws.write_comparison(candidate_ids, path, profile=profile))

    def interview(self) -> None:
        fw, lang = self.ws.framework, self.ws.lang
        names = [p.name.get(lang) for p in fw.profiles]
        choice, ok = QInputDialog.getItem(
            self.window, self.tr("Interview sheet"), self.tr("Profile:"), names, 0, False
        )
        if not ok:
            return
        profile = fw.profiles[names.index(choice)].id
        path = self._target(f"interview-{profile}.pdf")
        # Targets print only where the framework lets assessors see them (blind by default).
        targets = fw.process.show_targets_to_assessors
        if path is not None:
            self._write(path, lambda ws: ws.write_interview(profile, path, with_targets=targets))

    def interview_for(self, candidate_id: str | None) -> None:
        """An interview sheet filled in for the selected candidate, on their own profile."""
        if candidate_id is None:
            QMessageBox.information(
                self.window,
                self.tr("Interview sheet"),
                self.tr("Select a candidate in the list first, then print their interview sheet."),
            )
            return
        path = self._target(f"{safe_file_stem(candidate_id)}-interview.pdf")
        targets = self.ws.framework.process.show_targets_to_assessors
        if path is not None:
            self._write(
                path,
                lambda ws: ws.write_interview(
                    None, path, with_targets=targets, candidate_id=candidate_id
                ),
            )

    def calibration(self, profile: str | None) -> None:
        """The calibration of the assessors (everyone, or one profile's pool) as a PDF."""
        path = self._target(f"calibration-{profile or 'all'}.pdf")
        if path is not None:
            self._write(path, lambda ws: ws.write_calibration(path, profile=profile))

    def profiles(self, candidate_ids: Sequence[str]) -> jobs.Job | None:
        """A profile for each candidate listed (what the list shows, filters applied)."""
        if not candidate_ids:
            QMessageBox.information(
                self.window, self.tr("Profiles"), self.tr("The list shows no candidates.")
            )
            return None
        folder = QFileDialog.getExistingDirectory(
            self.window,
            core_tr("ui.profiles_folder", self.ws.lang, n=len(candidate_ids)),
        )
        if not folder:
            return None
        return self.write_profiles(list(candidate_ids), Path(folder))

    def write_profiles(self, candidate_ids: list[str], folder: Path) -> jobs.Job:
        def work(ws: Workspace, progress: Progress, cancel: CancelToken) -> BatchOutcome:
            return ws.write_profiles(candidate_ids, folder, progress=progress, cancel=cancel)

        return jobs.start(
            self.ws,
            work,
            self._batch_done,
            self.error,
            parent=self.window,
            label=core_tr("ui.writing_profiles", self.ws.lang, n=len(candidate_ids)),
        )

    def _batch_done(self, outcome: BatchOutcome) -> None:
        text = core_tr(
            "ui.profiles_written",
            self.ws.lang,
            n=len(outcome.written),
            total=outcome.total,
            folder=outcome.folder,
        )
        if outcome.cancelled:
            text += " " + self.tr("Stopped on request.")
        if outcome.failed:
            text += " " + self.tr("Failed: {ids}").format(
                ids=", ".join(cid for cid, _ in outcome.failed)
            )
        self._offer_open(self.tr("Profiles"), text, outcome.folder, folder=True)

    def candidate_list(self, candidate_ids: list[str]) -> jobs.Job | None:
        """The listed candidates (filters and order as shown) as an Excel or CSV file."""
        if not candidate_ids:
            QMessageBox.information(
                self.window, self.tr("List"), self.tr("The list shows no candidates.")
            )
            return None
        excel, csv = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV table (*.csv)")
        name, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Save the list"), "candidates.xlsx", f"{excel};;{csv}"
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + (".csv" if chosen == csv else ".xlsx"))
        return self.write_list(candidate_ids, path)

    def write_list(self, candidate_ids: list[str], path: Path) -> jobs.Job:
        def done(rows: int) -> None:
            text = core_tr("ui.list_written", self.ws.lang, n=rows, path=path.name)
            self._offer_open(self.tr("List written"), text, path)

        return jobs.start(
            self.ws,
            lambda ws, progress, cancel: ws.export_list(path, candidate_ids),
            done,
            self.error,
            parent=self.window,
            label=self.tr("Writing {name}…").format(name=path.name),
            cancellable=False,
        )

    def error(self, exc: BaseException) -> None:
        show_error(self.window, exc, self.ws.lang)
