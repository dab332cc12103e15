"""Who is rating: the window asks once for the user's name, remembers it, and makes them an
assessor of the registry; the history records every change in that name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kamassess.store.errors import StorageError
from kamassess.workspace import Workspace
from ui.errors import show_error
from ui.settings import settings

KEY = "user/name"


def remembered_user() -> str | None:
    """The name the user gave before, if any."""
    name = str(settings().value(KEY, "") or "").strip()
    return name or None


class WhoAreYouDialog(QDialog):
    """Your name, as your colleagues know it (the registry's names are offered as you type)."""

    def __init__(self, names: list[str], current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whoAreYouDialog")
        self.setWindowTitle(self.tr("Who is rating?"))
        text = QLabel(
            self.tr(
                "Your name, as your colleagues write it. Your assessments and every change you "
                "make are recorded in this name; asked once, changed in Settings."
            ),
            self,
        )
        text.setWordWrap(True)
        self.name = QLineEdit(current, self)
        self.name.setObjectName("userName")
        self.name.setMaxLength(300)
        self.name.setPlaceholderText(self.tr("e.g. Petrova A. V."))
        completer = QCompleter(names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name.setCompleter(completer)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.name)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())
        self._check()

    def _check(self) -> None:
        ok = bool(self.name.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def value(self) -> str:
        return " ".join(self.name.text().split())


def ask_user(parent: QWidget, ws: Workspace) -> bool:
    """Ask who the user is (again); remember the answer and register them. False: cancelled."""
    names = [a.name for a in ws.store.assessors()]
    dialog = WhoAreYouDialog(names, remembered_user() or "", parent)
    if not dialog.exec() or not dialog.value():
        return False
    try:
        ws.set_user(dialog.value())
    except (StorageError, OSError) as exc:
        show_error(parent, exc, ws.lang)
        return False
    settings().setValue(KEY, ws.user)
    return True


def ensure_user(parent: QWidget, ws: Workspace) -> bool:
    """The user's name, asked only the first time; False when they would not say."""
    if remembered_user() is not None:
        return True
    return ask_user(parent, ws)
