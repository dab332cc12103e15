"""The assessments of the candidate on the page: starting one (asked once who is rating), deleting
a draft or withdrawing a final one (with a reason) after saying what goes; and the candidate's
history view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMessageBox

from kamassess.i18n.messages import tr as core_tr
from kamassess.i18n.texts import date_text
from kamassess.store.errors import NotFound
from ui.identity import ensure_user
from ui.settings import settings

if TYPE_CHECKING:
    from ui.candidates_tab import CandidatesTab


class AssessmentActions(QObject):
    def __init__(self, tab: CandidatesTab) -> None:
        super().__init__(tab)
        self.tab = tab

    def new(self) -> None:
        """Start an assessment of the selected candidate (who rates, in what role, by which
        method, on which day) and open its rating window."""
        tab, ws = self.tab, self.tab.ws
        if not ws.may("rate"):
            return
        from ui.dialogs import NewAssessmentDialog

        cid = tab.current_id()
        if cid is None:
            QMessageBox.information(
                tab,
                self.tr("New assessment"),
                self.tr("Select a candidate in the list first, then start their assessment."),
            )
            return
        if not ensure_user(tab, ws):  # who is rating, asked once
            return
        prefs = settings()
        dialog = NewAssessmentDialog(
            ws.lang,
            ws.user,
            str(prefs.value("last/role", "hr")),
            str(prefs.value("last/method", "interview")),
            tab,
        )
        if not dialog.exec():
            return
        assessor, role, method, day = dialog.values()
        prefs.setValue("last/role", role)
        prefs.setValue("last/method", method)
        created: list[int] = []
        if tab.guard(
            lambda: created.append(ws.create_assessment(cid, assessor, role, method, day))
        ):
            tab.events.candidate(cid)
            tab.open_assessment(created[0])

    def delete(self, assessment_id: int | None = None) -> bool:
        """Ask, naming what goes; a final assessment needs a reason. True when it went."""
        tab, ws = self.tab, self.tab.ws
        aid = tab.page.current_assessment() if assessment_id is None else assessment_id
        if aid is None:
            QMessageBox.information(
                tab,
                self.tr("Delete assessment"),
                self.tr(
                    "Click a cell in an assessor's column on the candidate's page first: that "
                    "assessment is the one deleted."
                ),
            )
            return False
        try:
            a = ws.store.assessment(aid)
        except NotFound:
            tab.events.candidate(tab.page.candidate_id or "")
            return False
        lang = ws.lang
        facts = {
            "id": a.id,
            "name": ws.store.candidate(a.candidate).name,
            "assessor": a.assessor,
            "method": core_tr(f"method.{a.method}", lang),
            "date": date_text(a.date, lang),
            "r": sum(r.level is not None or r.evidence != "" for r in a.ratings),
            "e": sum(bool(r.evidence.strip()) for r in a.ratings),
        }
        reason = ""
        if a.status == "final":
            dialog = QInputDialog(tab)
            dialog.setObjectName("withdrawDialog")
            dialog.setWindowTitle(self.tr("Withdraw assessment"))
            dialog.setLabelText(core_tr("ui.withdraw_assessment", lang, **facts))
            dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
            # Qt's input dialog puts its label on one line, as wide as the text (1,700 pixels in
            # Russian, its buttons off the screen): wrap it at a readable width instead.
            for label in dialog.findChildren(QLabel):
                label.setWordWrap(True)
            dialog.setMaximumWidth(min(620, tab.screen().availableGeometry().width() - 40))
            dialog.resize(560, dialog.sizeHint().height())
            if not dialog.exec():
                return False
            reason = dialog.textValue().strip()
            if not reason:
                QMessageBox.information(
                    tab,
                    self.tr("Withdraw assessment"),
                    self.tr(
                        "Not withdrawn: a final assessment is withdrawn only with a reason, "
                        "which the history keeps. Nothing was changed."
                    ),
                )
                return False
        else:
            answer = QMessageBox.question(
                tab,
                self.tr("Delete assessment"),
                core_tr("ui.delete_assessment", lang, **facts),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        window = tab.rating_windows.get(aid)
        if window is not None:
            window.close()  # nothing of it is saved again
        if not tab.guard(lambda: ws.delete_assessment(aid, reason)):
            return False
        tab.events.candidate(a.candidate)
        return True

    def history(self) -> None:
        """The history of the candidate on the page."""
        from ui.history_view import HistoryDialog

        tab = self.tab
        cid = tab.current_id()
        if cid is None:
            QMessageBox.information(
                tab,
                self.tr("History"),
                self.tr("Select a candidate in the list first, then open their history."),
            )
            return
        got: list[HistoryDialog] = []
        if tab.guard(
            lambda: got.append(
                HistoryDialog(
                    tab.ws.store.candidate(cid).name, tab.ws.history(cid), tab.ws.lang, tab
                )
            )
        ):
            got[0].exec()
