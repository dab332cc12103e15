"""Issue 14: the framework opened last is the one the window starts with; when it is gone or
broken the user is told and the bundled one is used (scores never change silently)."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from kamassess import paths
from ui.settings import settings
from ui.startup import load_start_framework


def start(monkeypatch: pytest.MonkeyPatch) -> tuple[Path, list[str]]:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: told.append(a[2]) or 0)
    got = load_start_framework(argparse.Namespace(framework=None), "en")
    assert got is not None
    return got[1], told


def test_the_framework_opened_last_is_read_at_start(
    qtbot: object, tmp_path: Path, framework_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = tmp_path / "our-framework.yaml"
    own.write_text(framework_text, encoding="utf-8")  # a copy kept elsewhere
    settings().setValue("last/framework", str(own))
    used, told = start(monkeypatch)
    assert used == own and told == []


def test_a_remembered_framework_that_is_gone_is_named_and_the_bundled_one_used(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings().setValue("last/framework", str(tmp_path / "moved-away.yaml"))
    used, told = start(monkeypatch)
    assert used == paths.bundled_framework()
    assert len(told) == 1
    assert "moved-away.yaml" in told[0] and "not there any more" in told[0]
    assert "bundled framework is used instead" in told[0]
    assert settings().value("last/framework") is None  # asked once, not at every start


def test_a_remembered_framework_that_is_broken_says_what_is_wrong(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("scale: [1, 2\n", encoding="utf-8")
    settings().setValue("last/framework", str(broken))
    used, told = start(monkeypatch)
    assert used == paths.bundled_framework()
    assert "broken.yaml" in told[0] and "cannot be used" in told[0]
