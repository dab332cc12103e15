"""Personal data due for deletion: a banner over the tabs ("N candidates due for deletion") and
the list it opens, with Delete — the same list and the same deletion as `python main.py purge`."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamassess.decisions.retention import Due
from kamassess.decisions.usecases import PurgeOutcome
from kamassess.i18n.decision_text import due_reason
from kamassess.i18n.messages import tr as core_tr
from kamassess.workspace import Workspace
from ui import jobs
from ui.errors import show_error
from ui.events import Events
from ui.models import HeaderedTableModel

Index = QModelIndex | QPersistentModelIndex
log = logging.getLogger(__name__)
REFRESH_MS = 600  # as the list's refresh after a run of saves


class DueModel(HeaderedTableModel):
    NAME, ID, KIND, REASON = range(4)

    def __init__(self, due: list[Due], lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows, self.lang = due, lang
        self.headers = [
            self.tr("Name"),
            self.tr("Id"),
            self.tr("Type"),
            self.tr("Why and since when"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        due, col = self.rows[index.row()], index.column()
        c = due.candidate
        if col == self.NAME:
            return c.name
        if col == self.ID:
            return c.id
        if col == self.KIND:
            return core_tr(f"kind.{c.kind}", self.lang)
        return due_reason(due, self.lang)


class RetentionDialog(QDialog):
    """Who is due, why and since when; Delete removes the selected ones (all, at first)."""

    def __init__(self, ws: Workspace, events: Events, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionDialog")
        self.ws, self.events = ws, events
        self.setWindowTitle(self.tr("Personal data due for deletion"))
        policy = ws.framework.retention
        decisions = ", ".join(core_tr(f"decision.{d}", ws.lang) for d in policy.decisions)
        intro = QLabel(
            core_tr("ui.retention_intro", ws.lang, months=policy.months, decisions=decisions),
            self,
        )
        intro.setWordWrap(True)
        self.model = DueModel(ws.due_for_deletion(), ws.lang, self)
        self.table = QTableView(self)
        self.table.setObjectName("dueTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DueModel.REASON, QHeaderView.ResizeMode.Stretch)
        self.table.selectAll()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.delete_button = self.buttons.addButton(
            self.tr("&Delete selected…"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.setObjectName("deleteDue")
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_button.setEnabled(bool(self.model.rows) and not ws.read_only)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(860, 420)
        self.outcome: PurgeOutcome | None = None

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r].candidate.id for r in rows]

    def delete_selected(self) -> jobs.Job | None:
        ids = self.selected_ids()
        if not ids:
            return None
        answer = QMessageBox.question(
            self,
            self.tr("Delete personal data"),
            core_tr("ui.purge_confirm", self.ws.lang, n=len(ids)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return jobs.start(
            self.ws,
            lambda ws, progress, cancel: ws.purge(ids, progress=progress),
            self._done,
            lambda exc: show_error(self, exc, self.ws.lang, self.events),
            parent=self,
            label=core_tr("ui.purging", self.ws.lang, n=len(ids)),
            cancellable=False,
        )

    def _done(self, outcome: PurgeOutcome) -> None:
        self.outcome = outcome
        self.events.everything()
        text = core_tr("ui.purged", self.ws.lang, n=len(outcome.deleted), b=outcome.backups)
        if outcome.not_due:
            text += " " + self.tr("No longer due, kept: {ids}.").format(
                ids=", ".join(outcome.not_due)
            )
        if outcome.left_in:
            text += " " + self.tr(
                "These damaged copies kept by a restore could not be cleaned; delete them by "
                "hand: {paths}"
            ).format(paths=", ".join(str(p) for p in outcome.left_in))
        QMessageBox.information(self, self.tr("Personal data deleted"), text)
        self.model.beginResetModel()
        self.model.rows = self.ws.due_for_deletion()
        self.model.endResetModel()
        self.delete_button.setEnabled(bool(self.model.rows))


class RetentionBanner(QFrame):
    """Shown over the tabs while anyone is due for deletion; Review… opens the list."""

    review = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionBanner")
        self.ws = ws
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#retentionBanner { background: #fff4d6; border: 1px solid #d9b44a; }")
        self.label = QLabel(self)
        self.label.setObjectName("retentionText")
        self.label.setWordWrap(True)
        button = QPushButton(self.tr("&Review…"), self)
        button.setObjectName("retentionReview")
        button.clicked.connect(self.review)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(button)
        self.count = 0
        # Saves come a keystroke at a time while someone rates: count once they pause.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._stopped = False
        self._generation = 0  # a count made in the background shows only if still the last
        self.setVisible(False)  # until the first count is in
        self._timer.start()  # the first count once the window has painted, not during it

    def schedule(self) -> None:
        if not self._stopped:
            self._timer.start()

    def stop(self) -> None:
        """The window is closing: no count is due any more."""
        self._stopped = True
        self._timer.stop()

    def refresh(self) -> None:
        """Count who is due, off the GUI thread (it reads every candidate and decision: 0.8 s
        for 50,000, at the window's start and after every run of saves)."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation

        def done(due: list[Due]) -> None:
            if generation == self._generation and not self._stopped:
                self._show(len(due))

        def failed(exc: BaseException) -> None:  # the next change counts again
            log.info("retention count failed: %s", type(exc).__name__)

        jobs.start(self.ws, lambda ws, _p, _c: ws.due_for_deletion(), done, failed, owner=self)

    def _show(self, count: int) -> None:
        self.count = count
        self.label.setText(
            core_tr(
                "ui.retention_banner",
                self.ws.lang,
                n=self.count,
                months=self.ws.framework.retention.months,
            )
        )
        self.setVisible(self.count > 0)
