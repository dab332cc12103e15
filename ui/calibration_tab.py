"""The Calibration tab: how far the assessors agree over the pool of final assessments —
Krippendorff's alpha with its interval and n, per competency, each assessor's leniency and
spread — computed in the background, and the same as a PDF."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamassess.panel.calibration_text import CalibrationText, describe
from kamassess.panel.pool import CalibrationRun
from kamassess.workspace import CancelToken, Progress, Workspace
from ui import jobs
from ui.errors import error_text
from ui.models import HeaderedTableModel

Index = QModelIndex | QPersistentModelIndex
READING_COLOURS = {
    "reliable": "#1e6b34",
    "tentative": "#8a5a00",
    "unreliable": "#a11d1d",
    "insufficient": "#555555",
}


class CompetencyAlphaModel(HeaderedTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = [
            self.tr("Competency"),
            self.tr("alpha (ordinal)"),
            self.tr("95 % interval"),
            self.tr("Units"),
        ]
        self.rows: list[Any] = []

    def set_text(self, text: CalibrationText | None) -> None:
        self.beginResetModel()
        self.rows = [] if text is None else list(text.competencies)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and (col in (2, 3) or (line.enough and col)):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == 1 and not line.enough:
            return Qt.GlobalColor.darkGray
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (line.name, line.alpha, line.interval, line.units)[col]


class AssessorStatsModel(HeaderedTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = [
            self.tr("Assessor"),
            self.tr("Leniency"),
            self.tr("Pairs"),
            self.tr("Spread (SD)"),
        ]
        self.rows: list[Any] = []

    def set_text(self, text: CalibrationText | None) -> None:
        self.beginResetModel()
        self.rows = [] if text is None else list(text.assessors)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not line.shown and col == 1:
            return Qt.GlobalColor.darkGray
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (line.name, line.leniency, line.pairs, line.sd)[col]


class CalibrationTab(QWidget):
    export_requested = Signal(object)  # the profile id, or None for everyone
    computed = Signal()  # a result (or a failure) is shown

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setObjectName("calibrationTab")
        self.profile = QComboBox(self)
        self.profile.setObjectName("calibrationProfile")
        self.profile.addItem(self.tr("All candidates and competencies"), None)
        for p in ws.framework.profiles:
            self.profile.addItem(p.name.get(ws.lang), p.id)
        self.profile.currentIndexChanged.connect(lambda _i: self.compute())
        self.refresh_button = QPushButton(self.tr("Re&calculate"), self)
        self.refresh_button.clicked.connect(self.compute)
        self.export_button = QPushButton(self.tr("Calibration &PDF…"), self)
        self.export_button.setObjectName("calibrationPdf")
        self.export_button.clicked.connect(
            lambda: self.export_requested.emit(self.profile.currentData())
        )
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Pool:"), self))
        top.addWidget(self.profile, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.export_button)

        self.headline = QLabel(self)
        self.headline.setObjectName("calibrationHeadline")
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.headline.setWordWrap(True)
        self.competencies = CompetencyAlphaModel(self)
        self.assessors = AssessorStatsModel(self)
        self.competency_table = self._table("competencyAlphaTable", self.competencies, wrap=True)
        self.assessor_table = self._table("assessorStatsTable", self.assessors)
        self.help = QLabel(self)
        self.help.setWordWrap(True)
        self.help.setStyleSheet("color: #555;")
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        by_competency, by_assessor = self.tr("By competency"), self.tr("By assessor")
        left_layout.addWidget(QLabel(f"<b>{escape(by_competency)}</b>", self))
        left_layout.addWidget(self.competency_table, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(f"<b>{escape(by_assessor)}</b>", self))
        right_layout.addWidget(self.assessor_table, 1)
        right_layout.addWidget(self.help)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.headline)
        layout.addWidget(self.splitter, 1)
        self.text: CalibrationText | None = None
        self._stale = True
        self._generation = 0

    def _table(self, name: str, model: HeaderedTableModel, *, wrap: bool = False) -> QTableView:
        """Names, then the figures; with `wrap`, the second column takes the room left and a
        long "not enough data (…)" wraps in it rather than hides."""
        table = QTableView(self)
        table.setObjectName(name)
        table.setModel(model)
        vertical = table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setWordWrap(wrap)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if wrap:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            header.resizeSection(0, 230)
        else:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    def mark_stale(self) -> None:
        """The data changed: compute again when the tab is next shown (or now, if it is)."""
        self._stale = True
        if self.isVisible():
            self.compute()

    def compute_if_stale(self) -> None:
        if self._stale:
            self.compute()

    def compute(self) -> None:
        """Calibrate in the background (numpy and the bootstrap take a moment on a large pool)."""
        self._stale = False
        self._generation += 1
        generation, profile = self._generation, self.profile.currentData()
        calculating = self.tr("Calculating…")
        self.headline.setText(f"<i>{escape(calculating)}</i>")

        def work(ws: Workspace, progress: Progress, cancel: CancelToken) -> CalibrationRun:
            return ws.calibration(profile)

        def done(run: CalibrationRun) -> None:
            if generation == self._generation:
                self.show_run(run)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.headline.setText(escape(error_text(exc, self.ws.lang)))
                self.computed.emit()

        jobs.start(self.ws, work, done, failed)

    def show_run(self, run: CalibrationRun) -> None:
        text = describe(run, self.ws.framework, self.ws.lang)
        self.text = text
        colour = READING_COLOURS[text.reading]
        if text.figure:
            top = (
                f"<span style='font-size:22pt; font-weight:600'>α = {escape(text.figure)}</span>"
                f"<span style='font-size:10pt'> &nbsp; {escape(text.detail)}</span>"
            )
        else:
            top = f"<span style='font-size:12pt; font-weight:600'>{escape(text.headline)}</span>"
        parts = [
            top,
            f"<span style='font-size:11pt; font-weight:600; color:{colour}'>"
            f"{escape(text.meaning)}</span>",
        ]
        if text.others:
            parts.append(f"<span style='font-size:9pt'>{escape(text.others)}</span>")
        parts.append(f"<span style='font-size:9pt; color:#555'>{escape(text.pool)}</span>")
        parts += [f"<span style='font-size:9pt; color:#555'>{escape(n)}</span>" for n in text.notes]
        self.headline.setText("<br/>".join(parts))
        self.competencies.set_text(text)
        # "not enough data (n of N …)" spans the alpha and interval columns: one line, not three
        self.competency_table.clearSpans()
        for row, line in enumerate(text.competencies):
            if not line.enough:
                self.competency_table.setSpan(row, 1, 1, 2)
        self.competency_table.resizeRowsToContents()
        self.assessors.set_text(text)
        self.help.setText(f"{text.leniency_help}\n\n{text.method}")
        self.computed.emit()
