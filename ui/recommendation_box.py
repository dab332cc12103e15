"""The assessor's own overall recommendation on the rating form — strong no, no, yes, strong yes
— and its reason: recorded before they see the others, never mixed into the fit."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from kamassess.i18n.messages import tr as core_tr
from kamassess.model import RECOMMENDATIONS

SAVE_DELAY_MS = 400
REASON_MAX = 2_000


class RecommendationBox(QWidget):
    changed = Signal(object, str)  # recommendation (None: not given), reason

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recommendationBox")
        caption_text = self.tr("Your recommendation:")
        caption = QLabel(f"<b>{caption_text}</b>", self)
        caption.setToolTip(
            self.tr(
                "Would you hire (or promote) this candidate? Given before you see the other "
                "assessors' ratings, shown beside the fit and never mixed into it. Needed to "
                "finalise."
            )
        )
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(caption)
        for i, rec in enumerate(RECOMMENDATIONS):
            button = QRadioButton(core_tr(f"rec.{rec}", lang), self)
            button.setObjectName(f"rec_{rec}")
            self.group.addButton(button, i)
            self.buttons[rec] = button
            layout.addWidget(button)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("recommendationReason")
        self.reason.setMaxLength(REASON_MAX)
        self.reason.setPlaceholderText(self.tr("Why, in one sentence"))
        layout.addWidget(self.reason, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        self.reason.textEdited.connect(self._timer.start)
        self.reason.editingFinished.connect(self.flush)
        self.group.idToggled.connect(lambda _id, on: on and self._emit())

    def value(self) -> tuple[str | None, str]:
        checked = self.group.checkedId()
        return (None if checked < 0 else RECOMMENDATIONS[checked]), self.reason.text().strip()

    def load(self, recommendation: str | None, reason: str) -> None:
        with QSignalBlocker(self.group), QSignalBlocker(self.reason):
            self.group.setExclusive(False)
            for rec, button in self.buttons.items():
                button.setChecked(rec == recommendation)
            self.group.setExclusive(True)
            if self.reason.text() != reason:
                self.reason.setText(reason)

    def set_read_only(self, read_only: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not read_only)
        self.reason.setReadOnly(read_only)

    def flush(self) -> None:
        if self._timer.isActive():
            self._emit()

    def _emit(self) -> None:
        self._timer.stop()
        self.changed.emit(*self.value())
