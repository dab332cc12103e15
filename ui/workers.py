"""Slow work off the GUI thread: the worker computes, a callback on the GUI thread shows it."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)
    progress = Signal(int, str)


class Task(QRunnable):
    """Runs fn(progress) in the pool; never touches widgets (only emits signals)."""

    def __init__(self, fn: Callable[[Callable[[int, str], None]], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn(self.signals.progress.emit)
        except Exception as exc:  # reported to the GUI thread as a message
            traceback.print_exc()
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.done.emit(result)


_keep: set[Task] = set()


def run_in_background(
    fn: Callable[[Callable[[int, str], None]], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[str], None],
    on_progress: Callable[[int, str], None] | None = None,
) -> Task:
    """Start fn in Qt's thread pool; the callbacks run on the GUI thread."""
    task = Task(fn)
    task.setAutoDelete(False)
    _keep.add(task)

    def finish(callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def handler(value: Any) -> None:
            _keep.discard(task)
            callback(value)

        return handler

    task.signals.done.connect(finish(on_done))
    task.signals.failed.connect(finish(on_failed))
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    QThreadPool.globalInstance().start(task)
    return task
