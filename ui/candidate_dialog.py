"""Add or edit a candidate: a form that checks as you type, by the importer's own rules."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kamassess.framework.model import Framework
from kamassess.i18n.messages import tr as core_tr
from kamassess.model import INDUSTRIES, KINDS, MOTIVATIONS, Candidate

NAME_MAX = 300  # kamassess.exchange.bundle_schema.NAME_MAX (not imported here: it loads pydantic)

ERROR_STYLE = "color: #a11d1d;"
INVALID_STYLE = "border: 1px solid #a11d1d;"


def _field_name(label: str) -> str:
    """'Our key clients they work with, %' -> 'Our key clients they work with': the problem
    names the unit itself."""
    name = label.rstrip(":")
    for unit in (", %", ", years", ", лет"):
        name = name.removesuffix(unit)
    return name.strip()


def _number(text: str) -> float | str | None:
    """'4,5' or '4.5' -> 4.5; '35 %' -> 35; '' -> None; anything else stays text for the
    validator to refuse."""
    cleaned = "".join(text.split()).replace(",", ".").removesuffix("%")  # as people type them
    if not cleaned:
        return None
    try:
        return float(cleaned)
    except ValueError:
        return text


class CandidateDialog(QDialog):
    """The candidate's facts; OK stays disabled while anything is invalid."""

    def __init__(
        self,
        framework: Framework,
        lang: str,
        taken_ids: set[str],
        *,
        candidate: Candidate | None = None,
        new_id: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("candidateDialog")
        self.framework, self.lang, self.taken = framework, lang, taken_ids
        self.editing = candidate is not None
        self.setWindowTitle(self.tr("Edit candidate") if self.editing else self.tr("New candidate"))
        self.labels: dict[str, str] = {}
        self.widgets: dict[str, QWidget] = {}
        self.rows: dict[str, QVBoxLayout] = {}
        # Fields the user has changed: only their problems are shown.
        self.touched: set[str] = set()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form = form

        def line(name: str, label: str) -> QLineEdit:
            edit = QLineEdit(self)
            edit.setObjectName(name)
            edit.setMaxLength(NAME_MAX)  # the importer's limit: a form cannot store more
            self._add(name, label, edit)
            edit.textChanged.connect(self.validate)
            edit.textEdited.connect(lambda _t, n=name: self._touch(n))
            return edit

        def combo(name: str, label: str, items: list[tuple[str, Any]]) -> QComboBox:
            box = QComboBox(self)
            box.setObjectName(name)
            for text, data in items:
                box.addItem(text, data)
            self._add(name, label, box)
            box.currentIndexChanged.connect(self.validate)
            box.activated.connect(lambda _i, n=name: self._touch(n))
            return box

        unknown = self.tr("not stated")
        yes_no = [
            (unknown, None),
            (core_tr("rep.yes", lang), True),
            (core_tr("rep.no", lang), False),
        ]
        self.id_edit = line("id", self.tr("Id"))
        self.name_edit = line("name", self.tr("Full name"))
        self.kind = combo("kind", self.tr("Type"), [(core_tr(f"kind.{k}", lang), k) for k in KINDS])
        self.profile = combo(
            "profile",
            self.tr("Target profile"),
            [(p.name.get(lang), p.id) for p in framework.profiles],
        )
        self.role = line("current_role", self.tr("Current role"))
        self.employer = line("employer", self.tr("Employer"))
        self.tenure = line("tenure_years", self.tr("Tenure, years"))
        self.tenure.setPlaceholderText(self.tr("in our company, or per past job on average"))
        self.industry = combo(
            "industry",
            self.tr("Industry"),
            [(unknown, None)] + [(core_tr(f"industry.{i}", lang), i) for i in INDUSTRIES],
        )
        self.region = line("region", self.tr("Region"))
        self.overlap = line("client_overlap", self.tr("Our key clients they work with, %"))
        self.education = combo("technical_education", self.tr("Technical education"), yes_no)
        self.salary = line("salary_expectation", self.tr("Expected base salary"))
        self.motivation = combo(
            "motivation",
            self.tr("Main motivation"),
            [(unknown, None)] + [(core_tr(f"motivation.{m}", lang), m) for m in MOTIVATIONS],
        )
        self.manages = combo("manages_team", self.tr("Leads a team now"), yes_no)
        self.quota = combo("quota_reduced", self.tr("Personal quota reduced"), yes_no)
        self.key_accounts = combo(
            "holds_key_accounts", self.tr("Holds key accounts now (internal)"), yes_no
        )
        self.consent = line("consent_until", self.tr("Consent to keep the data until"))
        self.consent.setPlaceholderText(self.tr("YYYY-MM-DD, if the person gave one"))
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setFixedHeight(70)
        self.notes.textChanged.connect(self.validate)
        self.notes.textChanged.connect(lambda: self._touch("notes"))
        self._add("notes", self.tr("Notes"), self.notes)
        # The problems of the fields already touched, in one place that keeps its size: the
        # fields never move while one types.
        self.problems = QLabel(self)
        self.problems.setObjectName("problems")
        self.problems.setStyleSheet(ERROR_STYLE)
        self.problems.setWordWrap(True)
        self.problems.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.problems.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        if candidate is not None:
            self._fill(candidate)
            self.id_edit.setReadOnly(True)
        else:
            self.id_edit.setText(new_id)
        self._hide_unused_facts(candidate)
        self.name_edit.setFocus()
        self.result_candidate: Candidate | None = None
        self.validate()

    def _add(self, name: str, label: str, widget: QWidget) -> None:
        box = QVBoxLayout()
        box.setSpacing(1)
        box.addWidget(widget)
        self.form.addRow(label, box)
        self.labels[name] = label
        self.widgets[name] = widget
        self.rows[name] = box

    def _touch(self, name: str) -> None:
        if name not in self.touched:
            self.touched.add(name)
            self.validate()

    def _hide_unused_facts(self, candidate: Candidate | None) -> None:
        """Facts only a risk rule reads (client overlap, quota, key accounts, industry) stay off
        the form when this framework's rules do not read them, unless they hold a value."""
        from kamassess.scoring.risks import facts_in_use, optional_facts

        used = facts_in_use(self.framework)
        for fact in optional_facts() - used:
            if fact in self.rows and (candidate is None or getattr(candidate, fact) is None):
                self.form.setRowVisible(self.rows[fact], False)

    def _fill(self, c: Candidate) -> None:
        def pick(box: QComboBox, value: Any) -> None:
            box.setCurrentIndex(max(0, box.findData(value)))

        self.id_edit.setText(c.id)
        self.name_edit.setText(c.name)
        pick(self.kind, c.kind)
        if self.profile.findData(c.profile) < 0:
            # A profile the framework in use lacks stays the candidate's until someone picks
            # another: an edit of their phone number must not silently change their target.
            self.profile.addItem(
                self.tr("{id} (not in this framework)").format(id=c.profile), c.profile
            )
        pick(self.profile, c.profile)
        self.role.setText(c.current_role or "")
        self.employer.setText(c.employer or "")
        self.tenure.setText("" if c.tenure_years is None else f"{c.tenure_years:g}")
        pick(self.industry, c.industry)
        self.region.setText(c.region or "")
        self.overlap.setText("" if c.client_overlap is None else f"{c.client_overlap * 100:g}")
        pick(self.education, c.technical_education)
        self.salary.setText("" if c.salary_expectation is None else f"{c.salary_expectation:.0f}")
        pick(self.motivation, c.motivation)
        pick(self.manages, c.manages_team)
        pick(self.quota, c.quota_reduced)
        pick(self.key_accounts, c.holds_key_accounts)
        self.notes.setPlainText(c.notes or "")
        self.consent.setText("" if c.consent_until is None else c.consent_until.isoformat())

    def values(self) -> dict[str, Any]:
        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        overlap = _number(self.overlap.text())
        return {
            "id": self.id_edit.text().strip(),
            "name": self.name_edit.text().strip(),
            "kind": self.kind.currentData(),
            "profile": self.profile.currentData(),
            "current_role": text(self.role),
            "employer": text(self.employer),
            "tenure_years": _number(self.tenure.text()),
            "industry": self.industry.currentData(),
            "region": text(self.region),
            "client_overlap": overlap / 100 if isinstance(overlap, float) else overlap,
            "technical_education": self.education.currentData(),
            "salary_expectation": _number(self.salary.text()),
            "motivation": self.motivation.currentData(),
            "manages_team": self.manages.currentData(),
            "quota_reduced": self.quota.currentData(),
            "holds_key_accounts": self.key_accounts.currentData(),
            "notes": self.notes.toPlainText().strip() or None,
            "consent_until": text(self.consent),
        }

    def validate(self) -> bool:
        """Check the form now; show the problems of the fields already touched below the form,
        each field marked; return whether the candidate can be saved."""
        from pydantic import ValidationError  # the importer's own rules, loaded on first use

        from kamassess.exchange.bundle_schema import CandidateIn
        from kamassess.parsing.problems import field_messages

        values = self.values()
        problems: dict[str, str] = {}
        try:
            model = CandidateIn.model_validate(values)
        except ValidationError as exc:
            model = None
            problems = {k: m.render(self.lang) for k, m in field_messages(exc).items()}
        if "client_overlap" in problems:
            problems["client_overlap"] = self.tr("a share from 0 to 100 %")
        if not self.editing and values["id"] in self.taken:
            problems["id"] = self.tr("this id is already taken")
        shown = [name for name in self.labels if name in problems and name in self.touched]
        self.problems.setText(
            "\n".join(f"{_field_name(self.labels[n])}: {problems[n]}" for n in shown)
        )
        for name, widget in self.widgets.items():
            widget.setStyleSheet(INVALID_STYLE if name in shown else "")
            widget.setToolTip(problems.get(name, "") if name in shown else "")
        ok = not problems and model is not None
        # OK is never greyed out without a reason on screen: while the only problems are in
        # fields not yet touched, pressing it shows them instead of saving.
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok or not shown)
        self.result_candidate = Candidate(**model.model_dump()) if ok and model else None
        return ok

    def accept(self) -> None:
        self.touched |= set(self.labels)  # OK with problems left: show them all
        if self.validate():
            super().accept()


def resolve_conflict(
    parent: QWidget, loaded: Candidate, mine: Candidate, theirs: Candidate, lang: str
) -> Candidate | None:
    """Someone saved the candidate while this edit was open: show both changes side by side and
    ask. Returns theirs with my changes applied on top (their other changes kept), or None to
    keep theirs and drop mine. Nothing of theirs is ever reverted silently."""
    from dataclasses import asdict, replace

    from PySide6.QtWidgets import QMessageBox

    before, mine_d, theirs_d = asdict(loaded), asdict(mine), asdict(theirs)
    my_changes = {k: v for k, v in mine_d.items() if before[k] != v}
    rows = []
    for key in before:
        if before[key] == theirs_d[key] and key not in my_changes:
            continue
        rows.append(
            f"<tr><td>{key}</td><td>{_shown(before[key])}</td><td>{_shown(theirs_d[key])}</td>"
            f"<td>{_shown(mine_d[key]) if key in my_changes else ''}</td></tr>"
        )
    box = QMessageBox(
        QMessageBox.Icon.Warning, CandidateDialog.tr("Edited meanwhile"), "", parent=parent
    )
    box.setObjectName("editConflict")
    box.setTextFormat(Qt.TextFormat.RichText)
    head = CandidateDialog.tr(
        "Someone else saved {name} while you were editing. Their change is kept."
    ).format(name=_escape(theirs.name))
    columns = CandidateDialog.tr(
        "<th>Field</th><th>When you opened</th><th>Theirs</th><th>Yours</th>"
    )
    box.setText(
        f"<p>{head}</p><table border='1' cellpadding='3'><tr>{columns}</tr>{''.join(rows)}</table>"
    )
    apply = box.addButton(
        CandidateDialog.tr("Apply &my changes on top of theirs"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(CandidateDialog.tr("&Keep theirs only"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not apply:
        return None
    return replace(theirs, **my_changes)


def _shown(value: object) -> str:
    return "—" if value in (None, "") else _escape(str(value))


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
