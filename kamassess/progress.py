"""Long operations' two hooks, shared by the core and the window: progress(done, total, label)
as work advances, and a CancelToken the user sets to stop it between items."""

from __future__ import annotations

import threading
from collections.abc import Callable

# progress(done, total, label): called as work advances; label names the item (never shown in logs)
Progress = Callable[[int, int, str], None]


class Cancelled(Exception):
    """The user stopped a long operation; nothing half-done was kept."""


class CancelToken:
    """Set from the GUI thread, checked by the worker between items."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled


def no_progress(done: int, total: int, label: str) -> None:
    return None
