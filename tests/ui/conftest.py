"""UI tests: offscreen, settings in a temporary folder, a real database file with the demo set."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from kamassess.exchange.bundle import parse_bundle
from kamassess.exchange.demo import bundle as demo_bundle
from kamassess.exchange.importer import import_bundle
from kamassess.framework.model import Framework
from kamassess.store.sqlite import Store
from kamassess.workspace import Workspace
from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """QSettings and user data go to a temporary folder, never the developer's own."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    yield


@pytest.fixture
def ui_store(tmp_path: Path, framework: Framework) -> Iterator[Store]:
    with Store.open(tmp_path / "ui.db") as store:
        text = json.dumps(demo_bundle(), ensure_ascii=False)
        import_bundle(store, framework, parse_bundle(text, "demo", framework, store), "t")
        yield store


def make_context(store: Store, framework: Framework, root: Path, lang: str = "en") -> Workspace:
    return Workspace(store, framework, root / "competencies.yaml", lang, user="tester")


def wait_for_scores(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(
        lambda: len(window.candidates.model.scores) == window.candidates.model.total, timeout=10000
    )


@pytest.fixture
def window(qtbot: QtBot, ui_store: Store, framework: Framework, root: Path) -> MainWindow:
    from ui.identity import KEY
    from ui.settings import settings

    settings().setValue(KEY, "tester")  # the user said who they are (ui/identity.py) before
    win = MainWindow(make_context(ui_store, framework, root))
    qtbot.addWidget(win)
    win.show()
    wait_for_scores(qtbot, win)
    return win


def type_text(qtbot: QtBot, widget: object, text: str) -> None:
    """Type like a user. QTest.keyClicks asserts on non-ASCII, so Cyrillic goes as key events."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )
