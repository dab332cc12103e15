"""The Validity tab: how well fit (and each group score) predicted 12-month performance of the
people hired — rho always with n and its interval, or "not enough outcomes yet" — and probation
and leaving rates by verdict. Computed in the background, again when the data changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamassess.analysis.validity import MIN_OUTCOMES, Correlation
from kamassess.decisions.validity_pool import ValidityReport
from kamassess.framework.model import Framework
from kamassess.i18n.figures import verdict_label
from kamassess.i18n.messages import tr as core_tr
from kamassess.i18n.validity_text import (
    band_order,
    group_name,
    group_order,
    interval_text,
    overall_text,
    rate_text,
    rho_text,
    short_reading,
    summary_text,
)
from kamassess.workspace import CancelToken, Progress, Workspace
from ui import jobs
from ui.errors import error_text
from ui.models import HeaderedTableModel

Index = QModelIndex | QPersistentModelIndex


class CorrelationModel(HeaderedTableModel):
    """Rows: fit, then each group; columns: n, rho, interval, reading."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, Correlation]] = []
        self.lang = "en"
        self.headers = [
            self.tr("Score at the decision"),
            self.tr("n"),
            self.tr("rho"),
            self.tr("95 % interval"),
            self.tr("Reading"),
        ]

    def set_rows(self, rows: list[tuple[str, Correlation]], lang: str) -> None:
        self.beginResetModel()
        self.rows, self.lang = rows, lang
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        label, c = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (1, 2, 3):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == 0:
            return label
        if col == 1:
            return str(c.n)
        if c.rho is None or c.interval95 is None:
            return short_reading(c, self.lang) if col == 4 else "—"
        if col == 2:
            return rho_text(c.rho, self.lang)
        if col == 3:
            return interval_text(c.interval95, self.lang)
        return short_reading(c, self.lang)


class RateModel(HeaderedTableModel):
    """Rows: verdict bands; columns: probation passed, left within 12 months ("k of n")."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, str, str]] = []
        self.headers = [
            self.tr("Verdict at the decision"),
            self.tr("Probation passed"),
            self.tr("Left within 12 months"),
        ]

    def set_rows(self, rows: list[tuple[str, str, str]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.rows[index.row()][index.column()]


class ValidityTab(QWidget):
    computed = Signal()  # the figures on show are fresh
    export_requested = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("validityTab")
        self.ws = ws
        self.report: ValidityReport | None = None
        self._stale = True
        self._generation = 0
        self.answer = QLabel(self)
        self.answer.setObjectName("validityAnswer")
        self.answer.setWordWrap(True)
        font = self.answer.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.answer.setFont(font)
        self.summary = QLabel(self)
        self.summary.setObjectName("validitySummary")
        self.summary.setWordWrap(True)
        self.correlations = CorrelationModel(self)
        self.rates = RateModel(self)
        self.table = self._view("correlationTable", self.correlations)
        self.rate_table = self._view("rateTable", self.rates)
        note = QLabel(
            core_tr("val.method", ws.lang, needed=MIN_OUTCOMES)
            + "\n\n"
            + core_tr("val.restriction", ws.lang),
            self,
        )
        note.setObjectName("validityNote")
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        self.note = note
        refresh = QPushButton(self.tr("&Recompute"), self)
        refresh.clicked.connect(self.reload)
        export = QPushButton(self.tr("&Validity PDF…"), self)
        export.setObjectName("validityPdf")
        export.clicked.connect(self.export_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(refresh)
        buttons.addWidget(export)
        correlation_title = self._title(self.tr("Rank correlation with 12-month performance"))
        rate_title = self._title(self.tr("Outcomes by verdict at the decision"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.answer)
        layout.addWidget(self.summary)
        layout.addWidget(correlation_title)
        layout.addWidget(self.table, 3)
        layout.addWidget(rate_title)
        layout.addWidget(self.rate_table, 2)
        layout.addWidget(note)
        layout.addLayout(buttons)

    def _title(self, text: str) -> QLabel:
        label = QLabel(text, self)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _view(self, name: str, model: HeaderedTableModel) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.verticalHeader().hide()
        view.setAlternatingRowColors(True)
        view.setSelectionMode(QTableView.SelectionMode.NoSelection)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return view

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def reload_if_stale(self) -> None:
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Compute in the background (scipy loads, 1000 resamples); a newer request wins."""
        self._stale = False
        self._generation += 1
        generation = self._generation
        self.answer.setText(self.tr("Computing…"))

        def work(ws: Workspace, progress: Progress, cancel: CancelToken) -> ValidityReport:
            return ws.validity()

        def done(report: ValidityReport) -> None:
            if generation == self._generation:
                self.show_report(report)

        def failed(exc: BaseException) -> None:
            self.answer.setText(error_text(exc, self.ws.lang))

        jobs.start(self.ws, work, done, failed)

    def show_report(self, report: ValidityReport) -> None:
        self.report = report
        lang, fw = self.ws.lang, self.ws.framework
        v = report.validity
        self.answer.setText(overall_text(v, lang))
        self.summary.setText(summary_text(report, lang))
        rows = [(core_tr("val.fit", lang), v.fit)]
        rows += [(group_name(fw, g, lang), v.groups[g]) for g in group_order(fw, list(v.groups))]
        self.correlations.set_rows(rows, lang)
        self.rates.set_rows(_rate_rows(report, fw, lang))
        self.computed.emit()


def _rate_rows(report: ValidityReport, fw: Framework, lang: str) -> list[tuple[str, str, str]]:
    v = report.validity
    bands = band_order(list({*v.probation, *v.left}))
    return [
        (
            verdict_label(b, lang),
            rate_text(v.probation[b], lang) if b in v.probation else "—",
            rate_text(v.left[b], lang) if b in v.left else "—",
        )
        for b in bands
    ]
