"""Adding, editing and deleting the candidate selected in the list: the form, two people adding
at once, an edit over someone else's change, and what a deletion removes, said first."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from kamassess.i18n.messages import tr as core_tr
from kamassess.store.errors import CandidateExists, EditConflict, StorageError
from ui.candidate_dialog import CandidateDialog, resolve_conflict
from ui.errors import show_error

if TYPE_CHECKING:
    from ui.candidates_tab import CandidatesTab


class CandidateActions(QObject):
    def __init__(self, tab: CandidatesTab) -> None:
        super().__init__(tab)
        self.tab = tab

    def new(self) -> None:
        tab = self.tab
        if not tab.ws.may("edit_candidates"):
            return
        store = tab.ws.store
        dialog = CandidateDialog(
            tab.ws.framework,
            tab.ws.lang,
            store.candidate_ids(),
            new_id=store.next_candidate_id(),
            parent=tab,
        )
        if not dialog.exec() or dialog.result_candidate is None:
            return
        cand = dialog.result_candidate
        try:
            tab.ws.add_candidate(cand)
        except CandidateExists:
            # Someone added a candidate with this id while the form was open: theirs stays,
            # this one gets the next free id, and the user is told.
            fresh = replace(cand, id=tab.ws.store.next_candidate_id())
            if not tab.guard(lambda: tab.ws.add_candidate(fresh)):
                return
            QMessageBox.information(
                tab,
                self.tr("Candidate added"),
                self.tr(
                    "The id {taken} was taken meanwhile by a candidate someone else added; "
                    "{name} was saved as {id}."
                ).format(taken=cand.id, name=fresh.name, id=fresh.id),
            )
            cand = fresh
        except (StorageError, OSError) as exc:
            show_error(tab, exc, tab.ws.lang, tab.events)
            return
        tab.events.everything()
        tab.select(cand.id)

    def edit(self) -> None:
        tab = self.tab
        if not tab.ws.may("edit_candidates"):
            return
        cid = tab.current_id()
        if cid is None:
            return
        loaded, version = tab.ws.store.candidate_with_version(cid)
        dialog = CandidateDialog(tab.ws.framework, tab.ws.lang, set(), candidate=loaded, parent=tab)
        if not dialog.exec() or dialog.result_candidate is None:
            return
        mine = dialog.result_candidate
        while True:
            try:
                tab.ws.save_candidate(mine, expected_version=version)
                break
            except EditConflict as conflict:
                merged = resolve_conflict(tab, loaded, mine, conflict.current, tab.ws.lang)
                if merged is None:
                    break  # keep theirs; nothing of this edit is saved
                loaded, mine, version = conflict.current, merged, conflict.version
            except (StorageError, OSError) as exc:
                show_error(tab, exc, tab.ws.lang, tab.events)
                return
        tab.events.candidate(cid)

    def delete(self) -> None:
        tab = self.tab
        if not tab.ws.may("edit_candidates"):
            return
        cid = tab.current_id()
        if cid is None:
            return
        store = tab.ws.store
        cand = store.candidate(cid)
        counts = store.deletion_counts(cid)
        text = core_tr(
            "ui.delete_candidate",
            tab.ws.lang,
            name=cand.name,
            a=counts["assessments"],
            r=counts["ratings"],
            h=counts["history"],
        )
        answer = QMessageBox.question(
            tab,
            self.tr("Delete candidate"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes and tab.guard(
            lambda: tab.ws.delete_candidate(cid)
        ):
            for window in [w for w in tab.rating_windows.values() if w.candidate.id == cid]:
                window.close()
            if cid in tab.debriefs:
                tab.debriefs[cid].close()
            tab.events.everything()
