"""Rate one assessment: anchors in view, digits to rate, every change saved at once (finalising
and reopening it: rating_status.py)."""

from __future__ import annotations

import itertools
from datetime import date
from html import escape

from PySide6.QtCore import QDate, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kamassess.i18n.messages import tr as core_tr
from kamassess.model import ASSESSOR_ROLES, METHODS, Assessment
from kamassess.panel.blind import hides_others, shows_targets
from kamassess.store.errors import (
    AssessmentFinal,
    DatabaseReplaced,
    NotFound,
    Retryable,
    ServerUnavailable,
    StorageError,
)
from kamassess.workspace import Workspace
from ui.blind_result import OwnResult
from ui.competency_card import NOTE_MAX, CompetencyCard
from ui.dates import local_dates
from ui.errors import message_text
from ui.rating_status import StatusChanges
from ui.recommendation_box import RecommendationBox
from ui.result_panel import ResultPanel
from ui.screen_fit import fit_to_screen

__all__ = ["NOTE_MAX", "CompetencyCard", "RatingWindow"]

RETRY_MS = 1500  # a busy database: the unsaved rating is tried again this often


class RatingWindow(StatusChanges, QWidget):
    """The form of one assessment beside its live result; closes without anything to save."""

    saved = Signal(str)  # candidate id, after any stored change
    replaced = Signal()  # the database file was replaced under the window

    def __init__(self, ws: Workspace, assessment_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ws, self.assessment_id = ws, assessment_id
        self.setObjectName("ratingWindow")
        assessment = ws.store.assessment(assessment_id)
        self.candidate = ws.store.candidate(assessment.candidate)
        # The form and the live result beside it use one framework version: the assessment's own.
        self.framework = ws.framework_for(assessment, self.candidate.profile)
        lang = ws.lang
        self.setWindowTitle(self.tr("Assessment of {name}").format(name=self.candidate.name))

        self.assessor = QLineEdit(assessment.assessor, self)
        self.assessor.setObjectName("assessor")
        self.assessor.setMaxLength(300)  # the importer's limit for names
        self.role = QComboBox(self)
        self.role.setObjectName("role")
        for r in ASSESSOR_ROLES:
            self.role.addItem(core_tr(f"role.{r}", lang), r)
        self.method = QComboBox(self)
        self.method.setObjectName("method")
        for m in METHODS:
            self.method.addItem(core_tr(f"method.{m}", lang), m)
        self.date = QDateEdit(self)
        self.date.setObjectName("date")
        self.date.setCalendarPopup(True)
        local_dates(self.date, lang)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.finalise_button = QPushButton(self.tr("&Finalise…"), self)
        self.finalise_button.setObjectName("finaliseButton")
        self.finalise_button.clicked.connect(self.finalise)
        self.reopen_button = QPushButton(self.tr("&Reopen…"), self)
        self.reopen_button.setObjectName("reopenButton")
        self.reopen_button.clicked.connect(self.reopen)
        self.saved_note = QLabel(self)
        self.saved_note.setObjectName("savedNote")
        self.saved_note.setStyleSheet("color: #1e6b34;")

        head = QHBoxLayout()
        for label, widget in (
            (self.tr("Assessor"), self.assessor),
            (self.tr("Role"), self.role),
            (self.tr("Method"), self.method),
            (self.tr("Date"), self.date),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            head.addWidget(caption)
            head.addWidget(widget)
        head.addStretch(1)
        head.addWidget(self.saved_note)
        head.addWidget(self.status)
        head.addWidget(self.finalise_button)
        head.addWidget(self.reopen_button)
        self.recommendation = RecommendationBox(lang, self)
        self.recommendation.changed.connect(self._save_recommendation)

        self.cards: list[CompetencyCard] = []
        body = QWidget(self)
        column = QVBoxLayout(body)
        profile = self.framework.profile(self.candidate.profile)
        levels = self.framework.levels
        lowest = self.framework.scale[0]
        self.keys_hint = QLabel(
            self.tr(
                "Keys: type a level's number ({first}–{last}), 0 or - for “no evidence”, ↓/↑ to "
                "move. “No evidence” means you did not see the competency: it is left out of the "
                "score and lowers coverage. Level {level} “{label}” is a rating: you saw the "
                "behaviour and it fell short."
            ).format(
                first=levels[0],
                last=levels[-1],
                level=lowest.level,
                label=lowest.label.get(lang),
            ),
            body,
        )
        self.keys_hint.setObjectName("keysHint")
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setStyleSheet("color: #555;")
        column.addWidget(self.keys_hint)
        in_profile = {t.competency: t for t in profile.targets}
        numbers = {t.competency: i for i, t in enumerate(profile.targets, 1)}
        for group in self.framework.groups:
            members = [c for c in self.framework.group_competencies(group.id) if c.id in in_profile]
            if not members:
                continue
            heading = QLabel(f"<h3>{group.name.get(lang)}</h3>", body)
            column.addWidget(heading)
            for comp in members:
                card = CompetencyCard(
                    comp, in_profile[comp.id], self.framework, lang, numbers[comp.id], body
                )
                card.changed.connect(self.store_rating)
                card.move.connect(lambda step, c=card: self._move(c, step))
                column.addWidget(card)
                self.cards.append(card)
        column.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(body)
        self.result = ResultPanel(lang, self)
        self.own_result = OwnResult(self.result)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.scroll)
        self.splitter.addWidget(self.result)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.recommendation)
        layout.addWidget(self.splitter, 1)

        self._pending: dict[str, tuple[int | None, str]] = {}  # typed, not yet stored
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._save_pending)
        self.load(assessment)
        if not ws.may("rate"):  # read-only, or a director's reading (the server refuses anyway)
            self._lock_form()
        self.assessor.editingFinished.connect(self._save_head)
        self.role.currentIndexChanged.connect(self._save_head)
        self.method.currentIndexChanged.connect(self._save_head)
        self.date.dateChanged.connect(self._save_head)
        self._order_tabs()
        fit_to_screen(self, 1250, 820)  # a 1024×768 laptop, too
        if self.cards:
            self.cards[0].setFocus()

    def _order_tabs(self) -> None:
        chain: list[QWidget] = [self.assessor, self.role, self.method, self.date]
        chain += [*self.recommendation.buttons.values(), self.recommendation.reason]
        for card in self.cards:
            chain += [card, card.evidence]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _move(self, card: CompetencyCard, step: int) -> None:
        i = self.cards.index(card) + step
        if 0 <= i < len(self.cards):
            self.cards[i].setFocus()
            self.scroll.ensureWidgetVisible(self.cards[i], 0, 40)

    def _lock_form(self) -> None:
        """Nothing on the form can be changed (read-only database, or the assessment is gone)."""
        for card in self.cards:
            card.set_read_only(True)
        for widget in (self.assessor, self.role, self.method, self.date):
            widget.setEnabled(False)
        self.recommendation.set_read_only(True)
        self.finalise_button.setVisible(False)
        self.reopen_button.setVisible(False)

    # -- loading and saving ------------------------------------------------------------------
    def _load_head(self, assessment: Assessment) -> None:
        for widget, value in (
            (self.role, assessment.assessor_role),
            (self.method, assessment.method),
        ):
            with QSignalBlocker(widget):
                widget.setCurrentIndex(widget.findData(value))
        with QSignalBlocker(self.date):
            d = assessment.date
            self.date.setDate(QDate(d.year, d.month, d.day))
        with QSignalBlocker(self.assessor):
            self.assessor.setText(assessment.assessor)

    def load(self, assessment: Assessment) -> None:
        self.assessment = assessment
        final = assessment.status == "final"
        self._load_head(assessment)
        ratings = {r.competency: r for r in assessment.ratings}
        targets = shows_targets(self.ws.framework, assessment)
        for card in self.cards:
            r = ratings.get(card.comp.id)
            card.load(
                None if r is None else r.level, "" if r is None else r.evidence, rated=r is not None
            )
            card.set_read_only(final)
            card.set_show_target(targets)
        self.recommendation.load(assessment.recommendation, assessment.recommendation_reason)
        self.recommendation.set_read_only(final)
        for widget in (self.assessor, self.role, self.method, self.date):
            widget.setEnabled(not final)
        self.status.setText(f"<b>{core_tr(f'status.{assessment.status}', self.ws.lang)}</b>")
        self.finalise_button.setVisible(not final)
        self.reopen_button.setVisible(final)
        self.refresh_result()

    def store_rating(self, competency: str, level: object, evidence: str) -> None:
        """Write one rating at once. On a busy database the typed text stays in the form and
        the save is retried ("not saved yet"); it is never replaced by what the database held."""
        stored_level = None if level in (None, -1) else int(str(level))
        self._pending[competency] = (stored_level, evidence)
        self._save_pending()

    def _save_pending(self) -> None:
        while self._pending:
            competency, (level, evidence) = next(iter(self._pending.items()))
            try:
                self.ws.set_rating(self.assessment_id, competency, level, evidence)
            except Retryable as exc:
                # Busy, or the server cannot be reached: what was typed stays, and is tried
                # again (the connection is opened anew on the next try).
                self.saved_note.setText(
                    self.tr("not saved yet: the server cannot be reached; retrying…")
                    if isinstance(exc, ServerUnavailable)
                    else self.tr("not saved yet: the database is busy; retrying…")
                )
                self.saved_note.setStyleSheet("color: #a11d1d; font-weight: 600;")
                self._retry.start()
                return
            except StorageError as exc:
                self._pending.clear()
                self._store_failed(exc)
                return
            del self._pending[competency]
        self._retry.stop()
        self.saved_note.setStyleSheet("color: #1e6b34;")
        self.saved_note.setText(self.tr("saved"))
        try:
            self.assessment = self.ws.store.assessment(self.assessment_id)
            self.refresh_result()
        except Retryable:
            pass  # saved; the result shows again with the next change
        self.saved.emit(self.candidate.id)

    def _store_failed(self, exc: StorageError) -> None:
        """A save refused for good: say why; the form is never reset over the user's typing,
        except to show a final assessment as it now is."""
        if isinstance(exc, DatabaseReplaced):
            self.replaced.emit()
            return
        if isinstance(exc, NotFound):
            self._gone()
            QMessageBox.warning(
                self, self.tr("Not saved"), core_tr("db.deleted_elsewhere", self.ws.lang)
            )
            return
        QMessageBox.warning(self, self.tr("Not saved"), message_text(exc.message, self.ws.lang))
        if isinstance(exc, AssessmentFinal):  # finalised in another window meanwhile
            self.load(self.ws.store.assessment(self.assessment_id))

    def _gone(self) -> None:
        """The assessment was deleted elsewhere: everything on screen stays readable, and
        nothing more can be changed."""
        self._lock_form()
        self.status.setText(f"<b>{escape(core_tr('db.deleted_elsewhere', self.ws.lang))}</b>")

    def _save_head(self) -> None:
        name = self.assessor.text().strip()
        if not name:
            self.assessor.setText(self.assessment.assessor)
            return
        qd = self.date.date()
        try:
            self.ws.store.update_assessment(
                self.assessment_id,
                self.ws.user,
                assessor=name,
                assessor_role=self.role.currentData(),
                method=self.method.currentData(),
                date=date(qd.year(), qd.month(), qd.day()),
            )
        except Retryable:
            # Typed stays; tried again shortly (the connection is opened anew).
            self.saved_note.setText(
                self.tr("not saved yet: the server cannot be reached; retrying…")
            )
            self.saved_note.setStyleSheet("color: #a11d1d; font-weight: 600;")
            QTimer.singleShot(RETRY_MS, self, self._save_head)
            return
        except StorageError as exc:
            self._store_failed(exc)
            if not isinstance(exc, NotFound | DatabaseReplaced):
                self._load_head(self.ws.store.assessment(self.assessment_id))
            return
        self.saved_note.setText(self.tr("saved"))
        self.saved.emit(self.candidate.id)

    def refresh_result(self) -> None:
        """A blind draft: its own result; otherwise the pooled one (ws.form_evaluation)."""
        ev = self.ws.form_evaluation(self.assessment_id, self.framework)
        process = self.ws.framework.process
        if hides_others(self.ws.framework, self.assessment):
            self.own_result.show_own(ev, show_targets=process.show_targets_to_assessors)
        else:
            self.result.show_evaluation(ev, drafts_included=not process.blind)

    def _save_recommendation(self, recommendation: str | None, reason: str) -> None:
        try:
            self.ws.set_recommendation(self.assessment_id, recommendation, reason)
        except StorageError as exc:
            self._store_failed(exc)
            return
        self.saved_note.setStyleSheet("color: #1e6b34;")
        self.saved_note.setText(self.tr("saved"))
        self.assessment = self.ws.store.assessment(self.assessment_id)
        self.saved.emit(self.candidate.id)

    def flush(self) -> None:
        for card in self.cards:
            card.flush()
        self.recommendation.flush()

    # -- closing (finalising and reopening: ui/rating_status.py) -----------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc or Ctrl+W closes the window (every change is saved already)."""
        if event.key() == Qt.Key.Key_Escape or event.matches(QKeySequence.StandardKey.Close):
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        if self._pending:
            self._save_pending()  # one last try
        if self._pending:
            answer = QMessageBox.question(
                self,
                self.tr("Not saved yet"),
                core_tr("ui.unsaved_busy", self.ws.lang, n=len(self._pending)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self._retry.stop()
        super().closeEvent(event)
