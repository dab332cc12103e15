"""The columns a list shows, chosen from its header's context menu and kept in the settings
(the first column, which names the row, always stays)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView

from ui.settings import settings


class ColumnChooser(QObject):
    def __init__(self, table: QTableView, key: str) -> None:
        super().__init__(table)
        self.table, self.key = table, key
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu)
        header.setToolTip(self.tr("Right-click to choose the columns"))
        stored = settings().value(key)
        hidden = stored if isinstance(stored, list) else [stored] if stored else []
        for value in hidden:
            column = int(value)
            if 0 < column < table.model().columnCount():
                table.setColumnHidden(column, True)

    def menu(self) -> QMenu:
        """One checkable entry per column but the first."""
        model, menu = self.table.model(), QMenu(self.table)
        menu.setObjectName("columnChooser")
        for column in range(1, model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            action = QAction(title, menu, checkable=True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.toggled.connect(lambda on, c=column: self.show_column(c, on))
            menu.addAction(action)
        return menu

    def _menu(self, where: QPoint) -> None:
        self.menu().exec(self.table.horizontalHeader().mapToGlobal(where))

    def show_column(self, column: int, shown: bool) -> None:
        self.table.setColumnHidden(column, not shown)
        if shown and self.table.columnWidth(column) < 20:
            self.table.resizeColumnToContents(column)
        hidden = [
            str(c)
            for c in range(1, self.table.model().columnCount())
            if self.table.isColumnHidden(c)
        ]
        settings().setValue(self.key, hidden)
