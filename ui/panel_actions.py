"""The panel from the candidates tab: the debrief of the selected candidate (once two or more
assessors have finalised, never while the user's own assessment is a blind draft) and, for HR on a
server, which assessors see and rate them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from kamassess.i18n.messages import tr as core_tr

if TYPE_CHECKING:
    from ui.candidates_tab import CandidatesTab
    from ui.debrief_view import DebriefWindow


class PanelActions(QObject):
    def __init__(self, tab: CandidatesTab) -> None:
        super().__init__(tab)
        self.tab = tab

    def debrief(self) -> DebriefWindow | None:
        """The debrief of the selected candidate, once two or more assessors have finalised
        (and never while the user's own assessment of them is a blind draft)."""
        tab, ws = self.tab, self.tab.ws
        cid = tab.current_id()
        if cid is None:
            return None
        if cid in ws.blind_candidates():
            QMessageBox.information(
                tab,
                self.tr("Debrief"),
                self.tr(
                    "Finalise your own assessment of this candidate first: until then the "
                    "others' ratings stay hidden from you."
                ),
            )
            return None
        meeting = ws.debrief(cid)
        if not meeting.ready:
            QMessageBox.information(
                tab,
                self.tr("Debrief"),
                core_tr("panel.debrief_not_ready", ws.lang, n=meeting.people),
            )
            return None
        window = tab.debriefs.get(cid)
        if window is None:
            from ui.debrief_view import DebriefWindow  # loaded on first use

            window = DebriefWindow(ws, cid)
            window.saved.connect(tab.events.candidate)
            window.destroyed.connect(lambda _=None, c=cid: tab.debriefs.pop(c, None))
            tab.debriefs[cid] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def assign(self) -> None:
        """HR on a server: which assessors see and rate the current candidate."""
        from ui.server_dialogs import AssignDialog

        tab, ws = self.tab, self.tab.ws
        cid = tab.current_id()
        if cid is None or not ws.may("assign"):
            return
        got: list[tuple[str, list[str], set[str]]] = []
        read = lambda: got.append(  # noqa: E731 - one expression, run under guard
            (
                ws.store.candidate(cid).name,
                [login for login, role in ws.team() if role == "assessor"],
                {login for c, login in ws.assignments() if c == cid},
            )
        )
        if not tab.guard(read):
            return
        name, team, now = got[0]
        dialog = AssignDialog(name, team, now, tab)
        if not dialog.exec():
            return
        chosen = dialog.chosen()
        for login in sorted(chosen - now):
            if not tab.guard(lambda login=login: ws.assign(cid, login)):
                return
        for login in sorted(now - chosen):
            if not tab.guard(lambda login=login: ws.assign(cid, login, remove=True)):
                return
