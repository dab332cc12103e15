"""One competency on the rating form: its anchors beside each level, the evidence note, and
the keys that rate it (digits for a level, 0 or - for "no evidence", arrows to move on)."""

from __future__ import annotations

import time
from html import escape

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kamassess.framework.model import Competency, Framework, Target
from kamassess.scoring.rating_flags import rating_flags

NO_EVIDENCE = 0
SAVE_DELAY_MS = 400
NOTE_MAX = 20_000  # kamassess.exchange.bundle_schema.NOTE_MAX: the importer's limit
# A final assessment's chosen level stays readable among the disabled buttons.
CARD_STYLE = "QRadioButton:checked:disabled { color: palette(text); font-weight: 700; }"
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
        self.meta = meta
        self.show_target = True
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
                self.target_button = button
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
        for button in self.buttons.values():
            # A clicked level never takes the keyboard: the arrows keep moving between
            # competencies (a radio button would step to the next level and save it).
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False: self.setFocus())
        self.setStyleSheet(CARD_STYLE)

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

    def set_show_target(self, show: bool) -> None:
        """Blind rating hides the target, weight and knock-out minimum (and the mark that would
        give the target away); the anchors stay."""
        self.show_target = show
        self.meta.setVisible(show)
        self.target_button.setStyleSheet("font-weight: 600;" if show else "")
        self.update_marks()

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
            if flags.distance and self.show_target:
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
        self.setStyleSheet(CARD_STYLE + "CompetencyCard { border: 2px solid #1a4072; }")
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.setStyleSheet(CARD_STYLE)
        super().focusOutEvent(event)
