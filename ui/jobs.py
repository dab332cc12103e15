"""Long work off the GUI thread: a façade operation runs on a workspace of its own thread, with
progress and Cancel in a dialog; its result (or its error, as a message) comes back on the GUI
thread (Anki's CollectionOp, Vorta's jobs)."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from kamassess.workspace import Cancelled, CancelToken, Progress, Workspace

log = logging.getLogger(__name__)

# fn(workspace of the worker thread, progress, cancel) -> result
Operation = Callable[[Workspace, Progress, CancelToken], Any]


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)  # the exception
    progress = Signal(int, int, str)


class Job(QRunnable):
    """Runs one operation in Qt's thread pool; never touches widgets (it only emits signals)."""

    def __init__(self, ws: Workspace, fn: Operation, *, own_connection: bool = True) -> None:
        super().__init__()
        self.ws, self.fn, self.own_connection = ws, fn, own_connection
        self.cancel = CancelToken()
        self.signals = _Signals()

    def run(self) -> None:
        try:
            if self.own_connection:
                with self.ws.in_thread() as ws:
                    result = self.fn(ws, self.signals.progress.emit, self.cancel)
            else:
                result = self.fn(self.ws, self.signals.progress.emit, self.cancel)
        except Exception as exc:  # reported to the GUI thread, which shows a message
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.done, result)

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        with contextlib.suppress(RuntimeError):  # the window closed: nobody is left to tell
            signal.emit(value)


_running: set[Job] = set()


def start(
    ws: Workspace,
    fn: Operation,
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
    *,
    parent: QWidget | None = None,
    owner: QObject | None = None,
    label: str = "",
    cancellable: bool = True,
) -> Job:
    """Start fn in the background; with a parent, a modal progress dialog follows it (shown only
    when the work lasts, and with Cancel when the operation can stop cleanly). The callbacks are
    skipped when their owner (the parent, if not given) was deleted meanwhile (a window closed,
    or rebuilt in another language)."""
    owner = owner or parent
    job = Job(ws, fn)
    job.setAutoDelete(False)
    _running.add(job)
    dialog: QProgressDialog | None = None
    if parent is not None:
        cancel_text = QCoreApplication.translate("QProgressDialog", "Cancel")  # Qt's «Отмена»
        dialog = QProgressDialog(label, cancel_text, 0, 0, parent)
        dialog.setObjectName("jobProgress")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(job.cancel.cancel)

        def step(done: int, total: int, item: str) -> None:
            assert dialog is not None
            dialog.setMaximum(total)
            dialog.setValue(done)

        job.signals.progress.connect(step)

    def finish(callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def handler(value: Any) -> None:
            _running.discard(job)
            if owner is not None and not shiboken6.isValid(owner):
                return
            if dialog is not None:
                dialog.reset()
                dialog.deleteLater()
            callback(value)

        return handler

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, Cancelled):
            log.debug("background job failed: %s", type(exc).__name__)
        on_failed(exc)

    job.signals.done.connect(finish(on_done))
    job.signals.failed.connect(finish(failed))
    QThreadPool.globalInstance().start(job)
    return job


def wait_all(timeout_ms: int = 30_000) -> bool:
    """Wait for running jobs (on quit: a half-written file is never left behind)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
