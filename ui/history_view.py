"""A candidate's history: who changed what and when (reopen and withdrawal reasons too),
newest first, in the reader's language — the record that was kept but could not be seen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamassess.i18n.history_words import HistoryEntry
from kamassess.i18n.messages import tr as core_tr
from ui.models import HeaderedTableModel
from ui.screen_fit import fit_to_screen

Index = QModelIndex | QPersistentModelIndex


class HistoryModel(HeaderedTableModel):
    WHEN, WHO, WHAT = range(3)

    def __init__(self, entries: list[HistoryEntry], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = [self.tr("When"), self.tr("Who"), self.tr("What changed")]
        self.rows = entries

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        entry: HistoryEntry = self.rows[index.row()]
        return (entry.when, entry.actor, entry.text)[index.column()]


class HistoryDialog(QDialog):
    def __init__(
        self, name: str, entries: list[HistoryEntry], lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("History of {name}").format(name=name))
        self.model = HistoryModel(entries, self)
        self.table = QTableView(self)
        self.table.setObjectName("historyTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(HistoryModel.WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HistoryModel.WHO, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HistoryModel.WHAT, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.count = QLabel(
            core_tr("ui.history_count", lang, n=len(entries))
            if entries
            else self.tr("Nothing has been recorded about this candidate yet."),
            self,
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 900, 560)
        if entries:
            self.table.selectRow(0)
        self.table.setFocus()
