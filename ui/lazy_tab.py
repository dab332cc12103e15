"""A tab whose page is built the first time it is needed, so the window's first paint pays only
for the candidate list (the comparison and the framework browser come on first use)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyTab(QWidget):
    def __init__(self, build: Callable[[QWidget], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._page: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._page is not None

    @property
    def page(self) -> QWidget:
        if self._page is None:
            self._page = self._build(self)
            self.layout().addWidget(self._page)
            self._page.show()  # added to a tab already on screen
        return self._page
