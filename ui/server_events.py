"""Other users' changes on a server, as the window's own "data changed" events.

The core's Listener holds a connection that LISTENs for the server's notifications; a socket
notifier wakes the GUI thread when one arrives (no polling, no thread). A lost connection is
opened again every few seconds; once back, everything is refreshed (changes may have been missed
meanwhile)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

from kamassess.store.errors import StorageError
from kamassess.workspace import Workspace
from ui.events import Events

RECONNECT_MS = 3000


class ServerEvents(QObject):
    def __init__(self, ws: Workspace, events: Events, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws, self.events = ws, events
        self.listener = None
        self.notifier: QSocketNotifier | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECONNECT_MS)
        self._timer.timeout.connect(self._connect)
        self._connect()

    @property
    def connected(self) -> bool:
        return self.notifier is not None

    def _connect(self) -> None:
        again = self.listener is not None
        try:
            if self.listener is None:
                self.listener = self.ws.changes()
            else:
                self.listener.connect()
        except StorageError:
            self._timer.start()
            return
        self.notifier = QSocketNotifier(self.listener.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._read)
        if again:
            self.events.everything()

    def _read(self) -> None:
        assert self.listener is not None
        try:
            changed = self.listener.changes()
        except StorageError:
            self._lost()
            return
        if not changed:
            return
        try:
            known = self.ws.store.candidate_ids()
        except StorageError:
            self._lost()
            return
        if changed - known:  # deleted, or newly assigned or unassigned: the whole list
            self.events.everything()
            return
        for cid in sorted(changed):
            self.events.candidate(cid)

    def _lost(self) -> None:
        if self.notifier is not None:
            self.notifier.setEnabled(False)
            self.notifier.deleteLater()
            self.notifier = None
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self.notifier is not None:
            self.notifier.setEnabled(False)
        if self.listener is not None:
            self.listener.close()
