"""One candidate: facts, every assessor's ratings side by side, and the aggregated result."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamassess.i18n.decision_text import decision_summary
from kamassess.i18n.messages import tr as core_tr
from kamassess.i18n.texts import money, number
from kamassess.scoring.errors import ProfileUnknown
from kamassess.workspace import Workspace
from ui.assessors_model import AssessorsModel
from ui.blind_result import OwnResult
from ui.errors import message_text
from ui.result_panel import ResultPanel


class CandidatePage(QWidget):
    """The right-hand side of the candidates tab."""

    open_assessment = Signal(int)
    new_assessment = Signal()
    edit_candidate = Signal()
    delete_candidate = Signal()
    profile_pdf = Signal()
    debrief = Signal()
    decide = Signal()
    record_outcomes = Signal()
    delete_assessment = Signal(int)
    show_history = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setObjectName("candidatePage")
        self.candidate_id: str | None = None
        self.title = QLabel(self)
        self.title.setObjectName("candidateTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New assessment…"), self)
        self.new_button.setObjectName("newAssessmentButton")
        self.new_button.clicked.connect(self.new_assessment)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.clicked.connect(self.edit_candidate)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.clicked.connect(self.delete_candidate)
        self.pdf_button = QPushButton(self.tr("Profile &PDF…"), self)
        self.pdf_button.clicked.connect(self.profile_pdf)
        self.debrief_button = QPushButton(self.tr("De&brief…"), self)
        self.debrief_button.setObjectName("debriefButton")
        self.debrief_button.clicked.connect(self.debrief)
        self.decision_button = QPushButton(self.tr("Dec&ision…"), self)
        self.decision_button.setObjectName("decisionButton")
        self.decision_button.clicked.connect(self.decide)
        self.outcomes_button = QPushButton(self.tr("O&utcomes…"), self)
        self.outcomes_button.setObjectName("outcomesButton")
        self.outcomes_button.clicked.connect(self.record_outcomes)
        self.decision_line = QLabel(self)
        self.decision_line.setObjectName("decisionLine")
        self.decision_line.setWordWrap(True)
        self.decision_line.setTextFormat(Qt.TextFormat.PlainText)
        # Not «С черновиками» like the list's filter: this one counts drafts in the result.
        self.drafts = QCheckBox(self.tr("Count drafts in the result"), self)
        self.drafts.setObjectName("includeDrafts")
        self.drafts.toggled.connect(self.refresh)
        for b in (
            self.new_button,
            self.edit_button,
            self.delete_button,
            self.pdf_button,
            self.debrief_button,
        ):
            buttons.addWidget(b)
        decided = QHBoxLayout()  # the decision, with its buttons beside it
        decided.addWidget(self.decision_line, 1)
        decided.addWidget(self.decision_button)
        decided.addWidget(self.outcomes_button)
        buttons.addStretch(1)

        self.model = AssessorsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("assessorsTable")
        self.table.setModel(self.model)
        rows = self.table.verticalHeader()  # the competencies: stay while columns scroll
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        rows.setMaximumWidth(160)  # longer names are cut with '…'; the tooltip has them
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.model.modelReset.connect(self._fit_columns)
        self.table.doubleClicked.connect(self._double_clicked)
        levels = ws.framework.scoring.disagreement_levels
        hint = QLabel(
            self.tr(
                "Double-click a column to open that assessment. ✎: evidence, shown on hover "
                "or click. Shaded: assessors differ by {n}+ levels. “—”: no evidence (left "
                "out of the score)."
            ).format(n=levels),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        # Under the table they act on, not in the buttons' row, and beside the hint (which
        # wraps): the page fits a 1024-pixel screen with the Debrief button, in Russian too.
        self.delete_assessment_button = QPushButton(self.tr("Delete assessmen&t…"), self)
        self.delete_assessment_button.setObjectName("deleteAssessmentButton")
        self.delete_assessment_button.setToolTip(
            self.tr("Delete the draft, or withdraw the final assessment, of the selected column")
        )
        self.delete_assessment_button.clicked.connect(self._delete_current)
        self.history_button = QPushButton(self.tr("Histor&y…"), self)
        self.history_button.setObjectName("historyButton")
        self.history_button.clicked.connect(self.show_history)
        actions = QVBoxLayout()
        actions.addWidget(self.delete_assessment_button)
        actions.addWidget(self.history_button)
        actions.addStretch(1)
        # The evidence of the clicked cell (hovering shows it too).
        self.evidence = QLabel(self)
        self.evidence.setObjectName("cellEvidence")
        self.evidence.setWordWrap(True)
        self.evidence.setTextFormat(Qt.TextFormat.PlainText)
        self.evidence.setStyleSheet("background: #f4f4ee; padding: 3px;")
        self.evidence.hide()
        left_layout.addWidget(self.evidence)
        below = QHBoxLayout()
        below.addWidget(hint, 1)
        below.addLayout(actions)
        left_layout.addLayout(below)
        left_layout.addWidget(self.drafts)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._follow_cell())
        self.model.modelReset.connect(self._follow_cell)
        self.result = ResultPanel(ws.lang, self)
        self.own_result = OwnResult(self.result)
        self.blind = False  # the user has a draft of this candidate: others' ratings hidden
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.result)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([620, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addLayout(decided)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter, 1)
        self.show_candidate(None)

    def _fit_columns(self) -> None:
        for column in range(self.model.columnCount()):  # a blind view hid some
            self.table.setColumnHidden(column, False)
        if self.model.columnCount():
            # The names are the rows' header (frozen); column 0 stays for item-based callers.
            self.table.setColumnHidden(0, True)

    def current_assessment(self) -> int | None:
        """The assessment whose column holds the table's current cell."""
        index = self.table.currentIndex()
        return self.model.assessment_for_column(index.column()) if index.isValid() else None

    def _show_evidence(self) -> None:
        rating = self.model.rating(self.table.currentIndex())
        text = rating.evidence.strip() if rating is not None else ""
        self.evidence.setText(text)
        self.evidence.setVisible(bool(text))

    def _follow_cell(self) -> None:
        self._show_evidence()
        self.delete_assessment_button.setEnabled(
            self.current_assessment() is not None and self.ws.may("rate")
        )

    def _delete_current(self) -> None:
        aid = self.current_assessment()
        if aid is not None:
            self.delete_assessment.emit(aid)

    def _double_clicked(self, index: QModelIndex) -> None:
        aid = self.model.assessment_for_column(index.column())
        if aid is not None:
            self.open_assessment.emit(aid)

    def show_candidate(self, candidate_id: str | None) -> None:
        self.candidate_id = candidate_id
        enabled = candidate_id is not None
        self.pdf_button.setEnabled(enabled)
        self.debrief_button.setEnabled(False)
        # What this user's role cannot do is off (on a server, the server refuses it anyway).
        self.new_button.setEnabled(enabled and self.ws.may("rate"))
        for b in (self.edit_button, self.delete_button):
            b.setEnabled(enabled and self.ws.may("edit_candidates"))
        self.decision_button.setEnabled(enabled and self.ws.may("decide"))
        self.history_button.setEnabled(enabled)
        self.refresh()

    def refresh(self) -> None:
        self._show_decision()
        if self.candidate_id is None:
            none_selected = self.tr("No candidate selected")
            self.title.setText(f"<h2>{escape(none_selected)}</h2>")
            self.facts.setText(
                escape(
                    self.tr(
                        "Pick a candidate on the left, or add one with Candidate ▸ New (Ctrl+N)."
                    )
                )
            )
            self.model.set_evaluation(None, self.ws.lang)
            self.result.show_empty()
            return
        try:
            ev = self.ws.evaluate(self.candidate_id, drafts=self.drafts.isChecked())
            # The table shows every assessment, drafts too; the result follows the checkbox.
            shown = (
                ev if self.drafts.isChecked() else self.ws.evaluate(self.candidate_id, drafts=True)
            )
        except ProfileUnknown as exc:  # the profile was removed from the framework: say so
            self.title.setText(
                f"<h2>{escape(self.ws.store.candidate(self.candidate_id).name)}</h2>"
            )
            self.facts.setText(escape(message_text(exc.message, self.ws.lang)))
            self.model.set_evaluation(None, self.ws.lang)
            self.result.show_empty()
            return
        c, lang, fw = ev.candidate, self.ws.lang, ev.framework
        profile = fw.profile(c.profile).name.get(lang) if fw.has_profile(c.profile) else c.profile
        self.title.setText(f"<h2>{escape(c.name)}</h2>")
        facts = [core_tr(f"kind.{c.kind}", lang), profile]
        if c.current_role:
            facts.append(c.current_role)
        if c.employer:
            facts.append(c.employer)
        if c.region:
            facts.append(c.region)
        if c.tenure_years is not None:
            facts.append(self.tr("{years} years").format(years=number(c.tenure_years, lang)))
        if c.salary_expectation is not None:
            facts.append(money(c.salary_expectation))
        self.facts.setText(escape(" · ".join(facts)))
        if self._show_blind(c.id):
            return
        self.model.set_evaluation(shown, lang)
        drafts = sum(a.status == "draft" and bool(a.ratings) for a in shown.assessments)
        if ev.result.fit is None and drafts and not self.drafts.isChecked():
            self.result.show_empty(drafts)  # a draft is "draft", not "not assessed yet"
        else:
            self.result.show_evaluation(ev, drafts_included=self.drafts.isChecked())
        finals = {a.person for a in shown.assessments if a.status == "final"}
        self.debrief_button.setEnabled(len(finals) >= 2)

    def _show_blind(self, candidate_id: str) -> bool:
        """While the user has a draft of this candidate (blind rating), the page shows their own
        assessments only; the others' columns, the pooled result, the debrief and the profile
        PDF wait until they finalise."""
        self.blind = candidate_id in self.ws.blind_candidates()
        fw = self.ws.framework
        if not self.blind:
            return False
        own = self.ws.user_evaluation(candidate_id)
        self.model.set_evaluation(own, self.ws.lang)
        self.table.setColumnHidden(1, not fw.process.show_targets_to_assessors)  # the targets
        if own is not None:
            n = len(own.assessments)
            for column in (2 + n, 3 + n):  # mean and min–max: of the user's own levels only
                self.table.setColumnHidden(column, True)
        drafts = 0 if own is None else sum(a.status == "draft" for a in own.assessments)
        self.own_result.show_hidden(drafts)
        self.pdf_button.setEnabled(False)
        self.debrief_button.setEnabled(False)
        return True

    def _show_decision(self) -> None:
        """The decision line, and Outcomes… only for someone hired or promoted."""
        cid = self.candidate_id
        decision = None if cid is None else self.ws.store.decision(cid)
        self.outcomes_button.setEnabled(
            decision is not None and decision.hired and self.ws.may("decide")
        )
        if cid is None or decision is None:
            self.decision_line.setText(self.tr("No decision recorded.") if cid else "")
            return
        kind = self.ws.store.candidate(cid).kind
        summary = decision_summary(decision, kind, self.ws.lang)
        self.decision_line.setText(self.tr("Decision: {summary}").format(summary=summary))
