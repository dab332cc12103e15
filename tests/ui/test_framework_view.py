"""The framework browser shows anchors and questions; a broken framework is refused and kept out."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from kamassess.framework import Framework
from ui.app import MainWindow


@pytest.fixture
def window(qtbot: QtBot, framework: Framework, root: Path) -> MainWindow:
    win = MainWindow(framework, root / "competencies.yaml", Path("test.db"), "en")
    qtbot.addWidget(win)
    win.show()
    return win


def select(window: MainWindow, *rows: int) -> None:
    view = window.framework_view
    index = view.model.index(rows[0], 0)
    for row in rows[1:]:
        index = view.model.index(row, 0, index)
    view.tree.setCurrentIndex(index)


def test_title_names_database_and_framework(window: MainWindow) -> None:
    assert window.windowTitle() == "KAM Assess — test.db — kam-hvac 2026.1"


def test_competency_shows_anchors_for_every_level_and_questions(
    window: MainWindow, framework: Framework
) -> None:
    select(window, 0, 0, 0)  # first group, first competency
    html = window.framework_view.detail.toPlainText()
    comp = framework.competencies[0]
    assert comp.name.en in html
    for anchor in comp.anchors.values():
        assert anchor.en in html
    for question in comp.questions:
        assert question.en in html


def test_profile_shows_targets_weights_and_knockouts(window: MainWindow) -> None:
    select(window, 1, 1)  # kam_team_lead
    text = re.sub(r"\s", " ", window.framework_view.detail.toPlainText())
    assert "KAM leading a team" in text
    assert "Leading people" in text and "80 000–100 000 RUB" in text


def test_russian_texts(qtbot: QtBot, framework: Framework, root: Path) -> None:
    win = MainWindow(framework, root / "competencies.yaml", Path("t.db"), "ru")
    qtbot.addWidget(win)
    select(win, 0, 0, 0)
    assert "Инженерная экспертиза ОВиК" in win.framework_view.detail.toPlainText()


def test_broken_framework_is_refused_and_current_kept(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, framework_text: str
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        framework_text.replace("weight: 3, minimum: 3}", "weight: 0, minimum: 3}", 1),
        encoding="utf-8",
    )
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self) or 0)
    assert window.load_framework_file(broken) is False
    assert len(shown) == 1
    details = shown[0].detailedText()
    line = next(
        n
        for n, t in enumerate(broken.read_text(encoding="utf-8").splitlines(), 1)
        if "weight: 0, minimum: 3}" in t
    )
    assert f"{broken}:{line}:" in details and "must be greater than 0" in details
    assert window.framework.id == "kam-hvac" and "test.db" in window.windowTitle()
