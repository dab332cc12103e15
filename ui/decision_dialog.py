"""Record the decision on a candidate: what, when, by whom, on what conditions, and the salary
offered — compared with the profile's pay band as it is typed."""

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

from kamassess.decisions.checks import NAME_MAX, decision_problems
from kamassess.decisions.model import DECISIONS, Decision
from kamassess.framework.model import Framework
from kamassess.i18n.decision_text import decision_label, salary_against_band
from kamassess.i18n.texts import money
from kamassess.model import Candidate
from ui.candidate_dialog import ERROR_STYLE, _number
from ui.dates import local_dates


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class FieldErrors:
    """A red line under each field of a form, shown while the field has a problem."""

    def __init__(self, form: QFormLayout, parent: QWidget) -> None:
        self.form, self.parent = form, parent
        self.labels: dict[str, QLabel] = {}

    def add(self, name: str, label: str, widget: QWidget) -> None:
        error = QLabel(self.parent)
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        box = QVBoxLayout()
        box.setSpacing(1)
        box.addWidget(widget)
        box.addWidget(error)
        self.form.addRow(label, box)
        self.labels[name] = error

    def show(self, problems: dict[str, str]) -> None:
        for name, label in self.labels.items():
            label.setText(problems.get(name, ""))
            label.setVisible(name in problems)


class DecisionDialog(QDialog):
    """OK stays disabled while anything is invalid; `result_decision` holds what OK accepts."""

    def __init__(
        self,
        framework: Framework,
        lang: str,
        candidate: Candidate,
        current: Decision | None,
        decided_by: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("decisionDialog")
        self.framework, self.lang, self.candidate = framework, lang, candidate
        self.setWindowTitle(self.tr("Decision on {name}").format(name=candidate.name))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.errors = FieldErrors(form, self)
        self.decision = QComboBox(self)
        self.decision.setObjectName("decision")
        for d in DECISIONS:
            self.decision.addItem(decision_label(d, lang, kind=candidate.kind), d)
        self.errors.add("decision", self.tr("Decision"), self.decision)
        self.date = QDateEdit(qdate(date.today()), self)
        self.date.setObjectName("date")
        self.date.setCalendarPopup(True)
        local_dates(self.date, lang)
        self.errors.add("date", self.tr("Date"), self.date)
        self.decided_by = QLineEdit(decided_by, self)
        self.decided_by.setObjectName("decidedBy")
        self.decided_by.setMaxLength(NAME_MAX)
        self.decided_by.setPlaceholderText(self.tr("who took the decision (the director)"))
        self.errors.add("decided_by", self.tr("Decided by"), self.decided_by)
        self.conditions = QPlainTextEdit(self)
        self.conditions.setObjectName("conditions")
        self.conditions.setFixedHeight(64)
        self.conditions.setPlaceholderText(
            self.tr("e.g. probation of 3 months; a development plan for the gaps")
        )
        self.errors.add("conditions", self.tr("Conditions"), self.conditions)
        self.salary = QLineEdit(self)
        self.salary.setObjectName("salaryOffered")
        self.salary.setPlaceholderText(self.tr("base salary per month, optional"))
        self.errors.add("salary_offered", self.tr("Salary offered"), self.salary)
        self.band = QLabel(self)
        self.band.setObjectName("salaryBand")
        self.band.setWordWrap(True)
        form.addRow("", self.band)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        if current is not None:
            self.decision.setCurrentIndex(max(0, self.decision.findData(current.decision)))
            self.date.setDate(qdate(current.date))
            self.decided_by.setText(current.decided_by)
            self.conditions.setPlainText(current.conditions)
            if current.salary_offered is not None:
                self.salary.setText(f"{current.salary_offered:.0f}")
        for signal in (
            self.decision.currentIndexChanged,
            self.date.dateChanged,
            self.decided_by.textChanged,
            self.conditions.textChanged,
            self.salary.textChanged,
        ):
            signal.connect(self.validate)
        self.setMinimumWidth(460)
        self.result_decision: Decision | None = None
        self.validate()

    def _band_text(self, salary: float | None) -> str:
        """The amount against the profile's band as typed; the band alone before that."""
        fw, profile = self.framework, self.candidate.profile
        band = fw.profile(profile).salary_band if fw.has_profile(profile) else None
        if salary is not None:
            return salary_against_band(salary, band, self.lang)
        if band is None:
            return ""
        return self.tr("The profile's band: {low}–{high} {currency}").format(
            low=money(band.base_min), high=money(band.base_max), currency=band.currency
        )

    def validate(self) -> bool:
        """Check the form now; each problem under its field; OK only when it can be recorded."""
        problems: dict[str, str] = {}
        salary = _number(self.salary.text())
        if isinstance(salary, str):
            problems["salary_offered"] = self.tr("expected an amount")
            salary = None
        decision = Decision(
            candidate=self.candidate.id,
            decision=self.decision.currentData(),
            date=pydate(self.date.date()),
            decided_by=self.decided_by.text().strip(),
            conditions=self.conditions.toPlainText().strip(),
            salary_offered=salary,
        )
        for field, message in decision_problems(decision).items():
            problems.setdefault(field, message.render(self.lang))
        self.errors.show(problems)
        self.band.setText(self._band_text(salary if "salary_offered" not in problems else None))
        ok = not problems
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.result_decision = decision if ok else None
        return ok

    def accept(self) -> None:
        if self.validate():
            super().accept()
