"""Rate one assessment: anchors in view, digits to rate, every change saved at once."""

from __future__ import annotations

import itertools
import time
from datetime import date
from html import escape

from PySide6.QtCore import QDate, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFocusEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kamassess.framework.model import Competency, Framework, Target
from kamassess.i18n.messages import tr as core_tr
from kamassess.model import ASSESSOR_ROLES, METHODS, Assessment
from kamassess.scoring.fit import rating_flags
from kamassess.store.errors import (
    AssessmentFinal,
    DatabaseLocked,
    DatabaseReplaced,
    NotFound,
    StorageError,
)
from kamassess.workspace import Workspace
from ui.result_panel import ResultPanel

NO_EVIDENCE = 0
SAVE_DELAY_MS = 400
NOTE_MAX = 20_000  # kamassess.exchange.bundle.NOTE_MAX: the importer's limit
RETRY_MS = 1500  # a busy database: the unsaved rating is tried again this often
TYPE_AHEAD_S = 1.0  # digits typed this close together make one level ("1", "0" -> 10)


class EvidenceEdit(QPlainTextEdit):
    """Evidence note that saves when it loses focus (and after a pause in typing); it holds at
    most what a bundle may carry, so everything typed here can be exported and imported."""

    focus_lost = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.textChanged.connect(self._limit)

    def _limit(self) -> None:
        text = self.toPlainText()
        if len(text) > NOTE_MAX:
            with QSignalBlocker(self):
                self.setPlainText(text[:NOTE_MAX])
            self.moveCursor(QTextCursor.MoveOperation.End)
            self.setToolTip(self.tr("At most {n} characters.").format(n=f"{NOTE_MAX:,}"))

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.focus_lost.emit()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Tab and not event.modifiers():
            self.focusNextChild()  # Tab moves on, as in every other field of the form
            return
        super().keyPressEvent(event)


class CompetencyCard(QFrame):
    """One competency: definition, a level per anchor (and "no evidence"), the evidence note."""

    changed = Signal(str, object, str)  # competency, level (None: no evidence, -1: unset), note
    move = Signal(int)  # -1 previous card, +1 next card

    def __init__(
        self,
        comp: Competency,
        target: Target,
        framework: Framework,
        lang: str,
        number: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.comp, self.target, self.lang = comp, target, lang
        self.scale_levels = framework.levels
        self.far = framework.scoring.far_from_target
        self._typed, self._typed_at = "", 0.0
        self.setObjectName(f"card_{comp.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        prefix = f"{number}. " if number else ""
        title = QLabel(f"<b>{prefix}{comp.name.get(lang)}</b>", self)
        info = self.tr("target {target}, weight {weight}").format(
            target=target.target, weight=f"{target.weight:g}"
        )
        if target.minimum is not None:
            info += " · " + self.tr("knock-out below {minimum}").format(minimum=target.minimum)
        meta = QLabel(info, self)
        meta.setStyleSheet("color: #555;")
        definition = QLabel(comp.definition.get(lang), self)
        definition.setWordWrap(True)
        self.marks = QLabel(self)
        self.marks.setObjectName("marks")
        self.marks.setStyleSheet("color: #8a5a00; font-weight: 600;")
        self.marks.setWordWrap(True)

        self.group = QButtonGroup(self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setColumnStretch(1, 1)
        self.buttons: dict[int, QRadioButton] = {}
        for row, level in enumerate(framework.scale):
            button = QRadioButton(f"{level.level} · {level.label.get(lang)}", self)
            button.setObjectName(f"level_{level.level}")
            anchor = QLabel(comp.anchors[level.level].get(lang), self)
            anchor.setWordWrap(True)
            if level.level == target.target:
                button.setStyleSheet("font-weight: 600;")
            self.group.addButton(button, level.level)
            self.buttons[level.level] = button
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(anchor, row, 1)
        none = QRadioButton(self.tr("0 · No evidence"), self)
        none.setObjectName("level_none")
        lowest = framework.scale[0]
        none.setToolTip(
            self.tr(
                "“No evidence” (0 or -): you did not see this competency. It is left out of the "
                "score and lowers coverage. Level {level} “{label}” is a rating: you saw the "
                "behaviour and it fell short."
            ).format(level=lowest.level, label=lowest.label.get(lang))
        )
        self.group.addButton(none, NO_EVIDENCE)
        self.buttons[NO_EVIDENCE] = none
        grid.addWidget(none, len(framework.scale), 0)
        self.group.idToggled.connect(self._toggled)

        self.evidence = EvidenceEdit(self)
        self.evidence.setObjectName("evidence")
        self.evidence.setPlaceholderText(self.tr("Evidence: what the candidate said or did"))
        self.evidence.setFixedHeight(58)
        self.evidence.setTabChangesFocus(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        self.evidence.textChanged.connect(self._timer.start)
        self.evidence.focus_lost.connect(self.flush)

        self.questions_button = QToolButton(self)
        self.questions_button.setObjectName("questionsButton")
        self.questions_button.setText(self.tr("Interview questions"))
        self.questions_button.setCheckable(True)
        self.questions = QLabel(
            "<br/>".join(
                f"{i}. {escape(q.get(lang))}"
                + (
                    f"<br/>&nbsp;&nbsp;&nbsp;→ <i>{escape(q.probe.get(lang))}</i>"
                    if q.probe
                    else ""
                )
                for i, q in enumerate(comp.questions, 1)
            ),
            self,
        )
        self.questions.setWordWrap(True)
        self.questions.setVisible(False)
        self.questions_button.toggled.connect(self.questions.setVisible)

        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.questions_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(meta)
        layout.addWidget(definition)
        layout.addWidget(self.questions)
        layout.addLayout(grid)
        layout.addWidget(self.evidence)
        layout.addWidget(self.marks)
        self._loading = False

    # -- state -------------------------------------------------------------------------------
    def level(self) -> int | None:
        """The chosen level; None for "no evidence"; -1 when nothing is chosen yet."""
        checked = self.group.checkedId()
        if checked == -1:
            return -1
        return None if checked == NO_EVIDENCE else checked

    def load(self, level: int | None, evidence: str, rated: bool) -> None:
        self._loading = True
        with QSignalBlocker(self.evidence):
            self.evidence.setPlainText(evidence)
        if rated:
            self.buttons[NO_EVIDENCE if level is None else level].setChecked(True)
        else:
            self.group.setExclusive(False)
            for button in self.buttons.values():
                button.setChecked(False)
            self.group.setExclusive(True)
        self._loading = False
        self.update_marks()

    def set_read_only(self, read_only: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not read_only)
        self.evidence.setReadOnly(read_only)

    def update_marks(self) -> None:
        """Allowed but visibly marked (the rule is the core's): far from the target, or an
        extreme level without evidence."""
        level = self.level()
        marks = []
        if isinstance(level, int) and level > 0:
            flags = rating_flags(
                level,
                self.target.target,
                self.evidence.toPlainText(),
                self.scale_levels,
                self.far,
            )
            if flags.distance:
                marks.append(self.tr("⚠ {n} levels from the target").format(n=flags.distance))
            if flags.extreme_without_evidence:
                marks.append(self.tr("⚠ an extreme level needs evidence"))
        self.marks.setText("   ".join(marks))
        self.marks.setVisible(bool(marks))

    # -- events ------------------------------------------------------------------------------
    def _toggled(self, button_id: int, checked: bool) -> None:
        if checked and not self._loading:
            self._emit()

    def _emit(self) -> None:
        self._timer.stop()
        self.update_marks()
        level = self.level()
        if level == -1 and not self.evidence.toPlainText().strip():
            return
        self.changed.emit(self.comp.id, level, self.evidence.toPlainText())

    def flush(self) -> None:
        if self._timer.isActive():
            self._emit()

    def type_digit(self, digit: str) -> None:
        """Choose the level whose number is typed; digits in quick succession make one number,
        so a scale of any levels (3 to 7, numbered 1–7 or 10, 20, ...) is rated by keyboard;
        0 alone is "no evidence"."""
        now = time.monotonic()
        typed = self._typed + digit if now - self._typed_at < TYPE_AHEAD_S else digit
        if not any(str(level).startswith(typed) for level in self.scale_levels):
            typed = digit  # not the start of any level: begin a new number
        self._typed, self._typed_at = typed, now
        choice = int(typed) if int(typed) in self.scale_levels else None
        if choice is None and typed == "0":
            choice = NO_EVIDENCE
        if choice is not None and self.buttons[choice].isEnabled():
            self.buttons[choice].setChecked(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if len(text) == 1 and text.isdigit() and text.isascii():
            self.type_digit(text)
            return
        if text == "-" and self.buttons[NO_EVIDENCE].isEnabled():
            self.buttons[NO_EVIDENCE].setChecked(True)
            return
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            self.move.emit(1)
            return
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_PageUp):
            self.move.emit(-1)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.setStyleSheet("CompetencyCard { border: 2px solid #1a4072; }")
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.setStyleSheet("")
        super().focusOutEvent(event)


class RatingWindow(QWidget):
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
        self.date.setDisplayFormat("yyyy-MM-dd")
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
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.scroll)
        self.splitter.addWidget(self.result)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.splitter, 1)

        self._pending: dict[str, tuple[int | None, str]] = {}  # typed, not yet stored
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._save_pending)
        self.load(assessment)
        if ws.read_only:
            self._lock_form()
        self.assessor.editingFinished.connect(self._save_head)
        self.role.currentIndexChanged.connect(self._save_head)
        self.method.currentIndexChanged.connect(self._save_head)
        self.date.dateChanged.connect(self._save_head)
        self._order_tabs()
        self.resize(1250, 820)
        if self.cards:
            self.cards[0].setFocus()

    def _order_tabs(self) -> None:
        chain: list[QWidget] = [self.assessor, self.role, self.method, self.date]
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
        for card in self.cards:
            r = ratings.get(card.comp.id)
            card.load(
                None if r is None else r.level, "" if r is None else r.evidence, rated=r is not None
            )
            card.set_read_only(final)
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
            except DatabaseLocked:
                self.saved_note.setText(self.tr("not saved yet: the database is busy; retrying…"))
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
        self.assessment = self.ws.store.assessment(self.assessment_id)
        self.refresh_result()
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
        QMessageBox.warning(self, self.tr("Not saved"), exc.message.render(self.ws.lang))
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
        except StorageError as exc:
            self._store_failed(exc)
            if not isinstance(exc, NotFound | DatabaseReplaced):
                self._load_head(self.ws.store.assessment(self.assessment_id))
            return
        self.saved_note.setText(self.tr("saved"))
        self.saved.emit(self.candidate.id)

    def refresh_result(self) -> None:
        ev = self.ws.evaluate(self.candidate.id, drafts=True, framework=self.framework)
        self.result.show_evaluation(ev, drafts_included=True)

    def flush(self) -> None:
        for card in self.cards:
            card.flush()

    # -- status ------------------------------------------------------------------------------
    def finalise(self) -> None:
        self.flush()
        if self._pending:
            QMessageBox.warning(
                self,
                self.tr("Not saved yet"),
                self.tr("Some ratings are not saved yet (the database is busy); try again."),
            )
            return
        unrated = sum(1 for card in self.cards if card.level() == -1)
        text = self.tr(
            "Finalise this assessment? Its ratings can then only be changed by "
            "reopening it, which is recorded."
        )
        if unrated:
            text += "\n\n" + self.tr("{n} competencies have no rating yet.").format(n=unrated)
        answer = QMessageBox.question(self, self.tr("Finalise assessment"), text)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.ws.finalise(self.assessment_id)
        except StorageError as exc:
            self._store_failed(exc)
            return
        self.load(self.ws.store.assessment(self.assessment_id))
        self.saved.emit(self.candidate.id)

    def reopen(self) -> None:
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Reopen assessment"),
            self.tr("Why is this final assessment being reopened? The reason is recorded."),
        )
        if not ok:
            return
        if not reason.strip():
            QMessageBox.information(
                self,
                self.tr("Not reopened"),
                self.tr("A final assessment is reopened only with a reason, which is recorded."),
            )
            return
        try:
            self.ws.reopen(self.assessment_id, reason.strip())
        except StorageError as exc:
            self._store_failed(exc)
            return
        self.load(self.ws.store.assessment(self.assessment_id))
        self.saved.emit(self.candidate.id)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        if self._pending:
            self._save_pending()  # one last try
        if self._pending:
            answer = QMessageBox.question(
                self,
                self.tr("Not saved yet"),
                self.tr(
                    "{n} rating(s) are not saved yet: the database is busy. Close anyway and "
                    "lose them?"
                ).format(n=len(self._pending)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self._retry.stop()
        super().closeEvent(event)
