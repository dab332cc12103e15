"""Record how a hired or promoted candidate did: probation, performance after 6 and 12 months on
the framework's scale (and who rated it), leaving within 12 months and why."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kamassess.decisions.checks import NAME_MAX, outcome_problems
from kamassess.decisions.model import Decision, OutcomeRecord
from kamassess.framework.model import Framework
from kamassess.i18n.decision_text import decision_summary
from kamassess.model import Candidate
from ui.dates import local_dates
from ui.decision_dialog import FieldErrors, pydate, qdate

# The choice of "left within 12 months" -> (left_12m, left_reason).
LEFT: dict[str | None, tuple[bool | None, str | None]] = {
    None: (None, None),
    "no": (False, None),
    "own": (True, "own"),
    "company": (True, "company"),
}


class OutcomeDialog(QDialog):
    """Every field may stay unknown; outcomes come in over a year."""

    def __init__(
        self,
        framework: Framework,
        lang: str,
        candidate: Candidate,
        decision: Decision,
        current: OutcomeRecord | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outcomeDialog")
        self.framework, self.lang = framework, lang
        self.candidate, self.decision = candidate, decision
        self.setWindowTitle(self.tr("Outcomes of {name}").format(name=candidate.name))
        head = QLabel(decision_summary(decision, candidate.kind, lang), self)
        head.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.errors = FieldErrors(form, self)
        unknown = self.tr("not known yet")

        def combo(name: str, items: list[tuple[str, Any]]) -> QComboBox:
            box = QComboBox(self)
            box.setObjectName(name)
            for text, data in items:
                box.addItem(text, data)
            box.currentIndexChanged.connect(self.validate)
            return box

        self.probation = combo(
            "probation",
            [(unknown, None), (self.tr("passed"), True), (self.tr("not passed"), False)],
        )
        self.errors.add("probation_passed", self.tr("Probation"), self.probation)
        self.probation_date = QDateEdit(self)
        self.probation_date.setObjectName("probationDate")
        # "—" is the day before the decision: the first key or click starts at the decision's
        # date (it started at 2 Jan 2000); the core refuses a probation ending before it.
        self.no_date = qdate(decision.date - timedelta(days=1))
        self.probation_date.setMinimumDate(self.no_date)
        self.probation_date.setSpecialValueText("—")
        local_dates(self.probation_date, lang)
        self.probation_date.setCalendarPopup(True)
        self.probation_date.setDate(self.no_date)
        self.errors.add("probation_date", self.tr("Probation ended on"), self.probation_date)
        levels = [(unknown, None)] + [
            (f"{lv.level} — {lv.label.get(lang)}", lv.level) for lv in framework.scale
        ]
        self.perf6 = combo("performance6", levels)
        self.errors.add("performance_6m", self.tr("Performance after 6 months"), self.perf6)
        self.perf6_by = self._by("performance6By")
        self.errors.add("performance_6m_by", self.tr("Rated by"), self.perf6_by)
        self.perf12 = combo("performance12", levels)
        self.errors.add("performance_12m", self.tr("Performance after 12 months"), self.perf12)
        self.perf12_by = self._by("performance12By")
        self.errors.add("performance_12m_by", self.tr("Rated by"), self.perf12_by)
        self.left = combo(
            "left",
            [
                (unknown, None),
                (self.tr("no, still with us"), "no"),
                (self.tr("yes, of their own wish"), "own"),
                (self.tr("yes, by the company's decision"), "company"),
            ],
        )
        self.errors.add("left_12m", self.tr("Left within 12 months"), self.left)
        note = QLabel(
            self.tr(
                "Performance is rated on the framework's scale. Fit is checked against the "
                "12-month rating under Validity once enough people have one."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        if current is not None:
            self._fill(current)
        self.probation_date.dateChanged.connect(self.validate)
        self.setMinimumWidth(480)
        self.result_outcome: OutcomeRecord | None = None
        self.validate()

    def _by(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setMaxLength(NAME_MAX)
        edit.textChanged.connect(self.validate)
        return edit

    def _fill(self, o: OutcomeRecord) -> None:
        def pick(box: QComboBox, value: Any) -> None:
            box.setCurrentIndex(max(0, box.findData(value)))

        pick(self.probation, o.probation_passed)
        if o.probation_date is not None:
            self.probation_date.setDate(qdate(o.probation_date))
        pick(self.perf6, o.performance_6m)
        self.perf6_by.setText(o.performance_6m_by or "")
        pick(self.perf12, o.performance_12m)
        self.perf12_by.setText(o.performance_12m_by or "")
        pick(
            self.left,
            None if o.left_12m is None else o.left_reason or ("own" if o.left_12m else "no"),
        )

    def values(self) -> OutcomeRecord:
        day = self.probation_date.date()
        probation_date: date | None = None if day == self.no_date else pydate(day)
        left, reason = LEFT[self.left.currentData()]
        return OutcomeRecord(
            candidate=self.candidate.id,
            probation_passed=self.probation.currentData(),
            probation_date=probation_date,
            performance_6m=self.perf6.currentData(),
            performance_6m_by=self.perf6_by.text().strip() or None,
            performance_12m=self.perf12.currentData(),
            performance_12m_by=self.perf12_by.text().strip() or None,
            left_12m=left,
            left_reason=reason,
        )

    def validate(self) -> bool:
        outcome = self.values()
        problems = {
            k: m.render(self.lang)
            for k, m in outcome_problems(outcome, self.decision, self.framework).items()
        }
        self.errors.show(problems)
        ok = not problems
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.result_outcome = outcome if ok else None
        return ok

    def accept(self) -> None:
        if self.validate():
            super().accept()
