"""Dialogs for working on a server: connecting (address and password), and choosing which
assessors see a candidate (HR)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from kamassess.store.base import is_server


class ConnectDialog(QDialog):
    """A server's address and, when it asks for one, a password (kept in memory only)."""

    def __init__(self, address: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to server"))
        self.address = QLineEdit(address or "postgresql://", self)
        self.address.setObjectName("address")
        self.address.setMinimumWidth(420)
        self.address.setPlaceholderText("postgresql://user@server/kamassess")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        hint = QLabel(
            self.tr(
                "The address the administrator gave you, e.g. "
                "postgresql://ivanova@hr-db/kamassess. Leave the password empty where the server "
                "signs you in with your Windows login (single sign-on) or reads it from your "
                "password file. KAM Assess does not store it."
            ),
            self,
        )
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Address"), self.address)
        form.addRow(self.tr("&Password"), self.password)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.address.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        ok = is_server(self.address.text().strip()) and len(self.address.text().strip()) > 13
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


class AssignDialog(QDialog):
    """Tick the assessors (server logins) who see and rate one candidate."""

    def __init__(
        self, name: str, assessors: list[str], assigned: set[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assignDialog")
        self.setWindowTitle(self.tr("Assessors of {name}").format(name=name))
        self.model = QStandardItemModel(self)
        for login in assessors:
            item = QStandardItem(login)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(
                Qt.CheckState.Checked if login in assigned else Qt.CheckState.Unchecked
            )
            self.model.appendRow(item)
        self.view = QListView(self)
        self.view.setObjectName("assessorList")
        self.view.setModel(self.model)
        text = (
            self.tr(
                "An assessor sees only the candidates ticked for them here, and other "
                "assessors' ratings only after submitting their own."
            )
            if assessors
            else self.tr(
                "There are no assessors on this server yet (server user add NAME --role assessor)."
            )
        )
        hint = QLabel(text, self)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.view)
        layout.addWidget(buttons)

    def chosen(self) -> set[str]:
        return {
            self.model.item(i).text()
            for i in range(self.model.rowCount())
            if self.model.item(i).checkState() == Qt.CheckState.Checked
        }
