"""Problems shown to the user: a storage error's own sentence, a file error's reason; a database
replaced under the window asks to be opened again instead."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from kamassess.outputs import OutputRefused
from kamassess.store.errors import DatabaseReplaced, StorageError
from ui.events import Events


def error_text(problem: Any, lang: str) -> str:
    if isinstance(problem, StorageError | OutputRefused):
        return problem.message.render(lang)
    if isinstance(problem, OSError):
        return f"{problem.filename or ''}: {problem.strerror or problem}".lstrip(": ")
    return str(problem)


def show_error(parent: QWidget, problem: Any, lang: str, events: Events | None = None) -> None:
    if isinstance(problem, DatabaseReplaced) and events is not None:
        events.replaced.emit()
        return
    QMessageBox.warning(parent, "KAM Assess", error_text(problem, lang))
