"""Item models for the candidate list: one table model, one proxy for search, filters, sorting."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from kamassess.framework import Framework
from kamassess.messages import tr as core_tr
from kamassess.model import CandidateSummary
from kamassess.texts import number, verdict_label

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class ListScore:
    """The scores the list shows, computed in the background."""

    fit: float | None
    verdict: str | None
    coverage: float
    raters: int


class CandidateTableModel(QAbstractTableModel):
    NAME, KIND, PROFILE, FIT, VERDICT, COVERAGE, RATERS, LAST = range(8)

    def __init__(self, framework: Framework, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.framework, self.lang = framework, lang
        self.rows: list[CandidateSummary] = []
        self.scores: dict[str, ListScore] = {}
        self.sort_column, self.sort_order = self.NAME, Qt.SortOrder.AscendingOrder
        self.headers = [
            self.tr("Name"),
            self.tr("Type"),
            self.tr("Target profile"),
            self.tr("Fit"),
            self.tr("Verdict"),
            self.tr("Coverage"),
            self.tr("Assessors"),
            self.tr("Last assessed"),
        ]

    def set_rows(self, rows: list[CandidateSummary]) -> None:
        """New rows, kept in the current sort order."""
        self.beginResetModel()
        self.rows = sorted(
            rows,
            key=self._key(self.sort_column),
            reverse=self.sort_order == Qt.SortOrder.DescendingOrder,
        )
        self.endResetModel()

    def set_scores(self, scores: dict[str, ListScore]) -> None:
        self.scores = scores
        if self.sort_column in (self.FIT, self.VERDICT, self.COVERAGE, self.RATERS):
            self.sort(self.sort_column, self.sort_order)  # the order depends on the scores
        if self.rows:
            self.dataChanged.emit(
                self.index(0, self.FIT), self.index(len(self.rows) - 1, self.RATERS)
            )

    def _key(self, column: int) -> Callable[[CandidateSummary], Any]:
        return lambda r: self._sort_value(r, self.scores.get(r.candidate.id), column)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows in Python with one key per row (the proxy's per-pair comparisons
        would cost a data() round trip each: 26,000 of them for 1,000 candidates)."""
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self.rows[i.row()].candidate.id, i.column()) for i in persistent]
        self.rows.sort(key=self._key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        position = {r.candidate.id: n for n, r in enumerate(self.rows)}
        self.changePersistentIndexList(
            persistent, [self.index(position[cid], col) for cid, col in held]
        )
        self.layoutChanged.emit()

    def row_of(self, candidate_id: str) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.candidate.id == candidate_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        cand, col = row.candidate, index.column()
        score = self.scores.get(cand.id)
        if role == ID_ROLE:
            return cand.id
        if role == SORT_ROLE:
            return self._sort_value(row, score, col)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, score, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
            self.FIT,
            self.COVERAGE,
            self.RATERS,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.VERDICT and score:
            colours = {
                "recommend": QColor(30, 107, 52),
                "conditional": QColor(138, 90, 0),
                "not_recommended": QColor(161, 29, 29),
            }
            return colours.get(score.verdict or "")
        if role == Qt.ItemDataRole.ToolTipRole and col == self.NAME and row.drafts:
            return self.tr("{n} draft assessment(s)").format(n=row.drafts)
        return None

    def _display(self, row: CandidateSummary, score: ListScore | None, col: int) -> str:
        cand = row.candidate
        if col == self.NAME:
            return cand.name + (" ✎" if row.drafts else "")
        if col == self.KIND:
            return core_tr(f"kind.{cand.kind}", self.lang)
        if col == self.PROFILE:
            fw = self.framework
            return (
                fw.profile(cand.profile).name.get(self.lang)
                if fw.has_profile(cand.profile)
                else cand.profile
            )
        if col == self.LAST:
            return "" if row.last_assessed is None else row.last_assessed.isoformat()
        if score is None:
            return (
                "…"
                if col in (self.FIT, self.VERDICT, self.COVERAGE)
                else str(row.final_assessments)
            )
        if col == self.FIT:
            return "—" if score.fit is None else number(score.fit, self.lang, 1)
        if col == self.VERDICT:
            return verdict_label(score.verdict, self.lang)
        if col == self.COVERAGE:
            return f"{score.coverage * 100:.0f} %"
        return str(score.raters)

    def _sort_value(self, row: CandidateSummary, score: ListScore | None, col: int) -> Any:
        cand = row.candidate
        if col == self.NAME:
            return cand.name.casefold()
        if col == self.LAST:
            return "" if row.last_assessed is None else row.last_assessed.isoformat()
        if col in (self.KIND, self.PROFILE):
            return self._display(row, score, col)
        if score is None:
            return -1.0
        if col == self.FIT:
            return -1.0 if score.fit is None else score.fit
        if col == self.VERDICT:
            order = {"recommend": 3, "conditional": 2, "not_recommended": 1}
            return order.get(score.verdict or "", 0)
        if col == self.COVERAGE:
            return score.coverage
        return float(score.raters)


class CandidateFilter(QSortFilterProxyModel):
    """Search as you type (name, id, role, employer, region) plus the list's filters."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.kind: str | None = None
        self.profile: str | None = None
        self.verdict: str | None = None
        self.drafts_only = False
        self.setDynamicSortFilter(False)

    def _refilter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+
            self.beginFilterChange()
            change()
            self.endFilterChange()
        else:  # pragma: no cover - older Qt
            change()
            self.invalidateRowsFilter()

    def set_filters(
        self,
        *,
        text: str | None = None,
        kind: str | None = "",
        profile: str | None = "",
        verdict: str | None = "",
        drafts_only: bool | None = None,
    ) -> None:
        def change() -> None:
            if text is not None:
                self.text = text.strip().casefold()
            if kind != "":
                self.kind = kind
            if profile != "":
                self.profile = profile
            if verdict != "":
                self.verdict = verdict
            if drafts_only is not None:
                self.drafts_only = drafts_only

        self._refilter(change)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts itself (fast); the proxy keeps its order and only filters."""
        model = self.sourceModel()
        if isinstance(model, CandidateTableModel) and column >= 0:
            model.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, CandidateTableModel)
        row = model.rows[source_row]
        cand = row.candidate
        if self.kind and cand.kind != self.kind:
            return False
        if self.profile and cand.profile != self.profile:
            return False
        if self.drafts_only and not row.drafts:
            return False
        if self.verdict:
            score = model.scores.get(cand.id)
            if score is None or (score.verdict or "none") != self.verdict:
                return False
        if self.text:
            hay = " ".join(
                filter(None, (cand.name, cand.id, cand.current_role, cand.employer, cand.region))
            ).casefold()
            return all(word in hay for word in self.text.split())
        return True
