"""The candidate page's table as an item model: rows the profile's competencies, columns the
target, each assessor's level (✎ where they wrote evidence), the mean and the min–max; assessors
who differ by the framework's disagreement levels are shaded."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from kamassess.i18n import figures
from kamassess.i18n.messages import tr as core_tr
from kamassess.i18n.texts import date_text
from kamassess.model import Rating

if TYPE_CHECKING:
    from kamassess.scoring.evaluation import Evaluation

Index = QModelIndex | QPersistentModelIndex
DISAGREE = QColor(255, 226, 200)


class AssessorsModel(QAbstractTableModel):
    """Rows: the profile's competencies; columns: target, each assessor, mean, min–max."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ev: Evaluation | None = None
        self.lang = "en"

    def set_evaluation(self, ev: Evaluation | None, lang: str) -> None:
        self.beginResetModel()
        self.ev, self.lang = ev, lang
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.ev is None else len(self.ev.result.competencies)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.ev is None else 4 + len(self.ev.assessments)

    def assessment_for_column(self, column: int) -> int | None:
        if self.ev is None or not 2 <= column < 2 + len(self.ev.assessments):
            return None
        return self.ev.assessments[column - 2].id

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.ev is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            # The competencies head the rows (a frozen first column: the view scrolls the
            # assessors sideways while the names stay).
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                cs = self.ev.result.competencies[section]
                name = self.ev.framework.competency(cs.competency).name.get(self.lang)
                return f"{section + 1}. {name}"
            return None
        n = len(self.ev.assessments)
        if role == Qt.ItemDataRole.ToolTipRole and 2 <= section < 2 + n:
            a = self.ev.assessments[section - 2]
            status = core_tr(f"status.{a.status}", self.lang)
            method = core_tr(f"method.{a.method}", self.lang)
            rec = core_tr(f"rec.{a.recommendation or 'none'}", self.lang)
            return self.tr("{assessor}: {method}, {date}, {status}; recommends: {rec}").format(
                assessor=a.assessor,
                method=method,
                date=date_text(a.date, self.lang),
                status=status,
                rec=rec,
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Competency")
        if section == 1:
            return self.tr("Target")
        if section < 2 + n:
            a = self.ev.assessments[section - 2]
            state = "" if a.status == "final" else f" · {core_tr('status.draft', self.lang)}"
            # Compact: who, and their own recommendation (never in the fit); the method and
            # date are in the tooltip.
            rec = core_tr(f"rec.{a.recommendation or 'none'}", self.lang)
            return f"{self._short_name(a.assessor)}\n→ {rec}{state}"
        return self.tr("Mean") if section == 2 + n else self.tr("Min–max")

    def _short_name(self, assessor: str) -> str:
        """The surname alone ('Петрова' for 'Петрова А. В.'), unless two assessors share it;
        the full name is in the tooltip."""
        assert self.ev is not None
        first = assessor.split()[0] if assessor.split() else assessor
        same = {a.assessor for a in self.ev.assessments if a.assessor.split()[:1] == [first]}
        return first if len(same) == 1 else assessor

    def rating(self, index: Index) -> Rating | None:
        """The rating in an assessor's cell (None elsewhere, or when not rated)."""
        if self.ev is None or not index.isValid():
            return None
        n, col = len(self.ev.assessments), index.column()
        if not 2 <= col < 2 + n:
            return None
        cs = self.ev.result.competencies[index.row()]
        a = self.ev.assessments[col - 2]
        return next((r for r in a.ratings if r.competency == cs.competency), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.ev is None or not index.isValid():
            return None
        cs = self.ev.result.competencies[index.row()]
        col, n = index.column(), len(self.ev.assessments)
        rating = self.rating(index)
        if role == Qt.ItemDataRole.BackgroundRole and cs.disagreement and col >= 2:
            return QBrush(DISAGREE)
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = [rating.evidence] if rating is not None and rating.evidence.strip() else []
            if cs.disagreement:
                levels = self.ev.framework.scoring.disagreement_levels
                tips.append(
                    self.tr("Assessors differ by {n} levels or more: discuss").format(n=levels)
                )
            return "\n\n".join(tips) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == 0:
            name = self.ev.framework.competency(cs.competency).name.get(self.lang)
            return f"{index.row() + 1}. {name}"
        if col == 1:
            return str(cs.target)
        if col < 2 + n:
            if rating is None:
                return ""
            level = "—" if rating.level is None else str(rating.level)
            return f"{level} ✎" if rating.evidence.strip() else level  # ✎: evidence to read
        if col == 2 + n:
            return "" if cs.score is None else figures.level_text(cs.score, self.lang)
        return "" if cs.low is None else f"{cs.low}–{cs.high}"
