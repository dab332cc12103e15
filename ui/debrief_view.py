"""The consensus meeting (debrief) of one candidate: competencies ordered by disagreement, every
final rating with its evidence side by side, each assessor's own recommendation, and the
consensus level and note the moderator records per competency. The assessors' own ratings are
never changed here."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kamassess.i18n import figures
from kamassess.i18n.messages import tr as core_tr
from kamassess.i18n.texts import date_text
from kamassess.panel.debrief import Debrief, DebriefRow
from kamassess.store.errors import StorageError
from kamassess.workspace import Workspace
from ui.dates import local_dates
from ui.errors import show_error
from ui.screen_fit import fit_to_screen

Index = QModelIndex | QPersistentModelIndex
SPLIT = QColor(214, 228, 245)  # needs a consensus (a knock-out the assessors split on)
DISAGREE = QColor(255, 226, 200)  # the candidate page's shade for a disagreement
NOTE_MAX = 2_000


class DebriefModel(QAbstractTableModel):
    """Rows: competencies, disagreements first; columns: competency, each final assessment's
    level, the spread, the consensus."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.meeting: Debrief | None = None
        self.lang = "en"

    def set_debrief(self, meeting: Debrief, lang: str) -> None:
        self.beginResetModel()
        self.meeting, self.lang = meeting, lang
        self.endResetModel()

    def row(self, index: int) -> DebriefRow:
        assert self.meeting is not None
        return self.meeting.rows[index]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.meeting is None else len(self.meeting.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.meeting is None else 3 + len(self.meeting.assessments)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.meeting is None or orientation != Qt.Orientation.Horizontal:
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        n = len(self.meeting.assessments)
        if section == 0:
            return self.tr("Competency")
        if section <= n:
            # Surname, initials and method on lines of their own: narrow columns, so that
            # every assessor fits beside the competency on a small screen.
            a = self.meeting.assessments[section - 1]
            name = "\n".join(a.assessor.split(" ", 1))
            method = core_tr(f"method.{a.method}", self.lang).replace(" ", "\n")
            return f"{name}\n{method}"
        return self.tr("Spread") if section == n + 1 else self.tr("Consensus")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.meeting is None or not index.isValid():
            return None
        row, col, n = self.meeting.rows[index.row()], index.column(), len(self.meeting.assessments)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.split:
                return QBrush(SPLIT)
            return QBrush(DISAGREE) if row.disagreement else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and row.split:
            return self.tr("A knock-out the assessors split on: it needs a consensus")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == 0:
            name = self.meeting.evaluation.framework.competency(row.competency).name.get(self.lang)
            return f"⚑ {name}" if row.split else name
        if col <= n:
            rating = row.ratings[col - 1][1]
            if rating is None:
                return ""
            return "—" if rating.level is None else str(rating.level)
        if col == n + 1:
            return "" if row.spread is None else str(row.spread)
        return "" if row.consensus is None else str(row.consensus.level)


class DebriefWindow(QWidget):
    """One candidate's debrief; the moderator (the window's user) records the consensus."""

    saved = Signal(str)  # candidate id, after a consensus was recorded or cleared

    def __init__(self, ws: Workspace, candidate_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ws, self.candidate_id = ws, candidate_id
        self.setObjectName("debriefWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        name = ws.store.candidate(candidate_id).name
        self.setWindowTitle(self.tr("Debrief: {name}").format(name=name))
        self.title = QLabel(self)
        self.title.setObjectName("debriefTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setObjectName("debriefDate")
        self.day.setCalendarPopup(True)
        local_dates(self.day, self.ws.lang)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        day_label = QLabel(self.tr("Debrief on"), self)
        day_label.setBuddy(self.day)
        head.addWidget(day_label)
        head.addWidget(self.day)
        self.result = QLabel(self)
        self.result.setObjectName("debriefResult")
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setWordWrap(True)
        self.recommendations = QLabel(self)
        self.recommendations.setObjectName("debriefRecommendations")
        self.recommendations.setTextFormat(Qt.TextFormat.RichText)
        self.recommendations.setWordWrap(True)

        self.model = DebriefModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("debriefTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        legend = QLabel(
            self.tr(
                "Disagreements first. ⚑ blue: a knock-out the assessors split on — it needs a "
                "consensus. Orange: ratings {n} or more levels apart. “—”: no evidence."
            ).format(n=ws.framework.scoring.disagreement_levels),
            self,
        )
        legend.setWordWrap(True)
        legend.setStyleSheet("color: #555;")
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(legend)

        self.evidence = QTextBrowser(self)
        self.evidence.setObjectName("debriefEvidence")
        self.evidence.setOpenLinks(False)
        self.level = QComboBox(self)
        self.level.setObjectName("consensusLevel")
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("consensusNote")
        self.note.setPlaceholderText(self.tr("Why the panel agreed on this level"))
        self.note.setFixedHeight(54)
        self.note.setTabChangesFocus(True)
        self.record_button = QPushButton(self.tr("&Record consensus"), self)
        self.record_button.setObjectName("recordConsensus")
        self.record_button.clicked.connect(self.record)
        self.clear_button = QPushButton(self.tr("&Clear"), self)
        self.clear_button.setObjectName("clearConsensus")
        self.clear_button.clicked.connect(self.clear)
        self.recorded = QLabel(self)
        self.recorded.setObjectName("consensusRecorded")
        self.recorded.setWordWrap(True)
        editor = QHBoxLayout()
        level_label = QLabel(self.tr("Consensus level"), self)
        level_label.setBuddy(self.level)
        editor.addWidget(level_label)
        editor.addWidget(self.level, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.recorded, 1)
        actions.addWidget(self.record_button)
        actions.addWidget(self.clear_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.evidence, 1)
        right_layout.addLayout(editor)
        right_layout.addWidget(self.note)
        right_layout.addLayout(actions)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.result)
        layout.addWidget(self.recommendations)
        layout.addWidget(self.splitter, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_row())
        self.meeting: Debrief | None = None
        self.reload()
        if ws.read_only:
            for widget in (self.level, self.note, self.record_button, self.clear_button):
                widget.setEnabled(False)
        fit_to_screen(self, 1180, 760)
        self.splitter.setSizes([5 * self.width() // 9, 4 * self.width() // 9])
        if self.model.rowCount():
            self.table.selectRow(0)
            self.table.setFocus()

    # -- showing -------------------------------------------------------------------------------
    def reload(self, keep: str | None = None) -> None:
        meeting = self.ws.debrief(self.candidate_id)
        self.meeting = meeting
        ev, lang = meeting.evaluation, self.ws.lang
        fw, res = ev.framework, ev.result
        profile = fw.profile(res.profile).name.get(lang)
        people = core_tr("ui.debrief_people", lang, n=meeting.people)
        self.title.setText(
            f"<h2 style='margin:0'>{escape(ev.candidate.name)}</h2>"
            f"{escape(profile)} · {escape(people)}"
        )
        colour = figures.VERDICT_COLOURS.get(res.verdict or "none", "#333")
        with_consensus = (
            self.tr("with the consensus recorded so far")
            if ev.consensus
            else self.tr("no consensus yet")
        )
        fit = self.tr("Fit")
        self.result.setText(
            f"<b>{escape(fit)} {escape(figures.fit_text(res.fit, lang))}</b> "
            f"({escape(figures.range_text(res, fw, lang))}) · "
            f"<b style='color:{colour}'>{escape(figures.verdict_line(res, lang))}</b> · "
            f"<i>{escape(with_consensus)}</i><br/>{escape(figures.reason_text(res, fw, lang))}"
        )
        lines = []
        for a in meeting.assessments:
            rec = core_tr(f"rec.{a.recommendation or 'none'}", lang)
            why = f" — {escape(a.recommendation_reason)}" if a.recommendation_reason else ""
            lines.append(f"<b>{escape(a.assessor)}</b>: {escape(rec)}{why}")
        title = self.tr("Own recommendations, given before the meeting (not part of the fit)")
        self.recommendations.setText(f"<i>{escape(title)}</i><br/>" + "<br/>".join(lines))
        current = keep or self._current_competency()
        self.model.set_debrief(meeting, lang)
        header = self.table.horizontalHeader()
        if self.model.columnCount():
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(0, 190)
        if current is not None:
            for i, row in enumerate(meeting.rows):
                if row.competency == current:
                    self.table.selectRow(i)
        with QSignalBlocker(self.level):
            self.level.clear()
            for level in fw.scale:
                self.level.addItem(f"{level.level} · {level.label.get(lang)}", level.level)
        self._show_row()

    def _current_competency(self) -> str | None:
        index = self.table.currentIndex()
        if self.meeting is None or not index.isValid():
            return None
        return self.meeting.rows[index.row()].competency

    def _show_row(self) -> None:
        index = self.table.currentIndex()
        enabled = self.meeting is not None and index.isValid() and not self.ws.read_only
        for widget in (self.level, self.note, self.record_button, self.clear_button):
            widget.setEnabled(enabled)
        if self.meeting is None or not index.isValid():
            self.evidence.clear()
            self.recorded.setText("")
            return
        row = self.meeting.rows[index.row()]
        self.evidence.setHtml(self._evidence_html(row))
        cs = self.meeting.evaluation.result.competency(row.competency)
        agreed = row.consensus
        proposal = agreed.level if agreed else round(cs.score) if cs.score is not None else None
        if proposal is not None:
            self.level.setCurrentIndex(max(0, self.level.findData(proposal)))
        self.note.setPlainText("" if agreed is None else agreed.note)
        self.clear_button.setEnabled(enabled and agreed is not None)
        if agreed is None:
            self.recorded.setText(self.tr("No consensus recorded: the mean of the ratings counts."))
        else:
            self.recorded.setText(
                self.tr("Recorded: level {level} on {date} by {moderator}.").format(
                    level=agreed.level,
                    date=date_text(agreed.day, self.ws.lang),
                    moderator=agreed.moderator,
                )
            )

    def _evidence_html(self, row: DebriefRow) -> str:
        assert self.meeting is not None
        lang, fw = self.ws.lang, self.meeting.evaluation.framework
        comp, cs = (
            fw.competency(row.competency),
            self.meeting.evaluation.result.competency(row.competency),
        )
        meta = self.tr("target {target}, weight {weight}").format(
            target=cs.target, weight=f"{cs.weight:g}"
        )
        if cs.minimum is not None:
            meta += " · " + self.tr("knock-out below {minimum}").format(minimum=cs.minimum)
        parts = [
            f"<h3 style='margin-bottom:2px'>{escape(comp.name.get(lang))}</h3>"
            f"<p style='color:#555; margin-top:0'>{escape(meta)}</p>"
        ]
        given: set[int] = set()
        nothing_written = self.tr("no evidence written")
        for a, rating in row.ratings:
            level = None if rating is None else rating.level
            shown = "—" if level is None else str(level)
            label = fw.level_label(level) if level is not None else None
            head = (
                f"<b>{escape(a.assessor)}</b> · {escape(core_tr(f'method.{a.method}', lang))} · "
                f"{date_text(a.date, lang)} — <b>{shown}</b>"
                + (f" «{escape(label.get(lang))}»" if label else "")
            )
            note = "" if rating is None else rating.evidence.strip()
            body = escape(note) if note else f"<i>{escape(nothing_written)}</i>"
            parts.append(f"<p>{head}<br/>{body}</p>")
            if level is not None:
                given.add(level)
        if given:
            anchors = self.tr("Anchors of the levels given")
            parts.append(f"<p><i>{escape(anchors)}</i></p><ul>")
            for level in sorted(given):
                parts.append(f"<li><b>{level}</b>: {escape(comp.anchors[level].get(lang))}</li>")
            parts.append("</ul>")
        return "".join(parts)

    # -- recording -----------------------------------------------------------------------------
    def _day(self) -> date:
        qd = self.day.date()
        return date(qd.year(), qd.month(), qd.day())

    def record(self) -> None:
        competency = self._current_competency()
        if competency is None:
            return
        level = int(self.level.currentData())
        try:
            self.ws.record_consensus(
                self.candidate_id,
                competency,
                level,
                self.note.toPlainText()[:NOTE_MAX],
                self._day(),
            )
        except StorageError as exc:
            show_error(self, exc, self.ws.lang)
            return
        self.reload(keep=competency)
        self.saved.emit(self.candidate_id)

    def clear(self) -> None:
        competency = self._current_competency()
        if competency is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Clear consensus"),
            self.tr("Take the recorded consensus back? The mean of the ratings counts again."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.ws.clear_consensus(self.candidate_id, competency)
        except StorageError as exc:
            show_error(self, exc, self.ws.lang)
            return
        self.reload(keep=competency)
        self.saved.emit(self.candidate_id)
