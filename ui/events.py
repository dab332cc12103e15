"""One "something changed" signal for the whole window, instead of views reloading each other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Events(QObject):
    """Emitted after any stored change; views that show the data refresh themselves.

    `changed(candidate_id)`: one candidate's data changed ("" when it may be any or all of them:
    an import, a deletion, another framework)."""

    changed = Signal(str)
    # The database file was replaced under the window (another program restored it): nothing
    # was written into the old one; the window offers to open it again.
    replaced = Signal()

    def candidate(self, candidate_id: str) -> None:
        self.changed.emit(candidate_id)

    def everything(self) -> None:
        self.changed.emit("")
