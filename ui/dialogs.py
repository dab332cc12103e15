"""Small dialogs: a new assessment's header, and a list of problems."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kamassess.i18n.messages import tr as core_tr
from kamassess.model import ASSESSOR_ROLES, METHODS
from ui.dates import local_dates


class NewAssessmentDialog(QDialog):
    """Assessor, role, method and date of a new assessment."""

    def __init__(
        self, lang: str, assessor: str, role: str, method: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newAssessmentDialog")
        self.setWindowTitle(self.tr("New assessment"))
        self.assessor = QLineEdit(assessor, self)
        self.assessor.setObjectName("assessor")
        self.assessor.setMaxLength(300)  # the importer's limit for names
        self.role = QComboBox(self)
        self.role.setObjectName("role")
        for r in ASSESSOR_ROLES:
            self.role.addItem(core_tr(f"role.{r}", lang), r)
        self.role.setCurrentIndex(max(0, self.role.findData(role)))
        self.method = QComboBox(self)
        self.method.setObjectName("method")
        for m in METHODS:
            self.method.addItem(core_tr(f"method.{m}", lang), m)
        self.method.setCurrentIndex(max(0, self.method.findData(method)))
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setObjectName("date")
        self.date.setCalendarPopup(True)
        local_dates(self.date, lang)
        form = QFormLayout()
        form.addRow(self.tr("Assessor"), self.assessor)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Date"), self.date)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.assessor.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        ok = bool(self.assessor.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def values(self) -> tuple[str, str, str, date]:
        qd = self.date.date()
        return (
            self.assessor.text().strip(),
            str(self.role.currentData()),
            str(self.method.currentData()),
            date(qd.year(), qd.month(), qd.day()),
        )


class ProblemsDialog(QDialog):
    """A summary line and every problem, one per line, selectable for copying."""

    def __init__(
        self, title: str, summary: str, lines: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("problemsDialog")
        self.setWindowTitle(title)
        label = QLabel(summary, self)
        label.setWordWrap(True)
        self.text = QPlainTextEdit("\n".join(lines), self)
        self.text.setObjectName("problems")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(820, 360)
