"""Compare 2–6 candidates against one profile: ranking, overlaid radar, export to PDF."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamassess.i18n import figures
from kamassess.model import CandidateSummary
from kamassess.scoring.evaluation import Evaluation
from kamassess.scoring.ranking import COMPARE_MAX as MAX_CANDIDATES
from kamassess.scoring.ranking import Ranked, rank
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


class PickModel(QAbstractListModel):
    """The candidates to tick for a comparison: searchable, ticks kept while the search hides
    them, at most MAX_CANDIDATES ticked."""

    picked = Signal()
    refused = Signal()  # a seventh tick

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.all: list[CandidateSummary] = []
        self.rows: list[CandidateSummary] = []
        self.ticked: list[str] = []  # in the order they were ticked
        self.text = ""
        self.blind: set[str] = set()  # the user's blind drafts: compared once they finalise

    def set_candidates(
        self, summaries: list[CandidateSummary], blind: set[str] | None = None
    ) -> None:
        self.beginResetModel()
        self.all = summaries
        self.blind = set(blind or ())
        known = {s.candidate.id for s in summaries} - self.blind
        self.ticked = [cid for cid in self.ticked if cid in known]
        self.rows = self._matching()
        self.endResetModel()

    def set_search(self, text: str) -> None:
        self.beginResetModel()
        self.text = text.strip().casefold()
        self.rows = self._matching()
        self.endResetModel()

    def _matching(self) -> list[CandidateSummary]:
        words = self.text.split()
        if not words:
            return list(self.all)

        def hay(s: CandidateSummary) -> str:
            c = s.candidate
            return " ".join(filter(None, (c.name, c.id, c.current_role, c.employer))).casefold()

        return [s for s in self.all if all(w in hay(s) for w in words)]

    def set_ticked(self, ids: list[str]) -> None:
        known = {s.candidate.id for s in self.all} - self.blind
        self.ticked = [cid for cid in dict.fromkeys(ids) if cid in known][:MAX_CANDIDATES]
        if self.rows:
            self.dataChanged.emit(self.index(0), self.index(len(self.rows) - 1))
        self.picked.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and self.rows[index.row()].candidate.id in self.blind:
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cand = self.rows[index.row()].candidate
        if role == Qt.ItemDataRole.DisplayRole:
            if cand.id in self.blind:
                hidden = self.tr("hidden: your draft")  # on its own: lupdate skips f-strings
                return f"{cand.name} — {hidden}"
            return cand.name
        if role == Qt.ItemDataRole.CheckStateRole:
            if cand.id in self.blind:
                return None  # no box to tick
            return Qt.CheckState.Checked if cand.id in self.ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return cand.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        cid = self.rows[index.row()].candidate.id
        if cid in self.blind:
            return False
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        if on and cid not in self.ticked:
            if len(self.ticked) >= MAX_CANDIDATES:
                self.refused.emit()
                return False
            self.ticked.append(cid)
        elif not on and cid in self.ticked:
            self.ticked.remove(cid)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.picked.emit()
        return True


class ComparePage(QWidget):
    export_requested = Signal(list, str)  # candidate ids, profile id

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setObjectName("comparePage")
        self.pick_model = PickModel(self)
        self.pick_model.picked.connect(self.update_comparison)
        self.pick_model.refused.connect(
            lambda: self.hint.setText(self.tr("At most 6 candidates can be compared."))
        )
        self.pick_search = QLineEdit(self)
        self.pick_search.setObjectName("compareSearch")
        self.pick_search.setPlaceholderText(self.tr("Search by name, id, role, employer…"))
        self.pick_search.setClearButtonEnabled(True)
        self.pick_search.textChanged.connect(self.pick_model.set_search)
        self.pick = QListView(self)
        self.pick.setObjectName("comparePick")
        self.pick.setModel(self.pick_model)
        self.profile = QComboBox(self)
        self.profile.setObjectName("compareProfile")
        for p in ws.framework.profiles:
            self.profile.addItem(p.name.get(ws.lang), p.id)
        self.profile.currentIndexChanged.connect(self.update_comparison)
        self.export_button = QPushButton(self.tr("Export comparison &PDF…"), self)
        self.export_button.setObjectName("exportCompare")
        self.export_button.setEnabled(False)  # until two candidates are ticked
        self.export_button.clicked.connect(self._export)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("Tick 2 to 6 candidates:"), self))
        left_layout.addWidget(self.pick_search)
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
        blind = self.ws.blind_candidates()  # the user's drafts: compared once they finalise
        self.pick_model.set_candidates(self.ws.store.candidate_summaries(), blind)
        self.update_comparison()

    def checked_ids(self) -> list[str]:
        return list(self.pick_model.ticked)

    def set_checked(self, ids: list[str]) -> None:
        """Tick exactly these (at most six), e.g. from the candidate list's selection."""
        self.reload_if_stale()
        self.pick_model.set_ticked(ids)

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
