"""Problems shown to the user: a storage error's own sentence, a file error's reason; a database
replaced under the window asks to be opened again instead.

A window's sentences start with a capital letter and name files briefly ("…/reports/x.pdf"): the
core's sentences are written for a terminal too, where they follow "error:" and full paths can be
copied."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from kamassess.i18n.messages import Message
from kamassess.i18n.oserrors import os_error
from kamassess.outputs import OutputRefused
from kamassess.store.errors import DatabaseReplaced, StorageError
from ui.events import Events

PATH_PARAMS = {"path", "folder", "file", "backup", "target", "damaged"}
SHORT_PATH = 48  # characters; a longer path keeps its last two parts


def short_path(value: str | Path) -> str:
    """'/home/anna/Documents/HR/2026/reports/c-001-profile.pdf' -> '…/reports/c-001-profile.pdf';
    the home folder as '~'."""
    path = Path(value)
    text = str(path)
    home = str(Path.home())
    if text.startswith(home + "/"):
        text = "~" + text[len(home) :]
    if len(text) <= SHORT_PATH or len(path.parts) < 3:
        return text
    return str(Path("…", *path.parts[-2:]))


def brief(message: Message) -> Message:
    """The message with its file names shortened, nested messages included."""
    params: dict[str, Any] = {}
    for key, value in message.params.items():
        if isinstance(value, Message):
            value = brief(value)
        elif key in PATH_PARAMS and isinstance(value, str | Path) and str(value):
            value = short_path(value)
        params[key] = value
    return Message(message.key, params)


def sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def message_text(message: Message, lang: str) -> str:
    """A core message as a window shows it: short file names, a capital letter."""
    return sentence(brief(message).render(lang))


def error_text(problem: Any, lang: str) -> str:
    if isinstance(problem, StorageError | OutputRefused):
        return message_text(problem.message, lang)
    if isinstance(problem, OSError):
        return message_text(os_error(problem), lang)
    return sentence(str(problem))


def show_error(parent: QWidget, problem: Any, lang: str, events: Events | None = None) -> None:
    if isinstance(problem, DatabaseReplaced) and events is not None:
        events.replaced.emit()
        return
    QMessageBox.warning(parent, "KAM Assess", error_text(problem, lang))
