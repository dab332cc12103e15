"""Compare 2–6 candidates against one profile: ranking, overlaid radar, export to PDF."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamassess.i18n import figures
from kamassess.scoring.evaluation import Evaluation
from kamassess.scoring.fit import COMPARE_MAX as MAX_CANDIDATES
from kamassess.scoring.fit import Ranked, rank
from kamassess.workspace import Workspace
from ui.models import HeaderedTableModel
from ui.radar_widget import DASHES, PALETTE, RadarSeries, RadarWidget

Index = QModelIndex | QPersistentModelIndex


class RankingModel(HeaderedTableModel):
    PLACE, NAME, FIT, RANGE, VERDICT, KNOCKOUTS = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[Ranked, Evaluation]] = []
        self.lang = "en"
        self.headers = [
            self.tr("Place"),
            self.tr("Candidate"),
            self.tr("Fit"),
            self.tr("Spread of ratings"),
            self.tr("Verdict"),
            self.tr("Knock-outs"),
        ]

    def set_rows(self, rows: list[tuple[Ranked, Evaluation]], lang: str) -> None:
        self.beginResetModel()
        self.rows, self.lang = rows, lang
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        ranked, ev = self.rows[index.row()]
        res, col = ranked.result, index.column()
        if col == self.PLACE:
            return figures.place_text(ranked)
        if col == self.NAME:
            if ev.other_profile:  # scored against the compared profile, not their own
                own, fw = ev.candidate.profile, ev.framework
                own_name = fw.profile(own).name.get(self.lang) if fw.has_profile(own) else own
                label = self.tr("target profile: {p}").format(p=own_name)
                return f"{ev.candidate.name} ({label})"
            return ev.candidate.name
        if col == self.FIT:
            return figures.fit_text(res.fit, self.lang)
        if col == self.RANGE:
            return figures.range_cell(res, self.lang)
        if col == self.VERDICT:
            return figures.verdict_line(res, self.lang)
        return ", ".join(ev.framework.competency(c).name.get(self.lang) for c in res.knockouts)


class ComparePage(QWidget):
    export_requested = Signal(list, str)  # candidate ids, profile id

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setObjectName("comparePage")
        self.pick_model = QStandardItemModel(self)
        self.pick = QListView(self)
        self.pick.setObjectName("comparePick")
        self.pick.setModel(self.pick_model)
        self.pick_model.itemChanged.connect(self._picked)
        self.profile = QComboBox(self)
        self.profile.setObjectName("compareProfile")
        for p in ws.framework.profiles:
            self.profile.addItem(p.name.get(ws.lang), p.id)
        self.profile.currentIndexChanged.connect(self.update_comparison)
        self.export_button = QPushButton(self.tr("Export comparison &PDF…"), self)
        self.export_button.setObjectName("exportCompare")
        self.export_button.clicked.connect(self._export)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("Tick 2 to 6 candidates:"), self))
        left_layout.addWidget(self.pick, 1)
        left_layout.addWidget(QLabel(self.tr("Against the profile:"), self))
        left_layout.addWidget(self.profile)
        left_layout.addWidget(self.export_button)
        self._stale = True

        self.ranking = RankingModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("rankingTable")
        self.table.setModel(self.ranking)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.note = QLabel(self)
        self.note.setObjectName("compareNote")
        self.note.setWordWrap(True)
        self.radar = RadarWidget(self)
        self.radar.show_legend = True
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.note)
        right_layout.addWidget(self.hint)
        right_layout.addWidget(self.radar, 3)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 3)
        layout = QHBoxLayout(self)
        layout.addWidget(self.splitter)

    def mark_stale(self) -> None:
        """The candidates changed; reload when the tab is next shown (or now, if it is)."""
        self._stale = True
        if self.isVisible():
            self.reload_if_stale()

    def reload_if_stale(self) -> None:
        if self._stale:
            self.reload_candidates()

    def reload_candidates(self) -> None:
        self._stale = False
        checked = set(self.checked_ids())
        self.pick_model.blockSignals(True)
        self.pick_model.clear()
        blind = self.ws.blind_candidates()  # the user's drafts: compared once they finalise
        for summary in self.ws.store.candidate_summaries():
            item = QStandardItem(summary.candidate.name)
            item.setData(summary.candidate.id, Qt.ItemDataRole.UserRole)
            item.setCheckable(summary.candidate.id not in blind)
            item.setEditable(False)
            if summary.candidate.id in blind:
                hidden = self.tr("hidden: your draft")
                item.setText(f"{summary.candidate.name} — {hidden}")
                item.setEnabled(False)
            item.setCheckState(
                Qt.CheckState.Checked
                if summary.candidate.id in checked
                else Qt.CheckState.Unchecked
            )
            self.pick_model.appendRow(item)
        self.pick_model.blockSignals(False)
        self.update_comparison()

    def checked_ids(self) -> list[str]:
        out = []
        for row in range(self.pick_model.rowCount()):
            item = self.pick_model.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def set_checked(self, ids: list[str]) -> None:
        self.reload_if_stale()
        for row in range(self.pick_model.rowCount()):
            item = self.pick_model.item(row)
            state = (
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in ids
                else Qt.CheckState.Unchecked
            )
            item.setCheckState(state)

    def _picked(self, item: QStandardItem) -> None:
        if item.checkState() == Qt.CheckState.Checked and len(self.checked_ids()) > MAX_CANDIDATES:
            self.pick_model.blockSignals(True)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.pick_model.blockSignals(False)
            self.hint.setText(self.tr("At most 6 candidates can be compared."))
            return
        self.update_comparison()

    def update_comparison(self) -> None:
        ids = self.checked_ids()
        self.export_button.setEnabled(2 <= len(ids) <= MAX_CANDIDATES)
        if len(ids) < 2:
            self.ranking.set_rows([], self.ws.lang)
            self.radar.set_data([], [], 5)
            self.note.setText("")
            self.hint.setText(self.tr("Tick at least two candidates to compare them."))
            return
        self.hint.setText("")
        profile = str(self.profile.currentData())
        evs = list(self.ws.evaluations(ids, profile=profile))
        by_id = {e.candidate.id: e for e in evs}
        difference = evs[0].framework.scoring.meaningful_difference
        ranked = rank([e.result for e in evs], difference)
        self.ranking.set_rows([(r, by_id[r.result.candidate]) for r in ranked], self.ws.lang)
        groups: list[list[str]] = []
        for r in ranked:
            name = escape(by_id[r.result.candidate].candidate.name)
            if r.tied_with_previous:
                groups[-1].append(name)
            else:
                groups.append([name])
        notes = [
            self.tr(
                "No meaningful difference between {names}: their spreads of ratings overlap or "
                "their fits differ by less than {points} points."
            ).format(names=", ".join(g), points=f"{difference:g}")
            for g in groups
            if len(g) > 1
        ]
        reasons = [
            f"<b>{escape(by_id[r.result.candidate].candidate.name)}</b>: "
            + escape(
                figures.reason_text(r.result, by_id[r.result.candidate].framework, self.ws.lang)
            )
            for r in ranked
            if r.result.verdict
        ]
        self.note.setText("<br/>".join(notes + reasons))
        fw = evs[0].framework
        first = evs[0].result
        labels = [fw.competency(c.competency).name.get(self.ws.lang) for c in first.competencies]
        series = [
            RadarSeries(
                self.tr("Ideal portrait"),
                [c.target for c in first.competencies],
                QColor(140, 140, 140),
                Qt.PenStyle.DashLine,
                3.0,
            )
        ]
        for i, ev in enumerate(evs):
            scores = {c.competency: c.score for c in ev.result.competencies}
            series.append(
                RadarSeries(
                    ev.candidate.name,
                    [scores.get(c.competency) for c in first.competencies],
                    PALETTE[i % len(PALETTE)],
                    DASHES[i % len(DASHES)],
                    1.8,
                )
            )
        self.radar.set_data(labels, series, max(fw.levels))

    def _export(self) -> None:
        self.export_requested.emit(self.checked_ids(), str(self.profile.currentData()))
